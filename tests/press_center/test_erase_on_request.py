"""Deletion on request, as the data-protection notice promises: an officer withdraws one application
and erases its personal data at once; the badge stops working and its places go to others."""

import pytest

from django.core import mail

from press_center import accreditation
from press_center.briefings import registration as rules
from press_center.models import Application, BadgeState, BriefingRegistration, Status
from press_center.models.accreditation import private_storage

from .briefing_factories import at, badge_holder, make_briefing
from .factories import issue_badge

pytestmark = pytest.mark.django_db


def action_url(application, action):
    return f"/admin/press-centre/applications/{application.pk}/action/{action}/"


def test_an_officer_erases_an_approved_journalist_on_request(
    client, submit, officer, schedule, django_capture_on_commit_callbacks
):
    submit()
    application = issue_badge(Application.objects.get(), officer)
    code, files = application.badge_code, [application.photo.name, application.letter.name]
    briefing = make_briefing(schedule, access="registration", capacity=1, start=at(3, 9))
    rules.register(briefing, application)
    waiting = badge_holder()
    rules.register(briefing, waiting)
    mail.outbox.clear()

    client.force_login(officer)
    page = client.get(f"/admin/press-centre/applications/{application.pk}/").text
    assert "Rút hồ sơ và xóa dữ liệu cá nhân" in page
    refused = client.post(action_url(application, "erase"), {"text": ""}, follow=True).text
    assert "Hãy ghi rõ ai yêu cầu và yêu cầu đến khi nào" in refused
    assert Application.objects.get(pk=application.pk).family_name == "Nguyễn"

    with django_capture_on_commit_callbacks(execute=True):
        page = client.post(
            action_url(application, "erase"), {"text": "Theo thư yêu cầu của người đăng ký ngày 3/12."}, follow=True
        ).text
    erased = Application.objects.get(pk=application.pk)
    assert erased.status == Status.WITHDRAWN and erased.purged_at
    assert erased.family_name == "" and erased.email == "" and erased.search_key == ""
    assert not any(private_storage.exists(name) for name in files)
    assert Application.objects.by_badge_code(code).badge_state() == BadgeState.UNKNOWN
    assert BriefingRegistration.objects.get(application=waiting, event=briefing.event).status == "confirmed"
    assert [message.to for message in mail.outbox] == [[waiting.email]]  # the erased person gets nothing
    # The request stays on record, labelled in the officer's language.
    assert "<strong>Lý do</strong>: Theo thư yêu cầu của người đăng ký ngày 3/12." in page
    assert "<strong>reason</strong>" not in page
    assert "Rút hồ sơ và xóa dữ liệu cá nhân</button>" not in page


def test_erasing_a_waiting_application_frees_its_place_under_the_quota(submit, officer, outlet):
    outlet.quota = 1
    outlet.save()
    submit()
    submit(document_number="B7654321", email="second@example.org", date_of_birth="1990-05-05")
    first, second = Application.objects.order_by("pk")
    assert second.status == Status.WAITLISTED
    accreditation.erase(first, officer, "Yêu cầu qua điện thoại ngày 2/12.")
    assert Application.objects.get(pk=second.pk).status == Status.SUBMITTED
    with pytest.raises(accreditation.TransitionError):
        accreditation.erase(Application.objects.get(pk=first.pk), officer, "lần hai")
