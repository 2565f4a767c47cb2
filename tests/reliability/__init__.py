"""Crash safety: a writer process killed with SIGKILL at random moments must lose no saved note.

    python -m tests.reliability.run --kills 250      the full run, printing its figures
    ATLAS_KILLS=250 python -m pytest tests/reliability -q
"""
