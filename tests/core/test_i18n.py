"""Two languages: Vietnamese without prefix, English under /en/, a switcher that lands on the translation."""

import datetime
import re
import zoneinfo

import pytest

from django.utils import translation

from wagtail.models import Locale, Site

from core.dates import long_date
from core.models import SiteSettings
from core.pages import ensure_translation
from news.models import ArticlePage
from tests.factories import CategoryFactory, make_article, translated_category

SAIGON = zoneinfo.ZoneInfo("Asia/Ho_Chi_Minh")


def switcher_links(html):
    """{language code: href} of the language switcher's links (the current language has no link)."""
    switcher = html.split('class="language-switcher"', 1)[1].split("</nav>", 1)[0]
    return {code: href for href, code in re.findall(r'<a href="([^"]+)" hreflang="(\w+)"', switcher)}


@pytest.mark.django_db
def test_vietnamese_lives_at_the_root_and_english_under_en(client):
    vietnamese = client.get("/").content.decode()
    english = client.get("/en/").content.decode()

    assert '<html lang="vi">' in vietnamese
    assert "Tin mới nhất" in vietnamese
    assert "Chuyển đến nội dung chính" in vietnamese
    assert '<html lang="en">' in english
    assert "Latest news" in english
    assert "Skip to main content" in english
    assert client.get("/vi/").status_code == 404, "Vietnamese URLs have no prefix"


@pytest.mark.django_db
def test_switcher_lands_on_the_translated_article(client, news_index):
    category = translated_category("Quốc tế", "International")
    article = make_article(news_index, title="Đoàn khách quốc tế tới Hà Nội", slug="doan-khach", category=category)
    english = ensure_translation(article, "en", title="International guests arrive", slug="guests-arrive")

    vi_html = client.get(article.url).content.decode()
    en_html = client.get(english.url).content.decode()

    assert switcher_links(vi_html) == {"en": "/en/news/guests-arrive/"}
    assert switcher_links(en_html) == {"vi": "/tin-tuc/doan-khach/"}
    assert '<link rel="alternate" hreflang="en" href="http://testserver/en/news/guests-arrive/">' in vi_html
    assert '<link rel="alternate" hreflang="vi" href="http://testserver/tin-tuc/doan-khach/">' in vi_html


@pytest.mark.django_db
def test_switcher_falls_back_to_the_home_page_without_a_translation(client, news_index):
    article = make_article(news_index, title="Tin chỉ có tiếng Việt")

    html = client.get(article.url).content.decode()

    assert switcher_links(html) == {"en": "/en/"}
    assert 'hreflang="en" href="http' not in html, "no hreflang for a translation that does not exist"


@pytest.mark.django_db
def test_switcher_on_a_listing_goes_to_the_translated_listing(client):
    assert switcher_links(client.get("/tin-tuc/").content.decode()) == {"en": "/en/news/"}
    assert switcher_links(client.get("/en/news/").content.decode()) == {"vi": "/tin-tuc/"}


@pytest.mark.django_db
def test_translating_an_article_files_it_under_the_translated_category(news_index):
    english = Locale.objects.get(language_code="en")
    with_translation = make_article(news_index, category=translated_category("Văn kiện", "Documents"))
    without_translation = make_article(news_index, category=CategoryFactory(name="Chỉ tiếng Việt"))

    copy = ArticlePage.objects.get(pk=with_translation.copy_for_translation(english).pk)
    orphan = ArticlePage.objects.get(pk=without_translation.copy_for_translation(english).pk)

    assert copy.category.name == "Documents"
    assert copy.get_latest_revision_as_object().category.name == "Documents", "the editor opens this revision"
    assert orphan.category is None, "left for the translator to choose, never a Vietnamese category"


def test_vietnamese_dates_read_naturally():
    friday = datetime.date(2024, 6, 14)
    assert long_date(friday, "vi") == "Thứ Sáu, 14/6/2024"
    assert long_date(datetime.date(2024, 6, 16), "vi") == "Chủ Nhật, 16/6/2024"
    with translation.override("en"):
        assert long_date(friday, "en") == "Friday, 14 June 2024"


def test_dates_are_shown_in_ho_chi_minh_city_time():
    # 18:30 UTC on Thursday is 01:30 on Friday in Hà Nội.
    late_thursday_utc = datetime.datetime(2024, 6, 13, 18, 30, tzinfo=datetime.UTC)
    assert long_date(late_thursday_utc, "vi") == "Thứ Sáu, 14/6/2024"
    assert long_date(late_thursday_utc, "vi", with_time=True) == "Thứ Sáu, 14/6/2024, 01:30"


@pytest.mark.django_db
def test_article_page_shows_its_date_in_the_readers_language(client, news_index, news_index_en):
    published = datetime.datetime(2024, 6, 14, 9, 5, tzinfo=SAIGON)
    vietnamese = make_article(news_index, published_at=published)
    english = make_article(news_index_en, published_at=published)

    assert "Thứ Sáu, 14/6/2024, 09:05" in client.get(vietnamese.url).content.decode()
    assert "Friday, 14 June 2024, 09:05" in client.get(english.url).content.decode()


@pytest.mark.django_db
def test_the_publisher_is_named_in_the_readers_language_and_falls_back_to_vietnamese(client):
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.publisher_name_vi, settings.publisher_name_en = "Ban Tổ chức Đại hội", "Congress Organising Committee"
    settings.save()

    def footer(url):
        html = client.get(url).content.decode()
        return html[html.index('class="site-footer__name"') :].split("</p>", 1)[0]

    assert "Ban Tổ chức Đại hội" in footer("/")
    assert "Congress Organising Committee" in footer("/en/")
    settings.publisher_name_en = ""
    settings.save()
    assert "Ban Tổ chức Đại hội" in footer("/en/")
