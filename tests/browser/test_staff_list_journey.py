"""An outlet's team from staff list to the door, in the browser.

The focal point sends a list of three from a phone; two of them complete their own details by
their private links; the officer approves the outlet and its people; security vetting clears one
and refuses the other; the cleared journalist downloads the badge; the desk scans it (valid), a
forged code (not valid), and the old badge after a replacement (refused). Screenshots go to
$JOURNEY_SHOTS, the printed badge rendered to PNG among them.
"""

import io
import os
from pathlib import Path

import pypdfium2
import pytest
from PIL import Image
from playwright.sync_api import expect
from reportlab.pdfgen import canvas

from .conftest import PHONE, assert_accessible, assert_no_horizontal_scroll, demo_shell, signed_in_admin
from .test_accreditation import late_applications  # noqa: F401 (fixture: the window reopened for this module)

pytestmark = pytest.mark.browser
SHOTS = Path(os.environ.get("JOURNEY_SHOTS", "/tmp/journey-shots"))

OUTLET = "Báo Điện tử Bình Minh"
TEAM = [
    ("Quách", "Thị Hồng Nhung", "nhung.quach@binhminh.example.org", "reporter", "Phóng viên", "079195001122"),
    ("Tạ", "Minh Đạt", "dat.ta@binhminh.example.org", "photographer", "Phóng viên ảnh", "079193003344"),
    ("Vi", "Gia Bảo", "bao.vi@binhminh.example.org", "technician", "Kỹ thuật viên", ""),
]


def shot(page, name):
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SHOTS / f"{name}.png", full_page=True)


@pytest.fixture
def files(tmp_path):
    photo = tmp_path / "chan-dung.jpg"
    Image.new("RGB", (600, 800), (180, 160, 150)).save(photo, "JPEG")
    letter = tmp_path / "cong-van.pdf"
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    pdf.drawString(72, 720, "Cong van cu phong vien / Letter from the editor-in-chief")
    pdf.showPage()
    pdf.save()
    letter.write_bytes(buffer.getvalue())
    return photo, letter


def status_paths():
    """Each listed person's private link, as their e-mail carries it."""
    line = demo_shell(
        "from press_center.models import StaffList;"
        f"s = StaffList.objects.get(outlet__name={OUTLET!r});"
        "print('|'.join(p.status_path() for p in s.people_in_order()))"
    )
    return line.split("|")


def test_an_outlets_team_from_staff_list_to_the_door(browser, demo_server, files, late_applications):  # noqa: F811
    photo, letter = files
    phone = browser.new_context(base_url=demo_server, viewport=PHONE, locale="vi-VN", bypass_csp=True)
    page = phone.new_page()
    try:
        # The focal point, on a phone: a slip first (no people), then the list of three.
        page.goto("/trung-tam-bao-chi/")
        page.get_by_role("link", name="Đăng ký danh sách nhân sự của cơ quan").click()
        page.get_by_label("Cơ quan báo chí không có trong danh sách").fill(OUTLET)
        page.get_by_label("Loại hình cơ quan báo chí").select_option("online")
        page.get_by_label("Quốc gia của cơ quan báo chí").select_option("VN")
        page.get_by_label("Công văn của Tổng biên tập").set_input_files(str(letter))
        page.get_by_label("Họ và tên của bạn").fill("Kiều Phương Thảo")
        page.get_by_label("Chức vụ của bạn").fill("Thư ký toà soạn")
        page.get_by_label("Thư điện tử của bạn").fill("thuky@binhminh.example.org")
        page.get_by_label("Điện thoại của bạn").fill("+84 28 3822 0000")
        page.locator("#id_consent").check()
        page.get_by_role("button", name="Gửi danh sách nhân sự").click()
        expect(page.locator("#error-summary")).to_contain_text("Người thứ 1")
        assert_accessible(page)
        assert_no_horizontal_scroll(page)

        page.get_by_label("Công văn của Tổng biên tập").set_input_files(str(letter))  # files are not kept
        for index, (family, given, email, category, position, _document) in enumerate(TEAM):
            person = page.locator(".staff-person").nth(index)
            person.get_by_label("Họ", exact=True).fill(family)
            person.get_by_label("Tên đệm và tên").fill(given)
            person.get_by_label("Thư điện tử", exact=True).fill(email)
            person.get_by_label("Loại thẻ").select_option(category)
            person.get_by_label("Chức vụ").fill(position)
        page.locator("#id_consent").check()
        shot(page, "38-focal-point-list")
        page.get_by_role("button", name="Gửi danh sách nhân sự").click()
        expect(page.get_by_role("heading", name="Đã gửi danh sách nhân sự")).to_be_visible()
        page.get_by_role("link", name="Mở danh sách của tôi").click()
        expect(page.locator("table")).to_contain_text("Chờ nhà báo bổ sung thông tin")
        expect(page.locator("tbody tr")).to_have_count(3)
        assert_accessible(page)
        assert_no_horizontal_scroll(page)
        shot(page, "39-focal-point-progress")

        # Two of the three complete their own details from the links in their e-mails.
        paths = status_paths()
        for path, (family, _given, _email, _category, _position, document) in zip(paths[:2], TEAM, strict=False):
            page.goto(path)
            expect(page.get_by_role("heading", name="Hoàn thiện thông tin của bạn")).to_be_visible()
            expect(page.get_by_label("Họ", exact=True)).to_have_value(family)
            page.get_by_label("Ngày sinh").fill("1993-06-15")
            page.get_by_label("Nơi sinh").fill("Quảng Ngãi")
            page.get_by_label("Quốc tịch").select_option("VN")
            page.get_by_label("Thẻ căn cước công dân").check()
            page.get_by_label("Số giấy tờ").fill(document)
            page.get_by_label("Nước cấp").select_option("VN")
            page.get_by_label("Có giá trị đến").fill("2038-06-15")
            page.get_by_label("Số thẻ nhà báo").fill("TNB-77001")
            page.get_by_label("Điện thoại").fill("+84 90 777 1234")
            page.get_by_label("Ảnh chân dung").set_input_files(str(photo))
            page.locator("#id_consent").check()
            if document == TEAM[0][5]:
                assert_accessible(page)
                assert_no_horizontal_scroll(page)
                shot(page, "40-listed-person-completes")
            page.get_by_role("button", name="Gửi thông tin của tôi").click()
            expect(page.locator(".panel--success")).to_contain_text("thông tin của bạn đã được gửi")
            expect(page.locator("#status-heading")).to_have_text("Trạng thái: Đã nộp")
    finally:
        phone.close()

    # The officer approves the outlet and the two who are ready.
    officer = signed_in_admin(browser, demo_server, "canbobaochi")
    try:
        officer.get_by_role("button", name="Trung tâm báo chí").click()
        officer.get_by_role("link", name="Danh sách nhân sự").click()
        officer.locator("tr", has_text=OUTLET).get_by_role("link").first.click()
        expect(officer.locator("main")).to_contain_text("2 người đã hoàn thiện thông tin")
        officer.get_by_role("button", name="Duyệt cơ quan và những người đã sẵn sàng").click()
        expect(officer.locator(".messages .success")).to_contain_text("2 người")
        rows = officer.locator("tbody tr")
        expect(rows.filter(has_text="Quách")).to_contain_text("Đang thẩm tra an ninh")
        # A new outlet has the quota for typed-in outlets (2) until an officer sets its own: the third waits.
        expect(rows.filter(has_text="Vi Gia Bảo")).to_contain_text("Trong danh sách chờ")
        shot(officer, "41-officer-staff-list-approved")
    finally:
        officer.context.close()

    # Security vetting clears one and refuses the other.
    vetting = signed_in_admin(browser, demo_server, "thamtraanninh")
    try:
        vetting.goto("/admin/press-centre/vetting/")
        vetting.locator("tr", has_text="Quách").get_by_role("button", name="Thông qua: cấp thẻ").click()
        expect(vetting.locator(".messages .success")).to_contain_text("đã cấp thẻ BC-")
        refused = vetting.locator("tr", has_text="Tạ Minh Đạt")
        refused.get_by_label("Nhận xét thẩm tra").fill("Thông tin nhân thân chưa khớp hồ sơ lưu trữ.")
        refused.get_by_role("button", name="Không thông qua").click()
        expect(vetting.locator(".messages .success")).to_be_visible()
        expect(vetting.locator("tr", has_text="Tạ Minh Đạt")).to_have_count(0)
    finally:
        vetting.context.close()

    # The cleared journalist downloads the badge from her status page.
    journalist = browser.new_context(base_url=demo_server, viewport=PHONE, locale="vi-VN")
    page = journalist.new_page()
    try:
        page.goto(paths[0])
        expect(page.locator("#status-heading")).to_have_text("Trạng thái: Đã duyệt")
        with page.expect_download() as download:
            page.get_by_role("link", name="Tải thẻ tác nghiệp (PDF)").click()
        pdf = Path(download.value.path()).read_bytes()
        assert pdf.startswith(b"%PDF")
        document = pypdfium2.PdfDocument(io.BytesIO(pdf))
        text = document[0].get_textpage().get_text_range()
        assert "QUÁCH Thị Hồng Nhung" in text and OUTLET in text
        SHOTS.mkdir(parents=True, exist_ok=True)
        document[0].render(scale=3).to_pil().save(SHOTS / "42-printed-badge.png")
        page.goto(paths[1])
        expect(page.locator("#status-heading")).to_have_text("Trạng thái: Bị từ chối")
    finally:
        journalist.close()

    # The desk: her badge is valid, a forged code is not, and after a replacement the old one is refused.
    code = demo_shell(
        f"from press_center.models import Application; print(Application.objects.get(email={TEAM[0][2]!r}).badge_code)"
    )
    desk = signed_in_admin(browser, demo_server, "canbobaochi")
    try:
        result = scan(desk, code)
        expect(result.locator(".checkin__state")).to_have_text("Hợp lệ")
        expect(result).to_contain_text("Hồng Nhung")
        shot(desk, "43-desk-listed-valid")

        result = scan(desk, code[:-4] + "AAAA")
        expect(result.locator(".checkin__state")).to_have_text("Không xác định")
        expect(result).not_to_contain_text("Hồng Nhung")

        pk = demo_shell(
            f"from press_center.models import Application; print(Application.objects.get(email={TEAM[0][2]!r}).pk)"
        )
        desk.goto(f"/admin/press-centre/applications/{pk}/")
        desk.get_by_label("Lý do (mất, hỏng …): thẻ cũ bị từ chối ngay").fill("Mất thẻ tại hội trường, 7/12.")
        desk.get_by_role("button", name="Cấp lại thẻ").click()
        expect(desk.locator(".messages .success")).to_be_visible()
        result = scan(desk, code)
        expect(result.locator(".checkin__state")).to_have_text("Đã thay bằng thẻ mới")
        expect(result.get_by_role("button", name="Ghi nhận vào trung tâm")).to_have_count(0)
        shot(desk, "44-desk-replaced-refused")
    finally:
        desk.context.close()


def scan(page, code):
    page.goto("/admin/press-centre/check-in/")
    page.locator("#id_code").fill(code)
    page.locator("#id_code").press("Enter")  # what a QR scanner acting as a keyboard does
    result = page.locator(".checkin__result")
    expect(result).to_be_visible()
    return result
