"""The officer at the check-in desk, in the browser: a scanned badge is valid, a typed number asks
for the photo to be compared, a forged code finds no one. Screenshots go to $JOURNEY_SHOTS."""

import os
from pathlib import Path

import pytest
from playwright.sync_api import expect

from .conftest import demo_shell, signed_in_admin

pytestmark = pytest.mark.browser
SHOTS = Path(os.environ.get("JOURNEY_SHOTS", "/tmp/journey-shots"))


@pytest.fixture
def officer_page(browser, demo_server):
    page = signed_in_admin(browser, demo_server, "canbobaochi")
    yield page
    page.context.close()


def scan(page, code, shot):
    page.goto("/admin/press-centre/check-in/")
    page.locator("#id_code").fill(code)
    page.locator("#id_code").press("Enter")  # what a QR scanner acting as a keyboard does
    result = page.locator(".checkin__result")
    expect(result).to_be_visible()
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SHOTS / f"{shot}.png")
    return result


def test_the_desk_tells_a_scanned_badge_from_a_typed_number_and_a_forgery(officer_page):
    page = officer_page
    code, label, name = demo_shell(
        "from press_center.models import Application, BadgeState;"
        "a = next(a for a in Application.objects.exclude(badge_number=None) if a.badge_state() == BadgeState.VALID);"
        "print('|'.join([a.badge_code, a.badge_label, a.full_name]))"
    ).split("|")

    result = scan(page, code, "30-desk-scanned")
    expect(result.locator(".checkin__state")).to_have_text("Hợp lệ")
    expect(result).to_contain_text(name)
    expect(result.get_by_role("button", name="Ghi nhận vào trung tâm")).to_be_visible()

    result = scan(page, label, "31-desk-typed")
    expect(result.locator(".checkin__state")).to_have_text("Kiểm tra danh tính thủ công")
    expect(result).to_contain_text(name)
    confirm = result.get_by_label("Tôi đã đối chiếu ảnh với người mang thẻ")
    expect(confirm).not_to_be_checked()
    confirm.check()
    result.get_by_role("button", name="Ghi nhận vào trung tâm").click()
    expect(page.locator(".messages .success")).to_contain_text(label)

    forged = code.split("-")[0]  # the number without its signature, as a home-made QR would carry
    result = scan(page, forged + "-" + "A" * 20, "32-desk-forged")
    expect(result.locator(".checkin__state")).to_have_text("Không xác định")
    expect(result).not_to_contain_text(name)
    expect(result.get_by_role("button")).to_have_count(0)
