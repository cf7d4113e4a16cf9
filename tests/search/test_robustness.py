"""Any input gives a normal page or a JSON answer, never a server error, and is shown safely."""

import pytest

pytestmark = pytest.mark.django_db

INPUTS = [
    pytest.param('"', id="quote"),
    pytest.param('"đại hội', id="unbalanced-quote"),
    pytest.param("'", id="apostrophe"),
    pytest.param("NEAR(đại hội", id="near"),
    pytest.param("NEAR(a b, 2)", id="near-complete"),
    pytest.param("*", id="star"),
    pytest.param("đại*", id="prefix-star"),
    pytest.param("AND", id="and"),
    pytest.param("đại AND OR NOT hội", id="operators"),
    pytest.param("title: hội", id="column-filter"),
    pytest.param("{title_exact}: x", id="column-set"),
    pytest.param("^hội", id="caret"),
    pytest.param("a & b | !c <-> d:*", id="tsquery-syntax"),
    pytest.param("1' OR '1'='1", id="sql-or"),
    pytest.param("'; DROP TABLE search_searchentry; --", id="sql-drop"),
    pytest.param("<script>alert('x')</script>", id="html-script"),
    pytest.param('"><img src=x onerror=alert(1)>', id="html-attribute"),
    pytest.param("😀 🇻🇳 đại hội", id="emoji"),
    pytest.param("\u0000\u200b\ufeff", id="control-characters"),
    pytest.param("Đại hội " * 250, id="2000-characters"),
    pytest.param("x" * 2000, id="2000-letters"),
    pytest.param("", id="empty"),
    pytest.param("   ", id="blank"),
]


@pytest.fixture
def some_articles(publish):
    publish(title="Đại hội khai mạc tại Hà Nội", lead="Đại hội đại biểu toàn quốc khai mạc sáng nay.")
    publish(title="Hội nghị tổng kết", lead="Hội nghị diễn ra tại Đà Nẵng.")


@pytest.mark.parametrize("query", INPUTS)
def test_search_page_answers_normally(client, some_articles, query):
    response = client.get("/tim-kiem/", {"q": query})
    assert response.status_code == 200
    content = response.content.decode()
    assert "<script>alert" not in content
    assert "<img src=x" not in content
    assert 'id="main"' in content


@pytest.mark.parametrize("query", INPUTS)
def test_api_answers_normally(client, some_articles, query):
    response = client.get("/api/search/", {"q": query})
    assert response.status_code == 200
    data = response.json()
    assert set(data) == {"query", "count", "page", "num_pages", "corrected", "results", "facets"}
    for result in data["results"]:
        assert "<script" not in result["snippet"]
        assert "<img" not in result["snippet"]


@pytest.mark.parametrize("query", INPUTS)
def test_suggestions_answer_normally(client, some_articles, query):
    response = client.get("/api/search/suggest/", {"q": query})
    assert response.status_code == 200
    assert set(response.json()) == {"query", "suggestions"}


def test_the_query_is_shown_escaped_in_the_empty_state(client, some_articles):
    response = client.get("/tim-kiem/", {"q": "<b>không có</b>"})
    content = response.content.decode()
    assert "&lt;b&gt;không có&lt;/b&gt;" in content
    assert "<b>không có</b>" not in content


def test_fts_operators_are_searched_as_words(client, publish):
    publish(title="Quy chế bầu cử and near", lead="Bài có chữ near và and.")
    data = client.get("/api/search/", {"q": "near AND"}).json()
    assert data["count"] == 1


def test_special_characters_in_the_text_are_escaped_in_snippets(client, publish):
    publish(title="Chỉ số đổi mới", lead='Đại hội bàn về "R&D" khi chi tiêu còn <5% ngân sách.')
    snippet = client.get("/api/search/", {"q": "dai hoi"}).json()["results"][0]["snippet"]
    assert "&quot;R&amp;D&quot;" in snippet
    assert "&lt;5%" in snippet
    assert "<mark>Đại hội</mark>" in snippet
