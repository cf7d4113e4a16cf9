"""A wrong address gets the site's own page in the reader's language; a server error a page that needs nothing."""

import pytest

from django.template.loader import render_to_string

pytestmark = pytest.mark.django_db


def test_a_missing_page_answers_404_in_vietnamese_with_the_site_around_it(client):
    response = client.get("/tin-tuc/bai-khong-ton-tai/")

    assert response.status_code == 404
    html = response.content.decode()
    assert '<html lang="vi">' in html
    assert "<h1>Không tìm thấy trang</h1>" in html
    assert 'href="#site-search-q"' in html and 'id="site-search-q"' in html
    assert "Về trang chủ" in html


def test_a_missing_english_page_answers_in_english(client):
    response = client.get("/en/news/no-such-article/")

    assert response.status_code == 404
    html = response.content.decode()
    assert '<html lang="en">' in html
    assert "<h1>Page not found</h1>" in html
    assert 'href="/en/"' in html


def test_the_server_error_page_renders_without_context_or_database(django_assert_num_queries):
    with django_assert_num_queries(0):
        html = render_to_string("500.html")
    assert "Đã có lỗi xảy ra" in html and "Something went wrong" in html
