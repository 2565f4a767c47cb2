"""The side-by-side comparison of models: its table model and view, saving, and export to PDF, Markdown or CSV.

Imports `db` and `desktop.shared` only; opening an entry or a note leaves by a signal wired in `desktop.app`.
"""
