"""The navigator dock: the library tree with its counts, facet filters, and each item's context menu.

Imports `db` and `desktop.shared` only; what the user opens leaves by signals wired in `desktop.app`.
"""
