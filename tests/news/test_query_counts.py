"""The home page, the news index and an article run as many SQL queries with 200 articles as with 10."""

import itertools

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from news.models import ArticleByline, ArticleDailyViews, ArticleRelatedLink
from tests.factories import AuthorFactory, CategoryFactory, ImageFactory, days_ago, make_article

pytestmark = pytest.mark.django_db


def add_articles(news_index, count, start):
    categories = itertools.cycle([CategoryFactory(name=f"Chuyên mục {n}", slug=f"cm-{n}") for n in range(3)])
    images = itertools.cycle([ImageFactory() for _ in range(3)])
    author = AuthorFactory()
    articles = []
    for n in range(start, start + count):
        article = make_article(
            news_index,
            title=f"Bài số {n}",
            slug=f"bai-so-{n}",
            category=next(categories),
            hero_image=next(images),
            tags=[f"thẻ {n % 5}", "đại hội"],
            published_at=days_ago(n % 20),
        )
        ArticleByline.objects.create(article=article, author=author)
        ArticleDailyViews.objects.create(article=article, day=timezone.localdate(), views=n)
        articles.append(article)
    return articles


def count_queries(client, url):
    client.get(url)  # warm caches that are filled once per process (site root paths, renditions)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def test_query_counts_do_not_grow_with_the_number_of_articles(client, news_index):
    articles = add_articles(news_index, 10, start=0)
    article = articles[0]
    for related in articles[1:3]:
        ArticleRelatedLink.objects.create(article=article, related_article=related)
    urls = ["/", "/tin-tuc/", "/tin-tuc/?page=1", article.url, "/tin-tuc/category/cm-0/", "/tin-tuc/rss/"]
    small = {url: count_queries(client, url) for url in urls}

    add_articles(news_index, 190, start=10)
    large = {url: count_queries(client, url) for url in urls}

    assert large == small
    assert max(small.values()) <= 40, small
