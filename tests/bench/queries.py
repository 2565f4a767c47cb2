"""A deterministic mix of queries drawn from a store's own vocabulary."""
from __future__ import annotations

import random
import re
import sqlite3
from collections import Counter


def vocabulary(conn: sqlite3.Connection) -> list[str]:
    """Words of four letters or more, most frequent first."""
    counts: Counter[str] = Counter()
    for (text,) in conn.execute("SELECT title || ' ' || text FROM entries"):
        counts.update(w.lower() for w in re.findall(r"[^\W\d_]{4,}", text))
    return [word for word, _ in counts.most_common()]


def query_mix(conn: sqlite3.Connection, count: int, seed: int = 7) -> list[str]:
    words = vocabulary(conn)
    common, rare = words[: max(1, len(words) // 20)], words[len(words) // 2 :] or words
    facets = [row[0] for row in conn.execute("SELECT DISTINCT 'theme:' || value FROM facets WHERE facet='theme' ORDER BY 1 LIMIT 20")]
    rng = random.Random(seed)
    makers = [
        lambda: rng.choice(rare),
        lambda: rng.choice(common),
        lambda: f"{rng.choice(common)} {rng.choice(rare)}",
        lambda: f'"{rng.choice(common)} {rng.choice(common)}"',
        lambda: rng.choice(common)[:3] + "*",
        lambda: f"{rng.choice(rare)} OR {rng.choice(rare)}",
        lambda: f"{rng.choice(common)} -{rng.choice(common)}",
        lambda: f"{rng.choice(common)} {rng.choice(facets) if facets else 'kind:lesson'}",
        lambda: f"{rng.choice(common)} kind:lesson",
    ]
    return [makers[i % len(makers)]() for i in range(count)]
