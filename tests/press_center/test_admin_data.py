"""Home-page hook, exports, purge and set-up."""

import csv
import datetime
import io
import re
import zoneinfo

import openpyxl
import pytest
import time_machine

from django.contrib.auth.models import Group
from django.core.management import call_command
from django.test import RequestFactory
from django.utils import timezone

from wagtail.models import ModelLogEntry, Site

from home.models import HomePage
from press_center import exports
from press_center.models import Application, PressCentrePage
from press_center.wagtail_hooks import press_centre_on_home_page

from .factories import issue_badge

HANOI = zoneinfo.ZoneInfo("Asia/Ho_Chi_Minh")

pytestmark = pytest.mark.django_db


def home_request():
    request = RequestFactory().get("/")
    request.site = Site.objects.get(is_default_site=True)
    return request


def test_the_home_page_hook_reports_the_press_centre_and_the_window(
    accreditation_settings, django_assert_max_num_queries
):
    home = HomePage.objects.get(locale__language_code="en")
    context = {}
    with django_assert_max_num_queries(8):
        press_centre_on_home_page(context, home_request(), home)
    summary = context["press_centre"]
    assert summary["url"].endswith("/en/press-centre/")
    assert summary["title"] == "Press centre"
    assert summary["accreditation_open"] is True
    assert summary["window_closes"] == accreditation_settings.closes_at
    assert summary["apply_url"].endswith("/en/press-centre/apply/")


def test_the_home_page_hook_when_closed_or_missing(accreditation_settings):
    accreditation_settings.opens_at = None
    accreditation_settings.save()
    home = HomePage.objects.get(locale__language_code="vi")
    context = {}
    press_centre_on_home_page(context, home_request(), home)
    assert context["press_centre"]["accreditation_open"] is False
    assert context["press_centre"]["apply_url"] is None
    PressCentrePage.objects.filter(locale=home.locale).delete()
    press_centre_on_home_page(context, home_request(), home)
    assert context["press_centre"] is None


def test_exports_neutralise_formulas_and_keep_vietnamese(submit, officer):
    submit(position='=HYPERLINK("http://evil")', given_names="Thị Ánh")
    issue_badge(Application.objects.get(), officer)
    applications = list(Application.objects.all())
    rows = list(csv.reader(io.StringIO(exports.as_csv(applications).decode("utf-8-sig"))))
    assert rows[1][3] == "Thị Ánh"
    assert rows[1][9] == '\'=HYPERLINK("http://evil")'
    sheet = openpyxl.load_workbook(io.BytesIO(exports.as_xlsx(applications))).active
    cell = sheet.cell(row=2, column=10)
    assert cell.value == '=HYPERLINK("http://evil")' and cell.data_type == "s"
    assert exports.neutralise("+1") == "'+1" and exports.neutralise("@x") == "'@x" and exports.neutralise("ok") == "ok"


def test_exporting_is_logged_per_application(client, submit, officer):
    submit()
    issue_badge(Application.objects.get(), officer)
    client.force_login(officer)
    response = client.get("/admin/press-centre/applications/export/csv/")
    assert response.status_code == 200 and "attachment" in response["Content-Disposition"]
    assert ModelLogEntry.objects.filter(action="press_center.export", user=officer).count() == 1


def test_purge_deletes_personal_data_and_files_but_keeps_counts(
    client, submit, officer, django_capture_on_commit_callbacks, time_machine
):
    submit()
    application = Application.objects.get()
    issue_badge(application, officer)
    photo_path = application.photo.path
    after = (application.coverage_ends + datetime.timedelta(days=1)).isoformat()
    time_machine.move_to(application.coverage_ends + datetime.timedelta(days=90))  # three months on

    out = io.StringIO()
    call_command("purge_accreditations", "--before", after, "--dry-run", stdout=out)
    assert "Would delete" in out.getvalue() and application.reference in out.getvalue()
    assert Application.objects.get().family_name == "Nguyễn"

    out = io.StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("purge_accreditations", "--before", after, stdout=out)
    purged = Application.objects.get()
    assert purged.purged_at and purged.family_name == "" and purged.document_number == "" and not purged.photo
    assert purged.category == "reporter" and purged.status == "approved"
    assert "approved" in out.getvalue()
    import os

    assert not os.path.exists(photo_path)
    assert Application.objects.by_status_token(purged.reference, application.status_token) is None
    assert (
        not ModelLogEntry.objects.filter(object_id=str(purged.pk))
        .exclude(data={})
        .exclude(action="press_center.purge")
        .exists()
    )
    client.force_login(officer)
    history = client.get(f"/admin/press-centre/applications/{purged.pk}/").text
    purge_row = re.search(r"<tr>\s*<td>[^<]*</td>\s*<td>([^<]*)</td>\s*<td>Đã xóa dữ liệu cá nhân", history)
    assert purge_row.group(1) == "Hệ thống"  # not "the applicant"


def test_purge_refuses_to_delete_applications_still_covered_unless_forced(submit, officer):
    from django.core.management.base import CommandError

    submit()
    application = issue_badge(Application.objects.get(), officer)
    mid_congress = application.badge_valid_from + datetime.timedelta(days=1)
    beyond = (application.coverage_ends + datetime.timedelta(days=30)).isoformat()  # a typo of the month
    with time_machine.travel(datetime.datetime.combine(mid_congress, datetime.time(10), tzinfo=HANOI)):
        with pytest.raises(CommandError, match="coverage has not ended"):
            call_command("purge_accreditations", "--before", beyond, stdout=io.StringIO())
        assert Application.objects.get().badge_state() == "valid"
        call_command("purge_accreditations", "--before", beyond, "--force", stdout=io.StringIO())
    assert Application.objects.get().purged_at


def test_purge_removes_files_left_behind_by_interrupted_submissions(submit):
    import os

    from press_center.models.accreditation import private_storage, private_upload_path

    submit()
    application = Application.objects.get()
    left_behind = private_storage.save(private_upload_path(None, "upload.jpg"), io.BytesIO(b"interrupted"))
    two_days_ago = (timezone.now() - datetime.timedelta(days=2)).timestamp()
    for name in (left_behind, application.photo.name, application.letter.name):
        os.utime(private_storage.path(name), (two_days_ago, two_days_ago))
    in_flight = private_storage.save(private_upload_path(None, "upload.jpg"), io.BytesIO(b"being submitted"))

    out = io.StringIO()
    call_command("purge_accreditations", "--before", "2000-01-01", stdout=out)
    # Other tests' uploads share this storage and outlive their rolled-back rows: count at least ours.
    deleted = int(re.search(r"Deleted (\d+) file\(s\) left behind by interrupted submissions", out.getvalue())[1])
    assert deleted >= 1
    assert not private_storage.exists(left_behind)
    assert private_storage.exists(in_flight)  # younger than a day: its submission may still be saving
    assert private_storage.exists(application.photo.name) and private_storage.exists(application.letter.name)


def test_purge_needs_a_valid_date():
    from django.core.management.base import CommandError

    with pytest.raises(CommandError):
        call_command("purge_accreditations", "--before", "tomorrow")


def test_setup_creates_pages_and_an_officers_group_with_only_what_it_needs():
    call_command("setup_site", stdout=io.StringIO())
    pages = PressCentrePage.objects.all()
    assert sorted(pages.values_list("locale__language_code", "slug")) == [
        ("en", "press-centre"),
        ("vi", "trung-tam-bao-chi"),
    ]
    assert len({page.translation_key for page in pages}) == 1
    officers = Group.objects.get(name="Accreditation officers")
    codenames = set(officers.permissions.values_list("codename", flat=True))
    assert {
        "access_admin",
        "view_application",
        "review_application",
        "export_application",
        "check_in_application",
    } <= codenames
    assert not codenames & {"delete_application", "add_application", "add_page", "delete_outlet"}
    for group in ("Editors", "Desk editors", "Chief editors"):
        editor_codenames = set(Group.objects.get(name=group).permissions.values_list("codename", flat=True))
        assert not {code for code in editor_codenames if code.endswith("application")}
