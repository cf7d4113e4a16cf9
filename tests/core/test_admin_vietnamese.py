"""The Wagtail admin reads in Vietnamese for the newsroom: every string of Wagtail (and of the Django and
taggit parts it shows) that an editor, a desk editor or a chief editor meets on their journeys has a
Vietnamese translation, from Wagtail's catalogues or from ours (site/locale_wagtail, see README "Languages").

The journeys run through the test client with gettext instrumented: each lookup of a third-party msgid
made while rendering in Vietnamese must find a translation. The moderation e-mails and the admin's
JavaScript strings are checked against the msgids Wagtail's catalogues list for them.
"""

import datetime
import json
import re
from pathlib import Path

import polib
import pytest
from wagtail_factories import DocumentFactory

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import trans_real

import wagtail
from wagtail.models import Collection, Page, WorkflowState

from scripts.messages import third_party_msgids
from tests.factories import CategoryFactory, ImageFactory, make_article
from tests.news.test_workflow import article_form

pytestmark = pytest.mark.django_db

WAGTAIL_ADMIN_CATALOGUE = Path(wagtail.__file__).parent / "admin" / "locale" / "en" / "LC_MESSAGES"


def lookup_key(context, msgid):
    """The key gettext looks up: pgettext joins the context and the msgid with EOT."""
    return f"{context}\x04{msgid}" if context else msgid


# The reports under the admin menu's "Reports" that every newsroom group may open (and "Locked pages",
# for the groups that may lock).
REPORTS = ["workflow", "workflow_tasks", "site_history", "aging_pages", "page_types_usage"]
THIRD_PARTY_KEYS = {lookup_key(context, msgid) for context, msgid in third_party_msgids()}


class Lookups:
    """The msgids looked up in Vietnamese while active, and whether the catalogue had them."""

    def __init__(self):
        self.untranslated = {}
        self.step = ""

    def record(self, catalogue_translation, key, plural):
        if catalogue_translation.language() != "vi" or key not in THIRD_PARTY_KEYS:
            return
        catalogue = catalogue_translation._catalog
        if ((key, 0) if plural else key) not in catalogue:
            self.untranslated.setdefault(key, self.step)

    def report(self):
        return "\n".join(f"{step}: {key!r}" for key, step in sorted(self.untranslated.items(), key=lambda i: i[1]))


@pytest.fixture
def lookups(monkeypatch):
    recorder = Lookups()
    gettext = trans_real.DjangoTranslation.gettext
    ngettext = trans_real.DjangoTranslation.ngettext

    def recording_gettext(self, message):
        recorder.record(self, message, plural=False)
        return gettext(self, message)

    def recording_ngettext(self, singular, plural, number):
        recorder.record(self, singular, plural=True)
        return ngettext(self, singular, plural, number)

    monkeypatch.setattr(trans_real.DjangoTranslation, "gettext", recording_gettext)
    monkeypatch.setattr(trans_real.DjangoTranslation, "ngettext", recording_ngettext)
    return recorder


def make_user(username, group):
    user = get_user_model().objects.create_user(
        username, f"{username}@daihoi.local", "pw", first_name="Thư", last_name="Phạm"
    )
    user.groups.add(Group.objects.get(name=group))
    return user


class Journey:
    """A user's clicks through the admin, each named for the report of untranslated strings."""

    def __init__(self, client, lookups):
        self.client = client
        self.lookups = lookups

    def login(self, user):
        self.client.force_login(user)

    def get(self, step, name, *args, **params):
        self.lookups.step = step
        response = self.client.get(reverse(name, args=args), params)
        assert response.status_code == 200, (step, response.status_code)
        return response

    def post(self, step, name, *args, data=None):
        self.lookups.step = step
        response = self.client.post(reverse(name, args=args), data or {})
        assert response.status_code in (200, 302), (step, response.status_code)
        return response

    def task_state(self, page):
        state = WorkflowState.objects.get(object_id=str(page.pk), status=WorkflowState.STATUS_IN_PROGRESS)
        return state.current_task_state

    def decide(self, step, page, action, comment=""):
        task_state = self.task_state(page)
        self.post(
            step, "wagtailadmin_pages:workflow_action", page.pk, action, task_state.pk, data={"comment": comment}
        )


@pytest.fixture
def journey(client, lookups):
    return Journey(client, lookups)


@pytest.fixture
def newsroom():
    return {
        "editor": make_user("bien-tap", "Editors"),
        "desk": make_user("thu-ky", "Desk editors"),
        "chief": make_user("tong-bien-tap", "Chief editors"),
    }


def test_the_editor_writes_and_submits_an_article_in_vietnamese(journey, lookups, newsroom, news_index):
    image = ImageFactory(collection=Collection.get_first_root_node())
    DocumentFactory(collection=Collection.get_first_root_node())
    category = CategoryFactory()
    imported = make_article(news_index, title="Bài nhập từ nguồn ngoài", slug="bai-nhap")  # history by "system"
    journey.get("login", "wagtailadmin_login")
    journey.post("login failed", "wagtailadmin_login", data={"username": "bien-tap", "password": "sai"})
    journey.get("password reset", "wagtailadmin_password_reset")
    journey.login(newsroom["editor"])
    journey.get("dashboard", "wagtailadmin_home")
    journey.get("explorer", "wagtailadmin_explore_root")
    journey.get("page listing", "wagtailadmin_explore", news_index.pk)
    journey.get("page search", "wagtailadmin_pages:search", q="đại hội")
    add = ("wagtailadmin_pages:add", "news", "articlepage", news_index.pk)
    journey.get("article add form", *add)
    journey.post("article with errors", *add, data={**article_form(category, title=""), "action-submit": "1"})
    journey.get("image chooser", "wagtailimages_chooser:choose")
    journey.get("image chooser search", "wagtailimages_chooser:choose_results", q="ảnh")
    journey.get("image chosen", "wagtailimages_chooser:chosen", image.pk)
    journey.post("image upload error", "wagtailimages_chooser:create", data={"image-chooser-upload-title": "x"})
    journey.get("embed chooser", "wagtailembeds:chooser")
    journey.post("embed error", "wagtailembeds:chooser_upload", data={"embed-chooser-url": "http://example.invalid/x"})
    journey.get("document chooser", "wagtaildocs_chooser:choose")
    journey.post("document upload error", "wagtaildocs_chooser:create", data={"document-chooser-upload-title": "x"})
    journey.get("page chooser", "wagtailadmin_choose_page")
    journey.get("page chooser search", "wagtailadmin_choose_page_search", q="tin")
    journey.get("external link", "wagtailadmin_choose_page_external_link")
    journey.get("email link", "wagtailadmin_choose_page_email_link")
    journey.get("phone link", "wagtailadmin_choose_page_phone_link")
    journey.get("anchor link", "wagtailadmin_choose_page_anchor_link")
    journey.get("category chooser", "wagtailsnippetchoosers_news_category:choose")
    journey.get("author chooser", "wagtailsnippetchoosers_news_author:choose")
    journey.get("image upload", "wagtailimages:add_multiple")
    journey.get("document upload", "wagtaildocs:add_multiple")
    journey.get("images", "wagtailimages:index")
    journey.get("documents", "wagtaildocs:index")
    journey.get("categories", "wagtailsnippets_news_category:list")
    journey.get("category form", "wagtailsnippets_news_category:edit", category.pk)
    journey.get("account", "wagtailadmin_account")
    for report in REPORTS:
        journey.get("report", f"wagtailadmin_reports:{report}")

    journey.post("submit", *add, data={**article_form(category), "action-submit": "1"})
    page = Page.objects.get(slug="dai-hoi-thong-qua-nghi-quyet")
    journey.get("edit in moderation", "wagtailadmin_pages:edit", page.pk)
    journey.post("edit a locked article", "wagtailadmin_pages:edit", page.pk, data=article_form(category, title=""))
    journey.get("cancel workflow", "wagtailadmin_pages:confirm_workflow_cancellation", page.pk)
    journey.post("preview", "wagtailadmin_pages:preview_on_edit", page.pk, data=article_form(category))
    journey.get("preview", "wagtailadmin_pages:preview_on_edit", page.pk)
    journey.get("history", "wagtailadmin_pages:history", page.pk)
    journey.get("workflow history", "wagtailadmin_pages:workflow_history", page.pk)
    journey.get("translate", "simple_translation:submit_page_translation", page.pk)
    journey.get("history of a published article", "wagtailadmin_pages:history", imported.pk)
    invalid = article_form(imported.category, title="", slug="bai-nhap")
    journey.post("edit a published article with errors", "wagtailadmin_pages:edit", imported.pk, data=invalid)
    edit = article_form(imported.category, title="Bài nhập, bản sửa", slug="bai-nhap")
    journey.post("save a draft of a published article", "wagtailadmin_pages:edit", imported.pk, data=edit)
    journey.get("listing with a live page and a draft", "wagtailadmin_explore", news_index.pk)
    submit = {**edit, "action-submit": "1"}
    journey.post("submit an edit of a published article", "wagtailadmin_pages:edit", imported.pk, data=submit)
    journey.get("listing with a live page in moderation", "wagtailadmin_explore", news_index.pk)
    journey.get("copy", "wagtailadmin_pages:copy", page.pk)
    journey.get("move", "wagtailadmin_pages:move", page.pk)
    journey.get("dashboard after submitting", "wagtailadmin_home")

    assert not lookups.untranslated, "untranslated in Vietnamese:\n" + lookups.report()


def test_the_desk_and_the_chief_editor_review_in_vietnamese(journey, lookups, newsroom, news_index):
    category = CategoryFactory()
    add = ("wagtailadmin_pages:add", "news", "articlepage", news_index.pk)
    journey.login(newsroom["editor"])
    journey.post("submit", *add, data={**article_form(category), "action-submit": "1"})
    journey.post(
        "submit", *add, data={**article_form(category, slug="bai-hai", title="Bài hai"), "action-submit": "1"}
    )
    first = Page.objects.get(slug="dai-hoi-thong-qua-nghi-quyet")
    second = Page.objects.get(slug="bai-hai")

    journey.login(newsroom["desk"])
    journey.get("desk dashboard", "wagtailadmin_home")
    task_state = journey.task_state(first)
    journey.get("approve dialog", "wagtailadmin_pages:workflow_action", first.pk, "approve", task_state.pk)
    journey.get("request changes dialog", "wagtailadmin_pages:workflow_action", first.pk, "reject", task_state.pk)
    journey.get("review preview", "wagtailadmin_pages:workflow_preview", first.pk, task_state.task_id)
    journey.get("desk edit", "wagtailadmin_pages:edit", first.pk)
    journey.post("lock", "wagtailadmin_pages:lock", first.pk)
    journey.get("locked page", "wagtailadmin_pages:edit", first.pk)
    journey.post("unlock", "wagtailadmin_pages:unlock", first.pk)
    journey.decide("desk approves", first, "approve", "Nội dung chính xác.")
    journey.decide("desk approves", second, "approve")

    journey.login(newsroom["chief"])
    journey.get("chief dashboard", "wagtailadmin_home")
    journey.decide("chief requests changes", first, "reject", "Cần bổ sung nguồn.")
    journey.decide("chief approves", second, "approve")
    journey.get("page with changes requested", "wagtailadmin_pages:edit", first.pk)
    journey.get("workflow history", "wagtailadmin_pages:workflow_history", first.pk)
    journey.get("history", "wagtailadmin_pages:history", second.pk)
    revisions = list(first.revisions.order_by("pk").values_list("pk", flat=True))
    journey.get("compare", "wagtailadmin_pages:revisions_compare", first.pk, revisions[0], revisions[-1])
    journey.get("revision", "wagtailadmin_pages:revisions_view", first.pk, revisions[0])
    journey.get("live page", "wagtailadmin_pages:edit", second.pk)
    # Listings and the status panel say how long ago a page changed: hours and days, not only "just now".
    now = timezone.now()
    Page.objects.filter(pk=first.pk).update(latest_revision_created_at=now - datetime.timedelta(hours=5))
    Page.objects.filter(pk=second.pk).update(last_published_at=now - datetime.timedelta(days=3))
    journey.get("listing with a live page", "wagtailadmin_explore", news_index.pk)
    journey.get("privacy", "wagtailadmin_pages:set_privacy", second.pk)
    journey.get("unpublish", "wagtailadmin_pages:unpublish", second.pk)
    journey.get("delete", "wagtailadmin_pages:delete", second.pk)
    scheduled = article_form(category, slug="bai-hai", title="Bài hai", go_live_at="2099-01-01 10:00")
    journey.post("schedule", "wagtailadmin_pages:edit", second.pk, data={**scheduled, "action-publish": "1"})
    journey.get("scheduled page", "wagtailadmin_pages:edit", second.pk)
    journey.get("listing with a scheduled page", "wagtailadmin_explore", news_index.pk)
    for report in [*REPORTS, "locked_pages"]:
        journey.get("report with results", f"wagtailadmin_reports:{report}")

    assert not lookups.untranslated, "untranslated in Vietnamese:\n" + lookups.report()
    assert len(mail.outbox) >= 4


def strings_in(value):
    """Every string in a decoded JSON value, however deeply nested (telepath packs the sidebar menu)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from strings_in(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings_in(item)


def test_the_admin_menu_names_pages_documents_and_images_as_editors_say_them(client, newsroom):
    client.force_login(newsroom["editor"])
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    props = re.search(r'<script id="wagtail-sidebar-props" type="application/json">(.*?)</script>', html, re.S)
    menu = set(strings_in(json.loads(props.group(1))))

    assert {"Trang", "Tài liệu", "Hình ảnh"} <= menu
    assert not {"Phân trang", "Giấy tờ", "Pages", "Documents"} & menu, sorted(menu)


def test_the_login_form_labels_the_password_in_vietnamese(client):
    html = client.get(reverse("wagtailadmin_login")).content.decode()

    assert re.search(r'for="id_username"[^>]*>\s*Tên đăng nhập<', html)
    assert re.search(r'for="id_password"[^>]*>\s*Mật khẩu<', html), "Wagtail leaves this label untranslatable"


def test_every_moderation_email_string_reads_in_vietnamese():
    """The msgids Wagtail's catalogue lists for its notification templates, both branches of each."""
    catalogue = polib.pofile(str(WAGTAIL_ADMIN_CATALOGUE / "django.po"))
    in_emails = [
        entry
        for entry in catalogue
        if any("templates/wagtailadmin/notifications/" in path for path, _line in entry.occurrences)
    ]
    vietnamese = trans_real.translation("vi")._catalog
    untranslated = [entry.msgid for entry in in_emails if lookup_key(entry.msgctxt, entry.msgid) not in vietnamese]

    assert len(in_emails) > 30
    assert not untranslated


def test_the_moderation_emails_of_a_review_are_in_vietnamese(client, newsroom, news_index):
    journey = Journey(client, Lookups())
    journey.login(newsroom["editor"])
    add = ("wagtailadmin_pages:add", "news", "articlepage", news_index.pk)
    journey.post("submit", *add, data={**article_form(CategoryFactory(), title="Bài hai"), "action-submit": "1"})
    page = Page.objects.get(slug="dai-hoi-thong-qua-nghi-quyet")
    for reviewer in ("desk", "chief"):
        journey.login(newsroom[reviewer])
        journey.decide("approve", page, "approve")

    to_desk = next(message for message in mail.outbox if message.to == ["thu-ky@daihoi.local"])
    to_editor = next(message for message in mail.outbox if message.to == ["bien-tap@daihoi.local"])
    assert to_desk.subject == 'Trang "Bài hai" đã được gửi duyệt ở bước "Thư ký tòa soạn duyệt nội dung"'
    assert to_desk.body.startswith("Xin chào Thư,")
    assert "Bạn có thể xem trước trang tại đây:" in to_desk.body
    assert to_editor.subject == 'Trang "Bài hai" đã được duyệt trong "Duyệt tin bài (hai bước)".'
    assert "Sửa tùy chọn thông báo của bạn tại đây:" in to_editor.body


def test_the_admin_javascript_strings_reach_the_browser_in_vietnamese(client, newsroom):
    """Wagtail's client-side code asks Django's JavaScript catalogue (/admin/jsi18n/), which our
    djangojs catalogue overrides: every msgid Wagtail lists for it comes back in Vietnamese."""
    client.force_login(newsroom["editor"])
    script = client.get(reverse("wagtailadmin_javascript_catalog")).content.decode()
    catalogue = json.loads(re.search(r"const newcatalog = (\{.*?\n  \});", script, re.S).group(1))
    expected = polib.pofile(str(WAGTAIL_ADMIN_CATALOGUE / "djangojs.po"))

    assert not [entry.msgid for entry in expected if lookup_key(entry.msgctxt, entry.msgid) not in catalogue]
    assert catalogue["Page explorer"] == "Cây trang"
    assert catalogue["Are you sure?"] == "Bạn có chắc không?", "Wagtail's own translation corrected"
