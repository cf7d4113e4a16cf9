"""Every listing pages the same way: page 1 without ?page=, pages that exist, and 404 for any other `page`."""

import re
from urllib.parse import quote

import pytest

from django.utils import timezone

from core import pagination
from core.pages import publish
from home.models import GalleryPage, GalleryPhoto, MultimediaIndexPage
from news.models import NewsIndexPage
from press_center.models import BriefingSchedulePage
from tests.factories import CategoryFactory, ImageFactory, make_article
from tests.home.factories import make_document
from tests.press_center.briefing_factories import at, make_briefing

GARBAGE = ["abc", "0", "-1", "1.5", "2abc", " 2", "²", "1e3"]

# Two pages in every listing: eleven articles (search shows ten a page), two of everything else.
PER_PAGE = {
    "news.models.ARTICLES_PER_PAGE": 6,
    "press_center.models.briefings.BRIEFINGS_PER_PAGE": 1,
    "home.models.documents.DOCUMENTS_PER_PAGE": 1,
    "home.models.media.MEDIA_PER_PAGE": 1,
}


@pytest.mark.parametrize("value", [None, ""])
def test_no_page_is_page_one(value):
    assert pagination.page_number(value) == 1


def test_a_whole_number_is_that_page():
    assert pagination.page_number("7") == 7


@pytest.mark.parametrize("value", GARBAGE)
def test_anything_else_names_no_page(value):
    with pytest.raises(pagination.PageNotFound):
        pagination.page_number(value)


def test_an_empty_listing_has_a_first_page_and_nothing_after_it():
    assert list(pagination.page_of(1, 0, 10, [])) == []
    with pytest.raises(pagination.PageNotFound) as error:
        pagination.page_of(2, 0, 10, [])
    assert error.value.last_page == 1


def test_results_paged_elsewhere_get_the_same_page_object():
    page = pagination.page_of(3, 25, 10, ["u", "v", "w", "x", "y"])
    assert (page.number, page.paginator.num_pages, page.has_next(), page.start_index()) == (3, 3, False, 21)
    assert list(page) == ["u", "v", "w", "x", "y"]
    with pytest.raises(pagination.PageNotFound):
        pagination.page_of(4, 25, 10, [])


@pytest.fixture
def listings(db, django_capture_on_commit_callbacks, monkeypatch):
    """Every listing's address, each with two pages."""
    for name, value in PER_PAGE.items():
        monkeypatch.setattr(name, value)
    news = NewsIndexPage.objects.get(locale__language_code="vi")
    category = CategoryFactory(name="Phân trang", slug="phan-trang")
    with django_capture_on_commit_callbacks(execute=True):  # the search index follows commits
        for number in range(11):
            make_article(news, title=f"Đại hội phân trang {number}", category=category, tags=["phân trang"])
    schedule = BriefingSchedulePage.objects.get(locale__language_code="vi")
    make_briefing(schedule, start=at(1))
    make_briefing(schedule, start=at(2))
    make_document("Văn kiện phân trang một")
    make_document("Văn kiện phân trang hai")
    multimedia = MultimediaIndexPage.objects.get(locale__language_code="vi")
    for title in ("Ảnh phân trang một", "Ảnh phân trang hai"):
        publish(multimedia.add_child(instance=GalleryPage(title=title, photos=[GalleryPhoto(image=ImageFactory())])))
    month = timezone.localdate().strftime("%Y/%-m")
    return [
        "/tin-tuc/",
        "/tin-tuc/category/phan-trang/",
        "/tin-tuc/tag/phan-trang/",
        f"/tin-tuc/archive/{month}/",
        "/trung-tam-bao-chi/lich-hop-bao/",
        "/van-kien/",
        "/da-phuong-tien/",
        "/tim-kiem/?q=dai+hoi+phan+trang",
    ]


def with_page(url, value):
    return f"{url}{'&' if '?' in url else '?'}page={quote(value)}"


def test_every_listing_has_its_pages_and_links_them(client, listings):
    for url in listings:
        first, second = client.get(url), client.get(with_page(url, "2"))
        assert (first.status_code, second.status_code) == (200, 200), url
        assert 'rel="next"' in first.content.decode(), url
        assert client.get(with_page(url, "")).status_code == 200, url
        # Back to page 1 is the listing's own address, not ?page=1.
        previous = re.search(r'href="([^"]*)" rel="prev"', second.content.decode()).group(1)
        assert "page=" not in previous, url


def test_every_listing_answers_404_past_its_last_page_and_to_a_page_that_is_not_a_number(client, listings):
    for url in listings:
        for value in ["3", "9999999999999999999999", *GARBAGE]:
            response = client.get(with_page(url, value))
            assert response.status_code == 404, (url, value)
            assert "Không tìm thấy trang" in response.content.decode(), (url, value)  # the site's own 404 page


def test_the_search_api_follows_the_same_rule_in_json(client, listings):
    assert client.get("/api/search/", {"q": "dai hoi phan trang", "page": "2"}).status_code == 200
    past = client.get("/api/search/", {"q": "dai hoi phan trang", "page": "3"}, HTTP_ACCEPT_LANGUAGE="en")
    assert past.status_code == 404
    assert past.json() == {
        "error": "This page of results does not exist.",
        "fields": {"page": ["The last page is 2."]},
    }
    garbage = client.get("/api/search/", {"q": "dai hoi phan trang", "page": "abc"})
    assert garbage.status_code == 400
    assert "page" in garbage.json()["fields"]
