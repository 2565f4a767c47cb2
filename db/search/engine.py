"""Run parsed queries against the reference store and the user's notes on one thread's connection.

Loaded at the first search (Store.search), not with the window: the connection it runs on is
db/search/connection.py.
"""
from __future__ import annotations

import json
import sqlite3
import threading
import time
from dataclasses import dataclass, field, replace

from db.errors import SearchCancelled
from db.search import filters as flt
from db.search.connection import SearchConnection
from db.search.filters import FacetCount
from db.search.lexicon import Lexicon
from db.search.query import ParsedQuery, parse
from db.search.ranking import correction, page_order
from db.search.results import MARK_CLOSE, MARK_OPEN, Hit, SearchResults, one_line
from db.search.textfold import fold
from db.search.understanding import Plan, understand

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
# When no entry has every word, the best this many matches of any word are sorted by how many they have.
CLOSEST_WINDOW = 100
# The best this many matches are put in order (db/search/ranking.py) before a page is cut from them.
ORDER_WINDOW = 100


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
        self._rank_deadline: float | None = None

    @property
    def lexicon(self) -> Lexicon:
        if self.connection.lexicon is None:
            self.connection.lexicon = Lexicon(self.conn)
        return self.connection.lexicon

    def search(self, text: str, *, limit: int = 50, offset: int = 0, facets: bool = True,
               extra_filters: dict[str, list[str]] | None = None, cancel: threading.Event | None = None,
               rank_budget: float | None = None, correct: bool = True, own_language: bool = True) -> SearchResults:
        """`correct`: when nothing matches and a word the index does not know has one clear
        correction, show the corrected query's results (and say so); from the packs' own words, or
        without `own_language` from their translations' words."""
        self.connection.cancel = cancel
        # One budget for the whole search: a correction or the closest tried after the words as
        # typed rank only in what is left of it.
        self._rank_deadline = None if rank_budget is None else time.perf_counter() + rank_budget
        # SQLite's LIMIT takes a 64-bit integer; any larger request means "all of them".
        limit, offset = min(max(0, limit), MAX_ROWS), min(max(0, offset), MAX_ROWS)
        try:
            def run(words: str, closest: bool) -> tuple[SearchResults, Plan | None]:
                return self._run(self._parse(words, extra_filters), limit=limit, offset=offset, facets=facets, closest=closest)

            results, plan = run(text, False)
            fixed = correction(text, plan, self.lexicon, own_language=own_language) if plan is not None and plan.unknown else None
            if results.total or plan is None or not (plan.closest_allowed or fixed):
                results.suggestion = fixed
                return results
            # No entry has every word: the corrected words' results, else the entries with the most of the words.
            if fixed and correct:
                again, _ = run(fixed, False)
                if not again.total:
                    again, _ = run(fixed, True)
                if again.total:
                    again.showing, again.corrected_from = fixed, text
                    return again
            closest, _ = run(text, True)
            closest.suggestion = fixed
            return closest
        except sqlite3.OperationalError as exc:
            if cancel is not None and cancel.is_set():
                raise SearchCancelled("search cancelled") from None
            raise exc
        finally:
            self.connection.cancel = self.connection.deadline = self._rank_deadline = None

    @staticmethod
    def _parse(text: str, extra_filters: dict[str, list[str]] | None) -> ParsedQuery:
        query = parse(text)
        for name, values in (extra_filters or {}).items():
            query.option_filters.setdefault(name, []).extend(v for v in values if v)
        return query

    def _run(self, query: ParsedQuery, *, limit: int, offset: int, facets: bool,
             closest: bool = False) -> tuple[SearchResults, Plan | None]:
        """The results of `query`; with `closest`, the entries with the most of its words (when it has several)."""
        if not query.has_text and not query.required_filters and not query.excluded_filters and not query.excluded:
            return SearchResults([], 0, highlight=[], truncated=query.truncated), None
        wanted = limit + offset
        plan = understand(query, self.lexicon) if query.has_text else None
        literal = query.literal_expression()
        for candidate in (plan, Plan(literal, literal)) if plan else (None,):
            try:
                closest = closest and candidate is not None and candidate.closest_allowed
                entries = self._closest(query, candidate, wanted) if closest else self._entries(query, candidate, wanted, facets)
                note_hits, note_total = self._notes(query, candidate.broad if candidate else None, wanted)
                break
            except sqlite3.OperationalError as exc:
                if "fts5" not in str(exc) and "syntax" not in str(exc):
                    raise
        else:
            return SearchResults([], 0, highlight=query.highlight_terms(), truncated=query.truncated), plan
        if note_total:
            entries.facets.setdefault("kind", []).append(FacetCount("note", "note", note_total))
        merged = sorted(entries.hits + note_hits, key=lambda h: -h.score)[offset:wanted]
        results = SearchResults(merged, entries.total + note_total, entries.facets,
                                plan.highlight if plan else query.highlight_terms(), query.truncated,
                                notes_problem=self.connection.notes_problem, total_approximate=entries.total_approximate,
                                facets_approximate=entries.facets_approximate, ranked=entries.ranked)
        results.closest = closest and bool(entries.hits)
        results.dropped = plan.dropped if plan else []
        return results, plan

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

    def _entries(self, query: ParsedQuery, plan: Plan | None, wanted: int, facets: bool) -> _Entries:
        if flt.only_notes(query.required_filters):
            return _Entries([], 0)
        broad = plan.broad if plan else None
        where, params, narrowed = self._entry_filter_sql(query, broad)
        ranked = True
        if broad:
            # One ranking of the words in any form; a window of the best is then put in order
            # (ranking.py: titles that hold the query, then the words as typed, then other forms)
            # before the page is cut, so every page of one query is cut from the same order.
            rows, ranked = self._ranked(query, broad, max(wanted, ORDER_WINDOW))
            rowids = {row[0]: row[5] for row in rows}
            hits = [_ranked_hit(row) for row in rows]
            if ranked:  # unranked, the first matches stay in index order, as the window says they are
                typed = set(rowids) if broad == plan.exact else self._matching(plan.exact, rowids)
                hits = page_order(hits, typed, plan)
            hits = self._with_snippets(broad, hits[:wanted], rowids)
        else:
            select = f"SELECT e.uid, e.kind, e.pack, e.title, substr(coalesce(e.summary, ''), 1, 240), 0.0 {where} ORDER BY e.kind, e.title"
            hits = [_hit(row) for row in self.conn.execute(f"{select} LIMIT ?", [*params, wanted]).fetchall()]
        found = _Entries(hits, len(hits), ranked=ranked)
        if len(hits) < wanted:  # every match is on the page: nothing more to count
            if facets and hits:
                found.facets = self._facet_counts("FROM entries e WHERE e.uid IN (SELECT value FROM json_each(?))",
                                                  [json.dumps([hit.uid for hit in hits])], len(hits))
            return found
        if broad and not narrowed and ranked:
            # The FTS index alone counts its matches quickly: no row of `entries` is read.
            found.total = self.conn.execute("SELECT count(*) FROM entries_fts WHERE entries_fts MATCH ?", (broad,)).fetchone()[0]
        else:
            found.total = self.conn.execute(f"SELECT count(*) FROM (SELECT 1 {where} LIMIT ?)", [*params, COUNT_LIMIT + 1]).fetchone()[0]
            if found.total > COUNT_LIMIT:
                found.total, found.total_approximate = COUNT_LIMIT, True
        if facets and found.total:
            found.facets = self._facet_counts(where, params, FACET_WINDOW)
            found.facets_approximate = found.total > FACET_WINDOW
        return found

    def _ranked(self, query: ParsedQuery, expression: str, wanted: int) -> tuple[list, bool]:
        """The best `wanted` matches of `expression` as (uid, kind, pack, title, score, rowid) rows; False when
        ranking them would outlast the rank budget and the first matches in index order came instead."""
        where, params, _ = self._entry_filter_sql(query, expression)
        # ORDER BY rank (bm25 with the column weights): FTS5 sorts the matches itself.
        rows = self._within_budget(f"SELECT e.uid, e.kind, e.pack, e.title, -rank, e.rowid {where} ORDER BY rank LIMIT ?",
                                   [*params, wanted])
        if rows is not None:
            return rows, True
        # Ranking scores every match before it returns the first: too slow for a word in every
        # entry while the user types. The first matches in rowid order stream from the index instead.
        return self.conn.execute(f"SELECT e.uid, e.kind, e.pack, e.title, 0.0, e.rowid {where} ORDER BY entries_fts.rowid LIMIT ?",
                                 [*params, wanted]).fetchall(), False

    def _matching(self, expression: str, rowids: dict[str, int]) -> set[str]:
        """Which of these entries (uid: rowid) `expression` matches: the index read at their rows only."""
        found = {rowid for (rowid,) in self.conn.execute(
            "SELECT rowid FROM entries_fts WHERE entries_fts MATCH ? AND rowid IN (SELECT value FROM json_each(?))",
            [expression, json.dumps(list(rowids.values()))])}
        return {uid for uid, rowid in rowids.items() if rowid in found}

    def _with_snippets(self, expression: str, hits: list[Hit], rowids: dict[str, int]) -> list[Hit]:
        """The page's hits with their snippets, made for them alone (the index is read at their rows
        only): the text's, unless the words are elsewhere only (the title, the names of linked
        themes), then that column's."""
        found = {}
        for rowid, text, anywhere in self.conn.execute(
                f"SELECT rowid, snippet(entries_fts, 1, '{MARK_OPEN}', '{MARK_CLOSE}', '…', {SNIPPET_TOKENS}), "
                f"snippet(entries_fts, -1, '{MARK_OPEN}', '{MARK_CLOSE}', '…', {SNIPPET_TOKENS}) "
                "FROM entries_fts WHERE entries_fts MATCH ? AND rowid IN (SELECT value FROM json_each(?))",
                [expression, json.dumps([rowids[hit.uid] for hit in hits])]):
            found[rowid] = text if text and MARK_OPEN in text else anywhere or text or ""
        return [replace(hit, snippet=one_line(found.get(rowids[hit.uid], ""))) for hit in hits]

    def _closest(self, query: ParsedQuery, plan: Plan, wanted: int) -> _Entries:
        """No entry has every word: those with the most of them, best first (then by rank)."""
        expression = plan.closest_expression()
        window = max(wanted, CLOSEST_WINDOW)
        rows, ranked = self._ranked(query, expression, window)
        rowids = {row[0]: row[5] for row in rows}
        matched = dict.fromkeys(rowids, 0)
        for group, bare in zip(plan.groups, plan.bare):
            if bare:
                for uid in self._matching(" OR ".join(dict.fromkeys(a.fts for a in group)), rowids):
                    matched[uid] += 1
        rows.sort(key=lambda row: (-matched[row[0]], -row[4]))
        hits = self._with_snippets(expression, [_ranked_hit(row) for row in rows[:wanted]], rowids)
        return _Entries(hits, len(rows), ranked=ranked, total_approximate=len(rows) >= window)

    def _within_budget(self, sql: str, params: list) -> list | None:
        """The rows of `sql`, or None when they take longer than what is left of the search's rank budget."""
        if self._rank_deadline is None:
            return self.conn.execute(sql, params).fetchall()
        if time.perf_counter() >= self._rank_deadline:
            return None
        self.connection.deadline = self._rank_deadline
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


def _hit(row: tuple) -> Hit:
    """A row of (uid, kind, pack, title, snippet, score) as a hit."""
    return Hit(uid=row[0], kind=row[1], pack=row[2], title=row[3], snippet=one_line(row[4] or ""), score=row[5])


def _ranked_hit(row: tuple) -> Hit:
    """A row of _ranked (uid, kind, pack, title, score, rowid) as a hit, its snippet made later for the page."""
    return Hit(uid=row[0], kind=row[1], pack=row[2], title=row[3], snippet="", score=row[4])
