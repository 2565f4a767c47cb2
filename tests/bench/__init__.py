"""Benchmarks: run with `python -m tests.bench.run`. Not collected by pytest."""
