"""Publishing a briefing: the shared state, dated change notes, SEQUENCE, the other language, registrants.

Wagtail sends `page_published` after each publication (also for scheduled ones and reverts). For a
briefing, `record_publication` then, with the shared `BriefingEvent` row locked:

1. compares the facts last published (time, venue, status) with the new ones and stores what changed
   as a `BriefingChange` (the dated note);
2. raises the iCalendar SEQUENCE when the calendar entry of this language changed in any way;
3. copies the shared facts (time, venue, status, access, capacity, links …) to the other language's
   copy, into its live version and its latest draft, and records that in its history
   (core.translation, which articles use too);
4. fills places freed by a raised capacity from the waitlist, and e-mails registered journalists
   about a change of time, venue or status.
"""

import hashlib
import json

from django.db import IntegrityError, transaction
from django.dispatch import receiver
from django.utils import timezone

from wagtail.signals import page_published

from core import translation
from press_center.models.briefings import (
    EVENT_FIELDS,
    SHARED_FIELDS,
    BriefingChange,
    BriefingEvent,
    BriefingPage,
    Venue,
)

from . import changes

# Audit-log action on the other language's copy (registered with a label in briefings.hooks).
SYNC = "press_center.briefing_sync"


@receiver(page_published)
def on_page_published(sender, instance, revision, **kwargs):
    if isinstance(instance, BriefingPage) and instance.live:
        record_publication(instance)


def attnames(names):
    return [BriefingPage._meta.get_field(name).attname for name in names]


def shared_values(page):
    return {name: getattr(page, name) for name in attnames(SHARED_FIELDS)}


def event_values(page):
    return {name: getattr(page, name) for name in attnames(EVENT_FIELDS)}


def fingerprint(page):
    """A digest of what this language's calendar entry shows: when it changes, SEQUENCE goes up."""
    data = {
        "title": page.title,
        "summary": page.summary,
        "description": page.description,
        "status_note": page.status_note,
        "organiser": page.organiser,
        "url_path": page.url_path,
        "speakers": [[speaker.name, speaker.title] for speaker in page.speakers.all()],
        **shared_values(page),
    }
    payload = json.dumps(data, sort_keys=True, default=str).encode()
    return hashlib.sha256(payload).hexdigest()[:20]


def venue_names(venue_id):
    if venue_id is None:
        return None
    venue = Venue.objects.filter(pk=venue_id).first()
    return venue.names() if venue else None


def ensure_event(page):
    """The shared state of `page`'s briefing, created from the page when it has none yet."""
    event = BriefingEvent.objects.filter(translation_key=page.translation_key).first()
    if event is not None:
        return event
    now = timezone.now()
    try:
        with transaction.atomic():
            return BriefingEvent.objects.create(
                translation_key=page.translation_key,
                fingerprints={page.locale.language_code: fingerprint(page)},
                created_at=now,
                modified_at=now,
                **event_values(page),
            )
    except IntegrityError:  # created meanwhile by a concurrent publication or registration
        return BriefingEvent.objects.get(translation_key=page.translation_key)


def record_publication(page, now=None):
    """Bring the shared state up to date with `page`, just published. Returns the BriefingChange or None."""
    from . import notifications, registration

    now = now or timezone.now()
    language = page.locale.language_code
    with transaction.atomic():
        event = BriefingEvent.objects.select_for_update().filter(translation_key=page.translation_key).first()
        if event is None:
            ensure_event(page)
            return None
        items = changes.diff(event, page, venue_names)
        own_fingerprint = fingerprint(page)
        known = event.fingerprints.get(language)  # None: this language's first publication
        if items or (known is not None and known != own_fingerprint):
            event.sequence += 1
            event.modified_at = now
        if any(item["kind"] in (changes.TIME, changes.VENUE) for item in items):
            event.rescheduled_at = now
        for name, value in event_values(page).items():
            setattr(event, name, value)
        event.fingerprints[language] = own_fingerprint
        for other in sync_translations(page):
            event.fingerprints[other.locale.language_code] = fingerprint(other)
        event.save()

        change = None
        if items:
            change = BriefingChange.objects.create(event=event, at=now, sequence=event.sequence, items=items)
        registration.fill_places(event, locked=True)
        if change is not None and changes.worth_notifying(items):
            notifications.notify_change(event, change)
    return change


def sync_translations(page):
    """Copy the shared facts of `page` to its other languages' copies; returns the copies that changed."""
    return translation.sync_shared_fields(page, SHARED_FIELDS, action=SYNC)
