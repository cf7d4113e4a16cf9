"""Browser tests: Playwright driving Debian's Chromium against a real server with the demo content.

The server runs in its own process on a throwaway SQLite database under a temporary VAR_DIR
(migrate + load_demo once per session), so pages look exactly as a visitor sees them.
Missing Chromium, Playwright or axe-core skips these tests with the reason, unless
REQUIRE_BROWSER_TESTS=1 (as in CI), where it is an error.
"""

import contextlib
import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from core.demo import DEMO_PASSWORD

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
AXE_JS = ROOT / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
MOBILE = {"width": 375, "height": 740}
PHONE = {"width": 320, "height": 640}  # the narrowest phone every public page must fit
DESKTOP = {"width": 1280, "height": 900}
# The demo server's environment (VAR_DIR …), for tests that read its database through manage.py.
DEMO_SERVER = {}


def _missing_requirement():
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the playwright package is not installed"
    if not Path(CHROMIUM).exists():
        return f"Chromium not found at {CHROMIUM} (apt-get install chromium)"
    if not AXE_JS.exists():
        return "axe-core not installed (npm ci)"
    return None


def pytest_collection_modifyitems(config, items):
    reason = _missing_requirement()
    if reason is None:
        return
    if os.environ.get("REQUIRE_BROWSER_TESTS") == "1":
        raise pytest.UsageError(f"Browser tests are required but cannot run: {reason}")
    marker = pytest.mark.skip(reason=f"browser test skipped: {reason}")
    for item in items:
        if "browser" in item.keywords:
            item.add_marker(marker)


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def running_server(var_dir, *setup_commands):
    """A development server on a fresh SQLite database under `var_dir`, after migrate, load_demo and
    any `setup_commands` (manage.py argument lists). Yields its base URL."""
    port = _free_port()
    base_url = f"http://127.0.0.1:{port}"
    # setup_site takes the site's address from WAGTAILADMIN_BASE_URL: sitemaps and e-mails point here.
    env = {
        **os.environ,
        "VAR_DIR": str(var_dir),
        "DJANGO_SETTINGS_MODULE": "config.settings.dev",
        "WAGTAILADMIN_BASE_URL": base_url,
    }
    env.pop("DATABASE_URL", None)
    manage = [sys.executable, str(ROOT / "manage.py")]
    quiet = {"cwd": ROOT, "env": env, "check": True, "stdout": subprocess.DEVNULL}
    subprocess.run([*manage, "migrate", "--no-input", "-v0"], **quiet)
    subprocess.run([*manage, "load_demo", "--quiet-logins"], **quiet)
    for command in setup_commands:
        subprocess.run([*manage, *command], **quiet)
    log = (var_dir / "server.log").open("w")
    server = subprocess.Popen(
        [*manage, "runserver", "--noreload", f"127.0.0.1:{port}"], cwd=ROOT, env=env, stdout=log, stderr=log
    )
    previous = dict(DEMO_SERVER)
    DEMO_SERVER.update(var_dir=var_dir, env=env)
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(base_url + "/robots.txt", timeout=2)  # noqa: S310 (local test server)
            break
        except OSError:
            if server.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"The test server did not start; see {var_dir / 'server.log'}") from None
            time.sleep(0.3)
    try:
        yield base_url
    finally:
        server.terminate()
        server.wait(timeout=10)
        log.close()
        DEMO_SERVER.clear()
        DEMO_SERVER.update(previous)  # a module's own server ends; the session's demo server is back
        shutil.rmtree(var_dir, ignore_errors=True)


def demo_shell(code):
    """What `code` prints, run in a Django shell on the demo server's database."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), "shell", "-c", code],
        cwd=ROOT,
        env=DEMO_SERVER["env"],
        check=True,
        capture_output=True,
        text=True,
    )
    return result.stdout.strip().splitlines()[-1]


@pytest.fixture(scope="session")
def demo_server(tmp_path_factory):
    """Base URL of a development server holding the demo content."""
    with running_server(tmp_path_factory.mktemp("browser-var")) as base_url:
        yield base_url


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


@pytest.fixture(params=[MOBILE, DESKTOP], ids=["375px", "1280px"])
def viewport(request):
    return request.param


@pytest.fixture
def page(browser, demo_server, viewport):
    # bypass_csp lets axe-core be injected; the site's own pages run under their normal CSP otherwise.
    context = browser.new_context(base_url=demo_server, viewport=viewport, bypass_csp=True, locale="vi-VN")
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.js_errors = errors
    yield page
    context.close()


@pytest.fixture
def phone(browser, demo_server):
    """A page on a 320 px phone, the narrowest screen the site supports."""
    context = browser.new_context(base_url=demo_server, viewport=PHONE, bypass_csp=True, locale="vi-VN")
    page = context.new_page()
    yield page
    context.close()


def signed_in_admin(browser, base_url, username):
    """A page of a fresh desktop browser context, logged into the admin in Vietnamese as a demo user."""
    context = browser.new_context(base_url=base_url, viewport=DESKTOP, locale="vi-VN")
    page = context.new_page()
    page.goto("/admin/login/")
    page.get_by_label("Tên đăng nhập").fill(username)
    page.get_by_label("Mật khẩu").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Đăng nhập").click()
    page.wait_for_url("**/admin/")
    return page


def assert_accessible(page, context=None):
    """Run axe-core on the current page and fail with a readable list of violations."""
    page.add_script_tag(path=str(AXE_JS))
    result = page.evaluate("async (context) => await axe.run(context || document)", context)
    violations = [
        {
            "rule": violation["id"],
            "impact": violation["impact"],
            "help": violation["help"],
            "targets": [node["target"] for node in violation["nodes"]][:5],
        }
        for violation in result["violations"]
    ]
    assert violations == [], (
        f"axe-core violations on {page.url}:\n{json.dumps(violations, indent=2, ensure_ascii=False)}"
    )


def assert_no_horizontal_scroll(page):
    overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, f"{page.url} scrolls sideways by {overflow}px at {page.viewport_size['width']}px"
