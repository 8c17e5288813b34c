"""Backups on the desktop: automatic backups, the Backups settings, restore, and start-up safety."""
