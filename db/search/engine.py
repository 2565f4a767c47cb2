"""Run parsed queries against the reference store and the user's notes on one read-only connection."""
from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from db.errors import SearchCancelled
from db.search import filters as flt
from db.search.query import ParsedQuery, parse
from db.search.results import MARK_CLOSE, MARK_OPEN, FacetCount, Hit, SearchResults

# bm25 column weights: a word in the title counts ten times one in the body text.
ENTRY_WEIGHTS = "10.0, 1.0, 3.0"
NOTE_WEIGHTS = "0.0, 10.0, 1.0, 3.0"
FACETS = ("kind", "theme", "model", "pack", "region", "sector", "country", "year", "type", "language")
SNIPPET_TOKENS = 24


class SearchEngine:
    """One per thread: SQLite connections must not be shared across threads."""

    def __init__(self, reference_db: Path, user_db: Path | None):
        self.conn = sqlite3.connect(f"file:{reference_db}?mode=ro", uri=True, check_same_thread=False)
        self.has_notes = bool(user_db and user_db.is_file())
        if self.has_notes:
            self.conn.execute("ATTACH DATABASE ? AS user", (f"file:{user_db}?mode=ro",))
        self._cancel: threading.Event | None = None
        self.conn.set_progress_handler(self._should_stop, 2000)

    def close(self) -> None:
        self.conn.close()

    def _should_stop(self) -> int:
        return 1 if self._cancel is not None and self._cancel.is_set() else 0

    def search(self, text: str, *, limit: int = 50, offset: int = 0, facets: bool = True,
               extra_filters: dict[str, list[str]] | None = None, cancel: threading.Event | None = None) -> SearchResults:
        query = parse(text)
        for name, values in (extra_filters or {}).items():
            query.filters.setdefault(name, []).extend(v for v in values if v)
        self._cancel = cancel
        try:
            return self._run(query, limit=max(0, limit), offset=max(0, offset), facets=facets)
        except sqlite3.OperationalError as exc:
            if cancel is not None and cancel.is_set():
                raise SearchCancelled("search cancelled") from None
            raise exc
        finally:
            self._cancel = None

    def _run(self, query: ParsedQuery, *, limit: int, offset: int, facets: bool) -> SearchResults:
        if not query.has_text and not query.filters and not query.excluded_filters and not query.excluded:
            return SearchResults([], 0, highlight=[], truncated=query.truncated)
        wanted = limit + offset
        expression = query.match_expression()
        hits, total, facet_counts = [], 0, {}
        for candidate in (expression, query.literal_expression()) if expression else (None,):
            try:
                hits, total, facet_counts = self._entries(query, candidate, wanted, facets)
                note_hits, note_total = self._notes(query, candidate, wanted)
                break
            except sqlite3.OperationalError as exc:
                if "fts5" not in str(exc) and "syntax" not in str(exc):
                    raise
        else:
            return SearchResults([], 0, highlight=query.highlight_terms(), truncated=query.truncated)
        if note_total:
            facet_counts.setdefault("kind", []).append(FacetCount("note", "note", note_total))
        merged = sorted(hits + note_hits, key=lambda h: -h.score)[offset:wanted]
        return SearchResults(merged, total + note_total, facet_counts, query.highlight_terms(), query.truncated)

    def _entry_filter_sql(self, query: ParsedQuery, expression: str | None) -> tuple[str, list]:
        """FROM/WHERE selecting matching entries, as `e` (and `entries_fts` when there is text)."""
        conditions, params = flt.entry_conditions("e.uid", query.filters, query.excluded_filters)
        if expression:
            sql = "FROM entries_fts JOIN entries e ON e.rowid = entries_fts.rowid WHERE entries_fts MATCH ?"
            params = [expression, *params]
        else:
            sql = "FROM entries e WHERE 1"
            exclusion = query.exclusion_expression()
            if exclusion:
                conditions.append("e.rowid NOT IN (SELECT rowid FROM entries_fts WHERE entries_fts MATCH ?)")
                params.append(exclusion)
        return sql + "".join(f" AND {c}" for c in conditions), params

    def _entries(self, query: ParsedQuery, expression: str | None, wanted: int, facets: bool):
        if flt.only_notes(query.filters):
            return [], 0, {}
        where, params = self._entry_filter_sql(query, expression)
        if expression:
            select = (f"SELECT e.uid, e.kind, e.pack, e.title, snippet(entries_fts, 1, '{MARK_OPEN}', '{MARK_CLOSE}', '…', {SNIPPET_TOKENS}), "
                      f"-bm25(entries_fts, {ENTRY_WEIGHTS}) AS score {where} ORDER BY bm25(entries_fts, {ENTRY_WEIGHTS})")
        else:
            select = f"SELECT e.uid, e.kind, e.pack, e.title, substr(coalesce(e.summary, ''), 1, 240), 0.0 {where} ORDER BY e.kind, e.title"
        rows = self.conn.execute(f"{select} LIMIT ?", [*params, wanted]).fetchall()
        hits = [Hit(uid=r[0], kind=r[1], pack=r[2], title=r[3], snippet=r[4] or "", score=r[5]) for r in rows]
        total = self.conn.execute(f"SELECT count(*) {where}", params).fetchone()[0]
        counts = self._facet_counts(where, params) if facets and total else {}
        return hits, total, counts

    def _facet_counts(self, where: str, params: list) -> dict[str, list[FacetCount]]:
        placeholders = ",".join("?" * len(FACETS))
        rows = self.conn.execute(
            f"SELECT facet, value, label, count(*) AS n FROM facets WHERE facet IN ({placeholders}) "
            f"AND uid IN (SELECT e.uid {where}) GROUP BY facet, value ORDER BY facet, n DESC, label",
            [*FACETS, *params],
        ).fetchall()
        counts: dict[str, list[FacetCount]] = {}
        for facet, value, label, count in rows:
            counts.setdefault(facet, []).append(FacetCount(value, label, count))
        return counts

    def _notes(self, query: ParsedQuery, expression: str | None, wanted: int) -> tuple[list[Hit], int]:
        if not self.has_notes or not flt.wants_kind(query.filters, query.excluded_filters, "note"):
            return [], 0
        conditions, params = ["n.deleted IS NULL"], []
        entry_conditions, entry_params = flt.entry_conditions("uid", {k: v for k, v in query.filters.items() if k != "kind"},
                                                              {k: v for k, v in query.excluded_filters.items() if k != "kind"})
        if entry_conditions:
            conditions.append(f"n.target IN (SELECT uid FROM entries WHERE {' AND '.join(entry_conditions)})")
            params += entry_params
        for tag in query.filters.get("tag", []):
            conditions.append("n.id IN (SELECT note_id FROM user.note_tags WHERE tag = ? COLLATE NOCASE)")
            params.append(tag)
        if expression:
            where = "FROM user.notes_fts JOIN user.notes n ON n.id = notes_fts.note_id WHERE notes_fts MATCH ? AND " + " AND ".join(conditions)
            params = [expression, *params]
            select = (f"SELECT n.id, notes_fts.title, snippet(notes_fts, 2, '{MARK_OPEN}', '{MARK_CLOSE}', '…', {SNIPPET_TOKENS}), "
                      f"-bm25(notes_fts, {NOTE_WEIGHTS}) {where} ORDER BY bm25(notes_fts, {NOTE_WEIGHTS})")
        else:
            exclusion = query.exclusion_expression()
            if exclusion:
                conditions.append("n.id NOT IN (SELECT note_id FROM user.notes_fts WHERE notes_fts MATCH ?)")
                params.append(exclusion)
            where = "FROM user.notes n WHERE " + " AND ".join(conditions)
            select = f"SELECT n.id, coalesce(nullif(n.title, ''), substr(n.body, 1, 80)), substr(n.body, 1, 240), 0.0 {where} ORDER BY n.updated DESC"
        rows = self.conn.execute(f"{select} LIMIT ?", [*params, wanted]).fetchall()
        total = self.conn.execute(f"SELECT count(*) {where}", params).fetchone()[0]
        return [Hit(uid=r[0], kind="note", pack=None, title=r[1], snippet=r[2] or "", score=r[3]) for r in rows], total
