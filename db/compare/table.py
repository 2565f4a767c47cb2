"""Build a comparison: attributes as rows grouped as declared, models as columns."""
from __future__ import annotations

import json
from dataclasses import dataclass, field, replace

from db.reference.attributes import DOCUMENTED, UNDOCUMENTED, Comparable, as_of, attribute_display, comparable
from db.search.textfold import fold

MIN_MODELS = 2
MAX_MODELS = 6

VALUES = "values"
"""A row's models give different short values (years, amounts, choices): a difference that means something."""
WORDING = "wording"
"""A row's models describe the attribute in different words, and no short values tell them apart."""


@dataclass(frozen=True)
class Citation:
    source_uid: str
    source_title: str
    locator: str


@dataclass(frozen=True)
class Cell:
    text: str
    state: str = DOCUMENTED
    """DOCUMENTED, UNDOCUMENTED (the sources are silent) or INAPPLICABLE (it does not apply to the model)."""
    citations: tuple[Citation, ...] = ()
    short: Comparable | None = None
    """The short value this model gives for a typed attribute, which is what ≠ compares."""
    as_of: str = ""
    """The year the value holds for, when the pack gives it ("2011")."""

    @property
    def documented(self) -> bool:
        return self.state == DOCUMENTED

    @property
    def known(self) -> bool:
        """Documented, or known not to apply: anything but the sources' silence."""
        return self.state != UNDOCUMENTED

    @property
    def headline(self) -> str:
        """The short value to show before the text, unless the text already begins with it."""
        if self.short is None or self.text.casefold().startswith(self.short.text.casefold()):
            return ""
        return self.short.text


@dataclass(frozen=True)
class Row:
    key: str
    label: str
    description: str
    cells: tuple[Cell, ...]
    type: str = "text"
    note: str = ""
    """What holds for every model, said once beside the attribute."""
    note_citations: tuple[Citation, ...] = ()

    @property
    def difference(self) -> str | None:
        """VALUES, WORDING or None. A model that does not document the attribute differs from none:
        what is not known is not a difference. Not applying to one model is a difference of value."""
        documented = [cell for cell in self.cells if cell.known]
        if len({cell.short.key for cell in documented if cell.short is not None}) > 1:
            return VALUES
        if all(cell.short is not None for cell in documented):
            return None
        return WORDING if len({fold(" ".join(cell.text.split())) for cell in documented}) > 1 else None

    @property
    def citations(self) -> tuple[Citation, ...]:
        """Every source the row cites: its cells', then its note's."""
        return tuple(c for cell in self.cells for c in cell.citations) + self.note_citations

    def sort_order(self) -> list[int] | None:
        """The models' columns in the order of this row's values, smallest first, models without one
        last; None when the values cannot be put in order (text, choices, amounts in two currencies)."""
        shorts = [cell.short if cell.documented else None for cell in self.cells]
        known = [short.key for short in shorts if short is not None]
        if self.type == "amount" and len({key[1] for key in known}) == 1:
            position = 2  # ("amount", currency, amount, period, at_least)
        elif self.type in ("year", "number") and {key[0] for key in known} <= {self.type}:
            position = -1  # ("year", year), ("number", value)
        else:
            return None
        return sorted(range(len(shorts)), key=lambda i: (shorts[i] is None, shorts[i].key[position] if shorts[i] else 0))

    @property
    def differs(self) -> bool:
        return self.difference == VALUES

    @property
    def documented(self) -> bool:
        """Some model documents the attribute, or says it does not apply."""
        return any(cell.known for cell in self.cells)


@dataclass(frozen=True)
class Group:
    label: str
    rows: tuple[Row, ...]


@dataclass(frozen=True)
class ModelColumn:
    uid: str
    title: str
    pack: str


@dataclass
class Comparison:
    models: list[ModelColumn]
    groups: list[Group] = field(default_factory=list)

    def rows(self, *, only_differences: bool = False, wording: bool = False) -> list[tuple[Group, Row]]:
        """The rows to show: those some model documents, only those that differ if asked (in value,
        or also in `wording`). Rows no model documents are `undocumented()`, shown as one line."""
        shown = (VALUES, WORDING) if wording else (VALUES,)
        return [(g, r) for g in self.groups for r in g.rows
                if r.documented and (not only_differences or r.difference in shown)]

    def undocumented(self) -> list[Row]:
        """Rows none of these models documents."""
        return [row for group in self.groups for row in group.rows if not row.documented]



def build(conn, model_uids: list[str], language: str | None = None) -> Comparison:
    """`conn` is a reference store connection; `model_uids` are resolved model uids. In `language`,
    the models, their values, the attributes and the sources are worded as the packs have them in it."""
    models, data = [], []
    for uid in model_uids:
        title, pack, raw = conn.execute(
            "SELECT coalesce(t.title, e.title), e.pack, coalesce(t.data, e.data) FROM entries e "
            "LEFT JOIN translations t ON t.uid = e.uid AND t.language = ? WHERE e.uid=?", (language, uid)).fetchone()
        models.append(ModelColumn(uid, title, pack))
        data.append((pack, json.loads(raw).get("attributes") or {}))
    source_titles = _source_titles(conn, {pack for pack, _ in data}, language)
    labels = _translated_labels(conn, {pack for pack, _ in data}, language)
    attributes = conn.execute(
        f"SELECT key, label, grp, description, type, min(ord), pack, note FROM attributes WHERE pack IN ({','.join('?' * len(data))}) "
        "GROUP BY key ORDER BY min(ord), key",
        [pack for pack, _ in data],
    ).fetchall()
    groups: dict[str, list[Row]] = {}
    for key, label, group, description, type_, _, pack, note in attributes:
        cells = tuple(_cell(pack, values.get(key), type_, source_titles) for pack, values in data)
        note = json.loads(note) if note else {"text": "", "sources": []}
        worded = labels.get((pack, key), {})
        if isinstance(worded.get("choices"), dict):
            cells = tuple(replace(cell, short=replace(cell.short, text=worded["choices"].get(cell.short.text, cell.short.text)))
                          if cell.short is not None and cell.documented else cell for cell in cells)
        label, group = worded.get("label") or label, worded.get("group") or group
        description = worded.get("description") or description
        if note["text"]:
            note["text"] = (worded.get("note") or {}).get("text") or note["text"]
        groups.setdefault(group, []).append(Row(key, label, description or "", cells, type_, note["text"],
                                                _citations(pack, note["sources"], source_titles)))
    comparison = Comparison(models)
    comparison.groups = [Group(label, tuple(rows)) for label, rows in groups.items()]
    return comparison


def _cell(pack: str, raw: dict | None, type_: str, source_titles: dict[str, str]) -> Cell:
    text, state = attribute_display(raw)
    if state == UNDOCUMENTED:
        return Cell(text, state)
    citations = _citations(pack, [(c["source"], c.get("locator")) for c in raw.get("sources") or []], source_titles)
    return Cell(text, state, citations, comparable(type_, raw), as_of(raw))


def _citations(pack: str, sources: list, source_titles: dict[str, str]) -> tuple[Citation, ...]:
    """(source id, locator) pairs of a pack as citations with their sources' titles."""
    return tuple(Citation(f"{pack}/{source}", source_titles.get(f"{pack}/{source}", source), str(locator or ""))
                 for source, locator in sources)


def _translated_labels(conn, packs: set[str], language: str | None) -> dict[tuple[str, str], dict]:
    """(pack, attribute key) → its label, group, description and note in `language` (pack.LANG.yaml)."""
    found = {}
    for pack, raw in conn.execute(f"SELECT pack, data FROM pack_translations WHERE language = ? AND pack IN "
                                  f"({','.join('?' * len(packs))})", [language, *packs]):
        for item in json.loads(raw).get("attributes") or []:
            if isinstance(item, dict) and item.get("key"):
                found[(pack, str(item["key"]))] = {k: v for k, v in item.items() if isinstance(v, (str, dict))}
    return found


def _source_titles(conn, packs: set[str], language: str | None = None) -> dict[str, str]:
    rows = conn.execute(
        f"SELECT e.uid, coalesce(t.title, e.title) FROM entries e LEFT JOIN translations t ON t.uid = e.uid AND t.language = ? "
        f"WHERE e.kind='source' AND e.pack IN ({','.join('?' * len(packs))})", [language, *packs]
    ).fetchall()
    return dict(rows)
