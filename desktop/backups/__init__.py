"""Keeping the notes file safe in the window: backups, restoring one, and what the window says when the file cannot be used.

Imports `db` and `desktop.shared` only; `desktop.app` refreshes the other panels after a restore.
"""
