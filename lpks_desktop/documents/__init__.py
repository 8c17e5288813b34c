"""reportlab and xlsxwriter builders for attendance sheets, certificates, journals and reports.

Never imports Qt. Builders take plain dataclasses assembled by the services and never query
the database, so the CLI, the GUI and the tests feed them the same way.

reportlab keeps module-level state (font caches, the canvas' sequencers) and is not
thread-safe: ``pdf.build_pdf`` holds a lock so only one PDF is built at a time in a process,
even when the GUI runs the job on a worker thread.
"""
