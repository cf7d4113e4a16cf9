"""The search page and the suggestions box as a reader uses them, at 320, 375 and 1280 px."""

import os
from pathlib import Path

import pytest

from .conftest import assert_accessible, assert_no_horizontal_scroll, running_server

SHOTS = Path(os.environ.get("JOURNEY_SHOTS", "/tmp/journey-shots"))

pytestmark = pytest.mark.browser

LOAD_CORPUS = "from tests.search.quality import load_corpus; load_corpus()"


@pytest.fixture(scope="module")
def search_server(tmp_path_factory):
    """A development server with the demo and the search-quality corpus (tests/search/corpus)."""
    with running_server(tmp_path_factory.mktemp("search-var"), ["shell", "-c", LOAD_CORPUS]) as base_url:
        yield base_url


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


def test_a_reader_typing_without_an_input_method_or_with_a_slip_still_finds_it(browser, search_server):
    """On a phone: Telex typed without the keyboard's Vietnamese mode, then a slip, then the correction."""
    context = browser.new_context(
        base_url=search_server, viewport={"width": 320, "height": 800}, bypass_csp=True, locale="vi-VN"
    )
    page = context.new_page()
    try:
        page.goto("/tim-kiem/")
        page.locator("#id_q").fill("chuyeenr ddooir soos")
        page.locator("#id_q").press("Enter")
        page.wait_for_url("**q=chuyeenr**")
        assert page.locator(".search-hit").count() >= 1
        assert "Chuyển đổi số" in page.locator(".search-hit mark").first.inner_text()

        page.goto("/tim-kiem/?q=trugn+uong")
        corrected = page.locator(".search-results__corrected")
        assert "Có phải bạn muốn tìm" in corrected.inner_text()
        assert page.locator(".search-hit").count() >= 1
        assert_no_horizontal_scroll(page)
        assert_accessible(page)
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SHOTS / "45-search-did-you-mean-320.png"), full_page=True)
        corrected.get_by_role("link").click()
        assert page.locator("#id_q").input_value() == "trung uong"
        assert page.locator(".search-results__corrected").count() == 0
    finally:
        context.close()
