"""Export of a 30-item brief with two comparisons to PDF and ODT (issue 20).

    python -m tests.bench.brief_export [--runs 5]

The brief holds 20 entries of the bundled pack (models and lessons), two saved comparisons (two models, and
all six), four notes and four highlighted passages. Each export is timed from the store (reading the brief and
every item) to the file written; median of `runs`. The baseline, in the same process: Qt printing the same
document once as it stands (`QTextDocument.print_` to a PDF), with none of the brief's own layout work (the
contents list's page numbers, headings kept off a page's foot, the footers).
"""
from __future__ import annotations

import argparse
import os
import statistics
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QGuiApplication, QPageSize, QPdfWriter  # noqa: E402

from db import AtlasPaths, Store, Target  # noqa: E402
from tests.bench.timing import timed  # noqa: E402

MODELS = ["dfid-ifrc", "dfid-icrc", "auxiliary-role", "icrc-donor-support-group", "tripartite-pilot-project",
          "movement-component-partnerships"]
PASSAGES = [("auxiliary-role", "auxiliary"), ("dfid-ifrc", "unearmarked"), ("dfid-icrc", "ICRC"), ("no-single-model", "model")]


def thirty_items(store: Store) -> str:
    brief = store.create_brief("Meeting with the donor support group", meeting="Humanitarian desk", day="2026-12-10",
                               introduction="What we want from the meeting:\n\n- a multi-year package\n- a mid-term review")
    store.save_comparison("Two donor models", MODELS[:2])
    store.save_comparison("All six models", MODELS)
    entries = [e.uid for e in store.entries(kind="model")] + [e.uid for e in store.entries(kind="lesson")][:14]
    for uid in entries[:20]:
        store.add_to_brief(brief.id, "entry", uid)
    for name in ("Two donor models", "All six models"):
        store.add_to_brief(brief.id, "comparison", name)
    for n in range(4):
        note = store.create_note(f"Point {n + 1} to raise: ask how the review will be run.", target=Target.entry(entries[n]))
        store.add_to_brief(brief.id, "note", note.id)
    for ref, words in PASSAGES:
        quote = store.passage_quote(ref, words)
        uid = store.resolve(ref)
        note = store.create_note("Quote this.", target=Target.passage(uid, quote.exact, quote.prefix, quote.suffix))
        store.add_to_brief(brief.id, "note", note.id)
    assert len(store.brief(brief.id).items) == 30
    return brief.id


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    app = QGuiApplication([])
    from desktop.briefs.brief_document import build
    from desktop.briefs.brief_files import write_brief

    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        store = Store(AtlasPaths(data_dir=root / "data", cache_dir=root / "cache"))
        brief_id = thirty_items(store)
        pdf, odt = root / "brief.pdf", root / "brief.odt"
        times = {suffix: statistics.median(timed(lambda p=path: write_brief(store, brief_id, p, "a4")) for _ in range(args.runs))
                 for suffix, path in ((".pdf", pdf), (".odt", odt))}
        document = store.brief_document(brief_id)

        def qt_prints() -> None:
            writer = QPdfWriter(str(root / "baseline.pdf"))
            writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
            build(document)[0].print_(writer)

        baseline = statistics.median(timed(qt_prints) for _ in range(args.runs))
        import pypdf

        pages = len(pypdf.PdfReader(pdf).pages)
        print(f"baseline, Qt printing the same document once: {baseline * 1000:.0f} ms")
        print(f"PDF: {times['.pdf'] * 1000:.0f} ms ({times['.pdf'] / baseline:.2f}× the baseline), {pages} pages, "
              f"{pdf.stat().st_size / 1024:.0f} KB")
        print(f"ODT: {times['.odt'] * 1000:.0f} ms ({times['.odt'] / baseline:.2f}×), {odt.stat().st_size / 1024:.0f} KB")
        store.close()
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
