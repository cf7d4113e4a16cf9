"""The iCalendar feeds, read back with the icalendar package the way a calendar app would."""

import datetime
import zoneinfo

import pytest
import time_machine
from icalendar import Calendar

from django.utils import timezone

from press_center.models import BriefingEvent

from .briefing_factories import at, edit, make_briefing, translate

pytestmark = pytest.mark.django_db

HANOI = zoneinfo.ZoneInfo("Asia/Ho_Chi_Minh")


def feed(client, schedule):
    response = client.get(schedule.url + "calendar/")
    assert response.status_code == 200
    return response, Calendar.from_ical(response.content)


def events_by_uid(calendar):
    return {str(event["UID"]): event for event in calendar.walk("VEVENT")}


def uid_of(page):
    return f"{page.translation_key}@briefings.press-centre"


def test_the_feed_gives_times_in_hanoi_with_its_timezone(client, schedule, venues):
    briefing = make_briefing(
        schedule,
        title="Họp báo thường kỳ",
        start=at(3, 9, 30),
        minutes=90,
        venue=venues["a"],
        livestream_url="https://video.example.org/truc-tiep/1",
    )
    response, calendar = feed(client, schedule)

    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Content-Disposition"] == 'inline; filename="lich-hop-bao-vi.ics"'
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Asia/Ho_Chi_Minh"]
    assert b"REFRESH-INTERVAL;VALUE=DURATION:PT1H\r\n" in response.content  # RFC 7986 requires the VALUE
    assert "METHOD" not in calendar  # a published feed, not an invitation
    event = events_by_uid(calendar)[uid_of(briefing)]
    start, end = event.decoded("DTSTART"), event.decoded("DTEND")
    assert event["DTSTART"].params["TZID"] == "Asia/Ho_Chi_Minh"
    assert (start.astimezone(HANOI).hour, start.astimezone(HANOI).minute) == (9, 30)
    assert start == briefing.start and end - start == datetime.timedelta(minutes=90)
    assert start.utcoffset() == datetime.timedelta(hours=7)
    assert str(event["SUMMARY"]) == "Họp báo thường kỳ"
    assert str(event["LOCATION"]) == "Phòng A, Tầng 1"
    assert "https://video.example.org/truc-tiep/1" in str(event["DESCRIPTION"])
    assert "Trần Minh Đức" in str(event["DESCRIPTION"])
    assert str(event["STATUS"]) == "CONFIRMED"
    assert event["SEQUENCE"] == 0
    assert event.decoded("LAST-MODIFIED") == event.decoded("DTSTAMP")
    assert str(event["URL"]).endswith(briefing.url)


def test_an_edit_after_publication_raises_sequence_and_adds_a_change_note(client, schedule, venues):
    briefing = make_briefing(schedule, start=at(3, 14), venue=venues["a"])
    _response, before = feed(client, schedule)
    first = events_by_uid(before)[uid_of(briefing)]

    # The new times are taken before travelling: near midnight, "three days from now" would be another day.
    new_start, new_end = at(3, 15), at(3, 16)
    with time_machine.travel(timezone.now() + datetime.timedelta(minutes=30), tick=False):
        edit(briefing, venue=venues["b"], start=new_start, end=new_end)
        _response, after = feed(client, schedule)
    event = events_by_uid(after)[uid_of(briefing)]

    assert event["SEQUENCE"] == first["SEQUENCE"] + 1
    assert event.decoded("LAST-MODIFIED") > first.decoded("LAST-MODIFIED")
    assert event.decoded("DTSTART").astimezone(HANOI).hour == 15
    assert str(event["LOCATION"]) == "Phòng B, Tầng 2"
    description = str(event["DESCRIPTION"])
    assert "chuyển sang Phòng B (trước: Phòng A)" in description
    assert "giờ đổi thành 15:00–16:00 (trước: 14:00–15:00)" in description

    page = client.get(briefing.url).text
    assert "chuyển sang Phòng B (trước: Phòng A)" in page
    assert "Cập nhật" in page


def test_each_published_change_raises_sequence_but_drafts_do_not(client, schedule):
    briefing = make_briefing(schedule)
    edit(briefing, title="Tên mới của cuộc họp báo")
    edit(briefing, summary="Tóm tắt đã sửa lần thứ hai.")
    edit(briefing, summary="Bản nháp chưa xuất bản.", publish_it=False)
    event = events_by_uid(feed(client, schedule)[1])[uid_of(briefing)]
    assert event["SEQUENCE"] == 2
    assert str(event["SUMMARY"]) == "Tên mới của cuộc họp báo"
    assert "Bản nháp" not in str(event["DESCRIPTION"])


def test_a_cancellation_gives_status_cancelled_in_the_feed_and_the_ics(client, schedule):
    briefing = make_briefing(schedule, title="Họp báo sẽ bị hủy")
    edit(briefing, status="cancelled", status_note="Nội dung chuyển sang họp báo thường kỳ.")
    event = events_by_uid(feed(client, schedule)[1])[uid_of(briefing)]
    assert str(event["STATUS"]) == "CANCELLED"
    assert event["SEQUENCE"] == 1
    assert str(event["SUMMARY"]) == "Đã hủy: Họp báo sẽ bị hủy"

    single = client.get(briefing.url + "calendar/")
    assert single["Content-Type"] == "text/calendar; charset=utf-8"
    assert single["Content-Disposition"] == f'attachment; filename="{briefing.slug}.ics"'
    (only,) = Calendar.from_ical(single.content).walk("VEVENT")
    assert str(only["STATUS"]) == "CANCELLED"
    assert str(only["UID"]) == uid_of(briefing)
    assert "Nội dung chuyển sang họp báo thường kỳ." in str(only["DESCRIPTION"])


def test_a_postponed_briefing_is_tentative(client, schedule):
    briefing = make_briefing(schedule)
    edit(briefing, status="postponed")
    event = events_by_uid(feed(client, schedule)[1])[uid_of(briefing)]
    assert str(event["STATUS"]) == "TENTATIVE"


def test_both_languages_describe_the_same_event(client, schedule, schedule_en, venues):
    briefing = make_briefing(schedule, venue=venues["a"])
    english = translate(briefing, title="Regular briefing")
    edit(briefing, venue=venues["b"])

    vi_event = events_by_uid(feed(client, schedule)[1])[uid_of(briefing)]
    en_event = events_by_uid(feed(client, schedule_en)[1])[uid_of(briefing)]
    assert str(en_event["SUMMARY"]) == "Regular briefing"
    assert str(en_event["LOCATION"]) == "Room B, First floor"
    assert "moved to Room B (was Room A)" in str(en_event["DESCRIPTION"])
    assert vi_event["SEQUENCE"] == en_event["SEQUENCE"] == BriefingEvent.objects.get().sequence
    assert english.translation_key == briefing.translation_key


def test_the_feed_leaves_out_drafts_and_other_languages(client, schedule, schedule_en):
    live = make_briefing(schedule)
    draft = make_briefing(schedule, live=False)
    english_only = make_briefing(schedule_en, title="English only")
    uids = set(events_by_uid(feed(client, schedule)[1]))
    assert uid_of(live) in uids
    assert uid_of(draft) not in uids
    assert uid_of(english_only) not in uids


def test_the_feed_is_stable_and_answers_conditional_requests(client, schedule):
    make_briefing(schedule)
    first, _calendar = feed(client, schedule)
    second, _calendar = feed(client, schedule)
    assert first.content == second.content
    assert client.get(schedule.url + "calendar/", HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304
    assert "max-age=300" in first["Cache-Control"]


def test_the_schedule_page_advertises_the_feed(client, schedule):
    html = client.get(schedule.url).text
    assert '<link rel="alternate" type="text/calendar"' in html
    assert 'href="http://testserver/trung-tam-bao-chi/lich-hop-bao/calendar/"' in html
    assert 'href="webcal://testserver/trung-tam-bao-chi/lich-hop-bao/calendar/"' in html
