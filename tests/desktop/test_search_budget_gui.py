"""The search panel says when results came unranked because ranking would outlast the keystroke."""
from __future__ import annotations

from db import Store
from db.files.resources import bundled_pack_dirs
from desktop.app.application import window_settings
from desktop.app.main_window import MainWindow
from desktop.shared import runners
from tests.bench import corpus


def type_keys(qtbot, window, text):
    window.search_box.setFocus()
    qtbot.keyClicks(window.search_box, text)
    qtbot.waitUntil(lambda: window.search_panel.up_to_date, timeout=10_000)


def test_unranked_results_carry_a_note_and_ranked_ones_do_not(qtbot, home, tmp_path, monkeypatch):
    # Every synthetic lesson's title holds "Synthetic lesson": ranking "synthetic" scores all 300.
    pack = corpus.write_pack(tmp_path / "synthetic", 300)
    with Store(home, bundled=[*bundled_pack_dirs(), pack]) as store:
        window = MainWindow(store, window_settings(home))
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.ready, timeout=10_000):
            window.show()
        panel = window.search_panel
        monkeypatch.setattr(runners, "RANK_BUDGET", 0)
        type_keys(qtbot, window, "synthetic")
        assert panel.results.ranked is False and panel.model.rowCount() > 0
        assert panel.unranked_note.isVisible()
        assert "add a word to rank them" in panel.unranked_note.text()
        monkeypatch.setattr(runners, "RANK_BUDGET", None)
        type_keys(qtbot, window, " lesson")
        assert panel.results.ranked is True
        assert not panel.unranked_note.isVisible()
        window.close()
