"""Pack text is shown, never obeyed: no remote or local resources, no scripts, no dangerous links."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QTextCursor, QTextDocument
from PySide6.QtWidgets import QMessageBox

from db import Store
from db.files.resources import bundled_pack_dirs
from desktop.app.application import window_settings
from desktop.app.main_window import MainWindow

HOSTILE_BODY = """Read this.

<script>alert('pwned')</script> <img src="file:///etc/passwd"> <iframe src="https://evil.example/"></iframe>

![tracker](https://evil.example/pixel.png) ![secret](file:///etc/hostname) ![inline](data:image/png;base64,iVBORw0KGgo=)

[run script](javascript:alert(1)) [local file](file:///etc/passwd) [data page](data:text/html,<b>x</b>)
[vb link](vbscript:msgbox) [the web page](https://www.ifrc.org/)
"""

LINKS = {
    "run script": "javascript", "local file": "file", "data page": "data", "vb link": "vbscript",
}


class UrlRecorder(QObject):
    """Stands in for the system browser: QDesktopServices hands it the URLs it would open."""

    def __init__(self):
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url.toString())


@pytest.fixture
def hostile_window(qtbot, home, packs):
    pack = packs.write(entries={"lessons/keep-trust.md": (
        {"id": "keep-trust", "title": "Keep trust", "type": "lesson", "statement": "Trust grows.",
         "recommendation": "Meet.", "themes": ["trust"], "models": ["alpha"], "sources": [{"source": "src-a", "locator": "p. 4"}]},
        HOSTILE_BODY)})
    recorder = UrlRecorder()
    for scheme in ("http", "https", "file", "data", "javascript", "vbscript"):
        QDesktopServices.setUrlHandler(scheme, recorder, "open")
    with Store(home, bundled=[*bundled_pack_dirs(), pack]) as store:
        window = MainWindow(store, window_settings(store.paths))
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.ready, timeout=10_000):
            window.show()
        with qtbot.waitSignal(window.reader.entryShown, timeout=10_000):
            window.open_entry("test-pack/keep-trust")
        yield window, recorder
        window.close()
    for scheme in ("http", "https", "file", "data", "javascript", "vbscript"):
        QDesktopServices.unsetUrlHandler(scheme)


def click_text(qtbot, browser, text):
    cursor = browser.document().find(text)
    assert not cursor.isNull(), f"{text!r} is not on the page"
    middle = QTextCursor(cursor)
    middle.setPosition((cursor.selectionStart() + cursor.selectionEnd()) // 2)
    browser.setTextCursor(middle)
    browser.ensureCursorVisible()
    qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=browser.cursorRect(middle).center())


def test_html_in_pack_text_is_shown_as_text_and_loads_nothing(hostile_window):
    window, _ = hostile_window
    document = window.reader.browser.document()
    text = document.toPlainText()
    assert "<script>alert('pwned')</script>" in text  # shown literally, never run
    assert '<img src="file:///etc/passwd">' in text
    for url in ("https://evil.example/pixel.png", "file:///etc/hostname", "data:image/png;base64,iVBORw0KGgo="):
        # Empty, where Qt alone would have decoded the data: URL and read the local file.
        assert not document.resource(QTextDocument.ResourceType.ImageResource, QUrl(url))
    assert "passwd" not in document.toHtml().split("<body", 1)[1].replace("file:///etc/passwd", "")


@pytest.mark.parametrize("label", sorted(LINKS))
def test_dangerous_links_are_refused_with_a_message(qtbot, hostile_window, monkeypatch, label):
    window, recorder = hostile_window
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args: asked.append(args) or QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(window.reader.failed, timeout=5_000) as refused:
        click_text(qtbot, window.reader.browser, label)
    assert f"'{LINKS[label]}' links are not allowed" in refused.args[0]
    assert asked == [] and recorder.opened == []
    assert window.reader.uid == "test-pack/keep-trust"


@pytest.mark.parametrize("answer, opened", [(QMessageBox.StandardButton.No, []), (QMessageBox.StandardButton.Yes, ["https://www.ifrc.org/"])])
def test_web_links_open_in_the_browser_only_after_confirming_the_address(qtbot, hostile_window, monkeypatch, answer, opened):
    window, recorder = hostile_window
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda _parent, _title, text, *rest: asked.append(text) or answer)
    click_text(qtbot, window.reader.browser, "the web page")
    qtbot.waitUntil(lambda: bool(asked), timeout=5_000)
    assert "https://www.ifrc.org/" in asked[0]
    assert recorder.opened == opened
