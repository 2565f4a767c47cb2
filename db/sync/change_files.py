"""The sync folder's files: FOLDER/partnership-atlas-notes/DEVICE/00000001.json, one per sync that changed something.

A device writes only in its own folder, each file once (written beside its name and renamed, so
a file that is there is whole on this disk), and never changes it after. Another device's file
may still arrive cut short, be written by a newer version, or be anything at all: `read_changes`
checks everything it returns and says what it refused.
"""
from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

from db.phrases import Phrase, joined, phrase

FORMAT = "partnership-atlas-notes-sync"
VERSION = 1
SUBFOLDER = "partnership-atlas-notes"
MAX_FILE_BYTES = 64 * 1024 * 1024
"""Far above the 10,000 notes of one first sync; anything bigger is refused unread."""
DEVICE_NAME = re.compile(r"[0-9a-f]{32}")
FILE_NAME = re.compile(r"(\d{8})\.json")


class ChangeFileError(Exception):
    """A change file that cannot be used; `waiting` when it may be whole at a later sync (cut short while it was copied)."""

    def __init__(self, path: Path, problem: Phrase, *, waiting: bool = False):
        super().__init__(joined([str(path), problem], ": "))
        self.path = path
        self.waiting = waiting


@dataclass(frozen=True)
class ChangeFile:
    device: str
    seq: int
    written: str
    revisions: list[dict]
    items: list[dict]


def device_folder(folder: Path, device: str) -> Path:
    return folder / SUBFOLDER / device


def file_path(folder: Path, device: str, seq: int) -> Path:
    return device_folder(folder, device) / f"{seq:08d}.json"


def other_devices(folder: Path, me: str) -> list[str]:
    """The devices that have written to the folder, this one left out; anything else in it is ignored."""
    root = folder / SUBFOLDER
    if not root.is_dir():
        return []
    return sorted(entry.name for entry in root.iterdir()
                  if entry.name != me and DEVICE_NAME.fullmatch(entry.name) and entry.is_dir() and not entry.is_symlink())


def waiting_files(folder: Path, device: str, after: int) -> list[tuple[int, Path]]:
    """`device`'s files numbered above `after`, in order."""
    found = []
    for entry in device_folder(folder, device).iterdir():
        match = FILE_NAME.fullmatch(entry.name)
        if match and int(match.group(1)) > after and entry.is_file() and not entry.is_symlink():
            found.append((int(match.group(1)), entry))
    return sorted(found)


def write_changes(folder: Path, change: ChangeFile) -> Path:
    target = file_path(folder, change.device, change.seq)
    target.parent.mkdir(parents=True, exist_ok=True)
    data = {"format": FORMAT, "version": VERSION, "device": change.device, "seq": change.seq, "written": change.written,
            "revisions": change.revisions, "items": change.items}
    temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        with open(temporary, "w", encoding="utf-8") as handle:
            json.dump(data, handle, ensure_ascii=False)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)
    return target


def read_changes(path: Path, device: str, seq: int) -> ChangeFile:
    """The change file at `path`, checked to be `device`'s number `seq` and well formed; ChangeFileError otherwise."""
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise ChangeFileError(path, phrase("larger than {size} MB; not read", size=MAX_FILE_BYTES // 2**20))
        data = json.loads(path.read_bytes().decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise ChangeFileError(path, phrase("not whole or not a change file (still being copied?); read again at the next sync"),
                              waiting=True) from None
    except OSError as exc:
        raise ChangeFileError(path, phrase("cannot be read ({reason}); read again at the next sync",
                                           reason=exc.strerror or str(exc)), waiting=True) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ChangeFileError(path, phrase("not a Partnership Atlas change file"))
    if not isinstance(data.get("version"), int) or data["version"] > VERSION:
        raise ChangeFileError(path, phrase("written by a newer version of Partnership Atlas; update this one to read it"),
                              waiting=True)
    if data.get("device") != device or data.get("seq") != seq:
        raise ChangeFileError(path, phrase("names another device or number than its place in the folder"))
    revisions, items = data.get("revisions"), data.get("items")
    if not (isinstance(revisions, list) and all(map(_revision, revisions)) and isinstance(items, list)
            and all(map(_item, items)) and isinstance(data.get("written"), str)):
        raise ChangeFileError(path, phrase("holds changes this version cannot understand"))
    return ChangeFile(device, seq, data["written"], revisions, items)


def _revision(record) -> bool:
    return (isinstance(record, dict) and all(isinstance(record.get(key), str) for key in ("rev", "note", "rank"))
            and isinstance(record.get("parents"), list) and all(isinstance(parent, str) for parent in record["parents"])
            and _note_content(record.get("content")))


def _note_content(content) -> bool:
    texts = ("title", "body", "target_kind", "created", "updated")
    return (isinstance(content, dict) and all(isinstance(content.get(key), str) for key in texts)
            and isinstance(content.get("tags"), list) and all(isinstance(tag, str) for tag in content["tags"])
            and all(content.get(key) is None or isinstance(content[key], str) for key in ("target", "selector", "deleted"))
            and isinstance(content.get("conflict", False), bool))


def _item(record) -> bool:
    if not (isinstance(record, dict) and record.get("kind") in ("bookmark", "comparison")
            and all(isinstance(record.get(key), str) for key in ("key", "rank")) and isinstance(record.get("state"), dict)):
        return False
    state = record["state"]
    if record["kind"] == "bookmark":
        return isinstance(state.get("on"), bool)
    return isinstance(state.get("deleted"), bool) and (state["deleted"] or (
        isinstance(state.get("name"), str) and isinstance(state.get("models"), list)
        and all(isinstance(model, str) for model in state["models"])))
