"""`Store`, the one facade through which the CLI and the window reach every kind of data, with its user side
(notes, bookmarks, saved comparisons), its safety side (backups, restore) and the stores' health checks.

Only the facade (`db.store.facade.Store`, exported as `db.Store`) is for callers outside `db`.
"""
