"""News listings: latest, by category, by tag, by month, pagination, and the most-read list."""

import datetime

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from news import views_counter
from news.models import ARTICLES_PER_PAGE, ArticleDailyViews, most_read
from tests.factories import CategoryFactory, days_ago, make_article

pytestmark = pytest.mark.django_db


def titles(response):
    return [article.title for article in response.context["articles"]]


def test_news_index_paginates_newest_first(client, news_index):
    articles = [make_article(news_index, title=f"Tin số {n}", published_at=days_ago(n)) for n in range(15)]

    first = client.get("/tin-tuc/")
    second = client.get("/tin-tuc/?page=2")

    assert titles(first) == [article.title for article in articles[:ARTICLES_PER_PAGE]]
    assert titles(second) == [article.title for article in articles[ARTICLES_PER_PAGE:]]
    assert 'rel="next"' in first.content.decode()
    assert 'href="/tin-tuc/" rel="prev"' in second.content.decode()  # page 1 has one address, without ?page=1


def test_category_and_tag_listings(client, news_index):
    elections = CategoryFactory(name="Bầu cử", slug="bau-cu")
    in_category = make_article(news_index, title="Bầu Ban Chấp hành", category=elections, tags=["nhân sự"])
    make_article(news_index, title="Tin văn hóa", tags=["văn hóa"])

    by_category = client.get("/tin-tuc/category/bau-cu/")
    by_tag = client.get("/tin-tuc/tag/nhan-su/")

    assert titles(by_category) == [in_category.title]
    assert "<h1>\n      Bầu cử" in by_category.content.decode()
    assert titles(by_tag) == [in_category.title]
    assert client.get("/tin-tuc/category/khong-ton-tai/").status_code == 404
    assert client.get("/tin-tuc/tag/khong-ton-tai/").status_code == 404


def test_category_listing_is_per_language(client, news_index, news_index_en):
    vi_category = CategoryFactory(name="Quốc tế", slug="international")
    make_article(news_index, title="Tin quốc tế", category=vi_category)

    assert client.get("/en/news/category/international/").status_code == 404


def test_month_archive(client, news_index):
    june = timezone.make_aware(datetime.datetime(2025, 6, 10, 9, 0))
    july = timezone.make_aware(datetime.datetime(2025, 7, 2, 9, 0))
    in_june = make_article(news_index, title="Tin tháng Sáu", published_at=june)
    make_article(news_index, title="Tin tháng Bảy", published_at=july)

    response = client.get("/tin-tuc/archive/2025/6/")

    assert titles(response) == [in_june.title]
    assert "Lưu trữ: 6/2025" in response.content.decode()
    assert 'href="/tin-tuc/archive/2025/7/"' in client.get("/tin-tuc/").content.decode()
    assert client.get("/tin-tuc/archive/2025/13/").status_code == 404


def test_reading_an_article_does_not_write_to_the_database(client, news_index, settings):
    article = make_article(news_index, title="Bài được đọc nhiều")
    views_counter.flush()

    with CaptureQueriesContext(connection) as queries:
        for _ in range(5):
            assert client.get(article.url).status_code == 200
    writes = [query["sql"] for query in queries if query["sql"].lstrip().upper().startswith(("INSERT", "UPDATE"))]
    assert writes == []

    assert views_counter.flush() == 5
    assert ArticleDailyViews.objects.get(article=article, day=timezone.localdate()).views == 5


def test_most_read_ranks_by_recent_views(client, news_index):
    popular = make_article(news_index, title="Bài nhiều người đọc")
    quiet = make_article(news_index, title="Bài ít người đọc")
    stale = make_article(news_index, title="Bài cũ từng nổi tiếng")
    today = timezone.localdate()
    ArticleDailyViews.objects.create(article=popular, day=today, views=50)
    ArticleDailyViews.objects.create(article=quiet, day=today, views=3)
    ArticleDailyViews.objects.create(article=stale, day=today - datetime.timedelta(days=30), views=900)

    assert [article.title for article in most_read(news_index.locale)] == [popular.title, quiet.title]
    home = client.get("/").content.decode()
    most_read_list = home.split('class="most-read"', 1)[1].split("</ol>", 1)[0]
    assert most_read_list.index(popular.title) < most_read_list.index(quiet.title)
    assert stale.title not in most_read_list


def test_unpublished_article_leaves_most_read(news_index):
    article = make_article(news_index, title="Bài bị gỡ")
    ArticleDailyViews.objects.create(article=article, day=timezone.localdate(), views=10)
    article.unpublish()
    assert most_read(news_index.locale) == []


def test_news_index_shows_the_most_read_list(client, news_index):
    article = make_article(news_index, title="Bài đọc nhiều trong tuần")
    ArticleDailyViews.objects.create(article=article, day=timezone.localdate(), views=7)

    html = client.get("/tin-tuc/").content.decode()

    most_read_box = html.split('aria-labelledby="most-read-heading"', 1)[1].split("</section>", 1)[0]
    assert "Đọc nhiều nhất" in most_read_box
    assert f'href="{article.url}"' in most_read_box


def test_archive_months_follow_new_publications(client, news_index):
    make_article(news_index, title="Tin tháng Năm", published_at=timezone.make_aware(datetime.datetime(2025, 5, 3)))
    assert 'href="/tin-tuc/archive/2025/5/"' in client.get("/tin-tuc/").content.decode()

    article = make_article(news_index, title="Tin mới", live=False)
    article.display_date = timezone.make_aware(datetime.datetime(2025, 8, 1))
    article.save_revision().publish()

    assert 'href="/tin-tuc/archive/2025/8/"' in client.get("/tin-tuc/").content.decode()


def test_the_category_list_is_in_vietnamese_alphabetical_order(client, news_index):
    for name, slug in [("Xã hội", "xa-hoi"), ("Đời sống", "doi-song"), ("Dân vận", "dan-van"), ("Ấn phẩm", "an-pham")]:
        CategoryFactory(name=name, slug=slug)
    listed = [category.name for category in client.get("/tin-tuc/").context["categories"]]
    assert [name for name in listed if name in {"Xã hội", "Đời sống", "Dân vận", "Ấn phẩm"}] == [
        "Ấn phẩm",
        "Dân vận",
        "Đời sống",
        "Xã hội",
    ]
