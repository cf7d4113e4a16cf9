"""iCalendar (RFC 5545) for briefings, built with the `icalendar` package.

One feed per language holds the whole schedule; each briefing also has its own .ics. Every event has
a UID that never changes (from the briefing's translation key, so both languages' feeds describe the
same event), the SEQUENCE that publication raises with each change, LAST-MODIFIED and DTSTAMP (the
time of the last change: without a METHOD, RFC 5545 makes DTSTAMP the last revision time), times in
Asia/Ho_Chi_Minh with its VTIMEZONE, STATUS:CANCELLED for cancelled briefings (TENTATIVE while
postponed), the venue as LOCATION and a DESCRIPTION with the livestream link and the change notes.
Calendar apps that re-fetch the feed therefore show changes and cancellations.

The .ics attached to e-mails is an iTIP message (RFC 5546) instead: METHOD:REQUEST with the press
centre as ORGANIZER and the journalist as ATTENDEE, or METHOD:CANCEL when the briefing is cancelled
or an officer withdraws the registration, so mail clients update or remove the event in place
rather than import a second copy.
"""

import datetime
import hashlib
import zoneinfo
from email.utils import parseaddr
from urllib.parse import urlsplit

from icalendar import Calendar, Event, vCalAddress, vDuration

from django.conf import settings
from django.http import HttpResponse
from django.utils import timezone, translation
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import http_date
from django.utils.translation import gettext as _

from press_center.models.briefings import Access, BriefingStatus, attach_events

UID_DOMAIN = "briefings.press-centre"
PRODID = "-//Congress press centre//Briefing schedule//EN"
REFRESH = datetime.timedelta(hours=1)
CONTENT_TYPE = "text/calendar; charset=utf-8"
ICAL_STATUS = {
    BriefingStatus.CANCELLED: "CANCELLED",
    BriefingStatus.POSTPONED: "TENTATIVE",
}


def base_url(request=None):
    if request is not None:
        return f"{request.scheme}://{request.get_host()}"
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def absolute(url, base):
    return url if url.startswith(("http://", "https://")) else f"{base}{url}"


def subscribe_urls(request, feed_path):
    """The feed's https address and its webcal:// twin, which calendar apps open as a subscription."""
    https = absolute(feed_path, base_url(request))
    parts = urlsplit(https)
    return {"url": https, "webcal": f"webcal://{parts.netloc}{parts.path}"}


def uid(page):
    return f"{page.translation_key}@{UID_DOMAIN}"


def local(value):
    return value.astimezone(zoneinfo.ZoneInfo(settings.TIME_ZONE))


def summary(page):
    if page.status == BriefingStatus.CANCELLED:
        return _("Cancelled: %(title)s") % {"title": page.title}
    if page.status == BriefingStatus.POSTPONED:
        return _("Postponed: %(title)s") % {"title": page.title}
    return page.title


def description(page, url):
    """Plain text: summary, status note, speakers, languages, access, livestream, change notes, page link."""
    language = page.locale.language_code
    lines = [page.summary]
    if page.status_note:
        lines += ["", page.status_note]
    speakers = list(page.speakers.all())
    if speakers:
        lines += ["", _("Speakers:")]
        lines += [f"– {speaker.name}" + (f", {speaker.title}" if speaker.title else "") for speaker in speakers]
    lines += ["", _("Organiser: %(organiser)s") % {"organiser": page.organiser}]
    languages = page.language_label
    if page.interpretation_labels:
        languages = _("%(language)s, interpreted into %(others)s") % {
            "language": languages,
            "others": ", ".join(str(label) for label in page.interpretation_labels),
        }
    lines.append(_("Language: %(languages)s") % {"languages": languages})
    access = Access(page.access).label
    if page.needs_registration and page.capacity:
        access = _("%(access)s (%(places)s places)") % {"access": access, "places": page.capacity}
    lines.append(_("Access: %(access)s") % {"access": access})
    if page.livestream_url:
        lines += ["", _("Livestream: %(url)s") % {"url": page.livestream_url}]
    if page.show_recording:
        lines.append(_("Recording: %(url)s") % {"url": page.recording_url})
    notes = page.change_notes()
    if notes:
        lines += ["", *(note.note(language) for note in notes)]
    lines += ["", url]
    return "\n".join(str(line) for line in lines)


def event_component(page, base, request=None):
    """The VEVENT of one briefing page (with `page.event` attached, or looked up)."""
    event = page.event
    url = absolute(page.get_url(request), base)
    changed_at = event.modified_at if event else (page.last_published_at or timezone.now())
    with translation.override(page.locale.language_code):
        component = Event.new(
            uid=uid(page),
            start=local(page.start),
            end=local(page.end),
            summary=summary(page),
            description=description(page, url),
            location=page.venue_label() or _("Online"),
            url=url,
            status=ICAL_STATUS.get(page.status, "CONFIRMED"),
            sequence=event.sequence if event else 0,
            stamp=changed_at,
            last_modified=changed_at,
            created=event.created_at if event else changed_at,
            categories=[page.topic.name] if page.topic else (),
        )
    return component


def build_calendar(pages, name, calendar_uid, base, request=None):
    calendar = Calendar.new(
        prodid=PRODID,
        uid=calendar_uid,
        name=name,
        refresh_interval=REFRESH,
        calscale="GREGORIAN",
    )
    calendar["REFRESH-INTERVAL"].params["VALUE"] = "DURATION"  # required by RFC 7986
    calendar.add("X-WR-TIMEZONE", settings.TIME_ZONE)
    calendar.add("X-PUBLISHED-TTL", vDuration(REFRESH))
    starts = [page.start for page in pages]
    for page in pages:
        calendar.add_component(event_component(page, base, request))
    if starts:
        first = timezone.localdate(min(starts)) - datetime.timedelta(days=366)
        last = timezone.localdate(max(starts)) + datetime.timedelta(days=366)
        calendar.add_missing_timezones(first_date=first, last_date=last)
    return calendar


def calendar_response(request, calendar, filename, attachment):
    body = calendar.to_ical()
    etag = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
    stamps = [component.get("LAST-MODIFIED").dt for component in calendar.walk("VEVENT")]
    last_modified = max(stamps).timestamp() if stamps else None
    conditional = get_conditional_response(request, etag=etag, last_modified=last_modified)
    if conditional is not None:
        return conditional
    response = HttpResponse(body, content_type=CONTENT_TYPE)
    disposition = "attachment" if attachment else "inline"
    response["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    response["ETag"] = etag
    if last_modified:
        response["Last-Modified"] = http_date(last_modified)
    patch_cache_control(response, public=True, max_age=300)
    return response


def feed_response(request, schedule, pages):
    """The whole schedule of one language as a subscribable calendar."""
    attach_events(pages)
    language = schedule.locale.language_code
    with translation.override(language):
        name = f"{schedule.title} – {schedule.get_parent().title}"
        calendar_uid = f"schedule-{schedule.translation_key}-{language}@{UID_DOMAIN}"
        calendar = build_calendar(pages, name, calendar_uid, base_url(request), request)
    filename = f"{schedule.slug}-{language}.ics"
    return calendar_response(request, calendar, filename, attachment=False)


def event_calendar(page, base, request=None):
    """A calendar holding one briefing (for the .ics download and e-mail attachments)."""
    language = page.locale.language_code
    with translation.override(language):
        return build_calendar([page], page.title, f"{language}-{uid(page)}", base, request)


def invitation(page, base, email, name, method="REQUEST"):
    """The iTIP message (RFC 5546) of one briefing for the attendee `email`: REQUEST or CANCEL."""
    calendar = event_calendar(page, base)
    calendar.add("METHOD", method)
    component = calendar.walk("VEVENT")[0]
    organiser = vCalAddress(f"mailto:{parseaddr(settings.DEFAULT_FROM_EMAIL)[1]}")
    organiser.params["CN"] = page.get_parent().get_parent().title  # the press-centre page
    attendee = vCalAddress(f"mailto:{email}")
    attendee.params.update({"CN": name, "ROLE": "REQ-PARTICIPANT", "PARTSTAT": "ACCEPTED", "RSVP": "FALSE"})
    component.add("ORGANIZER", organiser)
    component.add("ATTENDEE", attendee)
    if method == "CANCEL":
        component["STATUS"] = "CANCELLED"
        if page.status != BriefingStatus.CANCELLED:  # only this attendee's place is withdrawn
            component["SEQUENCE"] = int(component.get("SEQUENCE", 0)) + 1
    return calendar


def event_response(request, page):
    attach_events([page])
    calendar = event_calendar(page, base_url(request), request)
    return calendar_response(request, calendar, f"{page.slug}.ics", attachment=True)
