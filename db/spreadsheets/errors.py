"""Errors of a spreadsheet import; each message names the file and the problem."""
from __future__ import annotations

from db.errors import AtlasError


class SpreadsheetError(AtlasError):
    """A spreadsheet, or a mapping file, could not be read or does not fit; nothing was changed."""


class ImportCancelled(AtlasError):
    """The import was cancelled before the pack was installed; nothing was changed."""
