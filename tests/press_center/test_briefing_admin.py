"""Editors write briefings in the admin; only officers see, print and export registrations and mark attendance."""

import csv
import io
import re
import zoneinfo

import openpyxl
import pytest

from django.core import mail

from wagtail.models import ModelLogEntry, PageLogEntry
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from press_center.briefings import registration as rules
from press_center.models import BriefingEvent, BriefingPage, BriefingRegistration, Status
from tests.factories import make_user

from .briefing_factories import at, badge_holder, calendar_attachment, edit, make_briefing, translate

pytestmark = pytest.mark.django_db

HANOI = zoneinfo.ZoneInfo("Asia/Ho_Chi_Minh")


@pytest.fixture
def briefing(schedule, venues):
    return make_briefing(
        schedule, title="Họp báo quốc tế", access="registration", capacity=2, venue=venues["a"], start=at(2, 15)
    )


@pytest.fixture
def registered(briefing):
    """Two confirmed journalists and one on the waitlist."""
    people = [badge_holder(name="Gia Linh"), badge_holder(name="Thu Trang"), badge_holder(name="Minh Khôi")]
    for person in people:
        rules.register(briefing, person, notify=False)
    return people


def briefing_form(**fields):
    """The admin's briefing form as an editor submits it: one speaker, registration, Vietnamese."""
    values = {"description": "", "status": "scheduled", "language": "vi", "access": "registration"}
    values |= {
        "speakers": inline_formset([{"name": "Trần Minh Đức", "title": "Người phát ngôn"}]),
        "materials": streamfield([]),
        "comments": inline_formset([]),
    }
    return nested_form_data(values | fields)


def urls(event, registration):
    base = f"/admin/press-centre/briefings/{event.pk}"
    return [
        ("get", "/admin/press-centre/briefings/"),
        ("get", f"{base}/"),
        ("get", f"{base}/print/"),
        ("get", f"{base}/export/csv/"),
        ("get", f"{base}/export/xlsx/"),
        ("post", f"{base}/scan/"),
        ("post", f"{base}/attendance/{registration.pk}/"),
        ("post", f"{base}/cancel/{registration.pk}/"),
    ]


@pytest.mark.parametrize("who", ["anonymous", "editor", "chief_editor"])
def test_editors_and_visitors_are_refused_every_registration_view(client, registered, who, request):
    event = BriefingEvent.objects.get()
    registration = BriefingRegistration.objects.first()
    if who != "anonymous":
        client.force_login(request.getfixturevalue(who))
    for method, url in urls(event, registration):
        response = getattr(client, method)(url, {"present": "1", "code": "x"} if method == "post" else None)
        assert response.status_code in (302, 403), url
        if response.status_code == 302:
            assert "/admin/login/" in response["Location"] or response["Location"] == "/admin/", url
        assert "Thu Trang" not in response.content.decode(errors="ignore"), url
    assert BriefingRegistration.objects.filter(status="cancelled").count() == 0
    assert not BriefingRegistration.objects.filter(attended_at__isnull=False).exists()


def test_editors_do_not_get_the_menu_item_or_the_page_button(client, briefing, registered, editor, officer):
    client.force_login(editor)
    edit_page = client.get(f"/admin/pages/{briefing.pk}/edit/")
    assert edit_page.status_code == 200
    assert "/admin/press-centre/briefings/" not in edit_page.text
    client.force_login(officer)
    edit_page = client.get(f"/admin/pages/{briefing.pk}/edit/")
    assert f"/admin/press-centre/briefings/{BriefingEvent.objects.get().pk}/" in edit_page.text


def test_officers_and_superusers_see_print_and_export(client, registered, officer):
    event = BriefingEvent.objects.get()
    superuser = make_user("root", superuser=True)
    for user in (officer, superuser):
        client.force_login(user)
        index = client.get("/admin/press-centre/briefings/")
        assert index.status_code == 200 and "Họp báo quốc tế" in index.text
        detail = client.get(f"/admin/press-centre/briefings/{event.pk}/")
        assert detail.status_code == 200
        assert "Thu Trang" in detail.text and "Minh Khôi" in detail.text
        printed = client.get(f"/admin/press-centre/briefings/{event.pk}/print/")
        assert printed.status_code == 200
        assert "briefing_print.css" in printed.text and "Ký tên" in printed.text

    csv_response = client.get(f"/admin/press-centre/briefings/{event.pk}/export/csv/")
    assert csv_response["Content-Type"] == "text/csv; charset=utf-8"
    assert csv_response["Content-Disposition"].startswith('attachment; filename="')
    assert csv_response["Content-Disposition"].endswith('-registrations.csv"')
    rows = list(csv.reader(io.StringIO(csv_response.content.decode("utf-8-sig"))))
    assert rows[0][:3] == ["STT", "Trạng thái", "Thứ tự chờ"]
    assert [row[1] for row in rows[1:]] == ["Đã xác nhận", "Đã xác nhận", "Trong danh sách chờ"]
    assert [row[5] for row in rows[1:]] == ["Lê Gia Linh", "Lê Thu Trang", "Lê Minh Khôi"]
    assert [row[2] for row in rows[1:]] == ["", "", "1"]

    xlsx = client.get(f"/admin/press-centre/briefings/{event.pk}/export/xlsx/")
    sheet = openpyxl.load_workbook(io.BytesIO(xlsx.content)).active
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert values[2][5] == "Lê Thu Trang"
    exports = ModelLogEntry.objects.filter(action="press_center.briefing_export")
    assert exports.count() == 6
    assert {entry.user for entry in exports} == {superuser}


def test_exports_neutralise_formulas(client, briefing, officer):
    journalist = badge_holder(name="x")
    journalist.family_name = "=cmd|' /C calc'!A0"
    journalist.save()
    rules.register(briefing, journalist, notify=False)
    client.force_login(officer)
    event = BriefingEvent.objects.get()
    exported = client.get(f"/admin/press-centre/briefings/{event.pk}/export/csv/").content.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(exported)))
    assert rows[1][5].startswith("'=cmd")


def test_officers_mark_attendance_by_hand_and_by_scanning_the_badge(client, registered, officer):
    event = BriefingEvent.objects.get()
    first, second, waiting = registered
    client.force_login(officer)
    registration = BriefingRegistration.objects.get(application=second)
    response = client.post(
        f"/admin/press-centre/briefings/{event.pk}/attendance/{registration.pk}/", {"present": "1"}, follow=True
    )
    assert "đã ghi nhận có mặt" in response.text
    registration.refresh_from_db()
    assert registration.attended_at is not None and registration.attended_by == officer

    response = client.post(f"/admin/press-centre/briefings/{event.pk}/scan/", {"code": first.badge_code}, follow=True)
    assert "đã ghi nhận có mặt – Đã xác nhận" in response.text
    assert BriefingRegistration.objects.get(application=first).attended_at is not None

    # Someone from the waitlist let in on a free seat is recorded too, and the officer sees they were waiting.
    response = client.post(
        f"/admin/press-centre/briefings/{event.pk}/scan/", {"code": waiting.badge_code}, follow=True
    )
    assert "đã ghi nhận có mặt – Trong danh sách chờ" in response.text

    outsider = badge_holder(name="Không Đăng Ký")
    response = client.post(
        f"/admin/press-centre/briefings/{event.pk}/scan/", {"code": outsider.badge_code}, follow=True
    )
    assert "không đăng ký dự cuộc họp báo này" in response.text

    revoked = badge_holder(status=Status.REVOKED)
    response = client.post(
        f"/admin/press-centre/briefings/{event.pk}/scan/", {"code": revoked.badge_code}, follow=True
    )
    assert "Thẻ này không còn giá trị" in response.text
    forged = first.badge_code[:-3] + "AAA"
    response = client.post(f"/admin/press-centre/briefings/{event.pk}/scan/", {"code": forged}, follow=True)
    assert "Mã thẻ này không hợp lệ." in response.text

    client.post(f"/admin/press-centre/briefings/{event.pk}/attendance/{registration.pk}/", {"present": "0"})
    registration.refresh_from_db()
    assert registration.attended_at is None
    assert ModelLogEntry.objects.filter(action="press_center.briefing_attend", user=officer).count() == 4


def test_an_officer_cancelling_a_registration_tells_the_journalist_and_promotes_the_waitlist(
    client, registered, officer
):
    event = BriefingEvent.objects.get()
    first, _second, waiting = registered
    client.force_login(officer)
    registration = BriefingRegistration.objects.get(application=first)
    response = client.post(f"/admin/press-centre/briefings/{event.pk}/cancel/{registration.pk}/", follow=True)
    assert response.status_code == 200
    assert BriefingRegistration.objects.get(application=waiting).status == "confirmed"
    withdrawn, promoted = sorted(mail.outbox, key=lambda message: message.to != [first.email])
    assert (withdrawn.to, promoted.to) == ([first.email], [waiting.email])
    assert withdrawn.subject.startswith("Đăng ký đã bị hủy: ")
    assert "Trung tâm Báo chí đã hủy đăng ký của bạn" in withdrawn.body
    _filename, _content_type, ics = calendar_attachment(withdrawn)  # removes it from her calendar
    assert "METHOD:CANCEL" in ics and "STATUS:CANCELLED" in ics
    history = client.get(f"/admin/press-centre/applications/{first.pk}/").text
    assert "Đã hủy đăng ký dự họp báo" in history or "Hủy đăng ký họp báo" in history


def test_an_editor_creates_a_briefing_in_the_admin_and_bad_times_are_refused(client, schedule, venues, editor):
    client.force_login(editor)
    add_url = f"/admin/pages/add/press_center/briefingpage/{schedule.pk}/"
    data = briefing_form(
        title="Họp báo tạo trong trang quản trị",
        slug="hop-bao-quan-tri",
        summary="Tóm tắt.",
        start="2030-01-15 09:00",
        end="2030-01-15 08:00",
        venue=venues["a"].pk,
        organiser="Ban Tổ chức",
        capacity="",
    )
    data["interpretation_languages"] = ["en", "fr"]
    response = client.post(add_url, data)
    assert response.status_code == 200
    assert "Giờ kết thúc phải sau giờ bắt đầu." in response.text
    assert "Hãy nhập số phóng viên được đăng ký." in response.text
    data.update({"end": "2030-01-15 10:00", "capacity": "30"})
    response = client.post(add_url, data)
    assert response.status_code == 302
    page = BriefingPage.objects.get(slug="hop-bao-quan-tri")
    assert page.interpretation_codes == ["en", "fr"]
    assert page.capacity == 30 and not page.live
    assert page.speakers.get().name == "Trần Minh Đức"

    edit_page = client.get(f"/admin/pages/{page.pk}/edit/")
    assert edit_page.status_code == 200
    checked = re.findall(r'name="interpretation_languages" value="(\w+)"[^>]*checked', edit_page.text)
    assert checked == ["en", "fr"]

    # Preview an unsaved change, as the editor sees it before submitting it for review.
    preview_url = f"/admin/pages/{page.pk}/edit/preview/"
    data["title"] = "Tiêu đề đang xem trước"
    assert client.post(preview_url, data).json()["is_valid"] is True
    preview = client.get(preview_url)
    assert preview.status_code == 200
    assert "Tiêu đề đang xem trước" in preview.text
    assert BriefingPage.objects.get(pk=page.pk).title == "Họp báo tạo trong trang quản trị"


def test_publishing_one_language_copies_time_and_venue_to_the_other(briefing, venues):
    english = translate(briefing, title="International briefing", summary="English summary.")
    edit(english, summary="English draft in progress.", publish_it=False)
    edit(briefing, venue=venues["b"], start=at(2, 16), end=at(2, 17), capacity=5)

    english = BriefingPage.objects.get(pk=english.pk)
    assert (english.venue, english.start, english.capacity) == (venues["b"], at(2, 16), 5)
    assert english.summary == "English summary."  # the live text is untouched
    draft = english.get_latest_revision_as_object()
    assert draft.summary == "English draft in progress."  # the translator's draft is kept …
    assert (draft.venue_id, draft.start) == (venues["b"].pk, at(2, 16))  # … and carries the new facts
    assert english.has_unpublished_changes
    assert PageLogEntry.objects.filter(page=english, action="press_center.briefing_sync").exists()
    event = BriefingEvent.objects.get()
    assert event.changes.count() == 1

    # Publishing the translator's draft later records no new change.
    from core.pages import publish

    publish(english.get_latest_revision_as_object())
    assert event.changes.count() == 1


def test_a_briefing_with_registered_journalists_is_cancelled_before_it_can_be_unpublished(
    client, briefing, registered, chief_editor
):
    client.force_login(chief_editor)
    unpublish = f"/admin/pages/{briefing.pk}/unpublish/"

    response = client.post(unpublish, follow=True)

    assert BriefingPage.objects.get(pk=briefing.pk).live
    assert response.redirect_chain[-1][0] == f"/admin/pages/{briefing.pk}/edit/"
    assert "“Họp báo quốc tế” có 3 nhà báo đã đăng ký" in response.text
    assert "Gia Linh" not in response.text, "editors never see who registered"

    mail.outbox.clear()
    edit(briefing, status="cancelled")
    assert len(mail.outbox) == 3, "cancelling tells every journalist, waitlist included"
    client.post(unpublish)
    assert not BriefingPage.objects.get(pk=briefing.pk).live


def test_briefings_without_registrations_or_already_past_are_unpublished_as_usual(
    client, schedule, briefing, chief_editor
):
    client.force_login(chief_editor)
    past = make_briefing(schedule, access="registration", capacity=5, start=at(-2, 9))
    rules.register(past, badge_holder(name="Hải Yến"), notify=False, now=at(-3, 9))

    for page in (briefing, past):
        client.post(f"/admin/pages/{page.pk}/unpublish/")
        assert not BriefingPage.objects.get(pk=page.pk).live


def test_the_capacity_cannot_drop_below_the_confirmed_places(client, briefing, registered, editor):
    client.force_login(editor)
    data = briefing_form(
        title=briefing.title,
        slug=briefing.slug,
        summary=briefing.summary,
        start=briefing.start.astimezone(HANOI).strftime("%Y-%m-%d %H:%M"),
        end=briefing.end.astimezone(HANOI).strftime("%Y-%m-%d %H:%M"),
        venue=briefing.venue_id,
        organiser=briefing.organiser,
        capacity="1",
    )
    edit_url = f"/admin/pages/{briefing.pk}/edit/"

    response = client.post(edit_url, data)

    assert response.status_code == 200
    assert "2 nhà báo đã có chỗ được xác nhận; không thể giảm số chỗ thấp hơn." in response.text
    assert BriefingPage.objects.get(pk=briefing.pk).get_latest_revision_as_object().capacity == 2

    data["capacity"] = "2"
    assert client.post(edit_url, data).status_code == 302
