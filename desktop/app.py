"""Start the window: for now the bundled models with their summaries (the full GUI builds on this)."""
from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QLabel, QListView, QMainWindow, QSplitter, QTextBrowser

from db import Store
from desktop.models_list import UID_ROLE, EntryListModel


class MainWindow(QMainWindow):
    def __init__(self, store: Store):
        super().__init__()
        self.store = store
        self.setWindowTitle(self.tr("Partnership Atlas"))
        self.model = EntryListModel(store.entries(kind="model"), self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setAccessibleName(self.tr("Partnership models"))
        self.reader = QTextBrowser()
        self.reader.setOpenLinks(False)
        self.reader.setAccessibleName(self.tr("Reader"))
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.list)
        splitter.addWidget(self.reader)
        splitter.setStretchFactor(1, 3)
        self.setCentralWidget(splitter)
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.statusBar().addWidget(QLabel(self.tr("Partnership models discussed at the 1999 workshop. Search, compare and notes: see partnership-atlas --help.")))
        self.list.selectionModel().currentChanged.connect(self._show)
        self.resize(1000, 640)
        if self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(0, 0))

    def _show(self, index) -> None:
        entry = self.store.entry(index.data(UID_ROLE))
        self.reader.setMarkdown(f"# {entry.title}\n\n*{entry.fields.get('category', '')}*\n\n{entry.summary}\n\n{entry.markdown}")


def run(argv: list[str]) -> int:
    QCoreApplication.setApplicationName("Partnership Atlas")
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    with Store() as store:
        window = MainWindow(store)
        window.show()
        return app.exec()
