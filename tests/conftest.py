"""Shared fixtures: a private data folder per test and a Store over the real bundled pack."""
from __future__ import annotations

import os

# pytest-qt aborts on a machine without a display unless Qt renders offscreen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from db import AtlasPaths, Store
from tests.packfactory import PackFactory


@pytest.fixture
def home(tmp_path, monkeypatch) -> AtlasPaths:
    """An empty data folder, also used by CLI runs in this test through PARTNERSHIP_ATLAS_HOME."""
    monkeypatch.setenv("PARTNERSHIP_ATLAS_HOME", str(tmp_path / "home"))
    return AtlasPaths.under(tmp_path / "home")


@pytest.fixture
def store(home):
    with Store(home) as opened:
        yield opened


@pytest.fixture
def packs(tmp_path) -> PackFactory:
    return PackFactory(tmp_path / "packs")
