"""The JSON API contract, the search page per language and the search box on every page."""

import datetime

import pytest

from django.utils import timezone

from tests.factories import CategoryFactory

pytestmark = pytest.mark.django_db


def at(year, month, day):
    return timezone.make_aware(datetime.datetime(year, month, day, 9))


@pytest.fixture
def articles(publish, news_index, news_index_en, vi_locale, en_locale):
    politics = CategoryFactory(locale=vi_locale, name="Chính trị", slug="chinh-tri")
    economy = CategoryFactory(locale=vi_locale, name="Kinh tế", slug="kinh-te")
    economy_en = CategoryFactory(locale=en_locale, name="Economy", slug="economy")
    return {
        "old": publish(
            title="Đại hội bàn về kinh tế số",
            lead="Đại hội thảo luận chuyển đổi số.",
            category=economy,
            display_date=at(2025, 3, 10),
        ),
        "new": publish(
            title="Đại hội thông qua nghị quyết",
            lead="Đại hội biểu quyết thông qua nghị quyết.",
            category=politics,
            display_date=at(2026, 1, 20),
        ),
        "other": publish(
            title="Đại hội bế mạc",
            lead="Phiên bế mạc của đại hội.",
            category=politics,
            display_date=at(2026, 1, 25),
        ),
        "en": publish(
            news_index_en,
            title="Congress delegates debate the digital economy",
            lead="Delegates debated the digital economy.",
            category=economy_en,
            display_date=at(2026, 1, 22),
        ),
    }


def api(client, **params):
    response = client.get("/api/search/", params)
    assert response.status_code == 200, response.content
    return response.json()


def test_the_answer_has_the_documented_shape(client, articles):
    data = api(client, q="dai hoi")
    assert data["query"] == "dai hoi"
    assert data["count"] == 3
    assert data["page"] == 1
    assert data["num_pages"] == 1
    result = data["results"][0]
    assert set(result) == {"title", "url", "snippet", "published_at", "type", "category", "language"}
    assert result["url"].startswith("http://testserver/tin-tuc/")
    assert result["type"] == "article"
    assert result["language"] == "vi"
    assert "<mark>" in result["snippet"]
    datetime.datetime.fromisoformat(result["published_at"])
    assert data["facets"] == {
        "type": {"article": 3},
        "category": {"chinh-tri": 2, "kinh-te": 1},
        "year": {"2026": 2, "2025": 1},
    }


def test_lang_defaults_to_the_site_language_and_accepts_en_and_all(client, articles):
    assert {r["language"] for r in api(client, q="economy digital kinh te")["results"]} <= {"vi"}
    english = api(client, q="delegates", lang="en")
    assert [r["title"] for r in english["results"]] == [articles["en"].title]
    assert api(client, q="congress", lang="all")["count"] == 1
    assert api(client, q="dai hoi", lang="all")["count"] == 3


def test_filters_by_type_category_and_dates(client, articles):
    assert api(client, q="dai hoi", type="article")["count"] == 3
    assert api(client, q="dai hoi", category="chinh-tri")["count"] == 2
    data = api(client, **{"q": "dai hoi", "from": "2026-01-01", "to": "2026-01-20"})
    assert [r["title"] for r in data["results"]] == [articles["new"].title]
    # Each facet ignores its own filter, so the other years stay visible.
    assert data["facets"]["year"] == {"2026": 2, "2025": 1}
    assert data["facets"]["category"] == {"chinh-tri": 1}


def test_dates_follow_the_vietnamese_calendar_day(client, publish):
    # 23:30 in Hà Nội on 31 January is still January there (16:30 UTC).
    late = timezone.make_aware(datetime.datetime(2026, 1, 31, 23, 30))
    publish(title="Phiên họp muộn của đại hội", display_date=late)
    assert api(client, **{"q": "phien hop", "from": "2026-01-31", "to": "2026-01-31"})["count"] == 1
    assert api(client, **{"q": "phien hop", "from": "2026-02-01"})["count"] == 0


def test_sort_by_newest(client, articles):
    titles = [r["title"] for r in api(client, q="dai hoi", sort="newest")["results"]]
    assert titles == [articles["other"].title, articles["new"].title, articles["old"].title]


def test_pagination(client, publish):
    for number in range(12):
        publish(title=f"Tin đại hội số {number}")
    first, second = api(client, q="dai hoi"), api(client, q="dai hoi", page=2)
    assert (first["count"], first["num_pages"], len(first["results"])) == (12, 2, 10)
    assert len(second["results"]) == 2
    assert not {r["url"] for r in first["results"]} & {r["url"] for r in second["results"]}
    past_the_end = client.get("/api/search/", {"q": "dai hoi", "page": "3"})
    assert past_the_end.status_code == 404
    assert past_the_end.json() == {
        "error": "Trang kết quả này không tồn tại.",
        "fields": {"page": ["Trang cuối là 2."]},
    }


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"sort": "popular"}, "sort"),
        ({"page": "0"}, "page"),
        ({"page": "-1"}, "page"),
        ({"page": "abc"}, "page"),
        ({"from": "2026-13-01"}, "from"),
        ({"to": "31/01/2026"}, "to"),
        ({"from": "2026-02-01", "to": "2026-01-01"}, "to"),
        ({"lang": "fr"}, "lang"),
        ({"type": "recipe"}, "type"),
        ({"category": "<script>"}, "category"),
    ],
)
def test_bad_parameters_answer_400_with_a_json_error(client, params, field):
    for url in ("/api/search/", "/api/search/suggest/"):
        response = client.get(url, {"q": "dai hoi", **params})
        assert response.status_code == 400
        assert response["Content-Type"] == "application/json"
        data = response.json()
        assert data["error"]
        assert field in data["fields"]


def test_errors_are_in_the_readers_language(client):
    vietnamese = client.get("/api/search/", {"sort": "x"}, HTTP_ACCEPT_LANGUAGE="vi").json()
    english = client.get("/api/search/", {"sort": "x"}, HTTP_ACCEPT_LANGUAGE="en").json()
    assert vietnamese["error"] != english["error"]


def test_suggestions(client, articles):
    data = client.get("/api/search/suggest/", {"q": "dai hoi thong"}).json()
    assert data == {
        "query": "dai hoi thong",
        "suggestions": [{"title": articles["new"].title, "url": f"http://testserver{articles['new'].url}"}],
    }
    assert client.get("/api/search/suggest/", {"q": "d"}).json()["suggestions"] == []
    english = client.get("/api/search/suggest/", {"q": "congress deleg", "lang": "en"}).json()
    assert [s["title"] for s in english["suggestions"]] == [articles["en"].title]


def test_the_search_page_exists_in_both_languages(client, articles):
    vietnamese = client.get("/tim-kiem/", {"q": "dai hoi"})
    english = client.get("/en/search/", {"q": "delegates"})
    assert vietnamese.status_code == english.status_code == 200
    assert "3 kết quả" in vietnamese.content.decode()
    assert "1 result for" in english.content.decode()
    assert client.get("/en/tim-kiem/").status_code == 404


def test_the_search_page_lists_snippets_dates_categories_and_facets(client, articles):
    content = client.get("/tim-kiem/", {"q": "đại hội"}).content.decode()
    assert "<mark>Đại hội</mark>" in content
    assert "Chính trị" in content and "Kinh tế" in content
    assert "Thứ Ba, 20/1/2026" in content
    assert 'name="robots" content="noindex, follow"' in content


def test_the_empty_state_shows_the_query(client, articles):
    content = client.get("/tim-kiem/", {"q": "xyzzy"}).content.decode()
    assert "Không có kết quả nào cho “xyzzy”" in content


def test_a_bad_date_on_the_page_shows_an_error_not_a_crash(client, articles):
    response = client.get("/tim-kiem/", {"q": "dai hoi", "from": "hôm qua"})
    assert response.status_code == 200
    assert 'aria-invalid="true"' in response.content.decode()


def test_a_page_past_the_end_is_not_found_as_on_every_listing(client, articles):
    response = client.get("/tim-kiem/", {"q": "dai hoi", "page": "9"})
    assert response.status_code == 404
    assert "Không tìm thấy trang" in response.content.decode()


@pytest.mark.parametrize(
    ("url", "action"), [("/", "/tim-kiem/"), ("/en/", "/en/search/"), ("/tin-tuc/", "/tim-kiem/")]
)
def test_every_page_has_a_search_box_in_its_language(client, url, action):
    content = client.get(url).content.decode()
    assert f'action="{action}"' in content
    assert 'data-search-suggest="/api/search/suggest/"' in content
    assert "search/search.js" in content


def test_the_language_switcher_leads_to_the_other_search_page(client):
    content = client.get("/tim-kiem/").content.decode()
    assert 'href="/en/search/"' in content
