"""Custom-painted widgets shared by pages: calendars and the like."""
