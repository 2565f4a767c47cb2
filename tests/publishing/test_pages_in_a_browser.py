"""The published library's pages as a colleague's browser shows them: headless Chromium, scripts run, the DOM read."""
from __future__ import annotations

import subprocess
import urllib.parse

import pytest

from tests.publishing.test_serve import serving

CHROMIUM = "/usr/bin/chromium"
# As the machine's notes say: without these, Chromium reaches for Google's servers at every start.
QUIET = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]

pytestmark = pytest.mark.browser


def rendered(url: str, profile) -> str:
    """The page's DOM once Chromium has loaded it and run its scripts."""
    result = subprocess.run([CHROMIUM, *QUIET, f"--user-data-dir={profile}", "--dump-dom", url], capture_output=True,
                            text=True, timeout=120, check=True)
    return result.stdout


def test_the_pages_a_colleague_opens_render(home, store, tmp_path):
    model = store.entry("icrc-donor-support-group")
    with serving() as (base, _):
        pages = {
            "": ["Partnership Atlas library", "Partnership models and lessons learned"],
            "library": ["Working in partnership", "Lessons about a model", "version 1.1.0"],
            "library/entries?" + urllib.parse.urlencode({"_search": "donor support"}): [model.title, "theme", "model"],
            f"library/entries/{model.uid.replace('/', '~2F')}": [model.title, model.markdown.split()[0]],
            "library/search?" + urllib.parse.urlencode({"words": "donor support group"}):
                [model.title, "Search, best matches first"],
            "library/a_models_attributes?model=dfid-ifrc": ["Type of relationship", "DFID–Federation partnership"],
        }
        for path, wanted in pages.items():
            page = rendered(base + path, tmp_path / "profile")
            assert "<table" in page or path in ("", "library"), path
            missing = [text for text in wanted if text not in page]
            assert not missing, f"{path}: {missing}"
            assert "Error 500" not in page and "Invalid SQL" not in page
