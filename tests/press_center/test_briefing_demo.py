"""The demo's briefings: realistic, in both languages, loaded once however often load_demo runs."""

import io

import pytest
from icalendar import Calendar

from django.core.management.base import BaseCommand
from django.utils import timezone

from press_center import demo
from press_center.models import BriefingChange, BriefingEvent, BriefingPage, BriefingRegistration

pytestmark = pytest.mark.django_db


@pytest.fixture
def loaded():
    command = BaseCommand(stdout=io.StringIO())
    demo.run(command)
    return command


def test_the_demo_holds_a_week_of_briefings_in_both_languages(loaded, client):
    vietnamese = BriefingPage.objects.live().filter(locale__language_code="vi")
    english = BriefingPage.objects.live().filter(locale__language_code="en")
    assert vietnamese.count() == english.count() >= 10
    assert {page.translation_key for page in vietnamese} == {page.translation_key for page in english}
    days = {timezone.localtime(page.start).date() for page in vietnamese}
    today = timezone.localdate()
    assert min(days) < today < max(days)
    assert (max(days) - min(days)).days >= 6

    statuses = list(vietnamese.values_list("status", flat=True))
    assert statuses.count("cancelled") == 1
    assert statuses.count("postponed") == 1
    assert statuses.count("completed") >= 1
    assert vietnamese.filter(access="registration").count() >= 3
    assert BriefingChange.objects.count() >= 4
    kinds = {item["kind"] for change in BriefingChange.objects.all() for item in change.items}
    assert kinds == {"time", "venue", "status"}
    assert all(change.at <= timezone.now() for change in BriefingChange.objects.all())

    registrations = list(BriefingRegistration.objects.values_list("status", flat=True))
    assert registrations.count("confirmed") >= 3 and registrations.count("waitlisted") >= 1

    # Both languages agree on the facts; the English copy reads English.
    for page in english.select_related("venue"):
        source = vietnamese.get(translation_key=page.translation_key)
        assert (page.start, page.venue_id, page.status) == (source.start, source.venue_id, source.status)
    cancelled = english.get(status="cancelled")
    assert "Digital services" in cancelled.title
    html = client.get(cancelled.url).text
    assert "Its topics are presented at the daily briefing on the afternoon of the fifth day instead." in html

    feed = Calendar.from_ical(client.get("/en/press-centre/briefings/calendar/").content)
    assert len(feed.walk("VEVENT")) == english.count()


def test_loading_the_demo_again_adds_nothing(loaded):
    counts = (BriefingPage.objects.count(), BriefingEvent.objects.count(), BriefingRegistration.objects.count())
    again = BaseCommand(stdout=io.StringIO())
    demo.run(again)
    assert (
        BriefingPage.objects.count(),
        BriefingEvent.objects.count(),
        BriefingRegistration.objects.count(),
    ) == counts
    assert "demo briefings" not in again.stdout.getvalue()
