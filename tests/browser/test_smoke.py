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
