"""Attendance in the GUI: the entry grid, its class-window tab, and printing attendance sheets."""
