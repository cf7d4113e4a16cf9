"""What each page says about itself in <head>, read as a crawler and a reader's browser read it: the news
feed, how the page is shared, its structured data, and where the same view lives in the other language
(hreflang and the language switcher)."""

import datetime
import json
import re
from html.parser import HTMLParser
from urllib.parse import parse_qs, urlsplit

import pytest

from wagtail.models import Page, Site, get_page_models

from core.models import SiteSettings
from core.pages import ensure_translation
from core.seo import SeoMixin
from press_center.models import BriefingSchedulePage
from tests.factories import ImageFactory, image_file, make_article, make_user, translated_category
from tests.home.factories import make_document, set_congress
from tests.press_center.briefing_factories import make_briefing

pytestmark = pytest.mark.django_db

FEEDS = {"vi": "/tin-tuc/rss/", "en": "/en/news/rss/"}


class Head(HTMLParser):
    """The <link>s, <meta>s and JSON-LD blocks of a page, and its language switcher."""

    def __init__(self, html):
        super().__init__()
        self.links, self.metas, self.json_ld = [], {}, []
        self.switcher, self.missing = {}, {}
        self._script = self._details = self._note = None
        self._in_switcher = False
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "link":
            self.links.append(attrs)
        elif tag == "meta" and (attrs.get("property") or attrs.get("name")):
            self.metas[attrs.get("property") or attrs.get("name")] = attrs.get("content")
        elif tag == "script" and attrs.get("type") == "application/ld+json":
            self._script = []
        elif tag == "nav" and "language-switcher" in attrs.get("class", ""):
            self._in_switcher = True
        elif self._in_switcher and tag == "a":
            self.switcher[attrs["hreflang"]] = attrs["href"]
        elif self._in_switcher and tag == "details":
            self._details = attrs["lang"]
        elif self._details and tag == "p":
            self._note = self._details
            self.missing[self._note] = ""

    def handle_data(self, data):
        if self._script is not None:
            self._script.append(data)
        if self._note is not None:
            self.missing[self._note] += data

    def handle_endtag(self, tag):
        if tag == "script" and self._script is not None:
            self.json_ld.append(json.loads("".join(self._script)))
            self._script = None
        elif tag == "p" and self._note is not None:
            self.missing[self._note] = " ".join(self.missing[self._note].split())
            self._note = None
        elif tag == "details":
            self._details = None
        elif tag == "nav":
            self._in_switcher = False

    def feeds(self, content_type="application/rss+xml"):
        return {link["href"]: link.get("title") for link in self.links if link.get("type") == content_type}

    @property
    def hreflang(self):
        return {link["hreflang"]: link["href"] for link in self.links if "hreflang" in link}

    def data_of_type(self, schema_type):
        found = [item for item in self.json_ld if item["@type"] == schema_type]
        assert len(found) == 1, f"one {schema_type} expected, found {[item['@type'] for item in self.json_ld]}"
        return found[0]


def head(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return Head(response.content.decode())


def site_settings(**fields):
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    for name, value in fields.items():
        setattr(settings, name, value)
    settings.save()
    return settings


def query_of(url):
    return urlsplit(url).path, parse_qs(urlsplit(url).query)


def schedule(language="vi"):
    return BriefingSchedulePage.objects.get(locale__language_code=language)


# The news feed, on every page


def test_every_page_of_each_language_advertises_that_languages_news_feed(client, news_index, news_index_en):
    make_article(news_index)
    make_article(news_index_en, title="An English article")
    make_document("Báo cáo chính trị")
    make_briefing(schedule())
    pages = Page.objects.live().filter(depth__gt=1).select_related("locale").specific()
    assert {type(page).__name__ for page in pages} >= {
        "HomePage",
        "NewsIndexPage",
        "ArticlePage",
        "DocumentIndexPage",
        "DocumentPage",
        "BriefingSchedulePage",
        "BriefingPage",
        "PressCentrePage",
    }
    for page in pages:
        language = page.locale.language_code
        assert FEEDS[language] in head(client, page.url).feeds(), f"{page.url} does not advertise its feed"
    assert FEEDS["vi"] in head(client, "/tim-kiem/?q=dai+hoi").feeds()
    assert FEEDS["en"] in head(client, "/en/search/").feeds()


def test_a_category_page_also_advertises_its_own_feed(client, news_index):
    category = translated_category("Quốc tế", "International")
    make_article(news_index, category=category)

    feeds = head(client, f"/tin-tuc/category/{category.slug}/").feeds()

    assert feeds == {
        "/tin-tuc/rss/": "Tin tức Đại hội",
        f"/tin-tuc/category/{category.slug}/rss/": "Tin tức Đại hội – Quốc tế",
    }


def test_the_briefing_schedule_also_advertises_its_calendar(client):
    assert head(client, schedule("en").url).feeds("text/calendar") == {
        "http://testserver/en/press-centre/briefings/calendar/": "Briefing schedule"
    }


# How pages are shared


def test_editors_sharing_text_and_image_come_first(client, news_index):
    article = make_article(
        news_index,
        lead="Phần sapo của bài.",
        hero_image=ImageFactory(file=image_file(name="hero.jpg")),
        search_description="Mô tả cho công cụ tìm kiếm.",
        social_text="Lời giới thiệu khi chia sẻ lên mạng xã hội.",
        social_image=ImageFactory(file=image_file(name="sharing.jpg")),
    )

    metas = head(client, article.url).metas

    assert metas["og:description"] == "Lời giới thiệu khi chia sẻ lên mạng xã hội."
    assert metas["twitter:description"] == "Lời giới thiệu khi chia sẻ lên mạng xã hội."
    assert metas["description"] == "Mô tả cho công cụ tìm kiếm.", "search engines get the search description"
    assert "/sharing" in metas["og:image"]
    assert metas["og:image"].startswith("http://testserver/media/images/")
    assert (metas["og:image:width"], metas["og:image:height"]) == ("1200", "630")


def test_without_sharing_fields_an_article_is_shared_with_its_lead_and_hero_image(client, news_index):
    article = make_article(
        news_index, lead="Phần sapo của bài.", hero_image=ImageFactory(file=image_file(name="hero.jpg"))
    )

    metas = head(client, article.url).metas

    assert metas["og:title"] == article.title
    assert metas["og:description"] == metas["description"] == "Phần sapo của bài."
    assert metas["og:type"] == "article"
    assert "/hero" in metas["og:image"]


def test_a_section_without_text_or_picture_is_shared_with_the_sites_defaults(client, news_index):
    site_settings(
        description_vi="Cổng thông tin chính thức của Đại hội.",
        description_en="The congress's official portal.",
        default_social_image=ImageFactory(file=image_file(name="default-card.jpg")),
    )

    vietnamese = head(client, news_index.url).metas
    english = head(client, "/en/news/").metas

    assert vietnamese["og:title"] == news_index.title
    assert vietnamese["og:description"] == vietnamese["description"] == "Cổng thông tin chính thức của Đại hội."
    assert english["og:description"] == "The congress's official portal."
    assert "/default-card" in vietnamese["og:image"]
    assert vietnamese["twitter:card"] == "summary_large_image"


def test_without_any_picture_the_card_is_a_plain_summary(client, news_index):
    site_settings(default_social_image=None)

    metas = head(client, news_index.url).metas

    assert "og:image" not in metas
    assert metas["twitter:card"] == "summary"


def test_a_sections_introduction_is_its_description(client, news_index):
    news_index.intro = "Tin tức mới nhất từ Đại hội."
    news_index.save_revision().publish()

    assert head(client, news_index.url).metas["og:description"] == "Tin tức mới nhất từ Đại hội."


def test_the_home_page_is_shared_as_the_congress_with_its_emblem(client):
    set_congress(
        datetime.date(2026, 1, 19),
        datetime.date(2026, 1, 25),
        emblem=ImageFactory(file=image_file(name="emblem.png", image_format="PNG")),
    )

    metas = head(client, "/en/").metas

    assert metas["og:title"] == "The 14th Test Congress"
    assert "/emblem" in metas["og:image"]


def test_a_category_is_shared_with_its_name_and_description(client, news_index):
    category = translated_category("Quốc tế", "International")
    category.description = "Khách quốc tế và bạn bè năm châu."
    category.save()

    metas = head(client, f"/tin-tuc/category/{category.slug}/").metas

    assert metas["og:title"] == "Quốc tế"
    assert metas["og:description"] == metas["description"] == "Khách quốc tế và bạn bè năm châu."


def test_every_page_type_has_the_sharing_fields():
    page_types = [model for model in get_page_models() if model is not Page]
    assert page_types
    assert [model.__name__ for model in page_types if not issubclass(model, SeoMixin)] == []


def test_editors_find_the_sharing_fields_in_the_promote_tab(client, news_index):
    make_article(news_index)
    make_briefing(schedule())
    client.force_login(make_user("quantri", superuser=True))
    for page in Page.objects.live().filter(depth__gt=1).specific():
        html = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
        # The tabs' ids follow their translated headings (“tab-quang_ba”): Promote is the second panel.
        promote = html[[match.start() for match in re.finditer(r'role="tabpanel"', html)][1] :]
        assert 'name="social_text"' in promote, type(page).__name__
        assert 'name="social_image"' in promote, type(page).__name__


# Structured data


def test_the_home_page_describes_the_site_and_its_search(client):
    vietnamese = head(client, "/").data_of_type("WebSite")
    english = head(client, "/en/").data_of_type("WebSite")

    action = vietnamese["potentialAction"]
    assert action["@type"] == "SearchAction"
    assert action["target"]["urlTemplate"].endswith("/tim-kiem/?q={search_term_string}")
    assert action["query-input"] == "required name=search_term_string"
    assert english["potentialAction"]["target"]["urlTemplate"].endswith("/en/search/?q={search_term_string}")
    assert (vietnamese["inLanguage"], english["inLanguage"]) == ("vi", "en")


def test_the_home_page_describes_the_congress_as_an_event(client):
    set_congress(
        datetime.date(2026, 1, 19),
        datetime.date(2026, 1, 25),
        venue_vi="Trung tâm Hội nghị Quốc gia, Hà Nội",
        venue_en="National Convention Centre, Hanoi",
        emblem=ImageFactory(),
    )
    site_settings(publisher_name_vi="Ban Tổ chức Đại hội", publisher_name_en="Congress Organising Committee")

    event = head(client, "/en/").data_of_type("Event")

    assert event["name"] == "The 14th Test Congress"
    assert event["startDate"] == "2026-01-19T08:00:00+07:00", "the opening session, Hanoi time"
    assert event["endDate"] == "2026-01-25"
    assert event["location"] == {
        "@type": "Place",
        "name": "National Convention Centre, Hanoi",
        "address": "National Convention Centre, Hanoi",
    }
    assert event["organizer"]["name"] == "Congress Organising Committee", "in the reader's language"
    assert event["eventStatus"] == "https://schema.org/EventScheduled"
    assert event["url"].endswith("/en/")
    assert event["image"][0].startswith("http://")
    assert event["inLanguage"] == "en"


def test_no_event_is_claimed_before_the_congress_has_dates(client):
    set_congress(None, None)
    assert [item["@type"] for item in head(client, "/").json_ld] == ["WebSite"]


def test_an_article_has_a_breadcrumb_trail_beside_its_news_article(client, news_index):
    category = translated_category("Quốc tế", "International")
    article = make_article(news_index, title="Đoàn khách tới Hà Nội", slug="doan-khach", category=category)

    page_head = head(client, article.url)

    assert page_head.data_of_type("NewsArticle")["headline"] == "Đoàn khách tới Hà Nội"
    steps = page_head.data_of_type("BreadcrumbList")["itemListElement"]
    assert [(step["position"], step["name"]) for step in steps] == [
        (1, "Trang chủ"),
        (2, news_index.title),
        (3, "Quốc tế"),
        (4, "Đoàn khách tới Hà Nội"),
    ]
    assert [urlsplit(step["item"]).path for step in steps] == [
        "/",
        "/tin-tuc/",
        f"/tin-tuc/category/{category.slug}/",
        "/tin-tuc/doan-khach/",
    ]


def test_structured_data_cannot_close_its_script_element(client, news_index):
    title = "Tin </script><script>alert(1)</script> & “trích dẫn”"
    article = make_article(news_index, title=title)

    html = client.get(article.url).content.decode()

    assert "<script>alert(1)" not in html
    assert Head(html).data_of_type("NewsArticle")["headline"] == title


# The other language: hreflang and the switcher


def test_a_translated_page_lists_both_languages_and_x_default(client, news_index):
    article = make_article(news_index, slug="doan-khach", category=translated_category("Quốc tế", "International"))
    ensure_translation(article, "en", title="Guests arrive", slug="guests-arrive")

    page_head = head(client, "/en/news/guests-arrive/")

    assert page_head.hreflang == {
        "vi": "http://testserver/tin-tuc/doan-khach/",
        "en": "http://testserver/en/news/guests-arrive/",
        "x-default": "http://testserver/tin-tuc/doan-khach/",
    }
    assert page_head.switcher == {"vi": "/tin-tuc/doan-khach/"}
    assert page_head.missing == {}


def test_an_untranslated_page_says_so_in_the_language_asked_for(client, news_index, news_index_en):
    vietnamese_only = head(client, make_article(news_index).url)
    english_only = head(client, make_article(news_index_en, title="Only in English").url)

    assert vietnamese_only.hreflang == {}
    assert vietnamese_only.switcher == {"en": "/en/"}
    assert vietnamese_only.missing == {"en": "This page is not available in English. Go to the English home page"}
    assert english_only.hreflang == {}
    assert english_only.switcher == {"vi": "/"}
    assert english_only.missing == {"vi": "Trang này chưa có bản tiếng Việt. Về trang chủ tiếng Việt"}


def test_page_two_of_the_news_switches_to_page_two(client, news_index, news_index_en):
    for number in range(25):  # three pages of twelve
        make_article(news_index, slug=f"bai-{number}")
    for number in range(13):  # two pages
        make_article(news_index_en, title=f"English article {number}", slug=f"article-{number}")

    page_two = head(client, "/tin-tuc/?page=2")
    page_three = head(client, "/tin-tuc/?page=3")
    english_two = head(client, "/en/news/?page=2")

    assert page_two.switcher == {"en": "/en/news/?page=2"}
    assert page_two.hreflang == {
        "vi": "http://testserver/tin-tuc/?page=2",
        "en": "http://testserver/en/news/?page=2",
        "x-default": "http://testserver/tin-tuc/?page=2",
    }
    assert english_two.switcher == {"vi": "/tin-tuc/?page=2"}
    assert page_three.switcher == {"en": "/en/news/?page=2"}, "the English news ends on page 2"
    assert page_three.hreflang == {}, "no English page 3 to claim"


def test_a_category_switches_to_its_translation(client, news_index):
    category = translated_category("Quốc tế", "International")
    make_article(news_index, category=category)

    page_head = head(client, f"/tin-tuc/category/{category.slug}/")

    assert page_head.switcher == {"en": "/en/news/category/international/"}
    assert page_head.hreflang["en"] == "http://testserver/en/news/category/international/"
    back = head(client, "/en/news/category/international/")
    assert back.switcher == {"vi": f"/tin-tuc/category/{category.slug}/"}


def test_a_category_without_translation_says_so(client, news_index):
    article = make_article(news_index)  # its own new Vietnamese category

    page_head = head(client, f"/tin-tuc/category/{article.category.slug}/")

    assert page_head.hreflang == {}
    assert page_head.missing["en"].startswith("This page is not available in English.")


def test_tags_and_months_switch_where_the_other_language_has_articles(client, news_index, news_index_en):
    published = datetime.datetime(2026, 1, 20, 9, 0, tzinfo=datetime.UTC)
    make_article(news_index, tags=["đại hội", "nhân sự"], published_at=published)
    make_article(news_index_en, title="Delegates", tags=["đại hội"], published_at=published)

    assert head(client, "/tin-tuc/tag/dai-hoi/").switcher == {"en": "/en/news/tag/dai-hoi/"}
    assert head(client, "/tin-tuc/tag/nhan-su/").switcher == {"en": "/en/"}, "no English article has this tag"
    assert head(client, "/tin-tuc/archive/2026/1/").switcher == {"en": "/en/news/archive/2026/1/"}


def test_the_search_switches_with_its_query_filters_and_page(client, news_index, django_capture_on_commit_callbacks):
    category = translated_category("Quốc tế", "International")
    with django_capture_on_commit_callbacks(execute=True):  # the index updates run after the commit
        for number in range(11):  # two pages of results
            make_article(news_index, title=f"Đại hội bàn việc số {number}", category=category)
    with django_capture_on_commit_callbacks(execute=True):  # the index updates run after the commit
        for number in range(11):  # two pages of results
            make_article(news_index, title=f"Đại hội bàn việc số {number}", category=category)

    page_head = head(client, f"/tim-kiem/?q=đại+hội&type=article&sort=newest&page=2&category={category.slug}")
    explicit_language = head(client, f"/tim-kiem/?q=đại+hội&lang=vi&category={category.slug}")

    assert query_of(page_head.switcher["en"]) == (
        "/en/search/",
        {"q": ["đại hội"], "type": ["article"], "sort": ["newest"], "page": ["2"], "category": ["international"]},
    )
    assert query_of(explicit_language.switcher["en"]) == (
        "/en/search/",
        {"q": ["đại hội"], "lang": ["vi"], "category": [category.slug]},
    ), "still searching Vietnamese articles, so the category stays the Vietnamese one"
    assert page_head.hreflang["en"] == "http://testserver/en/search/?page=2"


def test_listing_filters_carry_over_to_the_other_language(client):
    page_head = head(client, "/van-kien/?status=adopted")

    assert page_head.switcher == {"en": "/en/documents/?status=adopted"}
    assert page_head.hreflang["en"] == "http://testserver/en/documents/", "hreflang names canonical addresses"
