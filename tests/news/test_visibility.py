"""Drafts, scheduled, unpublished and private articles never show in any public listing or feed."""

import datetime

import pytest

from django.utils import timezone

from wagtail.models import PageViewRestriction

from tests.factories import ArticlePageFactory, make_article

pytestmark = pytest.mark.django_db

PUBLIC_URLS = ["/", "/tin-tuc/", "/tin-tuc/rss/", "/sitemap.xml", "/news-sitemap.xml"]


@pytest.fixture
def articles(news_index):
    live = make_article(news_index, title="Bài đã xuất bản công khai")
    draft = ArticlePageFactory(parent=news_index, title="Bản nháp chưa duyệt")
    scheduled = ArticlePageFactory(parent=news_index, title="Bài hẹn giờ đăng")
    scheduled.go_live_at = timezone.now() + datetime.timedelta(days=1)
    scheduled.save_revision().publish()
    unpublished = make_article(news_index, title="Bài đã gỡ xuống")
    unpublished.unpublish()
    private = make_article(news_index, title="Bài nội bộ có mật khẩu")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="secret")
    return {"live": live, "draft": draft, "scheduled": scheduled, "unpublished": unpublished, "private": private}


@pytest.mark.parametrize("url", PUBLIC_URLS)
def test_only_live_public_articles_are_listed(client, articles, url):
    content = client.get(url).content.decode()

    assert articles["live"].title in content or articles["live"].slug in content
    for hidden in ("draft", "scheduled", "unpublished", "private"):
        page = articles[hidden]
        assert page.title not in content, f"{hidden} article listed on {url}"
        assert f"/{page.slug}/" not in content, f"{hidden} article linked on {url}"


def test_hidden_articles_cannot_be_opened(client, articles):
    assert client.get(articles["live"].url).status_code == 200
    for hidden in ("draft", "scheduled", "unpublished"):
        assert client.get(f"/tin-tuc/{articles[hidden].slug}/").status_code == 404
    response = client.get(articles["private"].url)
    assert response.status_code == 200
    assert articles["private"].title not in response.content.decode().split("<main")[1]
