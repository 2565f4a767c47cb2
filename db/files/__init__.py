"""Files on disk besides the stores' contents: where the stores live, what ships with the program, CSV as the
program writes it, and how damage to an SQLite file shows.

The bottom of the data layer: imports nothing from `db` but `db.errors`.
"""
