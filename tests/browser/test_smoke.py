import pytest

from .conftest import assert_accessible, assert_no_horizontal_scroll

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("path", ["/", "/en/", "/tin-tuc/", "/en/news/"])
def test_public_pages_are_accessible_and_fit_the_screen(page, path):
    response = page.goto(path)
    assert response.status == 200
    assert_no_horizontal_scroll(page)
    assert_accessible(page)
    assert page.js_errors == []


# The development server shows Django's debug page for a missing page; these addresses show ours.
@pytest.mark.parametrize(
    ("path", "heading"), [("/_errors/404/", "Không tìm thấy trang"), ("/en/_errors/404/", "Page not found")]
)
def test_the_not_found_page_is_accessible_and_leads_to_the_search(page, path, heading):
    response = page.goto(path)
    assert response.status == 404
    assert page.inner_text("h1") == heading
    assert_no_horizontal_scroll(page)
    assert_accessible(page)
    page.locator(".error-page a[href='#site-search-q']").click()
    page.keyboard.type("dai hoi")
    assert page.input_value("#site-search-q") == "dai hoi"


def test_the_server_error_page_is_accessible(page):
    response = page.goto("/_errors/500/")
    assert response.status == 500
    assert_no_horizontal_scroll(page)
    assert_accessible(page)
