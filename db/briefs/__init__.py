"""Briefs for a meeting: a title, a date, an introduction and an ordered list of entries, saved comparisons,
notes and highlighted passages. `stored` keeps them in the user store (with revisions and a Trash),
`assembly` turns one into a document with its sources numbered, `markdown` writes that document.
Imports db.user, db.compare and db.reference; never Qt (the PDF and ODT writers live in desktop/briefs)."""
