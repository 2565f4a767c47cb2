"""Reading one entry at a time: the page made from an entry, history, find in page, highlights, the Overview.

Imports `db` and `desktop.shared` only; notes, comparison and search reach it through signals and
slots wired in `desktop.app`.
"""
