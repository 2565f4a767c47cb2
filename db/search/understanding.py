"""From the words a delegate typed to what search looks for: the words as typed, and every form of them.

A parsed query (query.py) is read against the store's own words (lexicon.py):
- stop words ('the', 'for', 'de') are left out, unless the query holds nothing else;
- a word also finds the words of the index that share its Snowball stem ('efficiency' finds
  'efficiently'), and a name a pack declares a synonym of ('DFID' finds 'Department for
  International Development');
- words the index does not know in any form are listed, for a correction.
Quoted phrases, prefix* words, OR, -exclusions and field:value filters keep their meaning: a
phrase and a prefix are never widened, an exclusion is never widened.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from db.search.lexicon import Lexicon, tokens
from db.search.query import ParsedQuery, Term


@dataclass(frozen=True)
class Alternative:
    """One way a group of the query can match: an FTS5 phrase, and its words for matching a title."""

    fts: str
    words: tuple[str, ...]
    prefix: bool = False

    @classmethod
    def of(cls, term: Term) -> Alternative:
        return cls(term.fts(), tuple(tokens(term.text)), term.prefix)

    def found_in(self, words: list[str]) -> bool:
        size = len(self.words)
        if not size:
            return False
        if self.prefix:
            *head, last = self.words
            return any(words[i:i + size - 1] == head and words[i + size - 1].startswith(last)
                       for i in range(len(words) - size + 1))
        return any(words[i:i + size] == list(self.words) for i in range(len(words) - size + 1))


@dataclass
class Plan:
    exact: str | None  # the words as typed (stop words left out)
    broad: str | None  # the words in any of their forms, and their synonyms
    groups: list[list[Alternative]] = field(default_factory=list)  # each required group's alternatives, as typed first
    # Which groups are words typed bare (a phrase, a prefix or field:text is explicit and stays
    # required); with no OR, the closest (db/search/engine.py) may leave bare words out.
    bare: list[bool] = field(default_factory=list)
    plain: bool = True
    excluded: str = ""  # ' NOT "word"' for each -word: appended to every expression
    dropped: list[str] = field(default_factory=list)  # stop words left out
    unknown: list[str] = field(default_factory=list)  # words the index has in no form
    highlight: list[str] = field(default_factory=list)

    @property
    def closest_allowed(self) -> bool:
        """Whether the closest may stand in when no entry has every word: two bare words or more, no OR."""
        return self.plain and sum(self.bare) > 1

    def closest_expression(self) -> str:
        """Every explicit group (a phrase, a prefix, field:text) and any of the bare words."""
        required = [group for group, bare in zip(self.groups, self.bare) if not bare]
        optional = [a for group, bare in zip(self.groups, self.bare) if bare for a in group]
        return _expression([*required, optional], self.excluded) or ""

    def matched(self, words: list[str]) -> int:
        """How many of the query's groups have an alternative among `words` (a title's or a text's, folded)."""
        return sum(any(alternative.found_in(words) for alternative in group) for group in self.groups)


def understand(query: ParsedQuery, lexicon: Lexicon) -> Plan:
    groups = _with_synonyms(query.groups, lexicon)
    single = [i for i, (group, synonym) in enumerate(groups) if not synonym and _plain_word(group)]
    stops = {i for i in single if lexicon.is_stop_word(_group_word(groups[i][0]))}
    if len(stops) == len(groups):
        stops = set()  # only stop words: search for them all the same
    exact_groups, alternatives, unknown, bare = [], [], [], []
    for i, (group, synonym) in enumerate(groups):
        if i in stops:
            continue
        bare.append(synonym is not None or i in single)
        exact_groups.append([Alternative.of(term) for term in group])
        if synonym is not None:
            alternatives.append(synonym)
        elif i in single:
            word = _group_word(group)
            forms = lexicon.forms(word)
            if len(forms) == 1 and not lexicon.known(word):
                unknown.append(group[0].text)
            alternatives.append([Alternative.of(group[0]), *(Alternative(Term(form).fts(), (form,)) for form in forms[1:])])
        else:
            alternatives.append([Alternative.of(term) for term in group])
    excluded = "".join(f" NOT {term.fts()}" for term in query.excluded)
    highlight = list(dict.fromkeys(a.words[0] if len(a.words) == 1 else " ".join(a.words)
                                   for group in alternatives for a in group if a.words))
    return Plan(exact=_expression(exact_groups, excluded), broad=_expression(alternatives, excluded), groups=alternatives,
                bare=bare, plain=all(len(group) == 1 for group in query.groups), excluded=excluded,
                dropped=[groups[i][0][0].text for i in sorted(stops)], unknown=unknown, highlight=highlight)


def _group_word(group: list[Term]) -> str:
    return tokens(group[0].text)[0]


def _plain_word(group: list[Term]) -> bool:
    """A single word typed bare: not a phrase, not a prefix, not one of several OR-ed."""
    return len(group) == 1 and not group[0].quoted and not group[0].prefix and len(tokens(group[0].text)) == 1


def _with_synonyms(groups: list[list[Term]], lexicon: Lexicon) -> list[tuple[list[Term], list[Alternative] | None]]:
    """The query's groups, runs of bare words that make a declared name replaced by one group of
    all that name's synonyms (each name as a phrase, longest run first)."""
    out: list[tuple[list[Term], list[Alternative] | None]] = []
    i = 0
    while i < len(groups):
        found = None
        for size in range(min(lexicon.longest_name, len(groups) - i), 0, -1):
            run = groups[i:i + size]
            if not all(len(group) == 1 and not group[0].quoted and not group[0].prefix for group in run):
                continue
            words = [word for group in run for word in tokens(group[0].text)]
            group = lexicon.synonym_group(words) if words else None
            if group is not None:
                found = (size, group)
                break
        if found is None:
            out.append((groups[i], None))
            i += 1
            continue
        size, group = found
        typed = [term for run_group in groups[i:i + size] for term in run_group]
        names = [Alternative(Term(name).fts(), tuple(tokens(name))) for name in group.names]
        single = [a.words[0] for a in names if len(a.words) == 1]
        forms = [Alternative(Term(form).fts(), (form,)) for word in single for form in lexicon.forms(word)[1:]]
        phrase = Term(" ".join(term.text for term in typed))
        out.append(([phrase], [Alternative.of(phrase), *names, *forms]))
        i += size
    return out


def _expression(groups: list[list[Alternative]], excluded: str) -> str | None:
    if not groups:
        return None
    parts = []
    for group in groups:
        unique = list(dict.fromkeys(alternative.fts for alternative in group))
        parts.append(f"({' OR '.join(unique)})" if len(unique) > 1 else unique[0])
    expression = " AND ".join(parts)
    return f"({expression})" + excluded if excluded else expression
