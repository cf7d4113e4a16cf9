"""Change notes in words, in both languages (pure functions, no database)."""

import datetime

from django.utils import timezone

from press_center.briefings import changes
from press_center.models import BriefingChange


def period(day, start, end):
    base = datetime.date(2026, 1, day)
    return {
        "start": timezone.make_aware(datetime.datetime.combine(base, datetime.time(*start))).isoformat(),
        "end": timezone.make_aware(datetime.datetime.combine(base, datetime.time(*end))).isoformat(),
    }


ROOM_A = {"vi": "Phòng A", "en": "Room A"}
ROOM_B = {"vi": "Phòng B", "en": "Room B"}


def test_time_changes_within_the_day_and_to_another_day():
    same_day = {"kind": "time", "before": period(15, (14, 0), (15, 0)), "after": period(15, (15, 0), (16, 0))}
    other_day = {"kind": "time", "before": period(15, (14, 0), (15, 0)), "after": period(16, (9, 0), (10, 0))}
    assert changes.describe_items([same_day], "vi") == "giờ đổi thành 15:00–16:00 (trước: 14:00–15:00)"
    assert changes.describe_items([same_day], "en") == "time changed to 15:00–16:00 (was 14:00–15:00)"
    assert changes.describe_items([other_day], "vi") == (
        "chuyển sang 09:00–10:00 ngày 16/1 (trước: 14:00–15:00 ngày 15/1)"
    )
    assert changes.describe_items([other_day], "en") == (
        "moved to 09:00–10:00 on 16 January (was 14:00–15:00 on 15 January)"
    )


def test_venue_and_status_changes():
    assert changes.describe_items([{"kind": "venue", "before": ROOM_A, "after": None}], "en") == (
        "now online only (was Room A)"
    )
    assert changes.describe_items([{"kind": "venue", "before": None, "after": ROOM_B}], "vi") == (
        "tổ chức tại Phòng B"
    )
    statuses = [
        ("scheduled", "cancelled", "hủy", "cancelled"),
        ("scheduled", "postponed", "hoãn", "postponed"),
        ("postponed", "scheduled", "trở lại lịch", "back on the schedule"),
        ("scheduled", "completed", "đã diễn ra", "marked as held"),
    ]
    for before, after, vi, en in statuses:
        item = {"kind": "status", "before": before, "after": after}
        assert changes.describe_items([item], "vi") == vi
        assert changes.describe_items([item], "en") == en


def test_a_note_is_dated_in_hanoi_time_and_joins_its_changes():
    at = timezone.make_aware(datetime.datetime(2026, 1, 12, 14, 5))
    change = BriefingChange(
        at=at,
        sequence=3,
        items=[
            {"kind": "venue", "before": ROOM_A, "after": ROOM_B},
            {"kind": "status", "before": "scheduled", "after": "postponed"},
        ],
    )
    assert change.note("vi") == "Cập nhật 14:05 ngày 12/1: chuyển sang Phòng B (trước: Phòng A); hoãn."
    assert change.note("en") == "Updated 14:05 on 12 January: moved to Room B (was Room A); postponed."


def test_who_hears_about_which_change():
    assert changes.worth_notifying([{"kind": "venue", "before": ROOM_A, "after": ROOM_B}])
    assert changes.worth_notifying([{"kind": "status", "before": "scheduled", "after": "cancelled"}])
    assert not changes.worth_notifying([{"kind": "status", "before": "scheduled", "after": "completed"}])
    assert not changes.worth_notifying([])
