"""A lost badge is not a dead end: the officer issues a replacement with a new number and code, the
old card is refused everywhere at once, and the journalist keeps their briefing places."""

import datetime
import zoneinfo

import pytest

from django.core import mail

from press_center import accreditation
from press_center.briefings import registration as rules
from press_center.models import Application, BadgeState, BriefingRegistration, CheckIn, badge_state_for_code

from .briefing_factories import make_briefing
from .factories import issue_badge

pytestmark = pytest.mark.django_db

DESK = "/admin/press-centre/check-in/"
HANOI = zoneinfo.ZoneInfo("Asia/Ho_Chi_Minh")


@pytest.fixture
def holder(submit, officer):
    submit()
    return issue_badge(Application.objects.get(), officer)


def test_a_lost_badge_is_replaced_and_the_old_one_refused_everywhere(client, officer, holder, schedule, time_machine):
    first_day = holder.badge_valid_from
    start = datetime.datetime.combine(first_day, datetime.time(15), tzinfo=HANOI)
    briefing = make_briefing(schedule, access="registration", capacity=5, start=start)
    rules.register(briefing, holder)
    old_code, old_label = holder.badge_code, holder.badge_label
    mail.outbox.clear()
    time_machine.move_to(datetime.datetime.combine(first_day, datetime.time(10), tzinfo=HANOI))  # at the desk

    client.force_login(officer)
    page = client.get(f"/admin/press-centre/applications/{holder.pk}/").text
    assert "Cấp lại thẻ</button>" in page
    client.post(
        f"/admin/press-centre/applications/{holder.pk}/action/replace_badge/",
        {"text": "Mất thẻ tại khu vực họp báo."},
    )
    holder.refresh_from_db()
    assert holder.badge_label != old_label and holder.badge_code != old_code
    assert holder.badge_state() == BadgeState.VALID
    (message,) = mail.outbox
    assert message.subject == f"Hồ sơ {holder.reference}: thẻ mới của bạn"
    assert f"Thẻ {old_label} của bạn đã được thay bằng thẻ mới, số {holder.badge_label}." in message.body

    # The desk refuses the old card, scanned or typed, with what happened; nothing can be recorded.
    for old in (old_code, old_label):
        page = client.get(DESK, {"code": old}).text
        assert "checkin__result--replaced" in page
        assert f"Thẻ {old_label} đã được thay lúc" in page and holder.badge_label in page
        assert "Mất thẻ tại khu vực họp báo." in page
        assert "Ghi nhận vào trung tâm" not in page
    client.post(DESK, {"code": old_code, "kind": "entry"})
    assert not CheckIn.objects.exists()
    assert badge_state_for_code(old_code) == BadgeState.REPLACED
    with pytest.raises(rules.RegistrationError) as refused:
        rules.attend_by_badge(briefing.event, old_code, officer)
    assert refused.value.code == "replaced"

    # The new card works, and the briefing place went with the journalist.
    assert "checkin__result--valid" in client.get(DESK, {"code": holder.badge_code}).text
    assert BriefingRegistration.objects.get(application=holder).status == "confirmed"
    rules.attend_by_badge(briefing.event, holder.badge_code, officer)


def test_a_replaced_number_is_never_given_again(submit, officer, holder):
    old_number = holder.badge_number
    accreditation.replace_badge(holder, officer, "Thẻ bị hỏng.")
    submit(document_number="B7654321", email="next@example.org", date_of_birth="1992-02-02")
    following = issue_badge(Application.objects.exclude(pk=holder.pk).get(), officer)
    holder.refresh_from_db()
    assert len({old_number, holder.badge_number, following.badge_number}) == 3


def test_a_replacement_needs_a_reason_and_an_approved_badge(officer, holder):
    with pytest.raises(accreditation.TransitionError):
        accreditation.replace_badge(holder, officer, "  ")
    accreditation.revoke(holder, officer, "Vi phạm quy chế.")
    with pytest.raises(accreditation.TransitionError):
        accreditation.replace_badge(Application.objects.get(pk=holder.pk), officer, "Mất thẻ.")
