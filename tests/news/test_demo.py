"""load_demo gives a newsroom that looks real in both languages."""

import datetime
import io
import re

import pytest

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import transaction
from django.utils import timezone
from django.utils.dateformat import format as format_date

from wagtail.models import PageLogEntry

from news.models import ArticlePage, Category

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module", autouse=True)
def demo(django_db_setup, django_db_blocker):
    """The demo, loaded once for the whole module (tests/home/test_demo.py checks that a second run adds nothing).

    It lives in a transaction that is rolled back after the module, so other tests never see it.
    """
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_demo", "--quiet-logins", stdout=io.StringIO())
        yield
        transaction.set_rollback(True)


def live_articles(language_code):
    return ArticlePage.objects.live().filter(locale__language_code=language_code)


def section(html, pattern):
    match = re.search(pattern, html, re.S)
    assert match, f"{pattern!r} not found"
    return match.group(0)


def test_both_languages_have_plenty_of_live_articles():
    assert live_articles("vi").count() >= 30
    assert live_articles("en").count() >= 10


def test_every_article_is_complete():
    for article in ArticlePage.objects.live().select_related("hero_image", "category"):
        assert article.hero_image, article.slug
        assert article.hero_image.credit, article.slug
        assert article.lead and article.category, article.slug
        assert article.category.locale_id == article.locale_id, article.slug
        paragraphs = sum(block.value.source.count("<p>") for block in article.body if block.block_type == "paragraph")
        assert 4 <= paragraphs <= 8, f"{article.slug} has {paragraphs} paragraphs"
        assert article.tags.count() >= 2, article.slug
        assert article.byline, article.slug


def test_articles_are_spread_over_the_past_weeks_with_consistent_dates():
    now = timezone.now()
    dates = []
    for article in ArticlePage.objects.live():
        assert article.published_at == article.first_published_at, article.slug
        assert now - datetime.timedelta(days=22) < article.published_at <= now, article.slug
        assert article.last_published_at >= article.first_published_at
        dates.append(article.published_at)
    assert max(dates) - min(dates) > datetime.timedelta(days=14)
    updated = [article for article in ArticlePage.objects.live() if article.updated_at]
    assert 1 <= len(updated) <= 3


def test_an_article_revised_after_publication_shows_when_it_was_updated(client):
    article = next(article for article in live_articles("vi") if article.updated_at)
    assert article.revisions.count() == 2

    html = client.get(article.url).content.decode()

    updated = section(html, r'<span class="article__updated">.*?</span>')
    assert f'datetime="{format_date(timezone.localtime(article.updated_at), "c")}"' in updated


@pytest.mark.parametrize(("language_code", "home_url"), [("vi", "/"), ("en", "/en/")])
def test_the_featured_article_leads_the_home_page(client, language_code, home_url):
    featured = live_articles(language_code).get(featured=True)

    html = client.get(home_url).content.decode()

    lead_story = section(html, r'<section class="lead-story".*?</section>')
    assert f'href="{featured.url}"' in lead_story


@pytest.mark.parametrize("home_url", ["/", "/en/"])
def test_the_most_read_list_is_populated(client, home_url):
    html = client.get(home_url).content.decode()

    most_read = section(html, r'<ol class="most-read">.*?</ol>')
    assert most_read.count("<li>") >= 3


def test_translated_articles_link_to_each_other_through_the_language_switcher(client):
    translated = [article for article in live_articles("vi") if article.get_translation_or_none(english())]
    assert len(translated) >= 5
    original = translated[0]
    translation = original.get_translation(english())

    html = client.get(original.url).content.decode()

    switcher = section(html, r'<nav class="language-switcher".*?</nav>')
    assert f'href="{translation.url}" hreflang="en"' in switcher
    assert translation.live and translation.url.startswith("/en/news/")


def test_categories_exist_in_both_languages_as_translations():
    vietnamese = Category.objects.filter(locale__language_code="vi")
    assert vietnamese.count() >= 6
    for category in vietnamese:
        assert category.get_translation_or_none(english()), category.slug


def test_syndicated_articles_credit_their_invented_source(client):
    syndicated = ArticlePage.objects.live().exclude(source_name="")
    assert syndicated.count() >= 3
    for article in syndicated:
        assert article.source_url.startswith("https://example."), article.slug
    article = syndicated.first()

    html = client.get(article.url).content.decode()

    assert article.source_name in html


def test_body_images_render_with_caption_and_credit(client):
    article = next(
        article for article in live_articles("vi") if any(block.block_type == "image" for block in article.body)
    )
    image_block = next(block for block in article.body if block.block_type == "image")

    response = client.get(article.url)

    assert response.status_code == 200
    figure = section(response.content.decode(), r'<div class="article__body">.*?</figure>')
    assert image_block.value["caption"] in figure
    assert image_block.value["image"].credit in figure
    assert 'type="image/webp"' in figure


def english():
    from wagtail.models import Locale

    return Locale.objects.get(language_code="en")


def test_a_draft_waits_for_the_desk_editor_and_only_for_the_newsroom(client):
    (draft,) = [article for article in ArticlePage.objects.filter(live=False) if article.current_workflow_state]
    assert draft.current_workflow_task.name == "Thư ký tòa soạn duyệt nội dung"
    assert list(PageLogEntry.objects.filter(page=draft).order_by("pk").values_list("action", flat=True)) == [
        "wagtail.create",
        "wagtail.edit",
        "wagtail.edit",
        "wagtail.workflow.start",
    ]
    first, second = draft.revisions.order_by("pk")
    assert first.content["lead"] != second.content["lead"] == draft.get_latest_revision_as_object().lead

    assert client.get(draft.url).status_code == 404, "a draft is not public"
    client.force_login(get_user_model().objects.get(username="thukytoasoan"))
    dashboard = client.get("/admin/").content.decode()
    assert draft.title in dashboard and f"/admin/pages/{draft.pk}/edit/" in dashboard
