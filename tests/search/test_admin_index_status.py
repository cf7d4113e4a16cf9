"""Settings → Search index: operators see failed and pending index updates and retry them; editors see nothing."""

import datetime

import pytest

from django.contrib.auth.models import Group, Permission
from django.contrib.messages import get_messages
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail.users.models import UserProfile

from search import indexing
from search.models import IndexUpdate, SearchEntry
from tests.factories import make_user

pytestmark = pytest.mark.django_db

URL = "/admin/search-index/"
RETRY_URL = "/admin/search-index/retry/"
LONG_ERROR = "ConnectionError: " + "the search cluster did not answer in time " * 5 + "(the end of the message)"


@pytest.fixture
def admin_user(db):
    return make_user("operator", superuser=True)


@pytest.fixture
def editor(db):
    return make_user("editor", ["Editors"])


@pytest.fixture
def outbox(publish):
    """An indexed article with a failed update, one with a pending update, and a failed update of a deleted page."""
    failed_article = publish(title="Bài có cập nhật chỉ mục thất bại")
    pending_article = publish(title="Bài đang chờ cập nhật chỉ mục")
    failed = IndexUpdate.objects.create(
        page_id=failed_article.pk,
        reason=IndexUpdate.Reason.PUBLISHED,
        attempts=3,
        next_attempt_at=timezone.now() + datetime.timedelta(minutes=2),
        last_error=LONG_ERROR,
    )
    pending = IndexUpdate.objects.create(page_id=pending_article.pk, reason=IndexUpdate.Reason.SLUG_CHANGED)
    given_up = IndexUpdate.objects.create(
        page_id=987654, reason=IndexUpdate.Reason.DELETED, attempts=indexing.MAX_ATTEMPTS, last_error="Timeout"
    )
    return {"failed": failed, "pending": pending, "given_up": given_up, "article": failed_article}


def messages_of(response):
    return [str(message).strip() for message in get_messages(response.wsgi_request)]


def test_a_superuser_sees_failed_and_pending_updates_with_their_error_and_page(client, admin_user, outbox):
    client.force_login(admin_user)
    response = client.get(URL)
    assert response.status_code == 200
    html = response.text
    status = response.context["status"]
    assert (status["backend"], status["pending"], status["failed"], status["given_up"]) == ("database", 3, 2, 1)
    assert status["entries"] == SearchEntry.objects.count() >= 2
    article = outbox["article"]
    assert article.title in html
    assert f'href="/admin/pages/{article.pk}/edit/"' in html
    assert "Bài đang chờ cập nhật chỉ mục" in html
    assert "Trang 987654 (đã xóa)" in html  # the deleted page, by its id and without a link
    assert "/admin/pages/987654/edit/" not in html
    assert "<details>" in html and "(the end of the message)" in html  # the full error, one click away
    assert "Timeout" in html and "Đã ngừng thử lại" in html  # the given-up update
    rows = [update.pk for update in response.context["object_list"]]
    assert rows == [outbox["given_up"].pk, outbox["failed"].pk, outbox["pending"].pk]  # failed first
    assert 'action="/admin/search-index/retry/"' in html and "csrfmiddlewaretoken" in html


def test_the_settings_menu_links_the_page_for_users_with_the_permission_only(client, admin_user, editor):
    client.force_login(admin_user)
    assert URL in client.get("/admin/").text
    client.force_login(editor)
    dashboard = client.get("/admin/")
    assert dashboard.status_code == 200
    assert URL not in dashboard.text

    operators = Group.objects.create(name="Search operators")  # what an administrator may set up by hand
    operators.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"),
        Permission.objects.get(content_type__app_label="search", codename="view_indexupdate"),
    )
    operator = make_user("search-operator", ["Search operators"])
    client.force_login(operator)
    assert URL in client.get("/admin/").text
    assert client.get(URL).status_code == 200


def test_editors_are_refused_the_page_and_the_retry(client, editor, outbox):
    client.force_login(editor)
    for response in (client.get(URL), client.get(URL + "results/"), client.post(RETRY_URL)):
        assert response.status_code in (302, 403)
        assert LONG_ERROR[:40] not in response.content.decode()
    assert IndexUpdate.objects.get(pk=outbox["pending"].pk).done_at is None


def test_no_group_is_given_the_permission_by_setup(editor):
    assert not Group.objects.filter(permissions__codename="view_indexupdate").exists()
    assert not editor.has_perm("search.view_indexupdate")


def test_retry_now_syncs_the_pending_updates(client, admin_user, outbox):
    article = outbox["article"]
    SearchEntry.objects.filter(page_id=article.pk).delete()  # what the failed update should have written
    client.force_login(admin_user)
    response = client.post(RETRY_URL)
    assert response.status_code == 302 and response["Location"] == URL
    assert messages_of(response) == ["Đã đồng bộ 3 trang với chỉ mục tìm kiếm."]
    assert not indexing.pending_updates().exists()
    for key in ("failed", "pending", "given_up"):
        update = IndexUpdate.objects.get(pk=outbox[key].pk)
        assert update.done_at is not None and update.last_error == ""
    assert SearchEntry.objects.filter(page_id=article.pk).exists()
    assert "987654" not in client.get(URL).text


def test_a_retry_that_fails_says_so_and_keeps_the_updates_failed(client, admin_user, outbox, monkeypatch):
    def unreachable(page_ids):
        raise ConnectionError("the search cluster is unreachable")

    monkeypatch.setattr(indexing, "sync_pages", unreachable)
    client.force_login(admin_user)
    response = client.post(RETRY_URL)
    assert response.status_code == 302 and response["Location"] == URL
    [message] = messages_of(response)
    assert message == (
        "Chỉ mục tìm kiếm chưa đồng bộ được 3 trên 3 trang: ConnectionError: the search cluster is unreachable"
    )
    failed = IndexUpdate.objects.get(pk=outbox["failed"].pk)
    assert failed.done_at is None and failed.attempts == 4
    assert failed.last_error == "ConnectionError: the search cluster is unreachable"
    pending = IndexUpdate.objects.get(pk=outbox["pending"].pk)
    assert pending.failed and pending.attempts == 1


def test_retry_needs_post_and_a_csrf_token(admin_user, outbox):
    client = Client(enforce_csrf_checks=True)
    client.force_login(admin_user)
    assert client.get(RETRY_URL).status_code == 405
    assert client.post(RETRY_URL).status_code == 403
    assert indexing.pending_updates().count() == 3


def test_retry_with_nothing_pending(client, admin_user):
    client.force_login(admin_user)
    response = client.post(RETRY_URL)
    assert response.status_code == 302
    assert messages_of(response) == ["Không có gì để thử lại: mọi cập nhật chỉ mục đều đã được áp dụng."]
    page = client.get(URL)
    assert "Mọi cập nhật chỉ mục đều đã được áp dụng." in page.text
    assert RETRY_URL not in page.text


def test_an_unreachable_backend_does_not_break_the_page(client, admin_user, outbox, settings):
    settings.ELASTICSEARCH_URL = "http://127.0.0.1:9"  # nothing listens there: connection refused
    settings.ELASTICSEARCH_TIMEOUT = 1
    client.force_login(admin_user)
    response = client.get(URL)
    assert response.status_code == 200
    assert response.context["status"]["backend"] == "elasticsearch"
    assert response.context["status"]["entries"] is None
    assert "Connection" in response.context["status"]["entries_error"]
    response = client.post(RETRY_URL)
    assert response.status_code == 302
    [message] = messages_of(response)
    assert message.startswith("Chỉ mục tìm kiếm chưa đồng bộ được 3 trên 3 trang: ConnectionError")


def test_the_dashboard_warns_only_while_updates_fail(client, admin_user, editor, outbox):
    client.force_login(admin_user)
    dashboard = client.get("/admin/").text
    assert "2 cập nhật chỉ mục tìm kiếm bị lỗi." in dashboard
    assert f'href="{URL}"' in dashboard
    client.force_login(editor)
    assert "search-index-failures" not in client.get("/admin/").text

    client.force_login(admin_user)
    IndexUpdate.objects.filter(attempts__gt=0).update(done_at=timezone.now())
    assert indexing.pending_updates().count() == 1  # pending, not failed: nothing to warn about
    assert "search-index-failures" not in client.get("/admin/").text


def add_failed_updates(count):
    IndexUpdate.objects.bulk_create(
        IndexUpdate(page_id=500000 + n, reason=IndexUpdate.Reason.PUBLISHED, attempts=2, last_error="Timeout")
        for n in range(count)
    )


def test_the_number_of_queries_does_not_grow_with_the_rows(client, admin_user, publish, django_assert_max_num_queries):
    for n in range(3):
        IndexUpdate.objects.create(page_id=publish(title=f"Bài số {n}").pk, reason="published", attempts=1)
    client.force_login(admin_user)
    client.get(URL)  # warm caches (content types, site root)
    with CaptureQueriesContext(connection) as few:
        assert client.get(URL).status_code == 200
    add_failed_updates(27)
    with django_assert_max_num_queries(len(few)):
        response = client.get(URL)
    assert len(response.context["object_list"]) == 30


def test_the_page_speaks_english_to_an_english_admin(client, admin_user, outbox):
    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(admin_user)
    html = client.get(URL).text
    assert "Search index" in html and "Retry now" in html and "Page 987654 (deleted)" in html
    assert "2 search index updates failed." in client.get("/admin/").text
