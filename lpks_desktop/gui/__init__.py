"""PySide6 front end: a thin layer over ``lpks_desktop.core`` and ``lpks_desktop.documents``."""
