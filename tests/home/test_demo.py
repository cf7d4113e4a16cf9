"""load_demo gives a plausible congress week, in both languages, and can run again without duplicates."""

import io

import pytest

from django.core.management import call_command
from django.utils import timezone

from home.models import (
    CongressSettings,
    Delegation,
    DocumentPage,
    GalleryPage,
    InfographicPage,
    Menu,
    ProgrammeSession,
    VideoPage,
)

pytestmark = pytest.mark.django_db


def test_demo_congress_week(client):
    call_command("load_demo", "--quiet-logins", stdout=io.StringIO())
    call_command("load_demo", "--quiet-logins", stdout=io.StringIO())

    congress = CongressSettings.objects.get()
    assert congress.calendar().is_during and congress.calendar().day_number == 3
    sessions = ProgrammeSession.objects.all()
    assert 20 <= sessions.count() < 30
    assert len({item.date for item in sessions}) == 7
    assert sessions.filter(status="changed").exclude(change_note_en="").count() >= 2
    assert sessions.filter(status="postponed").exists()
    assert sessions.filter(date=timezone.localdate()).exists()
    for language in ("vi", "en"):
        documents = DocumentPage.objects.live().filter(locale__language_code=language)
        assert documents.count() >= 3
        assert max(document.sections.count() for document in documents) >= 20
        assert documents.filter(status="draft").exists()
        assert GalleryPage.objects.live().filter(locale__language_code=language).count() == 2
        assert VideoPage.objects.live().filter(locale__language_code=language).count() == 1
        assert InfographicPage.objects.live().filter(locale__language_code=language).count() == 1
    assert Delegation.objects.count() >= 10
    assert Menu.objects.count() == 4
    report = DocumentPage.objects.get(locale__language_code="en", slug="draft-political-report")
    version = report.current_version
    assert version.pdf.file_extension == "pdf" and version.docx.file_extension == "docx"
    for url in ["/", "/en/", "/chuong-trinh/", "/da-phuong-tien/toan-canh-ngay-khai-mac/", report.url]:
        assert client.get(url).status_code == 200
