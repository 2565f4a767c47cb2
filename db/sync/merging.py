"""One sync: send this device's changes as a new file, then take every other device's new files, in order.

Notes merge by revision. Each change of a note since the last sync becomes a revision whose parent
is the note's newest revision (its head). A revision received that descends from the head is
taken; one the head descends from is already here; two that do not know of each other are merged
into a revision named by the pair, whose text is the one ranked higher (a count every device
keeps, not its clock) and which marks the note as a conflict: every device that sees the same
pair makes the same merge, so devices end identical whatever order they sync in, and the other
text stays in the note's history. A deletion is a revision too (the note goes to the Trash, and
is never purged from another device). Bookmarks and saved comparisons take the change ranked
highest. Everything received from one file is written in one transaction, with how far that
device was read, so a sync stopped at any moment is taken up again where it stood.
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

from db.errors import AtlasError
from db.phrases import phrase
from db.sync.change_files import (
    ChangeFile,
    ChangeFileError,
    device_folder,
    file_path,
    other_devices,
    read_changes,
    waiting_files,
    write_changes,
)
from db.user.notes import Note, NotesRepository, Target, now

SETTING_DEVICE, SETTING_CLOCK, SETTING_SENT = "sync.device", "sync.clock", "sync.sent"
CLOCK_SLACK = timedelta(days=1)


@dataclass
class SyncReport:
    sent: int = 0
    """Note revisions, bookmarks and saved comparisons written to the folder this time (with the other devices'
    revisions that this device's new ones descend from, and a file a stopped sync had not written yet)."""
    received: int = 0
    """Changes taken from other devices."""
    devices: int = 0
    conflicts: list[str] = field(default_factory=list)
    """Notes edited on two devices since they last synced: both texts kept, the note marked."""
    changed: dict[str, set[str]] = field(default_factory=lambda: {"notes": set(), "bookmarks": set(), "comparisons": set()})
    """What the changes taken touched here: note ids, bookmarked uids, saved comparison ids."""
    problems: list[str] = field(default_factory=list)
    """Each a db.phrases.Phrase: what could not be read or done, and what happens next."""


def content_of(note: Note, conflict: bool) -> dict:
    return {"title": note.title, "body": note.body, "tags": list(note.tags), "target_kind": note.target.kind,
            "target": note.target.ref, "selector": note.target.selector_json(), "created": note.created,
            "updated": note.updated, "deleted": note.deleted, "conflict": conflict}


def note_of(note_id: str, content: dict) -> Note:
    target = Target.from_row(content["target_kind"], content["target"], content["selector"])
    return Note(note_id, content["title"], content["body"], tuple(content["tags"]), target, content["created"],
                content["updated"], content["deleted"])


def _words(content: dict) -> dict:
    """What a note says, without the times a save changes: two contents with the same words are no change."""
    said = {key: value for key, value in content.items() if key not in ("created", "updated")}
    return {**said, "deleted": bool(said.get("deleted")), "tags": sorted(said.get("tags") or [])}


def _rank(clock: int, device: str) -> str:
    return f"{clock:012d}.{device}"


class Sync:
    """One sync of the user store on `conn` (its writer's connection, its lock held) with `folder`."""

    def __init__(self, conn: sqlite3.Connection, folder: Path):
        self.conn, self.folder = conn, Path(folder)
        self.notes = NotesRepository(conn)
        self.report = SyncReport()
        self._graphs: dict[str, dict[str, tuple[list[str], str]]] = {}
        self.device = self._setting(SETTING_DEVICE)
        self.clock = int(self._setting(SETTING_CLOCK) or 0)

    def run(self) -> SyncReport:
        if not self.folder.is_dir():
            raise AtlasError(phrase("The sync folder {folder} is not there (a stick not plugged in, a share not "
                                    "connected?); nothing was changed.", folder=self.folder))
        if not self.device:
            import uuid  # here, not at the top: on Linux it imports platform, which slows every start

            self.device = uuid.uuid4().hex
            with self.conn:
                self._set(SETTING_DEVICE, self.device)
        try:
            self._send()
            self._write_missing_files()
            devices = other_devices(self.folder, self.device)
            self.report.devices = len(devices)
            for device in devices:
                self._receive(device)
        except OSError as exc:
            self.report.problems.append(phrase("The sync folder {folder} could not be used ({reason}); what was "
                                                   "read before is kept, the rest is read at the next sync.",
                                                   folder=self.folder, reason=exc.strerror or exc))
        return self.report

    # -- sending ---------------------------------------------------------------------------------
    def _send(self) -> None:
        """Record this device's changes since the last sync as the next file's, in one transaction."""
        with self.conn:
            self._begin()
            seq = int(self._setting(SETTING_SENT) or 0) + 1
            heads = {note_id: (rev, bool(conflict), json.loads(content)) for note_id, rev, conflict, content in self.conn.execute(
                     "SELECT h.note_id, h.rev, h.conflict, r.content FROM sync_heads h JOIN sync_revisions r ON r.rev = h.rev")}
            for note in self.notes.list(trashed=False) + self.notes.list(trashed=True):
                head = heads.get(note.id)
                content = content_of(note, head[1] if head else False)
                if head is None or _words(content) != _words(head[2]):
                    self.clock += 1
                    self._keep(f"{self.device}:{self.clock}", note.id, [head[0]] if head else [],
                               _rank(self.clock, self.device), content, seq)
                    self._head(note.id, f"{self.device}:{self.clock}", content["conflict"])
            self.conn.execute("UPDATE sync_revisions SET seq=? WHERE origin=? AND seq IS NULL", (seq, self.device))
            self._relay_ancestors(seq)
            for kind, key, state in self._items():
                self.clock += 1
                self.conn.execute("INSERT OR REPLACE INTO sync_items VALUES (?,?,?,?,?,?)",
                                  (kind, key, _rank(self.clock, self.device), json.dumps(state, ensure_ascii=False),
                                   self.device, seq))
            changed = self.conn.execute("SELECT (SELECT count(*) FROM sync_revisions WHERE origin=? AND seq=?) + "
                                        "(SELECT count(*) FROM sync_items WHERE origin=? AND seq=?)",
                                        (self.device, seq, self.device, seq)).fetchone()[0]
            if changed:
                self._set(SETTING_SENT, str(seq))
                self._set(SETTING_CLOCK, str(self.clock))

    def _relay_ancestors(self, seq: int) -> None:
        """Send again, in file `seq`, the other devices' revisions that this file's revisions descend from and that
        this device never sent: each device's files then hold every ancestor of what they hold, so a device that
        reads them in order can tell an edit made after another from one made beside it, whatever it read before."""
        waiting = [rev for rev, in self.conn.execute("SELECT rev FROM sync_revisions WHERE seq=?", (seq,))]
        while waiting:
            row = self.conn.execute("SELECT parents FROM sync_revisions WHERE rev=?", (waiting.pop(),)).fetchone()
            for parent in json.loads(row[0]) if row else []:
                if self.conn.execute("UPDATE sync_revisions SET seq=? WHERE rev=? AND seq IS NULL", (seq, parent)).rowcount:
                    waiting.append(parent)

    def _items(self):
        """(kind, key, state) of each bookmark and saved comparison changed here since it was last sent or received."""
        known = {(kind, key): json.loads(state)
                 for kind, key, state in self.conn.execute("SELECT kind, key, state FROM sync_items")}
        now_ = {("bookmark", uid): {"on": True} for uid, in self.conn.execute("SELECT uid FROM bookmarks")}
        now_.update({("comparison", cid): {"deleted": False, "name": name, "models": json.loads(models)}
                     for cid, name, models in self.conn.execute("SELECT id, name, models FROM comparisons")})
        for kind, key in known.keys() - now_.keys():
            now_[(kind, key)] = {"on": False} if kind == "bookmark" else {"deleted": True}
        return [(kind, key, state) for (kind, key), state in sorted(now_.items()) if known.get((kind, key)) != state]

    def _write_missing_files(self) -> None:
        """Write each file this device has sent that the folder lacks: the last one, or all on a new folder; and
        remove what a sync stopped mid-write left behind."""
        for leftover in device_folder(self.folder, self.device).glob(".*.tmp"):
            leftover.unlink(missing_ok=True)
        for seq in range(1, int(self._setting(SETTING_SENT) or 0) + 1):
            if file_path(self.folder, self.device, seq).exists():
                continue
            # In the order they came here: a revision after its parents, so a reader knows them when it meets it.
            rows = self.conn.execute("SELECT rev, note_id, parents, rank, content FROM sync_revisions WHERE seq=? "
                                     "ORDER BY rowid", (seq,))
            revisions = [{"rev": rev, "note": note_id, "parents": json.loads(parents), "rank": rank,
                          "content": json.loads(content)} for rev, note_id, parents, rank, content in rows]
            items = [{"kind": kind, "key": key, "rank": rank, "state": json.loads(state)}
                     for kind, key, rank, state in self.conn.execute(
                         "SELECT kind, key, rank, state FROM sync_items WHERE origin=? AND seq=?", (self.device, seq))]
            write_changes(self.folder, ChangeFile(self.device, seq, now(), revisions, items))
            self.report.sent += len(revisions) + len(items)

    # -- receiving -------------------------------------------------------------------------------
    def _receive(self, device: str) -> None:
        seen = (self.conn.execute("SELECT seq FROM sync_seen WHERE device=?", (device,)).fetchone() or (0,))[0]
        for seq, path in waiting_files(self.folder, device, seen):
            if seq != seen + 1:
                self.report.problems.append(phrase("{path}: file {missing} of this device is not in the folder yet; "
                                                   "its later files wait for it.", path=path.parent,
                                                   missing=f"{seen + 1:08d}.json"))
                return
            try:
                change = read_changes(path, device, seq)
            except ChangeFileError as exc:
                self.report.problems.append(exc.args[0])
                return
            self._check_clock(change)
            with self.conn:
                self._begin()
                # Another window or command of this device may have read it meanwhile.
                if (self.conn.execute("SELECT seq FROM sync_seen WHERE device=?", (device,)).fetchone() or (0,))[0] < seq:
                    self._take_file(change, device)
            seen = seq

    def _take_file(self, change: ChangeFile, device: str) -> None:
        for revision in change.revisions:
            self._take_revision(revision, device)
        for item in change.items:
            self._take_item(item, device)
        self.conn.execute("INSERT OR REPLACE INTO sync_seen VALUES (?,?)", (device, change.seq))
        self._set(SETTING_CLOCK, str(self.clock))

    def _check_clock(self, change: ChangeFile) -> None:
        try:
            written = datetime.fromisoformat(change.written)
        except ValueError:
            return
        if written.tzinfo and written - datetime.now(timezone.utc) > CLOCK_SLACK:
            self.report.problems.append(phrase(
                "Device {device}'s clock is ahead (its file {seq} is dated {written}); its changes are ordered by their "
                "own count, so nothing is lost.", device=change.device[:8], seq=change.seq, written=change.written))

    def _take_revision(self, revision: dict, device: str) -> None:
        rev, note_id = revision["rev"], revision["note"]
        self._see(revision["rank"])
        if self.conn.execute("SELECT 1 FROM sync_revisions WHERE rev=?", (rev,)).fetchone():
            return
        self._keep(rev, note_id, revision["parents"], revision["rank"], revision["content"], None, origin=device)
        self.report.received += 1
        head = self.conn.execute("SELECT rev FROM sync_heads WHERE note_id=?", (note_id,)).fetchone()
        if head is None:
            self._take(note_id, rev, revision["content"])
            return
        # Ranks only grow from a revision to those made after it: only the higher ranked can descend from the other.
        graph = self._graph(note_id)
        received, current = graph[rev][1], graph[head[0]][1]
        if received >= current and self._descends(note_id, rev, head[0]):
            self._take(note_id, rev, revision["content"])
        elif not (current >= received and self._descends(note_id, head[0], rev)):
            self._merge(note_id, head[0], rev)

    def _merge(self, note_id: str, head: str, received: str) -> None:
        parents = sorted((head, received))
        tips = sorted(self._tips(note_id, head) | self._tips(note_id, received))
        if set(tips) == self._tips(note_id, head):
            return  # what was received is already merged into the note here
        # Named by the edits it joins, not by the pair: devices merging three edits in different orders make one merge.
        merged = "merge:" + hashlib.sha256("\n".join(tips).encode()).hexdigest()[:32]
        known = self.conn.execute("SELECT content FROM sync_revisions WHERE rev=?", (merged,)).fetchone()
        if known is None:
            ranked = sorted(self.conn.execute("SELECT rank, rev, content FROM sync_revisions WHERE rev IN (?,?)", parents))
            (_, loser, lost), (rank, winner, won) = ranked
            content = {**json.loads(won), "conflict": True}
            self._keep(merged, note_id, parents, rank, content, None)
            if winner == head:
                self.notes.put(note_of(note_id, json.loads(lost)), current=False)  # its words stay in the history
        else:
            content = json.loads(known[0])
        self._take(note_id, merged, content)
        if note_id not in self.report.conflicts:
            self.report.conflicts.append(note_id)

    def _tips(self, note_id: str, rev: str) -> set[str]:
        """The edits a revision joins: itself, or for a merge the edits its parents join."""
        if not rev.startswith("merge:"):
            return {rev}
        found, waiting, seen = set(), [rev], set()
        graph = self._graph(note_id)
        while waiting:
            current = waiting.pop()
            if current in seen:
                continue
            seen.add(current)
            if current.startswith("merge:"):
                waiting.extend(graph.get(current, ([], ""))[0])
            else:
                found.add(current)
        return found

    def _take(self, note_id: str, rev: str, content: dict) -> None:
        self.notes.put(note_of(note_id, content))
        self.report.changed["notes"].add(note_id)
        self._head(note_id, rev, content.get("conflict", False))

    def _descends(self, note_id: str, rev: str, ancestor: str) -> bool:
        """Whether `ancestor` is `rev` or among its parents' parents, as far as this device knows them.

        A revision ranks at least as high as each of its parents (a merge ranks as its higher parent), so the
        walk leaves out what ranks below `ancestor`: only the revisions made since it are read."""
        graph = self._graph(note_id)
        floor = graph[ancestor][1] if ancestor in graph else ""
        waiting, seen = [rev], set()
        while waiting:
            current = waiting.pop()
            if current == ancestor:
                return True
            if current in seen or current not in graph or graph[current][1] < floor:
                continue
            seen.add(current)
            waiting.extend(graph[current][0])
        return False

    def _graph(self, note_id: str) -> dict[str, tuple[list[str], str]]:
        """The note's revisions known here, each with its parents and rank, read once per sync."""
        if note_id not in self._graphs:
            self._graphs[note_id] = {rev: (json.loads(parents), rank) for rev, parents, rank in self.conn.execute(
                "SELECT rev, parents, rank FROM sync_revisions WHERE note_id=?", (note_id,))}
        return self._graphs[note_id]

    def _take_item(self, item: dict, device: str) -> None:
        kind, key, rank, state = item["kind"], item["key"], item["rank"], item["state"]
        self._see(rank)
        known = self.conn.execute("SELECT rank FROM sync_items WHERE kind=? AND key=?", (kind, key)).fetchone()
        if known is not None and known[0] >= rank:
            return
        if kind == "bookmark":
            if state["on"]:
                self.conn.execute("INSERT OR IGNORE INTO bookmarks VALUES (?,?)", (key, now()))
            else:
                self.conn.execute("DELETE FROM bookmarks WHERE uid=?", (key,))
        elif state["deleted"]:
            self.conn.execute("DELETE FROM comparisons WHERE id=?", (key,))
        else:
            self._save_comparison(key, state["name"], state["models"])
        self.conn.execute("INSERT OR REPLACE INTO sync_items VALUES (?,?,?,?,?,NULL)",
                          (kind, key, rank, json.dumps(state, ensure_ascii=False), device))
        self.report.received += 1
        self.report.changed[f"{kind}s"].add(key)

    def _save_comparison(self, key: str, name: str, models: list[str]) -> None:
        """Save a comparison received; two of one name: the one whose id sorts later takes " (2)" on every device."""
        clash = self.conn.execute("SELECT id FROM comparisons WHERE name=? COLLATE NOCASE AND id<>?", (name, key)).fetchone()
        if clash is not None and clash[0] > key:
            self.conn.execute("UPDATE comparisons SET name=? WHERE id=?", (f"{name} (2)", clash[0]))
        elif clash is not None:
            name = f"{name} (2)"
        stamp = now()
        self.conn.execute("INSERT INTO comparisons VALUES (?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET name=excluded.name, "
                          "models=excluded.models, updated=excluded.updated", (key, name, json.dumps(models), stamp, stamp))

    # -- the ledger ------------------------------------------------------------------------------
    def _keep(self, rev: str, note_id: str, parents: list[str], rank: str, content: dict, seq: int | None,
              origin: str | None = None) -> None:
        self.conn.execute("INSERT OR IGNORE INTO sync_revisions VALUES (?,?,?,?,?,?,?)",
                          (rev, note_id, json.dumps(parents), rank, json.dumps(content, ensure_ascii=False),
                           origin or self.device, seq))
        if note_id in self._graphs:
            self._graphs[note_id].setdefault(rev, (parents, rank))

    def _head(self, note_id: str, rev: str, conflict: bool) -> None:
        self.conn.execute("INSERT OR REPLACE INTO sync_heads VALUES (?,?,?)", (note_id, rev, int(conflict)))

    def _see(self, rank: str) -> None:
        """Lamport's rule: count on from the highest count seen, so a change made after another ranks above it."""
        count = rank.partition(".")[0]
        if count.isdigit():
            self.clock = max(self.clock, int(count))

    def _begin(self) -> None:
        """A write transaction from its first read: a window and a command syncing at once take turns, and the
        counts each reads are the ones it writes after."""
        self.conn.execute("BEGIN IMMEDIATE")
        self.clock = max(self.clock, int(self._setting(SETTING_CLOCK) or 0))

    def _setting(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM settings WHERE key=?", (key,)).fetchone()
        return row[0] if row else None

    def _set(self, key: str, value: str) -> None:
        self.conn.execute("INSERT OR REPLACE INTO settings VALUES (?,?)", (key, value))
