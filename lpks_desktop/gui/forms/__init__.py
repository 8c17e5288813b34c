"""Dialogs that create and edit records, one module per kind of record."""
