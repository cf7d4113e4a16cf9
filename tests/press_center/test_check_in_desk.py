"""The check-in desk: only a signed code is valid; typed numbers, forgeries and badges out of their dates are not."""

import datetime
import zoneinfo

import pytest
import time_machine

from django.template.loader import render_to_string

from press_center.models import Application, BadgeState, CheckIn

from .factories import issue_badge

pytestmark = pytest.mark.django_db


def shown_name(application):
    """The holder's name as the desk shows it, family name marked."""
    return render_to_string("press_center/includes/person_name.html", {"person": application}).strip()


HANOI = zoneinfo.ZoneInfo("Asia/Ho_Chi_Minh")
DESK = "/admin/press-centre/check-in/"


@pytest.fixture
def badge(submit, officer):
    submit()
    return issue_badge(Application.objects.get(), officer)


def on(day, hour=9):
    return time_machine.travel(datetime.datetime.combine(day, datetime.time(hour), tzinfo=HANOI), tick=False)


@pytest.fixture
def desk(client, officer):
    def desk(code, **record):
        client.force_login(officer)  # at the moment the clock was moved to: sessions expire
        if record:
            return client.post(DESK, {"code": code, **record}, follow=True)
        return client.get(DESK, {"code": code})

    return desk


def state_of(response):
    """The desk's verdict, as the big coloured label shows it (the result box's modifier class)."""
    for state in BadgeState:
        if f"checkin__result--{state.value}" in response.text:
            return state
    raise AssertionError("no result on the desk")


def test_only_the_signed_code_is_valid_and_a_typed_number_asks_for_the_photo(badge, desk):
    with on(badge.badge_valid_from):
        assert state_of(desk(badge.badge_code)) == BadgeState.VALID
        for typed in (badge.badge_label, f"BC{badge.badge_number:04d}", str(badge.badge_number), " bc-0001 "):
            response = desk(typed)
            assert state_of(response) == BadgeState.CHECK_BY_HAND, typed
            assert shown_name(badge) in response.text
            assert "checkin__result--valid" not in response.text

        # Recording from a typed number needs the officer's confirmation that the photo matches.
        refused = desk(badge.badge_label, kind="entry")
        assert "So sánh ảnh với người" in refused.text
        assert not CheckIn.objects.exists()
        desk(badge.badge_label, kind="entry", identity_checked="1")
        assert CheckIn.objects.filter(kind="entry").count() == 1


@pytest.mark.parametrize(
    "code",
    ["<script>alert(1)</script>", "BC0001-forged", "BC0001-", "1 OR 1=1", "BC 0001 x", "BC-١"],
)
def test_forged_or_malformed_codes_find_no_one(badge, desk, code):
    with on(badge.badge_valid_from):
        response = desk(code)
        assert state_of(response) == BadgeState.UNKNOWN
        assert shown_name(badge) not in response.text and badge.given_names not in response.text
        desk(code, kind="entry", identity_checked="1")
    assert not CheckIn.objects.exists()


def test_a_badge_is_refused_with_its_dates_before_its_first_day_and_after_its_last(badge, desk):
    with on(badge.badge_valid_from - datetime.timedelta(days=1)):
        assert state_of(desk(badge.badge_code)) == BadgeState.NOT_YET_VALID
        refused = desk(badge.badge_code, kind="pickup")
        assert "Thẻ có giá trị từ" in refused.text
        first, last = badge.badge_valid_from, badge.badge_valid_until
        assert f"{first.day}/{first.month}/{first.year}" in refused.text
        assert f"{last.day}/{last.month}/{last.year}" in refused.text
    with on(badge.badge_valid_until + datetime.timedelta(days=1)):
        assert state_of(desk(badge.badge_code)) == BadgeState.EXPIRED
        desk(badge.badge_code, kind="entry")
    assert not CheckIn.objects.exists()
    assert not badge.badge_valid_on(badge.badge_valid_from - datetime.timedelta(days=1))
    assert badge.badge_valid_on(badge.badge_valid_from)


def test_a_second_pickup_scan_shows_the_first_time_instead_of_replacing_it(badge, desk):
    with on(badge.badge_valid_from, hour=8):
        desk(badge.badge_code, kind="pickup")
    with on(badge.badge_valid_from, hour=15):
        again = desk(badge.badge_code, kind="pickup")
        assert "đã được ghi nhận lúc" in again.text and "08:00" in again.text
        assert "08:00" in desk(badge.badge_code).text  # "earlier today" on the result
    (pickup,) = CheckIn.objects.filter(kind="pickup")
    badge.refresh_from_db()
    assert badge.badge_collected_at == pickup.at
    assert timezone_hour(pickup.at) == 8


def timezone_hour(moment):
    return moment.astimezone(HANOI).hour
