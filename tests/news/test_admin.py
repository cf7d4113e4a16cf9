"""What editors see in the Wagtail admin: the article form and the newsroom snippets."""

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse

from tests.factories import CategoryFactory, translated_category

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client):
    user = get_user_model().objects.create_user("editor", "editor@daihoi.local", "pw")
    user.groups.add(Group.objects.get(name="Editors"))
    client.force_login(user)
    return client


def test_article_form_offers_only_categories_of_its_language(editor_client, news_index, news_index_en):
    translated_category("Văn kiện", "Documents")
    CategoryFactory(name="Chỉ tiếng Việt", slug="chi-tieng-viet")

    vi_form = editor_client.get(reverse("wagtailadmin_pages:add", args=("news", "articlepage", news_index.pk)))
    en_form = editor_client.get(reverse("wagtailadmin_pages:add", args=("news", "articlepage", news_index_en.pk)))

    assert vi_form.status_code == en_form.status_code == 200
    vi_choices = [label for _value, label in vi_form.context["form"].fields["category"].choices]
    en_choices = [label for _value, label in en_form.context["form"].fields["category"].choices]
    assert "Văn kiện" in vi_choices and "Chỉ tiếng Việt" in vi_choices and "Documents" not in vi_choices
    assert "Documents" in en_choices and "Văn kiện" not in en_choices


def test_editors_manage_categories_and_authors(editor_client):
    CategoryFactory(name="Thời sự", slug="thoi-su")
    listing = editor_client.get(reverse("wagtailsnippets_news_category:list"))
    assert listing.status_code == 200
    assert "Thời sự" in listing.content.decode()

    response = editor_client.post(
        reverse("wagtailsnippets_news_author:add"), {"name": "Đỗ Minh Khang", "role": "Phóng viên ảnh", "bio": ""}
    )
    assert response.status_code == 302
    assert "Đỗ Minh Khang" in editor_client.get(reverse("wagtailsnippets_news_author:list")).content.decode()


def test_a_category_slug_is_unique_per_language(editor_client):
    CategoryFactory(name="Thời sự", slug="thoi-su")
    response = editor_client.post(
        reverse("wagtailsnippets_news_category:add"), {"name": "Thời sự 2", "slug": "thoi-su", "locale": "vi"}
    )
    assert response.status_code == 200, "the form is shown again with an error"
    assert response.context["form"].errors["slug"] == ["Chuyên mục khác cùng ngôn ngữ đã dùng đường dẫn này."]
