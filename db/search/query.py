"""Parse what a user types into an FTS5 expression and facet filters; no input is ever an error.

Supported: words, "phrases", OR between terms, -exclusion or NOT before a term, prefix*, and
field:value filters. Anything else (stray quotes, brackets, operators, symbols, a filter value
that cannot mean anything such as kind:foo or year:abc) is treated as literal text.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from db.search.filters import kind_value, year_range

FIELDS = ("kind", "theme", "model", "source", "pack", "year", "region", "sector", "country", "hazard", "type", "code", "language",
          "tag")
MAX_QUERY_CHARS = 1000
MAX_TERMS = 32
# Written in capitals, as in most search engines: 'or' and 'not' in lower case are words.
# AND is what words already mean, so it and stray brackets are skipped.
_OPERATORS = ("OR", "|", "NOT", "AND", "&&", "(", ")")

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
    quoted: bool = False  # written "in quotes" (or as unknown field:text): searched exactly as written

    def fts(self) -> str:
        return '"' + self.text.replace('"', '""') + '"' + ("*" if self.prefix else "")


@dataclass
class ParsedQuery:
    groups: list[list[Term]] = field(default_factory=list)  # AND of OR-groups
    excluded: list[Term] = field(default_factory=list)
    filters: dict[str, list[str]] = field(default_factory=dict)
    excluded_filters: dict[str, list[str]] = field(default_factory=dict)
    # Filters chosen outside the text (command-line options, the window's facets): a condition
    # of their own that must hold as well as the text's, never widening it.
    option_filters: dict[str, list[str]] = field(default_factory=dict)
    truncated: bool = False

    @property
    def has_text(self) -> bool:
        return bool(self.groups)

    @property
    def required_filters(self) -> list[dict[str, list[str]]]:
        """Each dict must hold; the values within one field of a dict are alternatives."""
        return [filters for filters in (self.filters, self.option_filters) if any(filters.values())]

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
    pending_or = pending_not = False
    count = 0
    for match in _TOKEN.finditer(cleaned):
        if match["word"] in _OPERATORS and not match["neg"]:
            if match["word"] in ("OR", "|"):
                pending_or = bool(query.groups)
            pending_not = match["word"] == "NOT"
            continue
        negative, pending_not = bool(match["neg"]) or pending_not, False
        name = (match["field"] or "").lower()
        value = (match["fquoted"] if match["fquoted"] is not None else match["fvalue"] or "").strip()
        if name in FIELDS and not value:
            continue
        wanted = _filter_value(name, value) if name in FIELDS else None
        if wanted is not None:
            target = query.excluded_filters if negative else query.filters
            target.setdefault(name, []).append(wanted)
            continue
        if match["field"]:
            raw, prefix = match[0].removeprefix("-"), False
        elif match["phrase"] is not None:
            raw, prefix = match["phrase"], False
        else:
            raw = match["word"]
            prefix = raw.endswith("*")
            raw = raw.rstrip("*")
        term = Term(raw.strip(), prefix, quoted=match["word"] is None)
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


def _filter_value(name: str, value: str) -> str | None:
    """What a field:value filter asks for, or None when the value cannot mean anything for that field."""
    if name == "kind":
        return kind_value(value)
    if name == "year" and year_range(value) is None:
        return None
    return value


def _has_token_chars(text: str) -> bool:
    # FTS5's unicode61 tokenizer indexes letters and digits only; a term without any (an
    # emoji, a lone '+') would become an empty phrase that matches nothing.
    return any(unicodedata.category(ch)[0] in "LN" for ch in text)
