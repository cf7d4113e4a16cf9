"""Plain rules of the congress section, with no database: calendar phases, session status, slugs."""

import datetime

from django.utils import timezone

from core.text import folded_slug
from home.congress import AFTER, BEFORE, DURING, UNSCHEDULED, congress_calendar
from home.models import ProgrammeSession, SessionStatus
from home.text import roman, unique_slug

OPENING = datetime.date(2026, 1, 19)
CLOSING = datetime.date(2026, 1, 25)


def hanoi(*args):
    return datetime.datetime(*args, tzinfo=timezone.get_default_timezone())


def test_phase_follows_the_calendar_in_hanoi():
    assert congress_calendar(OPENING, CLOSING, now=hanoi(2026, 1, 18, 23, 59)).phase == BEFORE
    assert congress_calendar(OPENING, CLOSING, now=hanoi(2026, 1, 19, 0, 0)).phase == DURING
    assert congress_calendar(OPENING, CLOSING, now=hanoi(2026, 1, 25, 23, 59)).phase == DURING
    assert congress_calendar(OPENING, CLOSING, now=hanoi(2026, 1, 26, 0, 0)).phase == AFTER
    assert congress_calendar(None, None).phase == UNSCHEDULED


def test_phase_uses_hanoi_midnight_not_utc():
    # 18:30 UTC on 18 January is 01:30 on 19 January in Hanoi: the congress has begun there.
    now = datetime.datetime(2026, 1, 18, 18, 30, tzinfo=datetime.UTC)
    calendar = congress_calendar(OPENING, CLOSING, now=now)
    assert calendar.phase == DURING
    assert calendar.day_number == 1


def test_day_number_and_countdown():
    during = congress_calendar(OPENING, CLOSING, now=hanoi(2026, 1, 21, 10, 0))
    assert during.day_number == 3
    assert during.total_days == 7
    assert during.countdown is None
    before = congress_calendar(OPENING, CLOSING, datetime.time(8, 0), now=hanoi(2026, 1, 17, 5, 30))
    assert before.day_number is None
    countdown = before.countdown
    assert (countdown.days, countdown.hours, countdown.minutes) == (2, 2, 30)
    assert before.day_number_of(datetime.date(2026, 1, 25)) == 7
    assert before.day_number_of(datetime.date(2026, 1, 26)) is None


def make_session(status=SessionStatus.SCHEDULED, start="09:00", end="11:00"):
    return ProgrammeSession(
        date=OPENING,
        start_time=datetime.time.fromisoformat(start),
        end_time=datetime.time.fromisoformat(end),
        title_vi="Phiên họp",
        status=status,
    )


def test_scheduled_session_runs_by_the_clock():
    session = make_session()
    assert not session.is_running(hanoi(2026, 1, 19, 8, 59))
    assert session.display_status(hanoi(2026, 1, 19, 8, 59)) == SessionStatus.SCHEDULED
    assert session.is_running(hanoi(2026, 1, 19, 9, 0))
    assert session.display_status(hanoi(2026, 1, 19, 10, 0)) == SessionStatus.IN_PROGRESS
    assert not session.is_running(hanoi(2026, 1, 19, 11, 0))
    assert session.display_status(hanoi(2026, 1, 19, 11, 0)) == SessionStatus.COMPLETED


def test_editors_status_wins_over_the_clock():
    overrunning = make_session(SessionStatus.IN_PROGRESS)
    assert overrunning.is_running(hanoi(2026, 1, 19, 12, 30))
    postponed = make_session(SessionStatus.POSTPONED)
    assert not postponed.is_running(hanoi(2026, 1, 19, 10, 0))
    assert postponed.display_status(hanoi(2026, 1, 19, 10, 0)) == SessionStatus.POSTPONED
    changed = make_session(SessionStatus.CHANGED)
    assert changed.is_running(hanoi(2026, 1, 19, 10, 0))
    assert changed.display_status(hanoi(2026, 1, 19, 10, 0)) == SessionStatus.CHANGED
    completed_early = make_session(SessionStatus.COMPLETED)
    assert not completed_early.is_running(hanoi(2026, 1, 19, 10, 0))


def test_vietnamese_slugs_and_roman_numerals():
    assert folded_slug("Định hướng phát triển đất nước") == "dinh-huong-phat-trien-dat-nuoc"
    assert unique_slug("Mục tiêu", {"muc-tieu"}) == "muc-tieu-2"
    assert unique_slug("Main", set(), reserved={"main"}) == "muc-main"
    assert unique_slug("!!!", set()) == "muc"
    assert roman(14) == "XIV"
    assert roman(2024) == "MMXXIV"
    assert roman(None) == ""
