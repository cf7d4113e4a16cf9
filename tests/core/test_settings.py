"""Settings: DATABASE_URL everywhere, SQLite by default, production refuses to start half-configured."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

PRODUCTION_ENV = {
    "SECRET_KEY": "a-real-secret-from-the-environment",
    "ALLOWED_HOSTS": "daihoi.example.org",
    "DATABASE_URL": "postgres://congress@db.internal:5432/congress",
    "REDIS_URL": "redis://cache.internal:6379/0",
    "EMAIL_HOST": "smtp.internal",
    "DEFAULT_FROM_EMAIL": "Trung tâm báo chí <press@daihoi.example.org>",
    "WAGTAILADMIN_BASE_URL": "https://daihoi.example.org",
}


def load_settings(module, env):
    """Import a settings module in a fresh interpreter and return what it printed (or its error)."""
    code = (
        "import json, sys; sys.path[:0] = ['site', '.']\n"
        f"import config.settings.{module} as s\n"
        "db = s.DATABASES['default']\n"
        "print(json.dumps({'engine': db['ENGINE'], 'name': str(db['NAME']), "
        "'options': {k: str(v) for k, v in db.get('OPTIONS', {}).items()}, "
        "'cache': s.CACHES['default']['BACKEND'], 'search': s.WAGTAILSEARCH_BACKENDS['default']['BACKEND'], "
        "'email': s.EMAIL_BACKEND, 'time_zone': s.TIME_ZONE, 'language': s.LANGUAGE_CODE}))"
    )
    clean_env = {key: value for key, value in os.environ.items() if key not in PRODUCTION_ENV}
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={**clean_env, "VAR_DIR": "/tmp/congress-settings-test", **env},
        capture_output=True,
        text=True,
        check=False,
    )


def test_without_configuration_the_site_runs_on_sqlite_in_wal_mode():
    result = load_settings("dev", {})
    assert result.returncode == 0, result.stderr
    assert '"engine": "django.db.backends.sqlite3"' in result.stdout
    assert "journal_mode=WAL" in result.stdout
    assert '"timeout": "20"' in result.stdout
    assert '"search": "wagtail.search.backends.database"' in result.stdout
    assert "LocMemCache" in result.stdout
    assert "filebased.EmailBackend" in result.stdout
    assert '"time_zone": "Asia/Ho_Chi_Minh"' in result.stdout
    assert '"language": "vi"' in result.stdout


@pytest.mark.parametrize("module", ["dev", "test"])
def test_database_url_selects_the_database_in_every_settings_module(module):
    result = load_settings(module, {"DATABASE_URL": "postgres://someone@db.example:5432/congress"})
    assert result.returncode == 0, result.stderr
    assert '"engine": "django.db.backends.postgresql"' in result.stdout
    assert '"name": "congress"' in result.stdout


def test_production_starts_with_everything_set():
    result = load_settings("production", PRODUCTION_ENV)
    assert result.returncode == 0, result.stderr
    assert "RedisCache" in result.stdout
    assert "smtp.EmailBackend" in result.stdout


@pytest.mark.parametrize("missing", sorted(PRODUCTION_ENV))
def test_production_refuses_to_start_naming_the_missing_variable(missing):
    env = {key: value for key, value in PRODUCTION_ENV.items() if key != missing}
    result = load_settings("production", env)
    assert result.returncode != 0
    assert f"Environment variable {missing} is required in production" in result.stderr


def test_no_secret_key_is_committed_in_base_settings():
    base = (ROOT / "site" / "config" / "settings" / "base.py").read_text()
    assert "SECRET_KEY" not in base
