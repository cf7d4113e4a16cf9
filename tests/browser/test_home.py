"""The congress pages as a visitor sees them (demo content, during the congress), at 375 px and 1280 px."""

import pytest

from .conftest import assert_accessible, assert_no_horizontal_scroll

pytestmark = pytest.mark.browser


@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/en/",
        "/chuong-trinh/",
        "/en/programme/",
        "/van-kien/du-thao-bao-cao-chinh-tri/",
        "/en/documents/draft-political-report/",
        "/khach-moi-quoc-te/",
        "/da-phuong-tien/phien-khai-mac/",
    ],
)
def test_congress_pages_are_accessible_and_fit_the_screen(page, path):
    response = page.goto(path)
    assert response.status == 200
    assert_no_horizontal_scroll(page)
    assert_accessible(page)
    assert page.js_errors == []


def test_home_page_shows_the_congress_day(page):
    page.goto("/")
    assert page.locator(".congress-today__day").inner_text().startswith("Ngày làm việc thứ năm")
    assert page.locator(".session__change").count() >= 1


def test_a_document_section_link_lands_on_the_section(page):
    page.goto("/van-kien/du-thao-bao-cao-chinh-tri/")
    page.locator(".toc a").nth(6).click()
    target = page.evaluate("location.hash")
    assert target == "#cac-chi-tieu-chu-yeu"
    assert page.locator(target).is_visible()


def test_gallery_viewer_works_by_keyboard(page):
    page.goto("/da-phuong-tien/phien-khai-mac/")
    first = page.locator(".gallery__link").first
    first.focus()
    page.keyboard.press("Enter")
    dialog = page.locator("dialog.viewer")
    assert dialog.is_visible()
    assert "1/6" in dialog.locator(".viewer__position").inner_text()
    page.keyboard.press("ArrowRight")
    assert "2/6" in dialog.locator(".viewer__position").inner_text()
    assert_accessible(page)
    page.keyboard.press("Escape")
    assert not dialog.is_visible()
    assert page.evaluate("document.activeElement.classList.contains('gallery__link')")
