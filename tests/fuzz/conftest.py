"""Hypothesis profiles for the fuzz tests, and the stores they search."""
from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, settings

from db import AtlasPaths, Store

# No deadline: a first example pays for opening connections, and the shared machine's timing
# varies; what the fuzz tests check is what is raised, not how fast.
settings.register_profile("fuzz", max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("long", max_examples=10_000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "fuzz"))


@pytest.fixture(scope="session")
def bundled_store(tmp_path_factory):
    """The real bundled pack and a few notes: shared, since searching never writes."""
    with Store(AtlasPaths.under(tmp_path_factory.mktemp("fuzz-home"))) as store:
        store.create_note("Ask the donor about **unearmarked** funding before the mid-term review.", title="Réunion", tags=["meeting"])
        store.create_note("Passage about independence", tags=["coopération"])
        yield store
