"""Tables of the reference store. Bump SCHEMA_VERSION whenever they change: caches rebuild."""
from __future__ import annotations

SCHEMA_VERSION = 3

# The tokenizer folds accents (remove_diacritics 2) so 'cooperation' finds 'coopération';
# prefix indexes keep 'part*' fast on large packs.
FTS_OPTIONS = "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'"
# bm25 column weights (title, text, keywords): a word in the title counts ten times one in the
# text. Set as the table's rank function, so `ORDER BY rank` lets FTS5 sort the matches itself
# and compute snippets for the returned rows only.
ENTRY_WEIGHTS = "10.0, 1.0, 3.0"

DDL = f"""
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE packs (
    id TEXT PRIMARY KEY, title TEXT NOT NULL, version TEXT NOT NULL, language TEXT NOT NULL,
    license TEXT, authors TEXT, description TEXT, origin TEXT NOT NULL, location TEXT NOT NULL,
    fingerprint TEXT NOT NULL
);
CREATE TABLE attributes (
    pack TEXT NOT NULL, key TEXT NOT NULL, label TEXT NOT NULL, grp TEXT NOT NULL, type TEXT NOT NULL,
    ord REAL NOT NULL, description TEXT, PRIMARY KEY (pack, key)
);
CREATE TABLE entries (
    rowid INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE, pack TEXT NOT NULL, id TEXT NOT NULL,
    kind TEXT NOT NULL, title TEXT NOT NULL, summary TEXT, markdown TEXT, data TEXT NOT NULL,
    file TEXT, text TEXT NOT NULL, keywords TEXT NOT NULL
);
CREATE INDEX entries_kind ON entries (kind, pack);
CREATE TABLE links (src TEXT NOT NULL, rel TEXT NOT NULL, dst TEXT NOT NULL, note TEXT);
CREATE INDEX links_src ON links (src);
CREATE INDEX links_dst ON links (dst);
CREATE TABLE facets (uid TEXT NOT NULL, facet TEXT NOT NULL, value TEXT NOT NULL, label TEXT NOT NULL, folded TEXT NOT NULL);
CREATE INDEX facets_lookup ON facets (facet, value);
CREATE INDEX facets_folded ON facets (facet, folded);
-- Covering: facet counts and facet filters read no table rows.
CREATE INDEX facets_uid ON facets (uid, facet, value, folded, label);
CREATE VIRTUAL TABLE entries_fts USING fts5(
    title, text, keywords, content = 'entries', content_rowid = 'rowid', {FTS_OPTIONS}
);
INSERT INTO entries_fts (entries_fts, rank) VALUES ('rank', 'bm25({ENTRY_WEIGHTS})');
"""
