"""Only live, public pages are found, and each change of state reaches the index after the commit.

Every case is checked three ways: the index itself, the search page and the JSON API.
"""

import datetime

import pytest
import time_machine

from django.core.management import call_command
from django.utils import timezone

from wagtail.models import PageViewRestriction

from search.models import SearchEntry
from tests.factories import ArticlePageFactory

pytestmark = pytest.mark.django_db

WORD = "Phong Nha"  # a phrase no other test article uses


def found(client, page, query="phong nha"):
    """Whether `page` is in the index, on the search page and in the API (all three must agree)."""
    in_index = SearchEntry.objects.filter(page_id=page.pk).exists()
    html = client.get("/tim-kiem/", {"q": query}).content.decode()
    api = client.get("/api/search/", {"q": query}).json()
    on_page = f"/{page.slug}/" in html
    in_api = any(result["title"] == page.title for result in api["results"])
    assert in_index == on_page == in_api, f"index={in_index} page={on_page} api={in_api}"
    return in_index


def test_a_draft_is_never_found(client, committed, news_index):
    with committed():
        draft = ArticlePageFactory(parent=news_index, title=f"Bản nháp về {WORD}")
        draft.save_revision()
    assert not found(client, draft)


def test_publishing_adds_and_unpublishing_removes(client, committed, news_index, publish):
    article = publish(title=f"Du lịch {WORD} mùa đại hội")
    assert found(client, article)
    with committed():
        article.unpublish()
    assert not found(client, article)


def test_deleting_removes(client, committed, publish):
    article = publish(title=f"Bài sẽ bị xoá về {WORD}")
    assert found(client, article)
    with committed():
        article.delete()
    assert not SearchEntry.objects.filter(page_id=article.pk).exists()
    assert f"/{article.slug}/" not in client.get("/tim-kiem/", {"q": "phong nha"}).content.decode()


def test_deleting_the_parent_removes_its_articles(client, committed, publish, news_index):
    article = publish(title=f"Bài trong chuyên mục sẽ xoá {WORD}")
    with committed():
        news_index.delete()
    assert not SearchEntry.objects.filter(page_id=article.pk).exists()


def test_a_slug_change_updates_the_address(client, committed, publish):
    article = publish(title=f"Đường lên {WORD}", slug="duong-len")
    with committed():
        article.slug = "duong-len-dong"
        article.save_revision().publish()
    entry = SearchEntry.objects.get(page_id=article.pk)
    assert entry.url.endswith("/duong-len-dong/")
    result = client.get("/api/search/", {"q": "phong nha"}).json()["results"][0]
    assert result["url"].endswith("/tin-tuc/duong-len-dong/")


def test_a_slug_change_of_the_parent_updates_its_articles(committed, publish, news_index):
    article = publish(title=f"Bài trong mục tin {WORD}")
    with committed():
        news_index.slug = "thoi-su"
        news_index.save_revision().publish()
    assert SearchEntry.objects.get(page_id=article.pk).url == f"/thoi-su/{article.slug}/"


def test_a_move_updates_the_address(committed, publish, news_index_en):
    article = publish(title=f"Bài chuyển mục {WORD}")
    with committed():
        article.move(news_index_en, pos="last-child")
    assert SearchEntry.objects.get(page_id=article.pk).url == f"/en/news/{article.slug}/"


def test_a_view_restriction_removes_and_lifting_it_restores(client, committed, publish):
    article = publish(title=f"Tài liệu nội bộ {WORD}")
    with committed():
        restriction = PageViewRestriction.objects.create(page=article, restriction_type="password", password="x")
    assert not found(client, article)
    with committed():
        restriction.delete()
    assert found(client, article)


def test_a_restriction_on_the_section_hides_every_article_in_it(client, committed, publish, news_index):
    article = publish(title=f"Bài trong mục bị khoá {WORD}")
    with committed():
        PageViewRestriction.objects.create(page=news_index, restriction_type="login")
    assert not found(client, article)


def test_scheduled_articles_appear_when_they_go_live(client, committed, news_index):
    go_live = timezone.now() + datetime.timedelta(hours=2)
    with committed():
        article = ArticlePageFactory(parent=news_index, title=f"Bài hẹn giờ về {WORD}")
        article.go_live_at = go_live
        article.save_revision().publish()
    assert not found(client, article)
    with time_machine.travel(go_live + datetime.timedelta(minutes=1)), committed():
        call_command("publish_scheduled")
    assert found(client, article)


def test_expired_articles_disappear(client, committed, publish):
    article = publish(title=f"Bài có hạn về {WORD}")
    expiry = timezone.now() + datetime.timedelta(hours=1)
    with committed():
        article.expire_at = expiry
        article.save_revision().publish()
    assert found(client, article)
    with time_machine.travel(expiry + datetime.timedelta(minutes=1)), committed():
        call_command("publish_scheduled")
    assert not found(client, article)


def test_renaming_the_category_updates_its_articles(committed, publish):
    article = publish(title=f"Bài có chuyên mục {WORD}")
    category = article.category
    with committed():
        category.name = "Văn hoá – Du lịch"
        category.save()
    assert SearchEntry.objects.get(page_id=article.pk).category_name == "Văn hoá – Du lịch"


def test_an_entry_left_behind_is_still_never_shown(client, publish):
    """If an update has not reached the index yet, the results are still checked against the pages."""
    article = publish(title=f"Bài vừa gỡ về {WORD}")
    article.unpublish()  # inside the test transaction: no commit, so the index still has it
    assert SearchEntry.objects.filter(page_id=article.pk).exists()
    assert f"/{article.slug}/" not in client.get("/tim-kiem/", {"q": "phong nha"}).content.decode()
    titles = [result["title"] for result in client.get("/api/search/", {"q": "phong nha"}).json()["results"]]
    assert article.title not in titles
