"""Translating articles and categories through the admin, and the facts both languages' copies share."""

import pytest

from django.urls import reverse

from wagtail.models import Locale, PageLogEntry

from core import translation
from core.pages import publish
from news.models import ArticlePage, Category
from tests.factories import CategoryFactory, ImageFactory, make_article, make_user, translated_category

pytestmark = pytest.mark.django_db


@pytest.fixture
def english():
    return Locale.objects.get(language_code="en")


@pytest.mark.parametrize("group", ["Editors", "Desk editors", "Chief editors"])
def test_newsroom_groups_translate_an_article_into_an_english_draft(client, news_index, news_index_en, english, group):
    category = translated_category("Văn kiện", "Documents")
    article = make_article(news_index, title="Đại hội bàn về dữ liệu mở", category=category)
    client.force_login(make_user("translator", [group]))
    url = reverse("simple_translation:submit_page_translation", args=(article.pk,))

    assert client.get(url).status_code == 200
    response = client.post(url, {"locales": [english.pk]})

    copy = ArticlePage.objects.get(translation_key=article.translation_key, locale=english)
    assert response.status_code == 302 and response.url == reverse("wagtailadmin_pages:edit", args=(copy.pk,))
    assert copy.get_parent().pk == news_index_en.pk
    assert not copy.live, "the copy is a draft for the translator to rewrite and submit"
    assert copy.category.name == "Documents", "filed under the English translation of the section"


def test_editors_translate_a_category(client, english):
    category = CategoryFactory(name="Đời sống", slug="doi-song")
    client.force_login(make_user("translator", ["Editors"]))
    url = reverse("simple_translation:submit_snippet_translation", args=("news", "category", category.pk))

    response = client.post(url, {"locales": [english.pk]})

    assert response.status_code == 302
    assert Category.objects.filter(translation_key=category.translation_key, locale=english).exists()


def test_publishing_one_language_brings_the_other_copy_in_step(news_index, english):
    first, second = translated_category("Văn kiện", "Documents"), translated_category("Đời sống", "Life")
    photo, new_photo = ImageFactory(), ImageFactory()
    article = make_article(news_index, category=first, hero_image=photo)
    copy = article.copy_for_translation(english)
    copy.title, copy.lead = "Open data at the congress", "Delegates discussed open data."
    copy.save()
    publish(copy)

    article.hero_image, article.category = new_photo, second
    publish(article)

    copy = ArticlePage.objects.get(pk=copy.pk)
    assert copy.hero_image == new_photo
    assert copy.category.name == "Life"
    assert copy.title == "Open data at the congress", "the translation keeps its own text"
    latest = copy.latest_revision.as_object()
    assert (latest.hero_image_id, latest.category.name) == (new_photo.pk, "Life"), "the next edit starts in step"
    entry = PageLogEntry.objects.filter(page=copy, action=translation.SYNC).get()
    assert entry.data["fields"] == ["category", "hero_image"]


def test_a_section_without_translation_is_left_as_the_translator_chose(news_index, english):
    documents = translated_category("Văn kiện", "Documents")
    article = make_article(news_index, category=documents)
    copy = article.copy_for_translation(english)
    copy.save()
    publish(copy)

    article.category = CategoryFactory(name="Chỉ tiếng Việt", slug="chi-tieng-viet")
    publish(article)

    assert ArticlePage.objects.get(pk=copy.pk).category.name == "Documents"
