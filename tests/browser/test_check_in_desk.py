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


def test_the_officer_compares_a_likely_duplicate_and_erases_an_application_on_request(officer_page):
    """Two applications of one person under two e-mails: approval waits until the officer has
    compared them; then a third is withdrawn and erased at the applicant's request."""
    page = officer_page
    first, second = demo_shell(
        "import datetime; from django.utils import timezone;"
        "from press_center.models import Application, Outlet;"
        "outlet = Outlet.objects.filter(applications__isnull=False).first();"
        "today = timezone.localdate();"
        "common = dict(category='reporter', origin='domestic', family_name='Hà', given_names='Minh Khuê',"
        " date_of_birth=datetime.date(1991, 7, 9), nationality='VN', outlet=outlet, position='Phóng viên',"
        " phone='+84 90 111 2222', coverage_starts=today, coverage_ends=today + datetime.timedelta(days=9),"
        " consented_at=timezone.now());"
        "a = Application.objects.create(document_number='031091007788', email='khue@example.org', **common);"
        "b = Application.objects.create(document_number='031 091 007 788', email='khue.ha@example.net', **common);"
        "print(f'{a.pk}-{a.reference}|{b.pk}-{b.reference}')"
    ).split("|")
    first_pk, first_reference = first.split("-", 1)
    second_pk, _second_reference = second.split("-", 1)

    page.goto(f"/admin/press-centre/applications/{second_pk}/")
    panel = page.locator(".accreditation__duplicates")
    expect(panel).to_contain_text("Có thể là cùng một người")
    expect(panel.get_by_role("link", name=first_reference)).to_be_visible()
    expect(page.get_by_role("button", name="Duyệt và chuyển thẩm tra an ninh")).to_have_count(0)
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SHOTS / "33-officer-duplicate.png", full_page=True)

    # Here they are different people (the officer checked the IDs); approval is offered again.
    page.get_by_role("button", name="Khác người: cho phép duyệt").click()
    expect(page.locator(".messages .success")).to_be_visible()
    page.get_by_role("button", name="Duyệt và chuyển thẩm tra an ninh").click()
    expect(page.locator(".accreditation__summary h2")).to_have_text("Đang thẩm tra an ninh")

    page.goto(f"/admin/press-centre/applications/{first_pk}/")
    page.get_by_label("Ai yêu cầu, vào lúc nào (lưu trong lịch sử)").fill("Thư điện tử của người đăng ký, 6/12.")
    page.get_by_role("button", name="Rút hồ sơ và xóa dữ liệu cá nhân").click()
    expect(page.locator(".accreditation__summary h2")).to_have_text("Đã rút, đã xóa dữ liệu")
    expect(page.locator(".accreditation__summary")).not_to_contain_text("Minh Khuê")
    expect(page.locator("main")).to_contain_text("Thư điện tử của người đăng ký, 6/12.")
    page.screenshot(path=SHOTS / "34-officer-erased.png", full_page=True)


def test_security_vetting_clears_one_person_and_the_badge_is_issued(browser, demo_server):
    """The vetting colleague sees the waiting list with photos and clears Tanaka Haruki (waiting in the
    demo since the press centre approved him): the badge is issued and he leaves the list."""
    page = signed_in_admin(browser, demo_server, "thamtraanninh")
    try:
        page.get_by_role("button", name="Trung tâm báo chí").click()
        page.get_by_role("link", name="Thẩm tra an ninh").click()
        row = page.locator("tr", has_text="Tanaka")
        expect(row).to_contain_text("Haruki")
        expect(row.get_by_role("img")).to_have_attribute("alt", "Ảnh của Tanaka Haruki")
        expect(page.get_by_role("link", name="Hồ sơ đăng ký")).to_have_count(0)  # no other press-centre screen
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=SHOTS / "35-vetting-list.png", full_page=True)

        row.get_by_role("button", name="Thông qua: cấp thẻ").click()
        expect(page.locator(".messages .success")).to_contain_text("đã được thông qua: đã cấp thẻ BC-")
        expect(page.locator("tr", has_text="Tanaka")).to_have_count(0)
        page.screenshot(path=SHOTS / "36-vetting-cleared.png", full_page=True)
    finally:
        page.context.close()
