"""The class window's assessment tab: the grid of competency results and how it is typed."""
