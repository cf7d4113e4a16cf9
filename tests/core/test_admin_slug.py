"""Slugs saved from the admin are folded on the server too: a form sent without JavaScript, or
Vietnamese typed into the slug field by hand, still gives dai-hoi, and a clean slug stays as typed."""

import unicodedata

import pytest

from django.urls import reverse

from wagtail.models import get_page_models

from core.forms import FoldedSlugField
from news.models import ArticlePage, Category
from tests.factories import make_article, make_user
from tests.news.test_workflow import article_form

pytestmark = pytest.mark.django_db

TITLE = "Kiểm thử: Đại hội bàn về dữ liệu mở"


@pytest.fixture
def editor_client(client):
    client.force_login(make_user("bientapvien", ["Editors"]))
    return client


def add_article(client, news_index, slug, title=TITLE):
    """Save a new article as a draft, the way a browser without JavaScript sends the form."""
    category = Category.objects.create(name="Thời sự", slug="thoi-su", locale=news_index.locale)
    url = reverse("wagtailadmin_pages:add", args=("news", "articlepage", news_index.pk))
    return client.post(url, article_form(category, title=title, slug=slug))


@pytest.mark.parametrize(
    "typed",
    [
        "Kiểm thử Đại hội bàn về dữ liệu mở",
        unicodedata.normalize("NFD", "kiểm-thử-đại-hội-bàn-về-dữ-liệu-mở"),
        "  kiem thu dai hoi ban ve du lieu mo ",
    ],
    ids=["vietnamese-with-spaces", "decomposed", "ascii-with-spaces"],
)
def test_a_slug_typed_with_vietnamese_letters_or_spaces_is_saved_folded(editor_client, news_index, typed):
    response = add_article(editor_client, news_index, typed)

    assert response.status_code == 302, response.context["form"].errors
    page = ArticlePage.objects.child_of(news_index).get(title=TITLE)
    assert page.slug == "kiem-thu-dai-hoi-ban-ve-du-lieu-mo"
    assert editor_client.get(reverse("wagtailadmin_pages:edit", args=(page.pk,))).status_code == 200


def test_a_slug_typed_clean_is_kept_as_typed(editor_client, news_index):
    response = add_article(editor_client, news_index, "dai-hoi--du-lieu-mo_2026")

    assert response.status_code == 302, response.context["form"].errors
    assert ArticlePage.objects.child_of(news_index).get(title=TITLE).slug == "dai-hoi--du-lieu-mo_2026"


def test_a_folded_slug_already_taken_is_refused_naming_that_address(editor_client, news_index):
    make_article(news_index, title="Bài có sẵn", slug="dai-hoi-ban-ve-du-lieu-mo")

    response = add_article(editor_client, news_index, "Đại hội bàn về dữ liệu mở")

    assert response.status_code == 200
    # The uniqueness check sees the folded address, the one that would clash.
    assert "dai-hoi-ban-ve-du-lieu-mo" in str(response.context["form"].errors["slug"])
    assert not ArticlePage.objects.filter(title=TITLE).exists()


def test_editing_a_page_leaves_its_clean_slug_alone(editor_client, news_index):
    page = make_article(news_index, title="Đại hội khai mạc", slug="khai-mac-2026", live=False)
    category = page.category
    url = reverse("wagtailadmin_pages:edit", args=(page.pk,))

    response = editor_client.post(url, article_form(category, title="Đại hội khai mạc trọng thể", slug=page.slug))

    assert response.status_code == 302
    page.refresh_from_db()
    assert page.get_latest_revision_as_object().slug == "khai-mac-2026"


@pytest.mark.parametrize(
    "model", [model for model in get_page_models() if model._meta.app_label in {"home", "news", "press_center"}]
)
def test_every_page_type_folds_its_slug_on_the_server(model):
    slug = model.get_edit_handler().get_form_class()().fields["slug"]

    assert isinstance(slug, FoldedSlugField)
    assert slug.clean("Đại hội Đảng") == "dai-hoi-dang"
