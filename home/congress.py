"""Where the congress stands on the calendar (Asia/Ho_Chi_Minh): before, during or after it.

Plain functions with no database access, so the rules have fast unit tests of their own.
"""

import datetime
from dataclasses import dataclass

from django.utils import timezone

UNSCHEDULED = "unscheduled"
BEFORE = "before"
DURING = "during"
AFTER = "after"


def congress_timezone():
    """The congress follows the clock of its venue, the site's TIME_ZONE (Asia/Ho_Chi_Minh)."""
    return timezone.get_default_timezone()


def local_now(now=None):
    return timezone.localtime(now or timezone.now(), congress_timezone())


def at_congress_time(day, time):
    """The aware datetime of `time` on `day` at the venue."""
    return datetime.datetime.combine(day, time, tzinfo=congress_timezone())


@dataclass(frozen=True)
class Countdown:
    days: int
    hours: int
    minutes: int

    @classmethod
    def until(cls, moment, now):
        seconds = max(0, int((moment - now).total_seconds()))
        days, seconds = divmod(seconds, 86400)
        hours, seconds = divmod(seconds, 3600)
        return cls(days=days, hours=hours, minutes=seconds // 60)


@dataclass(frozen=True)
class CongressCalendar:
    """The phase of the congress at `now`, with what the home page's lead block needs for it."""

    phase: str
    now: datetime.datetime
    opening_date: datetime.date | None = None
    closing_date: datetime.date | None = None
    opens_at: datetime.datetime | None = None

    @property
    def today(self):
        return self.now.date()

    @property
    def is_before(self):
        return self.phase == BEFORE

    @property
    def is_during(self):
        return self.phase == DURING

    @property
    def is_after(self):
        return self.phase == AFTER

    @property
    def day_number(self):
        """1 on the opening day ("Ngày thứ 1"), counted in the venue's calendar; None outside the congress."""
        if self.phase != DURING:
            return None
        return (self.today - self.opening_date).days + 1

    @property
    def total_days(self):
        if self.opening_date is None or self.closing_date is None:
            return None
        return (self.closing_date - self.opening_date).days + 1

    @property
    def countdown(self):
        if self.phase != BEFORE:
            return None
        return Countdown.until(self.opens_at, self.now)

    def day_number_of(self, day):
        """The congress day number of a calendar date (1 = opening day), or None outside the congress."""
        if self.opening_date is None or self.closing_date is None:
            return None
        if not self.opening_date <= day <= self.closing_date:
            return None
        return (day - self.opening_date).days + 1


def congress_calendar(opening_date, closing_date, opening_time=datetime.time(8, 0), now=None):
    """The CongressCalendar for the given dates at `now` (default: the current time).

    The phase changes at midnight at the venue: the opening day counts as "during" from 00:00, so that
    the home page shows the day's programme rather than a countdown of a few hours; the day after the
    closing date is "after".
    """
    now = local_now(now)
    if opening_date is None or closing_date is None:
        return CongressCalendar(phase=UNSCHEDULED, now=now)
    opens_at = at_congress_time(opening_date, opening_time or datetime.time(0, 0))
    today = now.date()
    if today < opening_date:
        phase = BEFORE
    elif today <= closing_date:
        phase = DURING
    else:
        phase = AFTER
    return CongressCalendar(
        phase=phase, now=now, opening_date=opening_date, closing_date=closing_date, opens_at=opens_at
    )
