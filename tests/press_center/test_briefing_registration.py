"""Registering for briefings from the private status link: who may, capacity, the waitlist, e-mails."""

import datetime
import threading

import pytest
import time_machine
from icalendar import Calendar

from django.conf import settings
from django.core import mail
from django.db import connection
from django.utils import timezone

from press_center.briefings import registration as rules
from press_center.models import BriefingRegistration, Status

from .briefing_factories import (
    at,
    badge_holder,
    calendar_attachment,
    edit,
    make_briefing,
    registrations_url,
    translate,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def briefing(schedule, venues):
    return make_briefing(
        schedule, title="Họp báo có giới hạn chỗ", access="registration", capacity=2, venue=venues["a"], start=at(3, 9)
    )


def register_url(application, briefing, action="register", language="vi"):
    return f"{registrations_url(application, language)}{briefing.pk}/{action}/"


def test_an_accredited_journalist_registers_from_the_status_link(client, briefing):
    journalist = badge_holder(name="Thu Trang")
    status_page = client.get(journalist.status_path("vi")).text
    assert f'href="{registrations_url(journalist)}"' in status_page

    listing = client.get(registrations_url(journalist))
    assert listing.status_code == 200
    assert listing["X-Robots-Tag"] == "noindex, nofollow"
    assert "Họp báo có giới hạn chỗ" in listing.text
    assert "còn 2 chỗ" in listing.text

    response = client.post(register_url(journalist, briefing), follow=True)
    assert "Bạn đã đăng ký dự “Họp báo có giới hạn chỗ”." in response.text
    assert "Bạn đã đăng ký." in response.text
    registration = BriefingRegistration.objects.get()
    assert (registration.application, registration.status) == (journalist, "confirmed")

    (message,) = mail.outbox
    assert message.to == [journalist.email]
    assert message.subject == "Đã đăng ký: Họp báo có giới hạn chỗ"
    assert "Phòng A, Tầng 1" in message.body
    html, _mimetype = message.alternatives[0]
    assert "Họp báo có giới hạn chỗ" in html
    filename, content_type, ics = calendar_attachment(message)
    assert filename == f"{briefing.slug}.ics"
    # An invitation (RFC 5546) that the journalist's calendar files as one event and updates later.
    assert content_type.startswith("text/calendar") and 'method="REQUEST"' in content_type
    assert "METHOD:REQUEST" in ics and "BEGIN:VEVENT" in ics
    event = Calendar.from_ical(ics).walk("VEVENT")[0]
    assert (str(event["ATTENDEE"]), event["ATTENDEE"].params["CN"]) == (
        f"mailto:{journalist.email}",
        journalist.full_name,
    )
    assert event["ORGANIZER"].params["CN"] == "Trung tâm báo chí"  # the press-centre page

    # Registering twice changes nothing and sends nothing more.
    client.post(register_url(journalist, briefing))
    assert BriefingRegistration.objects.count() == 1
    assert len(mail.outbox) == 1


def test_past_capacity_journalists_wait_in_order_and_a_cancellation_promotes_the_first(client, briefing):
    first, second, third, fourth = (badge_holder() for _ in range(4))
    for journalist in (first, second, third, fourth):
        rules.register(briefing, journalist)
    statuses = dict(BriefingRegistration.objects.values_list("application_id", "status"))
    assert [statuses[j.pk] for j in (first, second, third, fourth)] == [
        "confirmed",
        "confirmed",
        "waitlisted",
        "waitlisted",
    ]
    waiting = client.get(registrations_url(fourth)).text
    assert "Bạn đứng thứ 2 trong danh sách chờ." in waiting

    mail.outbox.clear()
    response = client.post(register_url(first, briefing, "cancel"), follow=True)
    assert "Đã hủy đăng ký của bạn cho “Họp báo có giới hạn chỗ”." in response.text
    statuses = dict(BriefingRegistration.objects.values_list("application_id", "status"))
    assert [statuses[j.pk] for j in (first, second, third, fourth)] == [
        "cancelled",
        "confirmed",
        "confirmed",
        "waitlisted",
    ]
    (message,) = mail.outbox
    assert message.to == [third.email]
    assert message.subject == "Bạn đã có chỗ: Họp báo có giới hạn chỗ"
    assert "Bạn đứng thứ 1 trong danh sách chờ." in client.get(registrations_url(fourth)).text


def test_a_journalist_writing_in_english_gets_english(client, schedule, briefing):
    translate(briefing, title="Briefing with limited places")
    journalist = badge_holder(language="en")
    response = client.post(register_url(journalist, briefing), follow=True)
    assert response.status_code == 200
    (message,) = mail.outbox
    assert message.subject == "Registered: Briefing with limited places"
    assert "Room A, Ground floor" in message.body


@pytest.mark.parametrize(
    ("status", "valid_until", "message"),
    [
        (Status.REJECTED, None, "Hồ sơ đăng ký thẻ tác nghiệp của bạn không được duyệt"),
        (Status.REVOKED, None, "Thẻ tác nghiệp của bạn đã bị thu hồi"),
        (Status.APPROVED, -1, "Thẻ của bạn đã hết hạn ngày"),
        (Status.UNDER_REVIEW, None, "Bạn có thể đăng ký dự họp báo khi hồ sơ được duyệt"),
        (Status.WAITLISTED, None, "Bạn có thể đăng ký dự họp báo khi hồ sơ được duyệt"),
        (Status.APPROVED, 1, "Thẻ của bạn chỉ có giá trị đến"),
    ],
    ids=["rejected", "revoked", "expired", "unknown-under-review", "unknown-waitlisted", "expires-before"],
)
def test_invalid_badges_cannot_register_and_are_told_why(client, briefing, status, valid_until, message):
    until = timezone.localdate() + datetime.timedelta(days=valid_until) if valid_until is not None else None
    journalist = badge_holder(status=status, valid_until=until)
    listing = client.get(registrations_url(journalist)).text
    assert message in listing
    assert ("Bạn không thể đăng ký dự họp báo." in listing) is (valid_until != 1)
    assert 'action="' + register_url(journalist, briefing) not in listing

    response = client.post(register_url(journalist, briefing), follow=True)
    assert message in response.text
    assert not BriefingRegistration.objects.exists()
    assert mail.outbox == []


def test_invalid_badges_in_english(client, schedule_en, briefing):
    translate(briefing, title="Briefing with limited places")
    journalist = badge_holder(status=Status.REVOKED, language="en")
    english = briefing.get_translation(schedule_en.locale)
    response = client.post(register_url(journalist, english, language="en"), follow=True)
    assert "Your accreditation has been revoked, so your badge cannot be used to register." in response.text
    assert not BriefingRegistration.objects.exists()


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"access": "accredited", "capacity": None}, "Cuộc họp báo này không cần đăng ký"),
        ({"status": "cancelled"}, "Cuộc họp báo này đã bị hủy."),
        ({"status": "postponed"}, "Cuộc họp báo này đã hoãn"),
        ({"registration_closes_at": "past"}, "Đăng ký dự cuộc họp báo này đã đóng lúc"),
        ({"start": "past"}, "Cuộc họp báo này đã bắt đầu hoặc đã diễn ra."),
    ],
    ids=["no-registration", "cancelled", "postponed", "deadline-passed", "started"],
)
def test_closed_registrations_get_a_clear_error(client, briefing, changes, message):
    if changes.get("registration_closes_at") == "past":
        changes = {"registration_closes_at": timezone.now() - datetime.timedelta(hours=1)}
    if changes.get("start") == "past":
        changes = {
            "start": timezone.now() - datetime.timedelta(minutes=10),
            "end": timezone.now() + datetime.timedelta(hours=1),
        }
    briefing = edit(briefing, **changes)
    journalist = badge_holder()
    response = client.post(register_url(journalist, briefing), follow=True)
    assert response.status_code == 200
    assert message in response.text
    assert not BriefingRegistration.objects.exists()


def test_the_registration_deadline_is_checked_when_the_request_arrives(briefing):
    edit(briefing, registration_closes_at=at(2, 18))
    journalist = badge_holder()
    with time_machine.travel(at(2, 18, 1)), pytest.raises(rules.RegistrationError) as error:
        rules.register(briefing, journalist)
    assert error.value.code == "closed"


def test_a_wrong_link_gets_nothing(client, briefing):
    journalist = badge_holder()
    wrong = registrations_url(journalist).replace(journalist.status_token, "0" * 32)
    assert client.get(wrong).status_code == 404
    assert client.post(wrong + f"{briefing.pk}/register/").status_code == 404
    assert not BriefingRegistration.objects.exists()


def test_a_briefing_of_another_schedule_or_unpublished_is_not_found(client, schedule, schedule_en):
    journalist = badge_holder()
    draft = make_briefing(schedule, access="registration", capacity=5, live=False)
    english = make_briefing(schedule_en, access="registration", capacity=5)
    assert client.post(register_url(journalist, draft)).status_code == 404
    assert client.post(register_url(journalist, english)).status_code == 404
    assert client.post(register_url(journalist, english, action="delete")).status_code == 404
    assert client.get(register_url(journalist, english)).status_code == 405


def test_capacity_is_shared_by_both_languages(client, schedule_en, briefing):
    english = translate(briefing, title="Briefing with limited places")
    vi_journalist, en_journalist, late = badge_holder(), badge_holder(language="en"), badge_holder(language="en")
    client.post(register_url(vi_journalist, briefing))
    client.post(register_url(en_journalist, english, language="en"))
    client.post(register_url(late, english, language="en"))
    assert list(BriefingRegistration.objects.order_by("pk").values_list("status", flat=True)) == [
        "confirmed",
        "confirmed",
        "waitlisted",
    ]


def test_raising_the_capacity_promotes_the_waitlist(briefing):
    journalists = [badge_holder() for _ in range(3)]
    for journalist in journalists:
        rules.register(briefing, journalist)
    mail.outbox.clear()
    edit(briefing, capacity=3)
    assert set(BriefingRegistration.objects.values_list("status", flat=True)) == {"confirmed"}
    assert [message.to for message in mail.outbox] == [[journalists[2].email]]


def test_registered_journalists_are_told_about_changes_and_cancellation(briefing, venues):
    vietnamese, english = badge_holder(), badge_holder(language="en")
    translate(briefing, title="Briefing with limited places")
    rules.register(briefing, vietnamese)
    rules.register(briefing, english)
    mail.outbox.clear()

    edit(briefing, venue=venues["b"])
    by_address = {message.to[0]: message for message in mail.outbox}
    assert by_address[vietnamese.email].subject == "Thay đổi: Họp báo có giới hạn chỗ"
    assert "chuyển sang Phòng B (trước: Phòng A)" in by_address[vietnamese.email].body
    assert by_address[english.email].subject == "Changed: Briefing with limited places"
    assert "moved to Room B (was Room A)" in by_address[english.email].body

    mail.outbox.clear()
    edit(briefing, summary="Chỉ sửa phần tóm tắt.")
    assert mail.outbox == []

    edit(briefing, status="cancelled")
    assert sorted(message.subject for message in mail.outbox) == [
        "Cancelled: Briefing with limited places",
        "Đã hủy: Họp báo có giới hạn chỗ",
    ]
    _filename, content_type, cancelled_ics = calendar_attachment(mail.outbox[0])
    assert "STATUS:CANCELLED" in cancelled_ics and "METHOD:CANCEL" in cancelled_ics
    assert 'method="CANCEL"' in content_type


def test_registering_is_rate_limited_per_journalist(client, briefing):
    journalist, colleague = badge_holder(), badge_holder()
    url = register_url(journalist, briefing, "cancel")
    for _ in range(60):
        client.post(url)
    assert client.post(url).status_code == 429
    # The colleague on the same Wi-Fi registers as usual.
    assert client.post(register_url(colleague, briefing)).status_code == 302


@pytest.mark.skipif(
    settings.DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql", reason="needs PostgreSQL"
)
@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_fifty_simultaneous_registrations_never_overbook_ten_places(site_tree):
    from press_center.models import BriefingSchedulePage

    schedule = BriefingSchedulePage.objects.get(locale__language_code="vi")
    briefing = make_briefing(schedule, access="registration", capacity=10, start=at(4, 10))
    journalists = [badge_holder() for _ in range(50)]
    barrier = threading.Barrier(50)
    errors, results = [], {}

    def worker(journalist):
        try:
            barrier.wait()
            results[journalist.pk] = rules.register(briefing, journalist).status
        except Exception as error:
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=worker, args=(journalist,)) for journalist in journalists]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    registrations = list(BriefingRegistration.objects.order_by("queued_at", "pk"))
    assert len(registrations) == 50
    statuses = [registration.status for registration in registrations]
    # Arrival order: the first ten through the lock hold the places, the other forty queue behind them.
    assert statuses == ["confirmed"] * 10 + ["waitlisted"] * 40
    assert [registration.pk for registration in registrations] == sorted(r.pk for r in registrations)
    assert {r.application_id: r.status for r in registrations} == results
    waitlist = registrations[10:]
    assert [registration.waitlist_position() for registration in waitlist] == list(range(1, 41))
    assert len(mail.outbox) == 50

    mail.outbox.clear()
    rules.cancel(registrations[3])
    promoted = BriefingRegistration.objects.get(pk=waitlist[0].pk)
    assert promoted.status == "confirmed" and promoted.promoted_at is not None
    assert BriefingRegistration.objects.filter(status="confirmed").count() == 10
    assert BriefingRegistration.objects.get(pk=waitlist[1].pk).waitlist_position() == 1
    (message,) = mail.outbox
    assert message.to == [promoted.application.email]


def test_revoking_a_badge_releases_its_places_and_stops_its_e_mails(briefing, schedule, officer):
    from press_center import accreditation

    past = make_briefing(schedule, access="registration", capacity=2, start=at(-1, 9))
    revoked, waiting = badge_holder(), badge_holder()
    BriefingRegistration.objects.create(event=past.event, application=revoked, status="confirmed")
    other = badge_holder()
    rules.register(briefing, revoked)
    rules.register(briefing, other)
    rules.register(briefing, waiting)  # the briefing is full: third in line waits
    mail.outbox.clear()

    accreditation.revoke(revoked, officer, "Thẻ bị sử dụng sai mục đích.")

    statuses = dict(BriefingRegistration.objects.filter(event=briefing.event).values_list("application_id", "status"))
    assert statuses == {revoked.pk: "cancelled", other.pk: "confirmed", waiting.pk: "confirmed"}
    # The briefing that took place keeps its history.
    assert BriefingRegistration.objects.get(event=past.event, application=revoked).status == "confirmed"
    by_recipient = {message.to[0]: message for message in mail.outbox}
    assert set(by_recipient) == {revoked.email, waiting.email}
    assert by_recipient[waiting.email].subject == "Bạn đã có chỗ: Họp báo có giới hạn chỗ"
    assert "Đăng ký của bạn cho 1 cuộc họp báo sắp tới đã bị hủy." in by_recipient[revoked.email].body

    # A change to the briefing is no longer sent to the revoked journalist, even one queued for them.
    mail.outbox.clear()
    from press_center.briefings import notifications

    registration = BriefingRegistration.objects.get(event=briefing.event, application=revoked)
    notifications.send(registration, "changed")
    assert mail.outbox == []
