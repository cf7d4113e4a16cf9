"""The editorial workflow through the Wagtail admin: editors write and submit, the desk reviews the content,
the chief editor approves publication."""

import datetime

import pytest
import time_machine

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from wagtail.models import WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from news.models import ArticlePage
from tests.factories import AuthorFactory, CategoryFactory

pytestmark = pytest.mark.django_db


def make_user(username, group):
    user = get_user_model().objects.create_user(username, f"{username}@daihoi.local", "pw")
    user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def editor():
    return make_user("bien-tap", "Editors")


@pytest.fixture
def desk_editor():
    return make_user("thu-ky", "Desk editors")


@pytest.fixture
def chief_editor():
    return make_user("tong-bien-tap", "Chief editors")


def article_form(category, **overrides):
    data = {
        "title": "Đại hội thông qua nghị quyết",
        "slug": "dai-hoi-thong-qua-nghi-quyet",
        "lead": "Các đại biểu biểu quyết thông qua nghị quyết sau ba ngày thảo luận.",
        "body": streamfield([("paragraph", rich_text("<p>Sáng nay, tại hội trường lớn …</p>"))]),
        "category": category.pk,
        "tags": "nghị quyết, biểu quyết",
        "bylines": inline_formset([]),
        "related_links": inline_formset([]),
        "comments": inline_formset([]),
        "go_live_at": "",
        "expire_at": "",
    }
    data.update(overrides)
    return nested_form_data(data)


def create_and_submit(client, user, news_index, **overrides):
    client.force_login(user)
    url = reverse("wagtailadmin_pages:add", args=("news", "articlepage", news_index.pk))
    response = client.post(url, {**article_form(CategoryFactory(), **overrides), "action-submit": "1"})
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    return ArticlePage.objects.get(slug=overrides.get("slug", "dai-hoi-thong-qua-nghi-quyet"))


def approve_current_task(client, user, page, comment=""):
    client.force_login(user)
    state = WorkflowState.objects.get(object_id=str(page.pk), status=WorkflowState.STATUS_IN_PROGRESS)
    task_state = state.current_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=(page.pk, "approve", task_state.pk))
    response = client.post(url, {"comment": comment})
    assert response.status_code in (200, 302)
    task_state.refresh_from_db()
    return task_state


def test_editor_submits_the_desk_reviews_and_the_chief_editor_publishes(
    client, editor, desk_editor, chief_editor, news_index
):
    page = create_and_submit(client, editor, news_index)

    assert not page.live
    assert not page.permissions_for_user(editor).can_publish()
    assert client.get("/tin-tuc/").content.decode().count(page.title) == 0
    first = approve_current_task(client, desk_editor, page, comment="Nội dung chính xác.")
    page.refresh_from_db()
    assert not page.live, "one approval is not enough"
    assert first.comment == "Nội dung chính xác."

    approve_current_task(client, chief_editor, page)
    page.refresh_from_db()
    assert page.live
    assert page.title in client.get("/tin-tuc/").content.decode()


def test_the_byline_names_the_authors_chosen_in_the_order_the_editor_put_them(
    client, editor, desk_editor, chief_editor, news_index
):
    second, first = AuthorFactory(name="Trần Minh Châu"), AuthorFactory(name="Vũ Thị Lan")
    bylines = inline_formset([{"author": first.pk, "ORDER": 1}, {"author": second.pk, "ORDER": 2}])
    page = create_and_submit(client, editor, news_index, bylines=bylines)
    approve_current_task(client, desk_editor, page)
    approve_current_task(client, chief_editor, page)

    assert "Bài: Vũ Thị Lan, Trần Minh Châu" in client.get(page.url).content.decode()


@pytest.mark.parametrize("step", [0, 1])
def test_each_review_step_belongs_to_one_group(client, editor, desk_editor, chief_editor, news_index, step):
    """The chief editor cannot take the desk's step, and the desk cannot decide on publication."""
    page = create_and_submit(client, editor, news_index)
    if step == 1:
        approve_current_task(client, desk_editor, page)
    outsider = chief_editor if step == 0 else desk_editor
    state = WorkflowState.objects.get(object_id=str(page.pk), status=WorkflowState.STATUS_IN_PROGRESS)
    task_state = state.current_task_state

    client.force_login(outsider)
    url = reverse("wagtailadmin_pages:workflow_action", args=(page.pk, "approve", task_state.pk))
    client.post(url, {"comment": ""})

    task_state.refresh_from_db()
    assert task_state.status == "in_progress"
    page.refresh_from_db()
    assert not page.live


def test_editor_cannot_publish_directly(client, editor, news_index):
    client.force_login(editor)
    url = reverse("wagtailadmin_pages:add", args=("news", "articlepage", news_index.pk))
    client.post(url, {**article_form(CategoryFactory()), "action-publish": "1"})

    page = ArticlePage.objects.get(slug="dai-hoi-thong-qua-nghi-quyet")
    assert not page.live
    assert client.get(page.url or "/tin-tuc/dai-hoi-thong-qua-nghi-quyet/").status_code == 404


def test_the_desk_can_request_changes_with_a_comment(client, editor, desk_editor, news_index):
    page = create_and_submit(client, editor, news_index)
    client.force_login(desk_editor)
    state = WorkflowState.objects.get(object_id=str(page.pk))
    url = reverse("wagtailadmin_pages:workflow_action", args=(page.pk, "reject", state.current_task_state.pk))
    client.post(url, {"comment": "Cần bổ sung nguồn trích dẫn."})

    state.refresh_from_db()
    page.refresh_from_db()
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert state.current_task_state.comment == "Cần bổ sung nguồn trích dẫn."
    assert not page.live


def test_editors_cannot_approve(client, editor, news_index):
    page = create_and_submit(client, editor, news_index)
    state = WorkflowState.objects.get(object_id=str(page.pk))
    first_task_state = state.current_task_state

    url = reverse("wagtailadmin_pages:workflow_action", args=(page.pk, "approve", first_task_state.pk))
    response = client.post(url, {"comment": ""})

    assert response.status_code == 302 and response.url == "/admin/", "Wagtail refuses and sends the user home"
    first_task_state.refresh_from_db()
    assert first_task_state.status == "in_progress"
    page.refresh_from_db()
    assert not page.live


def test_scheduled_article_goes_live_when_publish_scheduled_runs(
    client, editor, desk_editor, chief_editor, news_index
):
    go_live = timezone.localtime() + datetime.timedelta(hours=2)
    page = create_and_submit(client, editor, news_index, go_live_at=go_live.strftime("%Y-%m-%d %H:%M"))
    approve_current_task(client, desk_editor, page)
    approve_current_task(client, chief_editor, page)
    page.refresh_from_db()

    assert not page.live, "approved but scheduled"
    assert page.title not in client.get("/tin-tuc/").content.decode()
    assert page.title not in client.get("/tin-tuc/rss/").content.decode()

    with time_machine.travel(go_live + datetime.timedelta(minutes=1)):
        call_command("publish_scheduled")
        page.refresh_from_db()
        assert page.live
        assert page.title in client.get("/tin-tuc/").content.decode()


def test_editor_previews_an_unsaved_edit_of_a_tagged_article(client, editor, news_index):
    """The preview renders the form's data, tags included, before anything is saved."""
    page = create_and_submit(client, editor, news_index)
    preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=(page.pk,))
    form = article_form(CategoryFactory(), title="Tiêu đề chưa lưu", tags="đại biểu, hội trường")

    assert client.post(preview_url, form).json() == {"is_valid": True, "is_available": True}
    preview = client.get(preview_url).content.decode()

    assert "Tiêu đề chưa lưu" in preview
    assert "đại biểu" in preview


@pytest.mark.parametrize("group", ["Editors", "Desk editors", "Chief editors"])
def test_every_newsroom_group_chooses_and_uploads_images_and_documents(client, group):
    """The desk edits articles under review too: their image and document choosers must open."""
    client.force_login(make_user("nguoi-dung", group))
    uploads = {
        "wagtailimages_chooser:choose": "image-chooser-upload-file",
        "wagtaildocs_chooser:choose": "document-chooser-upload-file",
    }
    for chooser, upload_field in uploads.items():
        response = client.get(reverse(chooser))
        assert response.status_code == 200, chooser
        assert f'name="{upload_field}"' in response.json()["html"], chooser
