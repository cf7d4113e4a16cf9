"""What every benchmark shares: a throwaway site, a description of the machine, latency statistics.

A benchmark module (`bench/bench_<name>.py`) typically does:

    parser = argparse.ArgumentParser(prog="bench/run.py <name>")
    harness.add_common_arguments(parser)
    options = parser.parse_args(argv)
    with harness.throwaway_site("<name>", options) as site:
        ...  # Django is set up, migrated and `setup_site` has run; measure with harness.measure()
    harness.report(title, site, rows, options)

Django can be configured once per process, so `throwaway_site` is used once per run; `bench/run.py all`
starts one process per benchmark.
"""

import contextlib
import datetime
import io
import json
import math
import os
import platform
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

POSTGRES_SERVER = os.environ.get("BENCH_POSTGRES_SERVER", "postgres://postgres@127.0.0.1:5432")


def add_common_arguments(parser):
    """Options every benchmark accepts, so `bench/run.py all --database postgres --quick` works."""
    parser.add_argument(
        "--database",
        choices=["sqlite", "postgres"],
        default="sqlite",
        help="sqlite (a temporary file) or postgres (a database bench_congress_<benchmark>, created and dropped)",
    )
    parser.add_argument(
        "--postgres-server",
        default=POSTGRES_SERVER,
        metavar="URL",
        help=f"PostgreSQL server for --database postgres, without a database name (default {POSTGRES_SERVER})",
    )
    parser.add_argument("--quick", action="store_true", help="small data and few requests: a smoke test")
    parser.add_argument("--seed", type=int, default=2026, help="seed of the synthetic data and of URL sampling")
    parser.add_argument("--keep", action="store_true", help="keep the throwaway database and folder afterwards")
    parser.add_argument("--json", type=Path, metavar="FILE", help="also write the results to FILE as JSON")


@dataclass
class Site:
    """The throwaway site a benchmark runs against, and what it took to set it up."""

    name: str
    database: str
    var_dir: Path
    database_name: str
    timings: dict = field(default_factory=dict)  # phase → seconds

    @contextlib.contextmanager
    def phase(self, label):
        """Time a set-up phase (migrate, generate data …) for the report."""
        print(f"… {label}", flush=True)
        start = time.perf_counter()
        yield
        self.timings[label] = time.perf_counter() - start
        print(f"  {label}: {self.timings[label]:.1f} s", flush=True)


@contextlib.contextmanager
def throwaway_site(name, options):
    """A freshly migrated site with `setup_site` done, on a database nobody else uses; removed afterwards."""
    if "django.conf" in sys.modules and _settings_configured():
        raise RuntimeError("Django is already configured in this process; run one benchmark per process.")
    var_dir = Path(tempfile.mkdtemp(prefix=f"bench-{name}-"))
    os.environ["VAR_DIR"] = str(var_dir)
    os.environ["DJANGO_SETTINGS_MODULE"] = "bench.settings"
    server = options.postgres_server.rstrip("/")
    if options.database == "postgres":
        database_name = f"bench_congress_{name}"
        _recreate_postgres_database(server, database_name)
        os.environ["DATABASE_URL"] = f"{server}/{database_name}"
    else:
        database_name = str(var_dir / "db.sqlite3")
        os.environ.pop("DATABASE_URL", None)
    site = Site(name=name, database=options.database, var_dir=var_dir, database_name=database_name)
    try:
        import django

        django.setup()
        from django.core.management import call_command

        with site.phase("migrate"):
            call_command("migrate", verbosity=0, interactive=False)
        with site.phase("setup_site"):
            call_command("setup_site", stdout=io.StringIO())
        yield site
    finally:
        if "django.db" in sys.modules:
            from django.db import connections

            connections.close_all()
        if options.keep:
            print(f"Kept: {var_dir} and the database {database_name}")
        else:
            if options.database == "postgres":
                _drop_postgres_database(server, database_name)
            shutil.rmtree(var_dir, ignore_errors=True)


def _settings_configured():
    from django.conf import settings

    return settings.configured


def _admin_connection(server):
    import psycopg

    return psycopg.connect(f"{server}/postgres", autocommit=True)


def _recreate_postgres_database(server, database_name):
    from psycopg import sql

    with _admin_connection(server) as connection:
        connection.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(database_name)))
        connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(database_name)))


def _drop_postgres_database(server, database_name):
    from psycopg import sql

    with _admin_connection(server) as connection:
        connection.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(database_name)))


def refresh_statistics():
    """ANALYZE the database after a bulk load, so the query planner knows the tables' real sizes.

    PostgreSQL's autovacuum would do it shortly after such a load (it is off on some servers,
    including the one these figures come from); on SQLite it writes sqlite_stat1.
    """
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


# Measuring


def percentile(sorted_values, fraction):
    """Nearest-rank percentile of an already sorted list (p95 of 200 values is the 190th)."""
    if not sorted_values:
        return math.nan
    rank = max(1, math.ceil(fraction * len(sorted_values)))
    return sorted_values[rank - 1]


def latency_summary(seconds):
    """p50, p95, max and mean in milliseconds of a list of durations in seconds."""
    values = sorted(value * 1000 for value in seconds)
    return {
        "requests": len(values),
        "p50_ms": percentile(values, 0.50),
        "p95_ms": percentile(values, 0.95),
        "max_ms": values[-1] if values else math.nan,
        "mean_ms": sum(values) / len(values) if values else math.nan,
    }


def count_queries(function):
    """Run `function()` and return (its result, the number of SQL queries it ran)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        result = function()
    return result, len(queries)


def timed(function):
    """Run `function()`; return (its result, wall-clock seconds, CPU seconds of this process).

    CPU time includes SQLite's work (it runs in this process) but not PostgreSQL's; it is less
    disturbed than wall-clock time when other work shares the machine.
    """
    wall, cpu = time.perf_counter(), time.process_time()
    result = function()
    return result, time.perf_counter() - wall, time.process_time() - cpu


# Reporting


def describe_machine(site):
    """Where and on what the figures were taken: paste it next to the results."""
    import django
    from django.db import connection

    import wagtail

    if connection.vendor == "sqlite":
        import sqlite3

        database = f"SQLite {sqlite3.sqlite_version}"
    else:
        with connection.cursor() as cursor:
            cursor.execute("SHOW server_version")
            database = f"PostgreSQL {cursor.fetchone()[0].split()[0]}"
    return {
        "date": datetime.date.today().isoformat(),
        "cpus": os.cpu_count(),
        "cpu_model": _proc_value("/proc/cpuinfo", "model name") or platform.processor() or "unknown",
        "memory": _memory(),
        "load_average": load_average(),
        "os": platform.platform(terse=True),
        "python": platform.python_version(),
        "django": django.get_version(),
        "wagtail": wagtail.__version__,
        "database": database,
        "setup_seconds": {label: round(seconds, 3) for label, seconds in site.timings.items()},
    }


def load_average():
    """1, 5 and 15-minute load averages: other work on the machine skews the figures."""
    return [round(value, 2) for value in os.getloadavg()] if hasattr(os, "getloadavg") else None


def _proc_value(path, key):
    with contextlib.suppress(OSError):
        for line in Path(path).read_text().splitlines():
            if line.startswith(key):
                return line.split(":", 1)[1].strip()
    return None


def _memory():
    total = _proc_value("/proc/meminfo", "MemTotal")  # "24569348 kB"
    if not total:
        return None
    return f"{int(total.split()[0]) / 1024 / 1024:.0f} GiB"


def markdown_table(headers, rows):
    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return "\n".join(lines)


def report(title, machine, headers, rows, options, extra=None):
    """Print the machine and a Markdown table (ready for docs/benchmarks.md); write JSON if asked."""
    after = f" → {machine['load_average_after']}" if machine.get("load_average_after") else ""
    print()
    print(f"## {title}")
    print()
    print(
        f"{machine['date']} · {machine['cpus']} CPUs ({machine['cpu_model']}), {machine['memory']} · "
        f"load {machine['load_average']}{after} · Python {machine['python']} · Django {machine['django']} · "
        f"Wagtail {machine['wagtail']} · {machine['database']}"
    )
    print("Set-up: " + ", ".join(f"{label} {seconds:.1f} s" for label, seconds in machine["setup_seconds"].items()))
    print()
    print(markdown_table(headers, rows))
    print(flush=True)
    if options.json:
        payload = {"title": title, "machine": machine, "headers": headers, "rows": rows, **(extra or {})}
        options.json.write_text(json.dumps(payload, indent=2, ensure_ascii=False, default=str) + "\n")
        print(f"Results written to {options.json}")
