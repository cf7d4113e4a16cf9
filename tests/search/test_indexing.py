"""The registry, the index outbox and the management commands, on the embedded backend."""

import io

import pytest

from django.core.management import CommandError, call_command

from news.models import ArticlePage
from search import indexing, registry
from search.models import IndexUpdate, SearchEntry

pytestmark = pytest.mark.django_db


def test_articles_are_registered_with_their_category_and_language(publish):
    search_type = registry.get_type("article")
    assert search_type.model is ArticlePage
    article = publish(title="Đại biểu thăm Hà Giang", lead="Chuyến thăm kéo dài hai ngày.")
    document = search_type.document(article)
    assert document.type == "article"
    assert document.language == "vi"
    assert document.category_slug == article.category.slug
    assert "Chuyến thăm kéo dài hai ngày." in document.body
    assert document.url == f"/tin-tuc/{article.slug}/"


def test_the_registry_refuses_incomplete_or_conflicting_types():
    class Nameless(registry.SearchType):
        model = ArticlePage

    with pytest.raises(ValueError, match="key"):
        registry.register(Nameless)

    class Conflicting(registry.SearchType):
        key = "article"
        label = "x"
        model = __import__("home.models", fromlist=["HomePage"]).HomePage

    with pytest.raises(ValueError, match="already registered"):
        registry.register(Conflicting)


def test_another_app_can_register_a_page_type(publish, committed, client):
    from home.models import HomePage

    @registry.register
    class HomeSearch(registry.SearchType):
        key = "home"
        label = "Home"
        model = HomePage

    try:
        with committed():
            home = HomePage.objects.get(locale__language_code="vi")
            home.title = "Cổng thông tin Đại hội Phong Nha"
            home.save_revision().publish()
        data = client.get("/api/search/", {"q": "phong nha", "type": "home"}).json()
        assert [result["type"] for result in data["results"]] == ["home"]
    finally:
        registry.unregister("home")


def test_each_change_is_recorded_and_marked_done(publish):
    article = publish(title="Bài có lịch sử cập nhật")
    update = IndexUpdate.objects.get(page_id=article.pk)
    assert update.reason == IndexUpdate.Reason.PUBLISHED
    assert update.done_at is not None and update.attempts == 0


def test_rebuild_search_restores_a_lost_index(publish):
    first, second = publish(title="Bài một"), publish(title="Bài hai")
    SearchEntry.objects.all().delete()
    out = io.StringIO()
    call_command("rebuild_search", stdout=out)
    assert {first.pk, second.pk} <= set(SearchEntry.objects.values_list("page_id", flat=True))
    assert "Indexed" in out.getvalue()


def test_rebuild_search_drops_pages_that_are_no_longer_searchable(publish):
    article = publish(title="Bài sẽ bị gỡ")
    ArticlePage.objects.filter(pk=article.pk).update(live=False)  # a change no signal saw
    call_command("rebuild_search", stdout=io.StringIO())
    assert not SearchEntry.objects.filter(page_id=article.pk).exists()


def test_check_search_reports_missing_stale_and_orphaned_entries_and_fixes_them(publish):
    missing, stale, orphaned = publish(title="Thiếu"), publish(title="Cũ"), publish(title="Mồ côi")
    SearchEntry.objects.filter(page_id=missing.pk).delete()
    ArticlePage.objects.filter(pk=stale.pk).update(title="Tiêu đề đã đổi")
    ArticlePage.objects.filter(pk=orphaned.pk).update(live=False)
    out = io.StringIO()
    with pytest.raises(CommandError, match="3 problems"):
        call_command("check_search", stdout=out)
    report = out.getvalue()
    assert f"1 pages missing from the index: {missing.pk}" in report
    assert f"1 pages stale in the index: {stale.pk}" in report
    assert f"1 pages in the index but not searchable: {orphaned.pk}" in report

    call_command("check_search", "--fix", stdout=io.StringIO())
    call_command("check_search", stdout=out)
    assert SearchEntry.objects.get(page_id=stale.pk).title == "Tiêu đề đã đổi"


def test_pending_updates_are_listed_until_processed(publish):
    article = publish(title="Bài chờ cập nhật")
    IndexUpdate.objects.create(page_id=article.pk, reason=IndexUpdate.Reason.REPAIR, attempts=2, last_error="Timeout")
    out = io.StringIO()
    with pytest.raises(CommandError):
        call_command("check_search", stdout=out)
    assert "1 index updates pending, 1 of them failed" in out.getvalue()
    assert "Timeout" in out.getvalue()
    assert indexing.process_updates() == 1
    assert not indexing.pending_updates().exists()


def test_retry_delays_grow_and_are_capped():
    assert [indexing.retry_delay(n).total_seconds() for n in (1, 2, 3, 10)] == [30, 60, 120, 3600]


def test_the_wagtail_admin_search_still_works(publish, client, django_user_model):
    article = publish(title="Bài tìm trong trang quản trị")
    admin = django_user_model.objects.create_superuser("admin-search", "a@example.com", "pw")
    client.force_login(admin)
    response = client.get("/admin/pages/search/", {"q": "quản trị"})
    assert response.status_code == 200
    assert article.title in response.content.decode()
