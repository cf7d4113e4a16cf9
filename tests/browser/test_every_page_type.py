"""Every kind of public page, in both languages, on a 320 px phone: no sideways scrolling, no axe-core violation.

The sections are fixed addresses of the demo; pages whose address depends on the demo's dates or
order (an article, a tag, an archive month, a photo, a briefing) are found by following the links a
reader would follow from their section.
"""

import pytest

from .conftest import assert_accessible, assert_no_horizontal_scroll

pytestmark = pytest.mark.browser

SECTIONS = [
    "/",
    "/en/",
    "/tin-tuc/",
    "/en/news/",
    "/chuong-trinh/",
    "/en/programme/",
    "/van-kien/",
    "/en/documents/",
    "/khach-moi-quoc-te/",
    "/en/international-guests/",
    "/da-phuong-tien/",
    "/en/multimedia/",
    "/so-do-trang/",
    "/en/sitemap/",
    "/trung-tam-bao-chi/",
    "/en/press-centre/",
    "/trung-tam-bao-chi/apply/",
    "/en/press-centre/apply/",
    "/trung-tam-bao-chi/lich-hop-bao/",
    "/en/press-centre/briefings/",
    "/tim-kiem/?q=dai+hoi",
    "/en/search/?q=congress",
]

# (section, link to follow there): the first link matching the selector.
FOLLOWED = [
    ("/tin-tuc/", "main .card__title a"),
    ("/en/news/", "main .card__title a"),
    ("/tin-tuc/", "a[href*='/category/']"),
    ("/tin-tuc/", "a[href*='/archive/']"),
    ("/en/news/", "a[href*='/archive/']"),
    ("/van-kien/", "main a[href^='/van-kien/']:not([href='/van-kien/'])"),
    ("/da-phuong-tien/", "main a[href^='/da-phuong-tien/']:not([href='/da-phuong-tien/'])"),
    ("/en/multimedia/", "main a[href^='/en/multimedia/']:not([href='/en/multimedia/'])"),
    ("/da-phuong-tien/phien-khai-mac/", "a[href*='/photo/']"),
    ("/trung-tam-bao-chi/lich-hop-bao/", "main .briefing-card__title a"),
    ("/en/press-centre/briefings/", "main .briefing-card__title a"),
]


def check(page):
    assert_no_horizontal_scroll(page)
    assert_accessible(page)


@pytest.mark.parametrize("path", SECTIONS)
def test_each_section_fits_a_phone_and_passes_axe(phone, path):
    response = phone.goto(path)
    assert response.status == 200, path
    check(phone)


@pytest.mark.parametrize(("section", "selector"), FOLLOWED)
def test_pages_reached_from_a_section_fit_a_phone_and_pass_axe(phone, section, selector):
    phone.goto(section)
    link = phone.locator(selector).first
    href = link.get_attribute("href")
    response = phone.goto(href)
    assert response.status == 200, href
    check(phone)


def test_an_article_tag_page_fits_a_phone_and_passes_axe(phone):
    phone.goto("/tin-tuc/")
    phone.goto(phone.locator("main .card__title a").first.get_attribute("href"))
    href = phone.locator("a[href*='/tag/']").first.get_attribute("href")
    assert phone.goto(href).status == 200, href
    check(phone)
