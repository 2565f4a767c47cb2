"""Tables of the reference store. Bump SCHEMA_VERSION whenever they change: caches rebuild."""
from __future__ import annotations

SCHEMA_VERSION = 2

# The tokenizer folds accents (remove_diacritics 2) so 'cooperation' finds 'coopération';
# prefix indexes keep 'part*' fast on large packs.
FTS_OPTIONS = "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'"

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
CREATE INDEX facets_uid ON facets (uid);
CREATE VIRTUAL TABLE entries_fts USING fts5(
    title, text, keywords, content = 'entries', content_rowid = 'rowid', {FTS_OPTIONS}
);
"""
