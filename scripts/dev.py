#!/usr/bin/env python3
"""Everyday commands for this project, runnable with nothing but Python 3.11+.

    python3 scripts/dev.py            set everything up, load the demo and serve http://127.0.0.1:8000
    python3 scripts/dev.py test [...] run the whole test suite (extra arguments go to pytest)
    python3 scripts/dev.py lint       ruff, djlint, Django checks, migrations and translation catalogues
    python3 scripts/dev.py messages   refresh the vi/en catalogues after changing UI strings
    python3 scripts/dev.py bench      run the benchmarks in bench/
    python3 scripts/dev.py reset      delete the local database and uploads, then set up again

The virtual environment lives in .venv/ and is reinstalled only when a requirements file changes.
"""

import hashlib
import os
import shutil
import subprocess
import sys
import time
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / "python"
REQUIREMENTS = [ROOT / "requirements.txt", ROOT / "requirements-dev.txt"]
SERVE_ADDRESS = os.environ.get("SERVE_ADDRESS", "127.0.0.1:8000")
SCHEDULER_INTERVAL = 60  # seconds between runs of `publish_scheduled` while serving


def run(*args, env=None, check=True):
    print("+", " ".join(str(arg) for arg in args), flush=True)
    return subprocess.run([str(arg) for arg in args], cwd=ROOT, env=env, check=check)


def manage(*args, **kwargs):
    return run(PYTHON, ROOT / "manage.py", *args, **kwargs)


def install():
    """Create .venv and install the pinned requirements when they changed since the last install."""
    if sys.version_info < (3, 11):  # noqa: UP036 (this script may be started by an older Python)
        sys.exit("Python 3.11 or newer is required.")
    if not PYTHON.exists():
        print(f"Creating the virtual environment in {VENV} …", flush=True)
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    digest = hashlib.sha256(b"".join(path.read_bytes() for path in REQUIREMENTS)).hexdigest()
    stamp = VENV / ".requirements.sha256"
    if not stamp.exists() or stamp.read_text() != digest:
        run(
            PYTHON,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
            "-r",
            ROOT / "requirements-dev.txt",
        )
        stamp.write_text(digest)
    install_node_packages()


def install_node_packages():
    """axe-core (accessibility checks in browser tests) comes from the npm registry, if npm is here."""
    if (ROOT / "node_modules" / "axe-core" / "axe.min.js").exists():
        return
    npm = shutil.which("npm")
    if npm is None:
        print("npm not found: browser tests will be skipped (they need axe-core from the npm registry).")
        return
    run(npm, "ci", "--no-audit", "--no-fund", "--loglevel=error")


def serve():
    install()
    # setup_site (run by load_demo) gives the site this address: sitemaps, feeds and e-mails link here.
    os.environ.setdefault("WAGTAILADMIN_BASE_URL", f"http://{SERVE_ADDRESS}")
    manage("migrate", "--no-input")
    manage("load_demo")
    print(f"\nServing on http://{SERVE_ADDRESS}/ (admin: http://{SERVE_ADDRESS}/admin/). Ctrl+C stops.\n", flush=True)
    server = subprocess.Popen([str(PYTHON), str(ROOT / "manage.py"), "runserver", SERVE_ADDRESS], cwd=ROOT)
    try:
        # Scheduled publishing: what a cron job or systemd timer does in production.
        while server.poll() is None:
            time.sleep(SCHEDULER_INTERVAL)
            subprocess.run([str(PYTHON), str(ROOT / "manage.py"), "publish_scheduled"], cwd=ROOT, check=False)
    except KeyboardInterrupt:
        pass
    finally:
        server.terminate()
        server.wait()


def test(pytest_args):
    install()
    return run(PYTHON, "-m", "pytest", *pytest_args, check=False).returncode


def lint():
    install()
    failures = 0
    checks = [
        (BIN / "ruff", "check", "."),
        (BIN / "ruff", "format", "--check", "."),
        (BIN / "djlint", "--lint", "--quiet", "site/templates", "site/core", "home", "news", "press_center", "search"),
        (PYTHON, ROOT / "manage.py", "check", "--fail-level", "WARNING"),
        (PYTHON, ROOT / "manage.py", "makemigrations", "--check", "--dry-run"),
        (PYTHON, ROOT / "scripts" / "messages.py", "--check"),
    ]
    for command in checks:
        failures += run(*command, check=False).returncode != 0
    return 1 if failures else 0


def messages(extra):
    install()
    return run(PYTHON, ROOT / "scripts" / "messages.py", *extra, check=False).returncode


def bench(extra):
    install()
    return run(PYTHON, ROOT / "bench" / "run.py", *extra, check=False).returncode


def reset():
    install()
    var = ROOT / "var"
    for path in [var / "db.sqlite3", var / "db.sqlite3-wal", var / "db.sqlite3-shm"]:
        path.unlink(missing_ok=True)
    for folder in [var / "media", var / "private", var / "mail"]:
        shutil.rmtree(folder, ignore_errors=True)
    manage("migrate", "--no-input")
    manage("load_demo")


def main(argv):
    command, extra = (argv[0], argv[1:]) if argv else ("serve", [])
    if command in {"serve", "run"}:
        serve()
        return 0
    if command == "install":
        install()
        return 0
    if command == "test":
        return test(extra)
    if command == "lint":
        return lint()
    if command == "messages":
        return messages(extra)
    if command == "bench":
        return bench(extra)
    if command == "reset":
        reset()
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
