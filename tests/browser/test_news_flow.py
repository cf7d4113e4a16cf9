"""A reader's path through the newsroom: home page, an article, the same article in English."""

import re

import pytest
from playwright.sync_api import expect

from .conftest import assert_accessible, assert_no_horizontal_scroll

pytestmark = pytest.mark.browser


def test_home_to_article_to_its_english_translation(page):
    page.goto("/")
    assert_accessible(page)

    # Open the first story on the home page that has an English version.
    links = page.locator("main .card__title a")
    assert links.count() > 0, "the demo home page lists articles"
    for index in range(links.count()):
        href = links.nth(index).get_attribute("href")
        page.goto(href)
        if page.locator('link[rel="alternate"][hreflang="en"]').count():
            break
        page.goto("/")
    else:
        pytest.fail("no article on the home page has an English translation")
    title_vi = page.locator("h1").inner_text()
    assert page.locator("html").get_attribute("lang") == "vi"
    assert_no_horizontal_scroll(page)
    assert_accessible(page)

    page.locator(".language-switcher a[hreflang=en]").click()
    page.wait_for_url(re.compile(r".*/en/news/[^/]+/$"))

    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("h1").inner_text() != title_vi
    assert page.locator(".language-switcher [aria-current]").inner_text() == "English"
    assert_accessible(page)

    page.locator(".language-switcher a[hreflang=vi]").click()
    expect(page.locator("h1")).to_have_text(title_vi)
    assert page.js_errors == []


def test_keyboard_user_can_skip_to_the_content(page):
    page.goto("/tin-tuc/")
    page.keyboard.press("Tab")
    skip = page.locator(".skip-link")
    assert skip.evaluate("element => element === document.activeElement")
    assert skip.is_visible(), "the skip link appears when focused"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


@pytest.mark.parametrize("path", ["/", "/tin-tuc/", "/en/news/"])
def test_pages_fit_a_320px_screen(browser, demo_server, path):
    context = browser.new_context(base_url=demo_server, viewport={"width": 320, "height": 640})
    small = context.new_page()
    small.goto(path)
    assert_no_horizontal_scroll(small)
    first_article = small.locator("main .card__title a").first
    if first_article.count():
        href = first_article.get_attribute("href")
        first_article.click()
        small.wait_for_url(f"**{href}")
        assert_no_horizontal_scroll(small)
    context.close()


def test_menu_collapses_behind_a_button_on_phones(page):
    page.goto("/")
    toggle = page.locator(".site-nav__toggle")
    menu = page.locator("#site-nav-list")
    if page.viewport_size["width"] > 700:
        assert not toggle.is_visible(), "wide screens show the menu without a button"
        assert menu.is_visible()
        return
    assert toggle.is_visible()
    assert not menu.is_visible()
    toggle.focus()
    page.keyboard.press("Enter")
    assert menu.is_visible()
    assert toggle.get_attribute("aria-expanded") == "true"
