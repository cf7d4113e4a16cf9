"""Outlet staff lists: a focal point registers the outlet and its people, each completes their own details,
the officer approves the outlet and its people together; quotas hold and nothing is half-stored."""

import re
import unicodedata

import pytest

from django.core import mail

from press_center import accreditation, staff_lists
from press_center.models import Application, Outlet, StaffList, Status

from .factories import form_data, letter_upload, photo_upload, upload, vetting_user
from .test_apply import stored_files

pytestmark = pytest.mark.django_db

PEOPLE = [
    ("Trần", "Thị Mai", "mai.tran@example.org", "reporter", "Phóng viên"),
    ("Lê", "Quang Huy", "huy.le@example.org", "photographer", "Phóng viên ảnh"),
    ("Phạm", "Đức Long", "long.pham@example.org", "camera_operator", "Quay phim"),
]


def list_data(people=PEOPLE, rows=None, **overrides):
    """The staff-list form as a browser posts it: the outlet, the focal point and the rows of people."""
    rows = rows or max(len(people), 1)
    data = {
        "outlet": "",
        "new_outlet": "Đài Truyền hình Thử Nghiệm",
        "kind": "television",
        "country": "VN",
        "focal_name": "Hoàng Thu Hà",
        "focal_position": "Thư ký toà soạn",
        "focal_email": "thuky@example.org",
        "focal_phone": "+84 24 3825 0000",
        "consent": "on",
        "website": "",
        "people-TOTAL_FORMS": str(rows),
        "people-INITIAL_FORMS": "0",
        "people-MIN_NUM_FORMS": "1",
        "people-MAX_NUM_FORMS": "50",
    }
    for index in range(rows):
        family, given, email, category, position = people[index] if index < len(people) else ("",) * 5
        data.update(
            {
                f"people-{index}-family_name": family,
                f"people-{index}-given_names": given,
                f"people-{index}-email": email,
                f"people-{index}-category": category,
                f"people-{index}-position": position,
            }
        )
    data.update(overrides)
    return data


@pytest.fixture
def register_url(press_page):
    return press_page.url + press_page.reverse_subpage("register_outlet")


@pytest.fixture
def send_list(client, register_url, accreditation_settings):
    accreditation_settings.new_outlet_quota = 10
    accreditation_settings.save()

    def post(letter=None, **kwargs):
        return client.post(register_url, {**list_data(**kwargs), "letter": letter or letter_upload()})

    return post


def link_in(message):
    return re.search(r"https?://\S+", message.body).group(0).removeprefix("http://localhost")


def complete_data(**overrides):
    data = form_data(**overrides)
    for name in ("category", "origin", "outlet", "new_outlet", "position", "email"):
        data.pop(name)
    return {**data, "photo": photo_upload()}


def test_a_focal_point_lists_three_people_who_each_get_a_private_link(client, send_list, press_page):
    response = send_list(rows=5)  # two empty rows are ignored
    assert response.status_code == 302
    staff_list = StaffList.objects.get()
    outlet = staff_list.outlet
    assert (outlet.name, outlet.kind, outlet.country.code, outlet.origin) == (
        "Đài Truyền hình Thử Nghiệm",
        "television",
        "VN",
        "domestic",
    )
    people = list(staff_list.people_in_order())
    assert [person.email for person in people] == [email for _f, _g, email, _c, _p in PEOPLE]
    assert {person.status for person in people} == {Status.INVITED}
    assert all(person.awaiting_details for person in people)

    # Each person is e-mailed their own link; the focal point gets the list's page, not the people's links.
    by_address = {message.to[0]: message for message in mail.outbox}
    assert set(by_address) == {"thuky@example.org", *(email for _f, _g, email, _c, _p in PEOPLE)}
    mai = people[0]
    assert "Hoàng Thu Hà" in by_address["mai.tran@example.org"].body
    assert mai.status_url() in by_address["mai.tran@example.org"].body
    focal = by_address["thuky@example.org"]
    assert staff_list.url() in focal.body and "3" in focal.body
    assert not any(person.status_url() in focal.body for person in people)

    confirmation = client.get(response["Location"])
    assert staff_list.reference in confirmation.text and staff_list.path() in confirmation.text


def test_the_list_beyond_the_outlets_quota_goes_on_the_waitlist_in_list_order(send_list, accreditation_settings):
    outlet = Outlet.objects.create(name="Đài Truyền hình Thử Nghiệm", quota=2, origin="domestic")
    send_list()
    statuses = [person.status for person in StaffList.objects.get().people_in_order()]
    assert statuses == [Status.INVITED, Status.INVITED, Status.WAITLISTED]
    assert outlet.places_taken() == 2
    waitlisted = Application.objects.get(email_key="long.pham@example.org")
    (message,) = [message for message in mail.outbox if message.to == [waitlisted.email]]
    assert "danh sách chờ" in message.body and waitlisted.status_url() in message.body


def test_a_listed_person_completes_their_details_by_their_link(client, send_list, press_page):
    send_list()
    mai = Application.objects.get(email_key="mai.tran@example.org")
    page = client.get(mai.status_path())
    assert page.status_code == 200 and "Hoàn thiện thông tin" in page.text
    assert 'value="Trần"' in page.text  # the name the focal point typed, to check against the ID

    decomposed = unicodedata.normalize("NFD", "Trần")
    response = client.post(
        mai.status_path() + "complete/", complete_data(family_name=decomposed, given_names="Thị Mai")
    )
    assert response.status_code == 200
    mai.refresh_from_db()
    assert mai.status == Status.SUBMITTED
    assert (mai.family_name, mai.document_number, mai.date_of_birth.isoformat()) == (
        "Trần",
        "001088012345",
        "1988-04-12",
    )
    assert mai.photo and mai.category == "reporter" and mai.staff_list_id
    assert not mai.awaiting_details

    # A second post (a double click, the back button) changes nothing.
    again = client.post(mai.status_path() + "complete/", complete_data(document_number="999999999"))
    assert again.status_code == 302
    mai.refresh_from_db()
    assert mai.document_number == "001088012345"


def test_bad_completion_shows_errors_and_stores_nothing(client, send_list, settings):
    send_list()
    before = stored_files(settings)
    mai = Application.objects.get(email_key="mai.tran@example.org")
    svg = upload("photo.svg", b"<svg xmlns='http://www.w3.org/2000/svg'/>", "image/svg+xml")
    response = client.post(
        mai.status_path() + "complete/",
        {**complete_data(press_card_number="", date_of_birth="2020-01-01"), "photo": svg},
    )
    assert response.status_code == 400
    assert "thẻ nhà báo" in response.text  # a domestic reporter's press card is required
    assert "kiểm tra lại ngày sinh" in response.text
    mai.refresh_from_db()
    assert mai.status == Status.INVITED and not mai.document_key
    assert stored_files(settings) == before


def test_an_invited_person_cannot_be_approved_before_completing(send_list, officer):
    send_list()
    mai = Application.objects.get(email_key="mai.tran@example.org")
    assert "approve" not in accreditation.allowed_actions(mai)
    with pytest.raises(accreditation.TransitionError):
        accreditation.approve(mai, officer)
    assert "reject" in accreditation.allowed_actions(mai)


def test_the_officer_approves_the_outlet_and_its_completed_people_in_bulk(client, send_list, officer):
    send_list()
    staff_list = StaffList.objects.get()
    mai, huy, long = staff_list.people_in_order()
    for person, document in ((mai, "001088000001"), (huy, "001088000002")):
        client.post(
            person.status_path() + "complete/",
            complete_data(document_number=document, family_name=person.family_name, given_names=person.given_names),
        )
    approved, failed = staff_lists.approve(staff_list, officer)
    assert sorted(application.email for application in approved) == ["huy.le@example.org", "mai.tran@example.org"]
    assert failed == []
    long.refresh_from_db()
    assert long.status == Status.INVITED  # still waiting for their own details
    assert Application.objects.get(pk=mai.pk).status == Status.VETTING
    staff_list.refresh_from_db()
    assert staff_list.approved_at is not None
    assert any(message.to == ["thuky@example.org"] and "phê duyệt" in message.subject for message in mail.outbox)


def test_the_focal_points_page_shows_progress_but_no_personal_data(client, send_list):
    send_list()
    staff_list = StaffList.objects.get()
    mai = Application.objects.get(email_key="mai.tran@example.org")
    client.post(mai.status_path() + "complete/", complete_data(family_name="Trần", given_names="Thị Mai"))
    page = client.get(staff_list.path())
    assert page.status_code == 200
    assert "Trần Thị Mai" in page.text and "Đã nộp" in page.text
    assert "001088012345" not in page.text and "1988" not in page.text
    assert page["Cache-Control"].startswith("max-age=0") or "no-cache" in page["Cache-Control"]
    assert client.get(staff_list.path().replace(staff_list.token, "0" * 32)).status_code == 404


def test_the_focal_point_adds_people_later_within_the_quota(client, send_list):
    send_list(people=PEOPLE[:1])
    staff_list = StaffList.objects.get()
    staff_list.outlet.quota = 2
    staff_list.outlet.save()
    added = client.post(
        staff_list.path(), {k: v for k, v in list_data(people=PEOPLE[1:]).items() if k.startswith("people-")}
    )
    assert added.status_code == 200
    assert [person.status for person in staff_list.people_in_order()] == [
        Status.INVITED,
        Status.INVITED,
        Status.WAITLISTED,
    ]


def test_the_same_email_twice_or_an_existing_applicant_is_refused_and_nothing_is_stored(send_list, settings, submit):
    twice = send_list(people=[PEOPLE[0], (*PEOPLE[1][:2], PEOPLE[0][2], *PEOPLE[1][3:])])
    assert twice.status_code == 200 and "đã có trong danh sách" in twice.text
    submit(email="long.pham@example.org")  # applied on his own already
    before = stored_files(settings)
    response = send_list()
    assert response.status_code == 200 and "long.pham@example.org" in response.text
    assert not StaffList.objects.exists()
    assert Application.objects.count() == 1
    assert stored_files(settings) == before


def test_an_outlet_is_registered_once(send_list):
    assert send_list(people=PEOPLE[:1]).status_code == 302
    second = send_list(people=PEOPLE[1:], focal_email="other@example.org", new_outlet="đài truyền hình  thử nghiệm")
    assert second.status_code == 200 and "đã được đăng ký" in second.text
    assert StaffList.objects.count() == 1 and Application.objects.count() == 1


def test_a_cleared_listed_person_gets_a_badge_like_anyone(client, send_list, officer):
    send_list(people=PEOPLE[:1])
    mai = Application.objects.get()
    client.post(mai.status_path() + "complete/", complete_data(family_name="Trần", given_names="Thị Mai"))
    (approved,), _failed = staff_lists.approve(StaffList.objects.get(), officer)
    badge = accreditation.clear(approved, vetting_user())
    assert badge.status == Status.APPROVED and badge.badge_number
    assert client.get(badge.status_path() + "badge/")["Content-Type"] == "application/pdf"


def test_officers_see_the_list_and_approve_it_from_the_admin(client, send_list, officer):
    send_list()
    staff_list = StaffList.objects.get()
    mai = staff_list.people_in_order()[0]
    client.post(mai.status_path() + "complete/", complete_data(family_name="Trần", given_names="Thị Mai"))
    client.force_login(officer)
    index = client.get("/admin/press-centre/staff-lists/")
    assert index.status_code == 200 and staff_list.reference in index.text
    assert client.get("/admin/press-centre/staff-lists/?q=truyen hinh").status_code == 200
    detail = client.get(f"/admin/press-centre/staff-lists/{staff_list.pk}/")
    assert detail.status_code == 200
    assert "Hoàng Thu Hà" in detail.text and mai.reference in detail.text
    letter = client.get(f"/admin/press-centre/staff-lists/{staff_list.pk}/letter/")
    assert letter.status_code == 200 and letter["Content-Type"] == "application/pdf"
    application_page = client.get(f"/admin/press-centre/applications/{mai.pk}/")
    assert staff_list.reference in application_page.text

    response = client.post(f"/admin/press-centre/staff-lists/{staff_list.pk}/approve/")
    assert response.status_code == 302
    mai.refresh_from_db()
    assert mai.status == Status.VETTING
    assert [person.status for person in staff_list.people_in_order()][1:] == [Status.INVITED, Status.INVITED]


def test_vetting_and_editors_cannot_open_staff_lists(client, send_list, editor):
    send_list()
    staff_list = StaffList.objects.get()
    for user in (editor, vetting_user()):
        client.force_login(user)
        assert client.get(f"/admin/press-centre/staff-lists/{staff_list.pk}/").status_code in (302, 403)
        assert client.get(f"/admin/press-centre/staff-lists/{staff_list.pk}/letter/").status_code in (302, 403)
        assert client.post(f"/admin/press-centre/staff-lists/{staff_list.pk}/approve/").status_code in (302, 403)
    assert staff_list.people.filter(status=Status.VETTING).count() == 0


def test_the_purge_keeps_a_lists_letter_while_its_people_are_kept_and_then_clears_it(
    send_list, settings, django_capture_on_commit_callbacks
):
    import datetime

    from django.utils import timezone

    from press_center import purge

    send_list(people=PEOPLE[:1])
    staff_list = StaffList.objects.get()
    letter = staff_list.letter.name
    # The letter is no orphan, however old: the orphan sweep leaves it.
    assert letter not in purge.orphan_files(now=timezone.now() + datetime.timedelta(days=30))

    person = staff_list.people.get()
    with django_capture_on_commit_callbacks(execute=True):
        purge.purge_before(person.coverage_ends + datetime.timedelta(days=1))
    staff_list.refresh_from_db()
    assert staff_list.purged_at and staff_list.focal_email == "" and not staff_list.letter
    assert not any(letter.endswith(name) for name in stored_files(settings))
