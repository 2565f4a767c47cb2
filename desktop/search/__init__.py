"""Search as the user types: the search box, the ranked results list with its snippets and filter chips.

Imports `db` and `desktop.shared` only; an opened result leaves by a signal that `desktop.app` wires.
"""
