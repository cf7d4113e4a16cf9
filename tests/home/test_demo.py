"""load_demo tells one story on whatever day and at whatever hour it runs.

The demo is loaded at two moments, a few minutes after midnight and a few minutes before it in Hanoi,
on a server whose clock runs on UTC (so Hanoi's 00:05 is still the previous day there), and each
time the news, the programme, the briefings, the press centre's dates and the shared figures are
checked against the congress calendar. The late-evening load runs twice, to show that a second run
adds nothing. Each load takes about a minute, so every check of one moment shares it.
"""

import datetime
import io
import re
import zoneinfo

import pytest
import time_machine

from django.core.management import call_command
from django.db import transaction
from django.utils import timezone, translation

from taggit.models import Tag
from wagtail.embeds.models import Embed
from wagtail.models import Revision

from core.models import CustomImage
from home import demo_figures as figures
from home.demo_timeline import CONGRESS_DAYS, LOAD_DAY, congress_timeline
from home.models import (
    CongressSettings,
    Delegation,
    DocumentPage,
    GalleryPage,
    HomePage,
    InfographicPage,
    Menu,
    ProgrammeDay,
    ProgrammeSession,
    VideoPage,
)
from home.text import day_title
from news.models import ArticleDailyViews, ArticlePage, Author, Category
from press_center.models import AccreditationSettings, Application, BriefingChange, BriefingPage, Status

HANOI = zoneinfo.ZoneInfo("Asia/Ho_Chi_Minh")
UTC = zoneinfo.ZoneInfo("UTC")
MOMENTS = {
    "just after midnight": datetime.datetime(2027, 1, 20, 0, 5, tzinfo=HANOI),
    "late in the evening": datetime.datetime(2026, 6, 30, 23, 55, tzinfo=HANOI),
}
pytestmark = pytest.mark.django_db

COUNTED_MODELS = (ArticlePage, BriefingPage, Category, Author, Tag, CustomImage, Revision, ArticleDailyViews)


def counts():
    return {model.__name__: model.objects.count() for model in COUNTED_MODELS}


@pytest.fixture(scope="module", params=list(MOMENTS), ids=list(MOMENTS))
def demo(request, django_db_setup, django_db_blocker):
    """The demo loaded at one moment, with the clock stopped there (in UTC) while its checks run.

    It lives in a transaction rolled back after the module, so other tests never see it.
    """
    now = MOMENTS[request.param]
    with time_machine.travel(now.astimezone(UTC), tick=False), django_db_blocker.unblock(), transaction.atomic():
        call_command("load_demo", "--quiet-logins", stdout=io.StringIO())
        first = counts()
        if request.param == "late in the evening":
            call_command("load_demo", "--quiet-logins", stdout=io.StringIO())
        yield {"moment": request.param, "now": now, "timeline": congress_timeline(), "counts": (first, counts())}
        transaction.set_rollback(True)


def local_date(moment):
    return timezone.localtime(moment, HANOI).date()


def texts_of(page):
    """The reader-facing text of a demo page, for the figure checks."""
    page = page.specific
    parts = [page.title, getattr(page, "lead", ""), getattr(page, "summary", ""), getattr(page, "description", "")]
    for name in ("body", "results_summary"):
        for block in getattr(page, name, None) or []:
            value = block.value
            parts.append(value.source if hasattr(value, "source") else str(value))
    parts.append(str(getattr(page, "text_version", "")))
    return " ".join(str(part) for part in parts if part)


def test_the_congress_is_on_its_load_day_and_the_programme_follows_its_calendar(demo):
    now, timeline = demo["now"], demo["timeline"]
    congress = CongressSettings.objects.get()
    calendar = congress.calendar(now)
    assert calendar.is_during and calendar.day_number == LOAD_DAY
    assert calendar.total_days == CONGRESS_DAYS
    assert timeline.opening == congress.opening_date and timeline.closing == congress.closing_date

    days = list(ProgrammeDay.objects.order_by("date").values_list("date", flat=True))
    assert days == timeline.congress_dates
    sessions = ProgrammeSession.objects.all()
    assert {session.date for session in sessions} == set(timeline.congress_dates)
    for session in sessions.filter(status="completed"):
        assert session.end <= now, session  # editors mark a session completed once it is over
    assert sessions.filter(status="changed").exclude(change_note_en="").count() >= 2
    assert sessions.filter(status="postponed", date__gt=local_date(now)).exists()


def test_the_news_is_dated_on_the_days_it_reports_and_never_ahead_of_the_clock(demo, client):
    now, timeline = demo["now"], demo["timeline"]
    live = ArticlePage.objects.live()
    assert live.filter(locale__language_code="vi").count() >= 30
    assert live.filter(locale__language_code="en").count() >= 10
    for article in live:
        assert article.published_at <= now, article.slug
        assert article.published_at == article.first_published_at, article.slug
        assert timeline.opening - datetime.timedelta(days=20) <= local_date(article.published_at), article.slug
    # A story of the load day whose time is still ahead is scheduled, as an editor would, not back-dated.
    # (The draft waiting for the desk editor is not live either, and has no publication time at all.)
    scheduled = ArticlePage.objects.filter(live=False, go_live_at__isnull=False)
    assert ArticlePage.objects.filter(live=False, go_live_at=None).count() == 1
    for article in scheduled:
        assert article.go_live_at > now and local_date(article.go_live_at) == local_date(now), article.slug
    assert scheduled.exists() == (demo["moment"] == "just after midnight")

    opening = ArticlePage.objects.get(slug="khai-mac-trong-the-dai-hoi")
    assert local_date(opening.published_at) == timeline.date(2)  # the opening ceremony, day 2
    preparatory = ArticlePage.objects.get(slug="phien-tru-bi-bau-doan-chu-tich")
    assert local_date(preparatory.published_at) == timeline.opening
    for language, home_url in (("vi", "/"), ("en", "/en/")):
        featured = live.get(locale__language_code=language, featured=True)
        assert timeline.opening <= local_date(featured.published_at) <= local_date(now)
        lead_story = re.search(r'<section class="lead-story".*?</section>', client.get(home_url).text, re.S)
        assert f'href="{featured.url}"' in lead_story.group(0)
    with translation.override("vi"):
        assert day_title(LOAD_DAY) in client.get("/").text


def test_the_press_centre_closed_applications_before_the_opening_and_badges_cover_every_congress_day(demo):
    timeline = demo["timeline"]
    settings = AccreditationSettings.objects.get()
    assert settings.opens_at < settings.closes_at < timeline.at(1, "00:00")
    assert settings.coverage_starts <= timeline.opening and settings.coverage_ends >= timeline.closing
    assert settings.window_state == "closed"
    for application in Application.objects.all():
        assert settings.opens_at <= application.submitted_at <= settings.closes_at, application.document_number
        if application.decided_at:
            assert application.submitted_at < application.decided_at < timeline.at(1, "00:00")
        if application.status == Status.APPROVED:
            assert all(application.badge_valid_on(day) for day in timeline.congress_dates)


def test_briefings_sit_around_the_congress_and_their_changes_are_in_the_past(demo):
    now, timeline = demo["now"], demo["timeline"]
    briefings = BriefingPage.objects.live().filter(locale__language_code="vi")
    assert briefings.count() == BriefingPage.objects.live().filter(locale__language_code="en").count() >= 12
    for briefing in briefings:
        assert timeline.press_centre_opens <= local_date(briefing.start) <= timeline.closing, briefing.slug
    for change in BriefingChange.objects.select_related("event"):
        assert change.at <= now and change.at < change.event.start
    assert briefings.filter(status__in=["cancelled", "postponed"], start__gt=now).count() == 2
    # Every press conference in the programme is on the schedule at the same time.
    starts = set(briefings.values_list("start", flat=True))
    for session in ProgrammeSession.objects.filter(kind="press_conference"):
        assert session.start in starts, session


def test_the_figures_agree_everywhere_and_the_infographic_shows_them(demo, client):
    timeline = demo["timeline"]
    # How each language writes the figures that several pages give, and what they must say.
    patterns = {
        "vi": {r"([\d.]+) đại biểu chính thức": figures.DELEGATES, r"([\d.]+) đoàn khách": figures.delegations()},
        "en": {
            r"([\d,]+) voting delegates": figures.DELEGATES,
            r"([\d,]+) (?:international )?delegations": figures.delegations(),
        },
    }
    found = 0
    pages = [*ArticlePage.objects.live(), *InfographicPage.objects.live(), *HomePage.objects.all()]
    for page in pages:
        text = texts_of(page)
        assert "{" not in re.sub(r"<[^>]+>", "", text), page.slug  # every placeholder was filled
        for pattern, expected in patterns[page.locale.language_code].items():
            for match in re.findall(pattern, text):
                assert int(re.sub(r"[.,]", "", match)) == expected, f"{page.slug}: {match} in {pattern}"
                found += 1
    assert found >= 8

    for infographic in InfographicPage.objects.live().select_related("locale", "image"):
        language = infographic.locale.language_code
        html = client.get(infographic.url).text
        known = figures.values(language, timeline)
        for name in ("delegates", "journalists", "sittings", "delegations"):
            assert known[name] in html, (language, name)
        assert infographic.image.description in html  # the drawn figures' alt text points to the text version
    guests = client.get("/khach-moi-quoc-te/").text
    assert f"{Delegation.objects.count()} đoàn" in guests and Delegation.objects.count() == figures.delegations()


def test_pages_read_in_their_own_language_and_nothing_embeds_a_missing_video(demo, client):
    report = DocumentPage.objects.get(locale__language_code="en", slug="draft-political-report")
    html = client.get(report.url).text
    assert "Assessment of the past term" in html and "Đánh giá kết quả" not in html
    assert report.current_version.pdf.file_extension == "pdf"
    assert not report.comments_open and "Comments on this draft closed on" in html

    english_home = client.get("/en/").text
    assert "Congress Organising Committee" in english_home and "Ban Tổ chức Đại hội" not in english_home
    assert "Phó Chủ tịch" in client.get("/khach-moi-quoc-te/").text
    assert "Vice-President" in client.get("/en/international-guests/").text

    assert Embed.objects.count() == 0
    for video in VideoPage.objects.live():
        assert not video.video_url
        page = client.get(video.url).text
        assert "<iframe" not in page and 'class="video-placeholder"' in page
    assert "The video will be published here." in client.get("/en/multimedia/the-opening-day-in-three-minutes/").text

    # Alt texts say what the drawings show, in the page's language.
    article = ArticlePage.objects.live().get(slug="congress-opens")
    assert article.hero_image.description.startswith("Drawing:")
    assert f'alt="{article.hero_image.description}"' in client.get(article.url).text
    gallery = GalleryPage.objects.live().get(locale__language_code="vi", slug="phien-khai-mac")
    assert all(photo.alt_text.startswith("Tranh vẽ minh họa") for photo in gallery.photos.all())


def test_the_whole_demo_is_there_and_loading_again_adds_nothing(demo, client):
    first, second = demo["counts"]
    assert first == second
    for language in ("vi", "en"):
        documents = DocumentPage.objects.live().filter(locale__language_code=language)
        assert documents.count() >= 3 and max(document.sections.count() for document in documents) >= 20
        assert GalleryPage.objects.live().filter(locale__language_code=language).count() == 2
        assert VideoPage.objects.live().filter(locale__language_code=language).count() == 1
        assert InfographicPage.objects.live().filter(locale__language_code=language).count() == 1
    assert Menu.objects.count() == 4
    for url in [
        "/",
        "/en/",
        "/chuong-trinh/",
        "/da-phuong-tien/toan-canh-ngay-khai-mac/",
        "/en/press-centre/briefings/",
    ]:
        assert client.get(url).status_code == 200, url
    for url, press_centre in (("/", "/trung-tam-bao-chi/"), ("/en/", "/en/press-centre/")):
        html = client.get(url).content.decode()
        nav = html[html.index('id="site-nav-list"') :]
        assert f'href="{press_centre}"' in nav[: nav.index("</ul>")], "the press centre is in the demo's main menu"
