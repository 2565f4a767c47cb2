"""What a comparison cell tells beyond its text: the year it holds for, that the attribute does not apply,
what the pack says once for every model; and models put in the order of a row's years or amounts."""
from __future__ import annotations

from PySide6.QtCore import Qt

from db.reference.attributes import INAPPLICABLE
from desktop.comparison.cell_delegate import DATED_ROLE
from desktop.comparison.comparison_menus import cell_menu
from desktop.comparison.comparison_model import CELL_ROLE, UNDOCUMENTED_FOREGROUND
from tests.desktop.test_comparison import README_THREE, SIX, load, row_of


def test_a_dated_value_shows_its_year_under_the_text(qtbot, view):
    load(qtbot, view, README_THREE)
    scale = row_of(view, "funding_scale")
    assert view.model.index(scale, 0).data(DATED_ROLE) == "as of 2011"
    assert view.model.index(scale, 1).data(DATED_ROLE) == "", "the ICRC's threshold is not dated in the sources"


def test_not_applicable_reads_apart_from_not_documented(qtbot, view):
    load(qtbot, view, ["dfid-ifrc", "icrc-donor-support-group", "tripartite-pilot-project"])
    eligibility = row_of(view, "eligibility")
    inapplicable, documented, undocumented = (view.model.index(eligibility, c) for c in range(3))
    assert inapplicable.data(CELL_ROLE).state == INAPPLICABLE
    assert inapplicable.data().startswith("not applicable: The sources describe a partnership between DFID and the IFRC")
    assert inapplicable.data(Qt.ItemDataRole.ForegroundRole) is None, "something known, in the text's colour"
    assert undocumented.data(Qt.ItemDataRole.ForegroundRole) == UNDOCUMENTED_FOREGROUND
    assert "Does not apply to this model." in inapplicable.data(Qt.ItemDataRole.ToolTipRole)
    assert view.model.row_at(eligibility).difference == "wording", "not applying differs from a membership rule"
    assert not documented.data(Qt.ItemDataRole.FontRole)


def test_a_note_for_every_model_follows_its_row(qtbot, view):
    load(qtbot, view, README_THREE)
    safeguards = row_of(view, "independence_safeguards")
    note = view.model.index(safeguards + 1, 0)
    assert view.model.note_at(safeguards + 1).key == "independence_safeguards"
    assert note.data().startswith("For all models: The 1999 workshop recorded, as a prerequisite for the Movement")
    assert view.table.columnSpan(safeguards + 1, 0) == 3 and view.model.row_at(safeguards + 1) is None
    assert [view.model.index(safeguards, c).data(CELL_ROLE).documented for c in range(3)] == [False, False, True], \
        "only the auxiliary role documents a safeguard of its own"


def test_models_sort_by_the_year_they_began(qtbot, view):
    load(qtbot, view, SIX)
    row = row_of(view, "year_began")
    menu = cell_menu(view, view.model.index(row, 0))
    sort = next(a for a in menu.actions() if a.text() == "Sort Models by “Year it began”")
    with qtbot.waitSignal(view.changed):
        sort.trigger()
    years = [view.model.index(row_of(view, "year_began"), c).data(CELL_ROLE).short for c in range(6)]
    known = [short.key[1] for short in years if short is not None]
    assert known == sorted(known) == [1965, 1995, 1998, 1999, 1999] and years[-1] is None, "the undocumented last"
    assert [uid.split("/")[1] for uid in view.models()][:3] == ["auxiliary-role", "movement-component-partnerships",
                                                                  "icrc-donor-support-group"]
    text_menu = cell_menu(view, view.model.index(row_of(view, "origin"), 0))
    assert not any(a.text().startswith("Sort Models") for a in text_menu.actions()), "free text has no order"


def test_a_line_of_arabic_starts_at_the_right_of_its_cell(qapp):
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QFont, QFontMetrics

    from desktop.comparison.cell_delegate import _start

    area, metrics = QRect(10, 0, 300, 40), QFontMetrics(QFont())
    assert _start(area, metrics, "1998 (first meeting, May 1998)") == 10
    arabic = "غير موثق في مصادر هذه الحزمة"
    assert _start(area, metrics, arabic) == area.right() - metrics.horizontalAdvance(arabic) > 10
