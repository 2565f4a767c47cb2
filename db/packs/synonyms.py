"""Synonym and acronym groups a pack declares in pack.yaml, for search: a query for one finds the others.

    synonyms:
      - DFID = Department for International Development
      - IFRC = International Federation = Federation
      - [NS, National Society]

Each group is a line of names joined by ' = ', or a list of names. A name may be several words
('National Society'); it matches the same words in a query, in any word form.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from db.phrases import phrase
from db.search.textfold import fold

MAX_NAME_CHARS = 100
MAX_GROUP_NAMES = 12


def read_synonyms(raw: Any, bad: Callable[[tuple, str], None]) -> list[tuple[str, ...]]:
    """The groups of `raw` (pack.yaml's `synonyms`), each problem reported through `bad(path, message)`."""
    if raw is None:
        return []
    if not isinstance(raw, list):
        bad(("synonyms",), phrase("must be a list of groups, e.g. - IFRC = International Federation"))
        return []
    groups: list[tuple[str, ...]] = []
    seen: dict[str, int] = {}  # folded name: the group (1-based) it is in
    for index, item in enumerate(raw):
        path = ("synonyms", index)
        names = [part.strip() for part in item.split("=")] if isinstance(item, str) else item
        if not isinstance(names, list) or not all(isinstance(name, str) for name in names):
            bad(path, phrase("must be names joined by ' = ' (DFID = Department for International Development) or a list of "
                             "names"))
            continue
        names = [" ".join(name.split()) for name in names]
        if any(not name or not re.search(r"\w", name) for name in names):
            bad(path, phrase("has an empty name: write each name between the ' = ' signs"))
            continue
        if any(len(name) > MAX_NAME_CHARS for name in names):
            bad(path, phrase("has a name longer than {most} characters", most=MAX_NAME_CHARS))
            continue
        folded = list(dict.fromkeys(fold(name) for name in names))
        if len(folded) < 2:
            bad(path, phrase("needs at least two different names"))
            continue
        if len(folded) > MAX_GROUP_NAMES:
            bad(path, phrase("has %n name(s); at most {most} are allowed in a group", None, len(folded), most=MAX_GROUP_NAMES))
            continue
        repeated = [name for name in folded if name in seen]
        if repeated:
            bad(path, phrase("'{name}' is also in group {group}: put all its names in one group", name=repeated[0],
                             group=seen[repeated[0]]))
            continue
        for name in folded:
            seen[name] = index + 1
        groups.append(tuple(dict.fromkeys(names)))
    return groups
