"""The language switcher on a page that has no translation, on a 320 px phone, and the head's JSON-LD under the CSP."""

import os
from pathlib import Path

import pytest
from playwright.sync_api import expect

from .conftest import assert_accessible, assert_no_horizontal_scroll

pytestmark = pytest.mark.browser

PHONE = {"width": 320, "height": 640}
SHOTS = Path(os.environ.get("SCREENSHOT_DIR", "/tmp/seo-shots"))


def untranslated_article(page):
    """The address of the first article of the Vietnamese news that has no English version."""
    page.goto("/tin-tuc/")
    for href in page.locator("main .card__title a").evaluate_all("links => links.map(link => link.href)"):
        page.goto(href)
        if not page.locator('link[rel="alternate"][hreflang="en"]').count():
            return href
    pytest.fail("every article on the first page of the demo news has an English version")


def test_an_untranslated_page_says_so_and_offers_the_english_home_page(browser, demo_server):
    context = browser.new_context(base_url=demo_server, viewport=PHONE, bypass_csp=True, locale="vi-VN")
    page = context.new_page()
    untranslated_article(page)
    note = page.locator(".language-switcher__note")
    expect(note).to_be_hidden()

    page.locator(".language-switcher summary").focus()
    page.keyboard.press("Enter")

    expect(note).to_be_visible()
    expect(note).to_have_text("This page is not available in English. Go to the English home page")
    box = note.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"], "the note fits the screen"
    assert_no_horizontal_scroll(page)
    assert_accessible(page)
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "untranslated-320.png"))

    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    page.wait_for_url("**/en/")
    assert page.locator("html").get_attribute("lang") == "en"
    context.close()


def test_structured_data_raises_no_content_security_policy_violation(browser, demo_server):
    context = browser.new_context(base_url=demo_server, viewport=PHONE)  # the site's real CSP applies
    page = context.new_page()
    violations = []
    page.on("console", lambda message: "Content Security Policy" in message.text and violations.append(message.text))
    for path in ["/", "/en/"]:
        page.goto(path)
        assert page.locator('script[type="application/ld+json"]').count() == 2, path
    page.goto(untranslated_article(page))
    assert page.locator('script[type="application/ld+json"]').count() == 2
    assert violations == []
    context.close()
