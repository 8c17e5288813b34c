"""Bringing registrant lists in from spreadsheets and taking participant lists out.

``import_dialog.open_import_dialog`` is the import wizard; ``export_actions``
holds the export entry points. The reading, checking and writing is the core's
(``core.importing``, ``core.exporting``); these modules only show it.
"""
