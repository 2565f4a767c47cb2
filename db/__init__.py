"""Partnership Atlas data layer: packs, reference and user stores, search, comparison, notes.

Never imports Qt: the CLI and the tests use it headless, and the GUI reaches it through `Store`.
"""
from db.errors import AtlasError, NotFoundError, PackError, SearchCancelled, UnknownIdError, UserStoreError
from db.files.paths import AtlasPaths
from db.store.facade import Store
from db.user.notes import Note, Target, TextQuote

__all__ = [
    "AtlasError", "AtlasPaths", "Note", "NotFoundError", "PackError", "SearchCancelled", "Store",
    "Target", "TextQuote", "UnknownIdError", "UserStoreError",
]
