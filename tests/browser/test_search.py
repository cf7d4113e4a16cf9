"""The search page and the suggestions box as a reader uses them, at 320, 375 and 1280 px."""

import os
import shutil
import subprocess
import sys
import time
import urllib.request

import pytest

from .conftest import ROOT, _free_port, assert_accessible, assert_no_horizontal_scroll

pytestmark = pytest.mark.browser

LOAD_CORPUS = "from tests.search.quality import load_corpus; load_corpus()"


@pytest.fixture(scope="module")
def search_server(tmp_path_factory):
    """A development server with the demo and the search-quality corpus (47 articles)."""
    var_dir = tmp_path_factory.mktemp("search-var")
    env = {**os.environ, "VAR_DIR": str(var_dir), "DJANGO_SETTINGS_MODULE": "config.settings.dev"}
    env.pop("DATABASE_URL", None)
    manage = [sys.executable, str(ROOT / "manage.py")]
    quiet = {"cwd": ROOT, "env": env, "check": True, "stdout": subprocess.DEVNULL}
    subprocess.run([*manage, "migrate", "--no-input", "-v0"], **quiet)
    subprocess.run([*manage, "load_demo", "--quiet-logins"], **quiet)
    subprocess.run([*manage, "shell", "-c", LOAD_CORPUS], **quiet)
    port = _free_port()
    log = (var_dir / "server.log").open("w")
    server = subprocess.Popen(
        [*manage, "runserver", "--noreload", f"127.0.0.1:{port}"], cwd=ROOT, env=env, stdout=log, stderr=log
    )
    base_url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(base_url + "/robots.txt", timeout=2)  # noqa: S310 (local test server)
            break
        except OSError:
            if server.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"The test server did not start; see {var_dir / 'server.log'}") from None
            time.sleep(0.3)
    yield base_url
    server.terminate()
    server.wait(timeout=10)
    log.close()
    shutil.rmtree(var_dir, ignore_errors=True)


@pytest.fixture(params=[320, 375, 1280], ids=["320px", "375px", "1280px"])
def reader(request, browser, search_server):
    context = browser.new_context(
        base_url=search_server, viewport={"width": request.param, "height": 800}, bypass_csp=True, locale="vi-VN"
    )
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.js_errors = errors
    yield page
    context.close()


def test_results_page_is_accessible_and_fits(reader):
    reader.goto("/tim-kiem/?q=dai+hoi")
    assert reader.locator(".search-hit").count() >= 3
    assert reader.locator(".search-hit mark").first.is_visible()
    assert_no_horizontal_scroll(reader)
    assert_accessible(reader)
    assert reader.js_errors == []


def test_empty_state_and_english_page_are_accessible(reader):
    reader.goto("/tim-kiem/?q=%3Cb%3Exyzzy%3C%2Fb%3E")
    assert "Không có kết quả nào cho “<b>xyzzy</b>”" in reader.inner_text("main")
    assert_accessible(reader)
    reader.goto("/en/search/?q=delegates")
    assert reader.locator(".search-hit").count() >= 1
    assert_no_horizontal_scroll(reader)
    assert_accessible(reader)


def test_suggestions_as_you_type_by_keyboard(reader):
    reader.goto("/")
    box = reader.locator("#site-search-q")
    assert box.get_attribute("role") == "combobox"
    box.click()
    box.press_sequentially("kinh te so", delay=30)
    listbox = reader.locator("#site-search-q-suggestions")
    listbox.locator("[role=option]").first.wait_for()
    assert box.get_attribute("aria-expanded") == "true"
    assert_no_horizontal_scroll(reader)
    assert_accessible(reader)
    box.press("ArrowDown")
    first = listbox.locator("[role=option]").first
    assert box.get_attribute("aria-activedescendant") == first.get_attribute("id")
    assert first.get_attribute("aria-selected") == "true"
    title = first.inner_text()
    box.press("Enter")
    reader.wait_for_url("**/tin-tuc/**")
    assert reader.locator("h1").first.inner_text() == title
    assert reader.js_errors == []


def test_escape_closes_the_suggestions_and_enter_searches(reader):
    reader.goto("/")
    box = reader.locator("#site-search-q")
    box.click()
    box.press_sequentially("da nang", delay=30)
    reader.locator("#site-search-q-suggestions [role=option]").first.wait_for()
    box.press("Escape")
    assert box.get_attribute("aria-expanded") == "false"
    box.press("Enter")
    reader.wait_for_url("**/tim-kiem/?q=da+nang")
    assert reader.locator(".search-hit").count() >= 1
