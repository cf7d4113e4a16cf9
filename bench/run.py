#!/usr/bin/env python3
"""Run the benchmarks in bench/ (results go in docs/benchmarks.md).

    bench/run.py                      every benchmark, with its defaults
    bench/run.py all [options]        every benchmark, each with the same options (e.g. --quick)
    bench/run.py NAME [options]       one benchmark; `bench/run.py NAME --help` lists its options
    bench/run.py --list               the benchmarks found

A benchmark is a module bench/bench_NAME.py with a function `main(argv)` returning an exit code;
it is found without being registered anywhere. Every benchmark accepts the options of
`harness.add_common_arguments`: --database sqlite|postgres, --quick, --seed, --keep, --json FILE.
`python3 scripts/dev.py bench [...]` runs this script with the project's virtual environment.
"""

import ast
import importlib
import subprocess
import sys
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent


def benchmarks():
    """{name: path} of every bench/bench_NAME.py."""
    return {path.stem.removeprefix("bench_"): path for path in sorted(BENCH_DIR.glob("bench_*.py"))}


def summary(path):
    """The first line of a benchmark module's docstring, read without importing it (nor Django)."""
    docstring = ast.get_docstring(ast.parse(path.read_text())) or ""
    return docstring.strip().splitlines()[0] if docstring.strip() else ""


def run_one(name, argv):
    # The repository root holds the apps and bench/; site/ holds config and core (see README, "Layout").
    sys.path[:0] = [str(ROOT), str(ROOT / "site")]
    module = importlib.import_module(f"bench.bench_{name}")
    return module.main(argv) or 0


def run_all(argv):
    """One process per benchmark: each sets Django up on its own throwaway database."""
    failed = []
    for name in benchmarks():
        print(f"\n=== {name} ===", flush=True)
        if subprocess.run([sys.executable, __file__, name, *argv], check=False).returncode != 0:
            failed.append(name)
    if failed:
        print(f"\nFailed: {', '.join(failed)}")
    return 1 if failed else 0


def main(argv):
    found = benchmarks()
    first = argv[0] if argv else "all"
    if first in {"--list", "list"}:
        for name, path in found.items():
            print(f"{name:12} {summary(path)}")
        return 0
    if first in {"-h", "--help", "help"}:
        print(__doc__)
        return 0
    if first == "all":
        return run_all(argv[1:])
    if first.startswith("-"):  # options only: every benchmark with these options
        return run_all(argv)
    name, rest = first, argv[1:]
    if name not in found:
        print(f"No benchmark named {name!r}. Found: {', '.join(found) or 'none'}.", file=sys.stderr)
        return 2
    return run_one(name, rest)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
