"""The public host comes from WAGTAILADMIN_BASE_URL: Site address, sitemaps, feeds, JSON-LD, e-mails."""

import io
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from django.core.management import call_command
from django.core.management.base import CommandError

from wagtail.models import Site

from core.hosts import site_address

ROOT = Path(__file__).resolve().parents[2]
REDIS = ("127.0.0.1", 6379)


@pytest.mark.parametrize(
    ("base_url", "address"),
    [
        ("https://daihoi.example", ("daihoi.example", 443)),
        ("https://DaiHoi.Example/", ("daihoi.example", 443)),
        ("http://127.0.0.1:8000", ("127.0.0.1", 8000)),
        ("http://testserver", ("testserver", 80)),
    ],
)
def test_the_base_url_gives_the_sites_hostname_and_port(base_url, address):
    assert site_address(base_url) == address


@pytest.mark.parametrize(
    ("base_url", "reason"),
    [
        ("daihoi.example", "must start with http:// or https://"),
        ("ftp://daihoi.example", "must start with http:// or https://"),
        ("https://daihoi.example/cong-thong-tin/", "must be only scheme, host and port"),
        ("https://daihoi.example:8443", "https only on port 443"),
        ("http://daihoi.example:443", "port 443 as https"),
        ("https://daihoi.example:port", "not a valid URL"),
    ],
)
def test_an_address_a_wagtail_site_cannot_hold_is_refused_with_the_reason(base_url, reason):
    with pytest.raises(ValueError, match=reason):
        site_address(base_url)


@pytest.mark.django_db
def test_setup_site_moves_a_site_still_at_localhost_to_the_public_host(settings):
    site = Site.objects.get(is_default_site=True)
    Site.objects.filter(pk=site.pk).update(hostname="localhost", port=80)  # as older versions left it
    settings.WAGTAILADMIN_BASE_URL = "https://daihoi.example"

    out = io.StringIO()
    call_command("setup_site", stdout=out)

    site.refresh_from_db()
    assert (site.hostname, site.port, site.root_url) == ("daihoi.example", 443, "https://daihoi.example")
    assert "The site's address is now https://daihoi.example" in out.getvalue()


@pytest.mark.django_db
def test_setup_site_keeps_a_host_chosen_in_the_admin_and_says_so(settings):
    Site.objects.filter(is_default_site=True).update(hostname="www.daihoi.example", port=443)
    settings.WAGTAILADMIN_BASE_URL = "https://daihoi.example"

    out = io.StringIO()
    call_command("setup_site", stdout=out)

    assert Site.objects.get(is_default_site=True).hostname == "www.daihoi.example"
    assert "The default site is at https://www.daihoi.example but WAGTAILADMIN_BASE_URL is" in out.getvalue()


@pytest.mark.django_db
def test_setup_site_refuses_a_base_url_it_cannot_use(settings):
    settings.WAGTAILADMIN_BASE_URL = "daihoi.example"

    with pytest.raises(CommandError, match="WAGTAILADMIN_BASE_URL must start with http"):
        call_command("setup_site", stdout=io.StringIO())


def redis_is_running():
    try:
        socket.create_connection(REDIS, timeout=2).close()
    except OSError:
        return False
    return True


def test_with_production_settings_every_url_is_on_the_public_host(tmp_path):
    """Runs production_urls.py in pytest under config.settings.production, as a deployment would be set."""
    if not redis_is_running():
        if os.environ.get("CI"):
            pytest.fail("Redis must run at 127.0.0.1:6379 for the production-settings test")
        pytest.skip("Redis is not running at 127.0.0.1:6379 (production settings need a cache)")
    env = {
        **{key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "PYTEST_"))},
        "SECRET_KEY": "production-test-secret",
        "ALLOWED_HOSTS": "daihoi.example",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "REDIS_URL": "redis://127.0.0.1:6379/13",  # a database of its own: the tests clear the cache
        "EMAIL_HOST": "smtp.daihoi.example",  # the test run keeps mail in memory
        "DEFAULT_FROM_EMAIL": "Ban Tổ chức <noreply@daihoi.example>",
        "WAGTAILADMIN_BASE_URL": "https://daihoi.example",
        "VAR_DIR": str(tmp_path / "var"),
    }
    probe = Path(__file__).with_name("production_urls.py")
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:randomly", "--ds=config.settings.production", str(probe)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-3000:]
    assert "1 passed" in result.stdout
