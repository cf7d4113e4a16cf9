"""What readers of a news site expect, in a real browser: a phone menu that Escape closes, page links
they can reach by keyboard, and articles, documents and the programme that print cleanly."""

import io

import pypdfium2
import pytest

from .conftest import assert_accessible, assert_no_horizontal_scroll

pytestmark = pytest.mark.browser


def test_escape_closes_the_phone_menu_and_gives_the_focus_back_to_its_button(phone):
    phone.goto("/tin-tuc/")
    toggle = phone.locator(".site-nav__toggle")
    menu = phone.locator("#site-nav-list")
    assert toggle.is_visible() and not menu.is_visible()

    toggle.focus()
    phone.keyboard.press("Enter")
    assert menu.is_visible() and toggle.get_attribute("aria-expanded") == "true"
    phone.keyboard.press("Tab")
    phone.keyboard.press("Tab")
    assert phone.evaluate("document.getElementById('site-nav-list').contains(document.activeElement)")
    assert_accessible(phone)

    phone.keyboard.press("Escape")
    assert not menu.is_visible() and toggle.get_attribute("aria-expanded") == "false"
    assert phone.evaluate("document.activeElement.classList.contains('site-nav__toggle')")


def test_a_reader_pages_through_the_news_by_keyboard_on_a_phone(phone):
    phone.goto("/tin-tuc/")
    next_link = phone.locator(".pagination a[rel=next]")
    for _ in range(200):  # Tab through the page until the "next page" link has the focus
        phone.keyboard.press("Tab")
        if phone.evaluate("document.activeElement.getAttribute('rel') === 'next'"):
            break
    else:
        pytest.fail("the next-page link cannot be reached with Tab")
    assert next_link.is_visible()
    with phone.expect_navigation():
        phone.keyboard.press("Enter")
    assert phone.url.endswith("/tin-tuc/?page=2")
    assert phone.locator(".pagination [aria-current=page]").inner_text() == "Trang 2 / 3"
    assert_no_horizontal_scroll(phone)
    assert_accessible(phone)


def printed_text(page):
    """The text of the page as Chromium prints it to PDF (A4), page by page."""
    pdf = pypdfium2.PdfDocument(io.BytesIO(page.pdf(format="A4", print_background=True)))
    return [pdf[number].get_textpage().get_text_range() for number in range(len(pdf))]


@pytest.mark.parametrize(
    ("section", "selector"),
    [("/tin-tuc/", "main .card__title a"), ("/van-kien/", "main .document-card__title a"), ("/chuong-trinh/", None)],
)
def test_articles_documents_and_the_programme_print_without_the_screens_furniture(page, section, selector):
    page.goto(section)
    if selector:
        page.goto(page.locator(selector).first.get_attribute("href"))
    title = page.locator("main h1").first.inner_text()
    page.emulate_media(media="print")
    for furniture in (
        ".site-nav",
        ".search-box",
        ".language-switcher",
        ".share",
        ".site-footer__links",
        ".layout-aside",
    ):
        locator = page.locator(furniture)
        assert locator.count() == 0 or not locator.first.is_visible(), furniture

    text = "\n".join(printed_text(page))
    assert title.split()[0] in text
    for screen_only in ("Tìm kiếm", "Chia sẻ", "Sơ đồ trang", "Đọc nhiều nhất"):
        assert screen_only not in text, screen_only
