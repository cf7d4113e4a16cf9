"""The demo's one calendar: every date load_demo writes is a congress day, or counted from one.

The congress is anchored to the moment load_demo first runs, in Hanoi time: that day is congress day
LOAD_DAY of CONGRESS_DAYS, so a new user finds the congress under way (election day, two days
before the close). The news, the programme, the briefings, the documents' versions, the guests'
arrivals, the press centre's application window and the badges' coverage are all placed on this
calendar by *day number*, never by "days ago", so they agree with the congress settings whatever the
day and hour of loading.

Day numbers: 1 is the opening day (the preparatory session), CONGRESS_DAYS the closing day; 0 is the
eve of the opening, -1 the day before that, and so on, so that `date = opening + (day - 1)`.

Once anchored, the congress dates live in Settings → Congress, and every later run of load_demo reads
them back from there (`congress_timeline`), so content added later lands on the same calendar.
"""

import datetime
from dataclasses import dataclass

from wagtail.models import Site

from .congress import at_congress_time, local_now
from .models import CongressSettings

CONGRESS_DAYS = 7
LOAD_DAY = 5  # the day load_demo first runs: the elections
OPENING_TIME = datetime.time(8, 0)

# The press centre opens four days before the congress; badges are valid from then to the closing day.
PRESS_CENTRE_OPENS_DAY = -3
# Journalists apply from 45 days before the opening until 17:00 ten days before it.
ACCREDITATION_OPENS = (-44, "08:00")
ACCREDITATION_DEADLINE = (-9, "17:00")
# Public comments on the draft documents: two months, closing ten days before the opening.
CONSULTATION_OPENS_DAY = -69
CONSULTATION_CLOSES_DAY = -9


def clock(hhmm):
    hours, minutes = (int(part) for part in hhmm.split(":"))
    return datetime.time(hours, minutes)


@dataclass(frozen=True)
class Timeline:
    """The congress calendar of the demo, from its opening date and length."""

    opening: datetime.date
    days: int = CONGRESS_DAYS

    @classmethod
    def anchored(cls, today, days=CONGRESS_DAYS):
        """The timeline whose congress day LOAD_DAY is `today`."""
        return cls(opening=today - datetime.timedelta(days=LOAD_DAY - 1), days=days)

    @property
    def closing(self):
        return self.date(self.days)

    def date(self, day):
        """The calendar date of congress day `day` (see the module docstring for the numbering)."""
        return self.opening + datetime.timedelta(days=day - 1)

    def at(self, day, hhmm):
        """The aware datetime of `hhmm` ("08:30") on congress day `day`, Hanoi time."""
        return at_congress_time(self.date(day), clock(hhmm))

    def day_of(self, date):
        """The day number of a calendar date, whether or not the congress sits that day."""
        return (date - self.opening).days + 1

    @property
    def congress_dates(self):
        return [self.date(day) for day in range(1, self.days + 1)]

    # The press centre

    @property
    def press_centre_opens(self):
        return self.date(PRESS_CENTRE_OPENS_DAY)

    @property
    def accreditation_opens_at(self):
        return self.at(*ACCREDITATION_OPENS)

    @property
    def accreditation_deadline(self):
        return self.at(*ACCREDITATION_DEADLINE)

    @property
    def coverage(self):
        """First and last day a badge can be valid: from the press centre's opening to the closing day."""
        return self.press_centre_opens, self.closing

    # The draft documents

    @property
    def consultation(self):
        return self.date(CONSULTATION_OPENS_DAY), self.date(CONSULTATION_CLOSES_DAY)


def congress_timeline(site=None, now=None):
    """The timeline of the site's congress, anchoring the congress to today if it has no dates yet.

    Every app's demo loader calls this, so the first one to run sets the dates and the others read them.
    """
    site = site or Site.objects.get(is_default_site=True)
    congress = CongressSettings.for_site(site)
    if congress.opening_date is None or congress.closing_date is None:
        timeline = Timeline.anchored(local_now(now).date())
        congress.opening_date, congress.closing_date = timeline.opening, timeline.closing
        congress.opening_time = OPENING_TIME
        congress.save()
        return timeline
    return Timeline(opening=congress.opening_date, days=(congress.closing_date - congress.opening_date).days + 1)
