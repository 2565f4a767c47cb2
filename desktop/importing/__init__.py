"""Importing lessons from a spreadsheet in the window: the preview, the column mapping, the import with progress.

Imports `db` and `desktop.shared` only; `desktop.app` opens the dialog and refreshes the window after it.
"""
