"""Benchmarks: run them with `python3 scripts/dev.py bench` (see bench/run.py); results in docs/benchmarks.md."""
