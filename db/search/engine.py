"""Run parsed queries against the reference store and the user's notes on one thread's connection.

Loaded at the first search (Store.search), not with the window: the connection it runs on is
db/search/connection.py.
"""
from __future__ import annotations

import json
import sqlite3
import threading
import time
from dataclasses import dataclass, field

from db.errors import SearchCancelled
from db.search import filters as flt
from db.search.connection import SearchConnection
from db.search.filters import FacetCount
from db.search.results import MARK_CLOSE, MARK_OPEN, Hit, SearchResults, one_line
from db.search.query import ParsedQuery, parse
from db.textfold import fold

# bm25 column weights: a word in the title counts ten times one in the body text. The reference
# store's FTS table ranks with ENTRY_WEIGHTS (db/reference/schema.py) through its `rank` column.
NOTE_WEIGHTS = "0.0, 10.0, 1.0, 3.0"
FACETS = ("kind", "theme", "model", "pack", "region", "sector", "country", "hazard", "year", "type", "language")
SNIPPET_TOKENS = 24
MAX_ROWS = 1_000_000
# Facets are counted over at most this many matches, and a filtered query's total up to
# COUNT_LIMIT: past those, SearchResults says the figures are lower bounds. Counting every match
# of a broad query ('ka*' on 100,000 lessons) costs more than finding the best of them.
FACET_WINDOW = 500
COUNT_LIMIT = 5_000


@dataclass
class _Entries:
    """Reference entries found for one query: the page of hits and what was counted."""
    hits: list[Hit]
    total: int
    facets: dict[str, list[FacetCount]] = field(default_factory=dict)
    total_approximate: bool = False
    facets_approximate: bool = False
    ranked: bool = True


class SearchEngine:
    """Searches on `connection`, in the thread that owns it."""

    def __init__(self, connection: SearchConnection):
        self.connection = connection
        self.conn = connection.conn
        self._rank_budget: float | None = None

    def search(self, text: str, *, limit: int = 50, offset: int = 0, facets: bool = True,
               extra_filters: dict[str, list[str]] | None = None, cancel: threading.Event | None = None,
               rank_budget: float | None = None) -> SearchResults:
        query = parse(text)
        for name, values in (extra_filters or {}).items():
            query.option_filters.setdefault(name, []).extend(v for v in values if v)
        self.connection.cancel = cancel
        self._rank_budget = rank_budget
        try:
            # SQLite's LIMIT takes a 64-bit integer; any larger request means "all of them".
            return self._run(query, limit=min(max(0, limit), MAX_ROWS), offset=min(max(0, offset), MAX_ROWS), facets=facets)
        except sqlite3.OperationalError as exc:
            if cancel is not None and cancel.is_set():
                raise SearchCancelled("search cancelled") from None
            raise exc
        finally:
            self.connection.cancel = self.connection.deadline = self._rank_budget = None

    def _run(self, query: ParsedQuery, *, limit: int, offset: int, facets: bool) -> SearchResults:
        if not query.has_text and not query.required_filters and not query.excluded_filters and not query.excluded:
            return SearchResults([], 0, highlight=[], truncated=query.truncated)
        wanted = limit + offset
        expression = query.match_expression()
        for candidate in (expression, query.literal_expression()) if expression else (None,):
            try:
                entries = self._entries(query, candidate, wanted, facets)
                note_hits, note_total = self._notes(query, candidate, wanted)
                break
            except sqlite3.OperationalError as exc:
                if "fts5" not in str(exc) and "syntax" not in str(exc):
                    raise
        else:
            return SearchResults([], 0, highlight=query.highlight_terms(), truncated=query.truncated)
        if note_total:
            entries.facets.setdefault("kind", []).append(FacetCount("note", "note", note_total))
        merged = sorted(entries.hits + note_hits, key=lambda h: -h.score)[offset:wanted]
        return SearchResults(merged, entries.total + note_total, entries.facets, query.highlight_terms(), query.truncated,
                             notes_problem=self.connection.notes_problem, total_approximate=entries.total_approximate,
                             facets_approximate=entries.facets_approximate, ranked=entries.ranked)

    def _entry_filter_sql(self, query: ParsedQuery, expression: str | None) -> tuple[str, list, bool]:
        """FROM/WHERE selecting matching entries, as `e` (and `entries_fts` when there is text),
        and whether anything beyond the FTS match narrows them."""
        conditions, params = flt.entry_conditions("e.uid", query.required_filters, query.excluded_filters)
        if expression:
            sql = "FROM entries_fts JOIN entries e ON e.rowid = entries_fts.rowid WHERE entries_fts MATCH ?"
            params = [expression, *params]
        else:
            sql = "FROM entries e WHERE 1"
            exclusion = query.exclusion_expression()
            if exclusion:
                conditions.append("e.rowid NOT IN (SELECT rowid FROM entries_fts WHERE entries_fts MATCH ?)")
                params.append(exclusion)
        return sql + "".join(f" AND {c}" for c in conditions), params, bool(conditions)

    def _entries(self, query: ParsedQuery, expression: str | None, wanted: int, facets: bool) -> _Entries:
        if flt.only_notes(query.required_filters):
            return _Entries([], 0)
        where, params, narrowed = self._entry_filter_sql(query, expression)
        ranked = True
        if expression:
            # ORDER BY rank (bm25 with the column weights): FTS5 sorts the matches itself, and
            # snippet() runs for the rows returned only.
            columns = (f"SELECT e.uid, e.kind, e.pack, e.title, snippet(entries_fts, 1, '{MARK_OPEN}', '{MARK_CLOSE}', '…', "
                       f"{SNIPPET_TOKENS}), ")
            rows = self._within_budget(f"{columns}-rank {where} ORDER BY rank LIMIT ?", [*params, wanted])
            if rows is None:
                # Ranking scores every match before it returns the first: too slow for a word in
                # every entry while the user types. The first matches in rowid order stream from
                # the index instead, and counting them stops at COUNT_LIMIT.
                ranked = False
                rows = self.conn.execute(f"{columns}0.0 {where} ORDER BY entries_fts.rowid LIMIT ?", [*params, wanted]).fetchall()
        else:
            select = f"SELECT e.uid, e.kind, e.pack, e.title, substr(coalesce(e.summary, ''), 1, 240), 0.0 {where} ORDER BY e.kind, e.title"
            rows = self.conn.execute(f"{select} LIMIT ?", [*params, wanted]).fetchall()
        found = _Entries([Hit(uid=r[0], kind=r[1], pack=r[2], title=r[3], snippet=one_line(r[4] or ""), score=r[5]) for r in rows], len(rows),
                         ranked=ranked)
        if len(rows) < wanted:  # every match is on the page: nothing more to count
            if facets and rows:
                found.facets = self._facet_counts("FROM entries e WHERE e.uid IN (SELECT value FROM json_each(?))",
                                                  [json.dumps([r[0] for r in rows])], len(rows))
            return found
        if expression and not narrowed and ranked:
            # The FTS index alone counts its matches quickly: no row of `entries` is read.
            found.total = self.conn.execute("SELECT count(*) FROM entries_fts WHERE entries_fts MATCH ?", (expression,)).fetchone()[0]
        else:
            found.total = self.conn.execute(f"SELECT count(*) FROM (SELECT 1 {where} LIMIT ?)", [*params, COUNT_LIMIT + 1]).fetchone()[0]
            if found.total > COUNT_LIMIT:
                found.total, found.total_approximate = COUNT_LIMIT, True
        if facets and found.total:
            found.facets = self._facet_counts(where, params, FACET_WINDOW)
            found.facets_approximate = found.total > FACET_WINDOW
        return found

    def _within_budget(self, sql: str, params: list) -> list | None:
        """The rows of `sql`, or None when they take longer than the search's rank budget."""
        if self._rank_budget is None:
            return self.conn.execute(sql, params).fetchall()
        self.connection.deadline = time.perf_counter() + self._rank_budget
        try:
            return self.conn.execute(sql, params).fetchall()
        except sqlite3.OperationalError:
            if self.connection.over_budget() and not self.connection.cancelled():
                return None
            raise
        finally:
            self.connection.deadline = None

    def _facet_counts(self, where: str, params: list, window: int) -> dict[str, list[FacetCount]]:
        """Facet values of the first `window` matching entries (in rowid order), most frequent first."""
        placeholders = ",".join("?" * len(FACETS))
        # `+f.facet`: look facets up by uid alone (one index seek per entry, not one per facet).
        rows = self.conn.execute(
            f"SELECT f.facet, f.value, f.label, count(*) AS n FROM (SELECT e.uid {where} LIMIT ?) m "
            f"JOIN facets f ON f.uid = m.uid WHERE +f.facet IN ({placeholders}) GROUP BY f.facet, f.value ORDER BY f.facet, n DESC, f.label",
            [*params, window, *FACETS],
        ).fetchall()
        counts: dict[str, list[FacetCount]] = {}
        for facet, value, label, count in rows:
            counts.setdefault(facet, []).append(FacetCount(value, label, count))
        return counts

    def _notes(self, query: ParsedQuery, expression: str | None, wanted: int) -> tuple[list[Hit], int]:
        if not self.connection.has_notes or not flt.wants_kind(query.required_filters, query.excluded_filters, "note"):
            return [], 0
        try:
            return self._note_hits(query, expression, wanted)
        except sqlite3.OperationalError:
            raise  # a query the FTS syntax refused, or a cancel: the caller handles both
        except sqlite3.DatabaseError as exc:
            # user.sqlite damaged beyond its header: the reference results still stand.
            self.connection.notes_failed(exc)
            return [], 0

    def _note_hits(self, query: ParsedQuery, expression: str | None, wanted: int) -> tuple[list[Hit], int]:
        conditions, params = ["n.deleted IS NULL"], []
        entry_filters = [{k: v for k, v in filters.items() if k != "kind"} for filters in query.required_filters]
        entry_conditions, entry_params = flt.entry_conditions("uid", entry_filters,
                                                              {k: v for k, v in query.excluded_filters.items() if k != "kind"})
        if entry_conditions:
            conditions.append(f"n.target IN (SELECT uid FROM entries WHERE {' AND '.join(entry_conditions)})")
            params += entry_params
        for negate, tags in [*((False, f.get("tag", [])) for f in query.required_filters), (True, query.excluded_filters.get("tag", []))]:
            for tag in tags:
                conditions.append(f"n.id {'NOT IN' if negate else 'IN'} (SELECT note_id FROM user.note_tags WHERE fold(tag) = ?)")
                params.append(fold(tag))
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
        return [Hit(uid=r[0], kind="note", pack=None, title=r[1], snippet=one_line(r[2] or ""), score=r[3]) for r in rows], total
