import datetime

import pytest

from django.utils import timezone

from wagtail.models import Site

from press_center.models import AccreditationSettings, Outlet, PressCentrePage
from tests.factories import make_user

from .factories import form_data, letter_upload, photo_upload


@pytest.fixture
def accreditation_settings(db):
    """The application window open now, coverage allowed for the next two months."""
    settings = AccreditationSettings.for_site(Site.objects.get(is_default_site=True))
    settings.opens_at = timezone.now() - datetime.timedelta(days=1)
    settings.closes_at = timezone.now() + datetime.timedelta(days=30)
    settings.coverage_starts = timezone.localdate()
    settings.coverage_ends = timezone.localdate() + datetime.timedelta(days=60)
    settings.save()
    return settings


@pytest.fixture
def press_page(db):
    return PressCentrePage.objects.get(locale__language_code="vi")


@pytest.fixture
def press_page_en(db):
    return PressCentrePage.objects.get(locale__language_code="en")


@pytest.fixture
def outlet(db):
    return Outlet.objects.create(name="Báo Thử Nghiệm", origin="domestic", quota=10)


@pytest.fixture
def officer(db):
    return make_user("officer", ["Accreditation officers"])


@pytest.fixture
def editor(db):
    return make_user("editor", ["Editors"])


@pytest.fixture
def chief_editor(db):
    return make_user("chief", ["Chief editors"])


@pytest.fixture
def apply_url(press_page):
    return press_page.url + press_page.reverse_subpage("apply")


@pytest.fixture
def apply_url_en(press_page_en):
    return press_page_en.url + press_page_en.reverse_subpage("apply")


@pytest.fixture
def submit(client, apply_url, accreditation_settings, outlet):
    """POST the application form (valid unless overridden); returns the response."""

    def post(url=None, files=None, **overrides):
        data = form_data(**{"outlet": str(outlet.pk), **overrides})
        uploads = {"photo": photo_upload(), "letter": letter_upload()}
        uploads.update(files or {})
        data.update({name: value for name, value in uploads.items() if value is not None})
        return client.post(url or apply_url, data)

    return post


# Briefing schedule (press_center.briefings)


@pytest.fixture
def schedule(db):
    from press_center.models import BriefingSchedulePage

    return BriefingSchedulePage.objects.get(locale__language_code="vi")


@pytest.fixture
def schedule_en(db):
    from press_center.models import BriefingSchedulePage

    return BriefingSchedulePage.objects.get(locale__language_code="en")


@pytest.fixture
def venues(db):
    from press_center.models import Venue

    return {
        "a": Venue.objects.create(name_vi="Phòng A", name_en="Room A", details_vi="Tầng 1", details_en="Ground floor"),
        "b": Venue.objects.create(name_vi="Phòng B", name_en="Room B", details_vi="Tầng 2", details_en="First floor"),
    }


@pytest.fixture
def topics(db):
    from press_center.models import BriefingTopic

    return {
        "economy": BriefingTopic.objects.create(name_vi="Kinh tế", name_en="Economy", slug="kinh-te"),
        "documents": BriefingTopic.objects.create(name_vi="Văn kiện", name_en="Documents", slug="van-kien"),
    }
