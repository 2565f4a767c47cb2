"""Parse what a user types into an FTS5 expression and facet filters; no input is ever an error.

Supported: words, "phrases", OR between terms, -exclusion, prefix*, and field:value filters.
Anything else (stray quotes, brackets, operators, symbols) is treated as literal text.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

FIELDS = ("kind", "theme", "model", "source", "pack", "year", "region", "sector", "country", "type", "language", "tag")
MAX_QUERY_CHARS = 1000
MAX_TERMS = 32

_TOKEN = re.compile(
    r"""
    (?P<neg>-)?
    (?:
        (?P<field>[A-Za-z]+):(?:"(?P<fquoted>[^"]*)"?|(?P<fvalue>\S+))
      | "(?P<phrase>[^"]*)"?
      | (?P<word>[^\s"]+)
    )
    """,
    re.VERBOSE,
)


@dataclass(frozen=True)
class Term:
    text: str
    prefix: bool = False

    def fts(self) -> str:
        return '"' + self.text.replace('"', '""') + '"' + ("*" if self.prefix else "")


@dataclass
class ParsedQuery:
    groups: list[list[Term]] = field(default_factory=list)  # AND of OR-groups
    excluded: list[Term] = field(default_factory=list)
    filters: dict[str, list[str]] = field(default_factory=dict)
    excluded_filters: dict[str, list[str]] = field(default_factory=dict)
    truncated: bool = False

    @property
    def has_text(self) -> bool:
        return bool(self.groups)

    def match_expression(self) -> str | None:
        """The FTS5 MATCH string for the positive terms, with exclusions, or None."""
        if not self.groups:
            return None
        parts = []
        for group in self.groups:
            inner = " OR ".join(term.fts() for term in group)
            parts.append(f"({inner})" if len(group) > 1 else inner)
        expression = " AND ".join(parts)
        if self.excluded:
            expression = f"({expression})" + "".join(f" NOT {term.fts()}" for term in self.excluded)
        return expression

    def exclusion_expression(self) -> str | None:
        """For a query made only of exclusions: what to leave out."""
        return " OR ".join(term.fts() for term in self.excluded) or None

    def literal_expression(self) -> str | None:
        """Every word ANDed as plain text: the fallback when the structured form fails."""
        words = [t for group in self.groups for t in group]
        return " AND ".join(Term(t.text).fts() for t in words) or None

    def highlight_terms(self) -> list[str]:
        return [term.text for group in self.groups for term in group]


def parse(text: str) -> ParsedQuery:
    query = ParsedQuery()
    if not isinstance(text, str):
        return query
    cleaned = "".join(" " if unicodedata.category(ch) in ("Cc", "Cs", "Zl", "Zp") else ch for ch in text)
    if len(cleaned) > MAX_QUERY_CHARS:
        cleaned, query.truncated = cleaned[:MAX_QUERY_CHARS], True
    pending_or = False
    count = 0
    for match in _TOKEN.finditer(cleaned):
        negative = bool(match["neg"])
        name = (match["field"] or "").lower()
        if name in FIELDS:
            value = (match["fquoted"] if match["fquoted"] is not None else match["fvalue"] or "").strip()
            if value:
                target = query.excluded_filters if negative else query.filters
                target.setdefault(name, []).append(value)
            continue
        if match["field"]:
            raw, prefix = match[0].removeprefix("-"), False
        elif match["phrase"] is not None:
            raw, prefix = match["phrase"], False
        else:
            raw = match["word"]
            if raw in ("OR", "|") and not negative:
                pending_or = bool(query.groups)
                continue
            if raw in ("AND", "NOT", "&&", "(", ")") and not negative:
                continue
            prefix = raw.endswith("*")
            raw = raw.rstrip("*")
        term = Term(raw.strip(), prefix)
        if not _has_token_chars(term.text):
            pending_or = False
            continue
        if count >= MAX_TERMS:
            query.truncated = True
            break
        count += 1
        if negative:
            query.excluded.append(term)
        elif pending_or:
            query.groups[-1].append(term)
        else:
            query.groups.append([term])
        pending_or = False
    return query


def _has_token_chars(text: str) -> bool:
    # FTS5's unicode61 tokenizer indexes letters and digits only; a term without any (an
    # emoji, a lone '+') would become an empty phrase that matches nothing.
    return any(unicodedata.category(ch)[0] in "LN" for ch in text)
