"""RSS feeds, the XML sitemap, the Google News sitemap and robots.txt, parsed as a crawler would."""

import xml.etree.ElementTree as ET

import pytest

from wagtail.models import Site

from core.models import SiteSettings
from core.pages import ensure_translation
from tests.factories import CategoryFactory, days_ago, make_article, translated_category

pytestmark = pytest.mark.django_db

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"
NEWS = "{http://www.google.com/schemas/sitemap-news/0.9}"


def rss_items(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")
    return channel, [
        {
            "title": item.findtext("title"),
            "link": item.findtext("link"),
            "categories": [category.text for category in item.findall("category")],
        }
        for item in channel.findall("item")
    ]


def test_news_feed_lists_live_articles_newest_first(client, news_index):
    older = make_article(news_index, title="Khai mạc phiên trù bị", published_at=days_ago(3))
    newer = make_article(news_index, title="Bế mạc phiên thảo luận tổ", published_at=days_ago(1))

    channel, items = rss_items(client.get("/tin-tuc/rss/"))

    assert channel.findtext("language") == "vi"
    assert [item["title"] for item in items] == [newer.title, older.title]
    assert items[0]["link"] == f"http://testserver{newer.url}"


def test_category_feed_has_only_that_category(client, news_index):
    documents = CategoryFactory(name="Văn kiện", slug="van-kien")
    in_category = make_article(news_index, title="Dự thảo báo cáo chính trị", category=documents)
    make_article(news_index, title="Tin hoạt động bên lề")

    channel, items = rss_items(client.get("/tin-tuc/category/van-kien/rss/"))

    assert "Văn kiện" in channel.findtext("title")
    assert [item["title"] for item in items] == [in_category.title]
    assert items[0]["categories"] == ["Văn kiện"]
    assert client.get("/tin-tuc/category/khong-co/rss/").status_code == 404


def test_english_feed_lives_under_en_and_holds_english_articles(client, news_index, news_index_en):
    make_article(news_index, title="Bài tiếng Việt")
    english = make_article(news_index_en, title="Delegates arrive in the capital")

    channel, items = rss_items(client.get("/en/news/rss/"))

    assert channel.findtext("language") == "en"
    assert [item["title"] for item in items] == [english.title]


def test_listing_pages_advertise_their_feed(client, news_index):
    CategoryFactory(name="Quốc tế", slug="quoc-te")
    html = client.get("/tin-tuc/").content.decode()
    assert '<link rel="alternate" type="application/rss+xml" title="Tin tức Đại hội" href="/tin-tuc/rss/">' in html
    html = client.get("/tin-tuc/category/quoc-te/").content.decode()
    assert 'href="/tin-tuc/category/quoc-te/rss/"' in html


def sitemap_urls(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    return {
        url.findtext(f"{SITEMAP}loc"): {link.get("hreflang"): link.get("href") for link in url.findall(f"{XHTML}link")}
        for url in root.findall(f"{SITEMAP}url")
    }


def test_sitemap_lists_both_languages_with_hreflang_alternates(client, news_index):
    category = translated_category("Văn kiện", "Documents")
    article = make_article(
        news_index, title="Đại biểu thảo luận văn kiện", slug="dai-bieu-thao-luan", category=category
    )
    english = ensure_translation(article, "en", title="Delegates discuss the documents", slug="delegates-discuss")
    untranslated = make_article(news_index, title="Bài chỉ có tiếng Việt", slug="chi-tieng-viet")

    urls = sitemap_urls(client)

    vi_url = "http://testserver/tin-tuc/dai-bieu-thao-luan/"
    en_url = "http://testserver/en/news/delegates-discuss/"
    assert english.url == "/en/news/delegates-discuss/"
    assert urls[vi_url] == {"vi": vi_url, "en": en_url}
    assert urls[en_url] == {"vi": vi_url, "en": en_url}
    assert urls[f"http://testserver{untranslated.url}"] == {}
    assert "http://testserver/" in urls
    assert "http://testserver/en/" in urls


def test_google_news_sitemap_has_only_the_last_two_days(client, news_index):
    CategoryFactory(name="Thời sự", slug="thoi-su")
    fresh = make_article(news_index, title="Bầu Ban Chấp hành", published_at=days_ago(1), tags=["bầu cử"])
    make_article(news_index, title="Tin của tuần trước", published_at=days_ago(8))

    response = client.get("/news-sitemap.xml")

    assert response.status_code == 200
    urls = ET.fromstring(response.content).findall(f"{SITEMAP}url")
    assert [url.findtext(f"{SITEMAP}loc") for url in urls] == [f"http://testserver{fresh.url}"]
    news = urls[0].find(f"{NEWS}news")
    assert news.findtext(f"{NEWS}title") == fresh.title
    assert news.findtext(f"{NEWS}publication/{NEWS}language") == "vi"
    assert news.findtext(f"{NEWS}publication/{NEWS}name") == "Ban Tổ chức Đại hội"
    assert news.findtext(f"{NEWS}keywords") == "bầu cử"


def test_robots_txt_points_crawlers_at_both_sitemaps(client):
    body = client.get("/robots.txt").content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in body
    assert "Sitemap: http://testserver/news-sitemap.xml" in body
    assert "Disallow: /admin/" in body


def test_google_news_sitemap_names_the_publication_in_each_articles_language(client, news_index, news_index_en):
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.publisher_name_vi, settings.publisher_name_en = "Ban Tổ chức Đại hội", "Congress Organising Committee"
    settings.save()
    make_article(news_index, title="Bầu Ban Chấp hành", published_at=days_ago(1))
    make_article(news_index_en, title="Central Committee elected", published_at=days_ago(1))

    urls = ET.fromstring(client.get("/news-sitemap.xml", HTTP_ACCEPT_LANGUAGE="en").content).findall(f"{SITEMAP}url")

    publications = {
        url.findtext(f"{NEWS}news/{NEWS}publication/{NEWS}language"): url.findtext(
            f"{NEWS}news/{NEWS}publication/{NEWS}name"
        )
        for url in urls
    }
    assert publications == {"vi": "Ban Tổ chức Đại hội", "en": "Congress Organising Committee"}
