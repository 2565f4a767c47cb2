"""Build a comparison: attributes as rows grouped as declared, models as columns."""
from __future__ import annotations

import json
from dataclasses import dataclass, field

from db.reference.attributes import NOT_DOCUMENTED, attribute_display
from db.search.textfold import fold

MIN_MODELS = 2
MAX_MODELS = 6


@dataclass(frozen=True)
class Citation:
    source_uid: str
    source_title: str
    locator: str


@dataclass(frozen=True)
class Cell:
    text: str
    documented: bool
    citations: tuple[Citation, ...] = ()


@dataclass(frozen=True)
class Row:
    key: str
    label: str
    description: str
    cells: tuple[Cell, ...]

    @property
    def differs(self) -> bool:
        return len({fold(" ".join(cell.text.split())) for cell in self.cells}) > 1


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

    def rows(self, *, only_differences: bool = False) -> list[tuple[Group, Row]]:
        return [(g, r) for g in self.groups for r in g.rows if r.differs or not only_differences]

    def sources(self) -> list[Citation]:
        """Every source cited in the table, once each, in order of first use."""
        seen: dict[str, Citation] = {}
        for _, row in self.rows():
            for cell in row.cells:
                for citation in cell.citations:
                    seen.setdefault(citation.source_uid, citation)
        return list(seen.values())


def build(conn, model_uids: list[str]) -> Comparison:
    """`conn` is a reference store connection; `model_uids` are resolved model uids."""
    models, data = [], []
    for uid in model_uids:
        title, pack, raw = conn.execute("SELECT title, pack, data FROM entries WHERE uid=?", (uid,)).fetchone()
        models.append(ModelColumn(uid, title, pack))
        data.append((pack, json.loads(raw).get("attributes") or {}))
    source_titles = _source_titles(conn, {pack for pack, _ in data})
    attributes = conn.execute(
        f"SELECT key, label, grp, description, min(ord) FROM attributes WHERE pack IN ({','.join('?' * len(data))}) "
        "GROUP BY key ORDER BY min(ord), key",
        [pack for pack, _ in data],
    ).fetchall()
    groups: dict[str, list[Row]] = {}
    for key, label, group, description, _ in attributes:
        cells = tuple(_cell(pack, values.get(key), source_titles) for pack, values in data)
        groups.setdefault(group, []).append(Row(key, label, description or "", cells))
    comparison = Comparison(models)
    comparison.groups = [Group(label, tuple(rows)) for label, rows in groups.items()]
    return comparison


def _cell(pack: str, raw: dict | None, source_titles: dict[str, str]) -> Cell:
    text, documented = attribute_display(raw)
    if not documented:
        return Cell(NOT_DOCUMENTED, False)
    citations = tuple(
        Citation(f"{pack}/{c['source']}", source_titles.get(f"{pack}/{c['source']}", c["source"]), str(c.get("locator") or ""))
        for c in raw.get("sources") or []
    )
    return Cell(text, True, citations)


def _source_titles(conn, packs: set[str]) -> dict[str, str]:
    rows = conn.execute(
        f"SELECT uid, title FROM entries WHERE kind='source' AND pack IN ({','.join('?' * len(packs))})", list(packs)
    ).fetchall()
    return dict(rows)
