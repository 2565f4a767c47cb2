"""The order of a page of results, and the correction of words the index does not know.

Within the page FTS5 ranked (bm25, the title weighted above the text): an entry whose title
holds every word of the query comes first, the closer its title is to the query the earlier
(for 'donor support group', the model 'ICRC Donor Support Group' before a source whose title
also names it among other words); then the entries with the words as typed; then those with
them only in other forms or as synonyms.
"""
from __future__ import annotations

import re
from collections.abc import Collection

from db.search.lexicon import Lexicon, tokens
from db.search.results import Hit
from db.search.understanding import Plan

# Above any bm25 score an entry gets from its text: a title that holds the whole query outranks it.
TITLE_BONUS = 100.0


def page_order(hits: list[Hit], typed: Collection[str], plan: Plan) -> list[Hit]:
    """`hits` as ranked, those whose uid is in `typed` holding the words as typed; scores made to
    fall with the new order, so a merge with notes by score keeps it."""
    wanted = len(plan.groups)
    keyed = []
    for position, hit in enumerate(hits):
        words = tokens(hit.title)
        whole = bool(wanted) and plan.matched(words) == wanted
        closeness = wanted / len(words) if whole else 0.0
        keyed.append(((not whole, -closeness, hit.uid not in typed, position), hit, whole))
    keyed.sort(key=lambda item: item[0])
    ordered, ceiling = [], float("inf")
    for _, hit, whole in keyed:
        score = min(hit.score + (TITLE_BONUS if whole else 0.0), ceiling)
        ceiling = score - 1e-6
        ordered.append(Hit(hit.uid, hit.kind, hit.pack, hit.title, hit.snippet, score))
    return ordered


def correction(text: str, plan: Plan, lexicon: Lexicon, *, own_language: bool = True) -> str | None:
    """`text` with each word the index does not know replaced by its one clear correction, or None."""
    fixed = text
    for word in plan.unknown:
        fix = lexicon.correction(word, own_language=own_language)
        if fix is not None:
            fixed = re.sub(rf"(?<![\w\"*:-]){re.escape(word)}(?![\w*])", fix, fixed, flags=re.IGNORECASE)
    return fixed if fixed != text else None
