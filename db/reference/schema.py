"""Tables of the reference store. Bump SCHEMA_VERSION whenever they change: caches rebuild."""
from __future__ import annotations

SCHEMA_VERSION = 10

# The tokenizer folds accents (remove_diacritics 2) so 'cooperation' finds 'coopération';
# prefix indexes keep 'part*' fast on large packs. Without the one-letter index, 's*' merged the
# doclists of thousands of words (120 ms at 100,000 lessons, on every key typed after it); with
# it, the first matches of 's*' stream in 1 ms, for about a fifth more index.
FTS_OPTIONS = "tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3'"
# bm25 column weights (title, text, keywords, names, translated): a word in the title counts ten times one in
# the text; `names` holds the titles of the themes and models an entry is linked to, so a lesson
# tagged 'Managing expectations' is found by those words, below the entries that use them
# themselves. Set as the table's rank function, so `ORDER BY rank` lets FTS5 sort the matches
# itself and compute snippets for the returned rows only.
ENTRY_WEIGHTS = "10.0, 1.0, 3.0, 0.3, 1.0"
# Bytes of terms FTS5 gathers in memory before it writes them out as one segment (its default
# is 1 MB). Indexing 100,000 lessons in 1 MB steps wrote hundreds of segments that the final
# merge then read and rewrote, leaving their pages free in the file.
FTS_BUILD_MEMORY = 64 * 1024 * 1024

# Filled in bulk by db/reference/compiler.py; INDEXES are built once the rows are in, which
# sorts each index once instead of inserting into it row by row.
TABLES = f"""
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE packs (
    id TEXT PRIMARY KEY, title TEXT NOT NULL, version TEXT NOT NULL, language TEXT NOT NULL,
    license TEXT, authors TEXT, description TEXT, origin TEXT NOT NULL, location TEXT NOT NULL,
    fingerprint TEXT NOT NULL, changelog TEXT
);
CREATE TABLE attributes (
    pack TEXT NOT NULL, key TEXT NOT NULL, label TEXT NOT NULL, grp TEXT NOT NULL, type TEXT NOT NULL,
    ord REAL NOT NULL, description TEXT,
    note TEXT,  -- JSON object of text and sources ([source id, locator] pairs): what holds for every model
    PRIMARY KEY (pack, key)
);
-- `text` is what search indexes: the Markdown body with the fields searched before and after
-- it. Computed when read, so the body is stored once.
CREATE TABLE entries (
    rowid INTEGER PRIMARY KEY, uid TEXT NOT NULL, pack TEXT NOT NULL, id TEXT NOT NULL,
    kind TEXT NOT NULL, title TEXT NOT NULL, summary TEXT, markdown TEXT NOT NULL, data TEXT NOT NULL,
    file TEXT, text_before TEXT NOT NULL, text_after TEXT NOT NULL, keywords TEXT NOT NULL, names TEXT NOT NULL,
    -- The entry's words in the pack's other languages: found by a search in any of them, and the
    -- snippet when the words are there only (the text's own words come first).
    translated TEXT NOT NULL DEFAULT '',
    text TEXT GENERATED ALWAYS AS (text_before || markdown || text_after) VIRTUAL
);
-- An entry in the pack's other languages (ID.LANG.md): shown in the reader in the window's language.
-- Its words are searched through the original's row (db/reference/compiler.py).
CREATE TABLE translations (
    uid TEXT NOT NULL, language TEXT NOT NULL, title TEXT NOT NULL, summary TEXT, markdown TEXT NOT NULL, data TEXT NOT NULL,
    PRIMARY KEY (uid, language)
) WITHOUT ROWID;
-- pack.LANG.yaml: a pack's title, description and attribute labels in another language, as JSON.
CREATE TABLE pack_translations (pack TEXT NOT NULL, language TEXT NOT NULL, data TEXT NOT NULL, PRIMARY KEY (pack, language));
CREATE TABLE links (src TEXT NOT NULL, rel TEXT NOT NULL, dst TEXT NOT NULL, note TEXT);
-- Keyed by uid, so facet counts and facet filters read one entry's facets in one seek, with
-- no separate covering index holding the whole table a second time.
CREATE TABLE facets (
    uid TEXT NOT NULL, facet TEXT NOT NULL, value TEXT NOT NULL, label TEXT NOT NULL, folded TEXT NOT NULL,
    PRIMARY KEY (uid, facet, value)
) WITHOUT ROWID;
-- How many entries carry each facet value, counted while the facets are written: the
-- navigator's filter lists read these few rows instead of grouping a million facet rows.
CREATE TABLE facet_values (
    facet TEXT NOT NULL, value TEXT NOT NULL, label TEXT NOT NULL, entries INTEGER NOT NULL,
    PRIMARY KEY (facet, value)
) WITHOUT ROWID;
CREATE VIRTUAL TABLE entries_fts USING fts5(
    title, text, keywords, names, translated, content = 'entries', content_rowid = 'rowid', {FTS_OPTIONS}
);
-- The index's words with how many entries hold each: typos are corrected from these.
-- `own`: the word is in some entry's own words, not only in translations; only those are offered
-- as corrections, so "transfers" is not turned into the French "transférer".
CREATE TABLE terms (term TEXT PRIMARY KEY, entries INTEGER NOT NULL, own INTEGER NOT NULL) WITHOUT ROWID;
-- Words of the index that share a Snowball stem in a pack's language ('efficiency',
-- 'efficiently'): a query word also finds the others. Only stems with two words or more.
CREATE TABLE stems (language TEXT NOT NULL, stem TEXT NOT NULL, term TEXT NOT NULL,
    PRIMARY KEY (language, stem, term)) WITHOUT ROWID;
-- Names the packs declare as one (db/packs/synonyms.py), a row per name of each group.
CREATE TABLE synonyms (grp INTEGER NOT NULL, name TEXT NOT NULL, folded TEXT NOT NULL);
INSERT INTO entries_fts (entries_fts, rank) VALUES ('rank', 'bm25({ENTRY_WEIGHTS})');
INSERT INTO entries_fts (entries_fts, rank) VALUES ('hashsize', {FTS_BUILD_MEMORY});
"""

INDEXES = """
CREATE UNIQUE INDEX entries_uid ON entries (uid);
CREATE INDEX entries_kind ON entries (kind, pack);
-- The navigator's order within a kind (db/reference/entries.py): a page of 100,000 lessons is read from it, not sorted.
CREATE INDEX entries_title ON entries (kind, title COLLATE NOCASE, uid);
CREATE INDEX links_src ON links (src);
CREATE INDEX links_dst ON links (dst);
"""
