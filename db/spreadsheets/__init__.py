"""Lessons from spreadsheet exports (CSV, XLSX) turned into a user content pack.

reading (bytes to rows) → mapping (which column holds what) → cleaning (dates, facet values,
duplicates, row problems) → packing (the pack's files) → importer (plan, compare, install, report).
`Store.preview_lessons_import` and `Store.import_lessons` are the entry points.
"""
