"""The notes pane: the notes and highlights of the current entry, the note editor, a note's revisions.

Imports `db` and `desktop.shared` only; what the reader shows reaches it through slots wired in `desktop.app`.
"""
