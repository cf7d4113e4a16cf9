"""What changed in a published briefing, as data and as a dated note in the reader's language.

A change note reads "Cập nhật 14:05 ngày 12/1: chuyển sang Phòng họp B (trước: Phòng họp A)" or
"Updated 14:05 on 12 January: moved to Room B (was Room A)". The items are stored as data (see
BriefingChange) and put into words only when shown, so each reader gets their own language.
"""

import datetime

from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from press_center.models.briefings import BriefingStatus

TIME, VENUE, STATUS = "time", "venue", "status"
# Changes that registered journalists are e-mailed about (a briefing marked completed is not news to them).
NOTIFY_STATUSES = (
    BriefingStatus.POSTPONED,
    BriefingStatus.CANCELLED,
    BriefingStatus.SCHEDULED,
    BriefingStatus.CHANGED,
)


def diff(event, page, venue_names):
    """The items that differ between the facts last published (`event`) and `page`, as stored data.

    `venue_names(venue_id)` gives {"vi": name, "en": name} for a venue id (or None for no venue).
    """
    items = []
    if (event.start, event.end) != (page.start, page.end):
        items.append(
            {
                "kind": TIME,
                "before": {"start": event.start.isoformat(), "end": event.end.isoformat()},
                "after": {"start": page.start.isoformat(), "end": page.end.isoformat()},
            }
        )
    if event.venue_id != page.venue_id:
        items.append({"kind": VENUE, "before": venue_names(event.venue_id), "after": venue_names(page.venue_id)})
    if event.status != page.status:
        items.append({"kind": STATUS, "before": event.status, "after": page.status})
    return items


def worth_notifying(items):
    """Whether registered journalists should hear about these changes."""
    for item in items:
        if item["kind"] in (TIME, VENUE):
            return True
        if item["kind"] == STATUS and item["after"] in NOTIFY_STATUSES:
            return True
    return False


def _local(value):
    return timezone.localtime(datetime.datetime.fromisoformat(value))


def short_date(day, language):
    if language == "vi":
        return f"{day.day}/{day.month}"
    with translation.override(language):
        return date_format(day, "j F")


def _span(period, language, with_day):
    start, end = _local(period["start"]), _local(period["end"])
    hours = f"{start:%H:%M}–{end:%H:%M}"
    if not with_day:
        return hours
    return _("%(hours)s on %(date)s") % {"hours": hours, "date": short_date(start.date(), language)}


def _venue(names, language):
    if not names:
        return ""
    return names.get(language) or names.get("vi") or next(iter(names.values()), "")


def describe_item(item, language):
    """One change in words, lower case, in the active language."""
    kind = item["kind"]
    if kind == TIME:
        moved_day = _local(item["before"]["start"]).date() != _local(item["after"]["start"]).date()
        values = {
            "after": _span(item["after"], language, moved_day),
            "before": _span(item["before"], language, moved_day),
        }
        if moved_day:
            return _("moved to %(after)s (was %(before)s)") % values
        return _("time changed to %(after)s (was %(before)s)") % values
    if kind == VENUE:
        before, after = _venue(item["before"], language), _venue(item["after"], language)
        if not after:
            return _("now online only (was %(before)s)") % {"before": before}
        if not before:
            return _("now held in %(after)s") % {"after": after}
        return _("moved to %(after)s (was %(before)s)") % {"after": after, "before": before}
    if kind == STATUS:
        after = item["after"]
        if after == BriefingStatus.CANCELLED:
            return _("cancelled")
        if after == BriefingStatus.POSTPONED:
            return _("postponed")
        if after == BriefingStatus.COMPLETED:
            return _("marked as held")
        if item["before"] in (BriefingStatus.CANCELLED, BriefingStatus.POSTPONED):
            return _("back on the schedule")
        return _("status changed to “%(status)s”") % {"status": BriefingStatus(after).label.lower()}
    return ""


def describe_items(items, language):
    with translation.override(language):
        return "; ".join(text for item in items if (text := describe_item(item, language)))


def change_note(change, language):
    """ "Cập nhật 14:05 ngày 12/1: …" / "Updated 14:05 on 12 January: …" """
    at = timezone.localtime(change.at)
    with translation.override(language):
        return _("Updated %(time)s on %(date)s: %(changes)s.") % {
            "time": f"{at:%H:%M}",
            "date": short_date(at.date(), language),
            "changes": describe_items(change.items, language),
        }
