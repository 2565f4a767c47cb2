"""Notes kept in step across devices through a folder the user's own tool syncs (Syncthing, Nextcloud, a share, a stick).

Each device writes only its own append-only change files there and reads the others'; notes merge
by revision (db/sync/merging.py), bookmarks and saved comparisons by the latest change. Imports
db.user and db.files; nothing here opens a network connection.
"""
