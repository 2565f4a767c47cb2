"""`partnership-atlas serve`, as a team reaches it: a real server on a free local port, asked through its JSON API."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from contextlib import contextmanager

from db import Target

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


@contextmanager
def serving(*options):
    """The server started as a user starts it, on the test's data folder (the `home` fixture); (its address, the
    lines it printed first)."""
    process = subprocess.Popen([sys.executable, "-m", "desktop", "serve", "--port", "0", *options], cwd=ROOT,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        first = process.stdout.readline()  # printed once the server answers
        address = re.search(r"http://\S+/", first)
        assert address, first + process.stdout.read()
        lines = [first]
        if "--host" in options:
            lines.append(process.stdout.readline())
        yield address.group(0).replace("0.0.0.0", "127.0.0.1"), lines
    finally:
        process.terminate()
        process.wait(timeout=30)


def get(base: str, path: str, **params) -> dict:
    with urllib.request.urlopen(base + path + ("?" + urllib.parse.urlencode(params) if params else ""), timeout=30) as response:
        return json.loads(response.read())


def status(request: urllib.request.Request) -> int:
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def test_the_library_answers_search_facets_entries_and_canned_queries(home, store):
    with serving() as (base, lines):
        assert "read-only" in lines[0] and "127.0.0.1" in base
        table = get(base, "library/entries.json", _search="donor support", _shape="objects")
        facets = set(table["facet_results"])
        assert table["filtered_table_rows_count"] > 0 and {"kind", "theme", "model", "year", "pack"} <= facets
        assert table["facet_results"]["kind"]["results"]
        ranked = get(base, "library/search.json", words="donor support group", _shape="array")
        assert "ICRC Donor Support Group" in [row["title"] for row in ranked[:3]] and "**" in ranked[0]["passage"]
        uid = store.resolve("dfid-ifrc")
        entry = get(base, f"library/entries/{uid.replace('/', '~2F')}.json", _shape="array")
        assert entry[0]["title"] == store.entry(uid).title and entry[0]["text"] == store.entry(uid).markdown
        lessons = get(base, "library/lessons_about_a_model.json", model="dfid-ifrc", _shape="array")
        linked = {hit.uid for hit in store.search("model:dfid-ifrc kind:lesson", limit=200).hits}
        assert lessons and {row["uid"] for row in lessons} == linked
        attributes = get(base, "library/a_models_attributes.json", model="dfid-ifrc", _shape="array")
        assert {row["model_title"] for row in attributes} == {store.entry(uid).title}
        assert [database["name"] for database in get(base, "-/databases.json")] == ["library"]


def test_no_request_can_write_to_the_library(home, store):
    before = store.entry("dfid-ifrc").title
    with serving() as (base, _):
        insert = urllib.request.Request(base + "library/entries/-/insert", method="POST", data=b'{"row": {"uid": "x"}}',
                                        headers={"Content-Type": "application/json"})
        assert status(insert) in (403, 404, 405)
        delete = urllib.request.Request(base + "library.json?" + urllib.parse.urlencode({"sql": "DELETE FROM entries"}))
        assert status(delete) == 400
        assert get(base, "library/entries.json", _size=1)["filtered_table_rows_count"] == len(store.entries())
    assert store.entry("dfid-ifrc").title == before


def test_notes_are_published_only_when_asked_and_another_host_is_announced(home, store):
    note = store.create_note("Ask the delegation about the funding cycle", target=Target("entry", store.resolve("dfid-ifrc")))
    with serving("--with-notes", "--host", "0.0.0.0") as (base, lines):
        assert "visible to anyone" in lines[1]
        rows = get(base, "notes/notes.json", _search="funding", _shape="array")
        assert [row["id"] for row in rows] == [note.id]


def test_a_port_already_taken_is_said_plainly(home, store):
    with serving() as (base, _):
        port = urllib.parse.urlsplit(base).port
        taken = subprocess.run([sys.executable, "-m", "desktop", "serve", "--port", str(port)], cwd=ROOT, capture_output=True,
                               text=True, timeout=120)
    assert taken.returncode != 0 and f"Could not serve on 127.0.0.1:{port}" in taken.stderr
