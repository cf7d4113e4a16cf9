"""End to end: apply → e-mail → request information → reply → approve → badge → check-in → revoke."""

import datetime
import io
import re
import zoneinfo

import pypdfium2
import pytest
import time_machine
import zxingcpp
from pypdf import PdfReader

from django.core import mail

from press_center.models import Application, BadgeState, CheckIn, Status

from .factories import issue_badge, jpeg_bytes, upload, vetting_user

pytestmark = pytest.mark.django_db

HANOI = zoneinfo.ZoneInfo("Asia/Ho_Chi_Minh")
HOSTILE = '<script>alert("x")</script><b>bold</b>'


def status_link(message):
    return re.search(r"http://testserver(/\S+/status/\S+/)", message.body).group(1)


def qr_codes_in(pdf_bytes):
    page = pypdfium2.PdfDocument(pdf_bytes)[0]
    image = page.render(scale=4).to_pil()
    return [result.text for result in zxingcpp.read_barcodes(image)]


def test_the_whole_journey(client, submit, officer, outlet):
    # Apply, with hostile text in the free-text fields.
    assert submit(position=HOSTILE, outlet="", new_outlet=f"Báo {HOSTILE}").status_code == 302
    application = Application.objects.get()
    link = status_link(mail.outbox[-1])
    html, _mimetype = mail.outbox[-1].alternatives[0]
    assert "<script>alert" not in html

    # The officer asks for more information.
    client.force_login(officer)
    detail = client.get(f"/admin/press-centre/applications/{application.pk}/")
    assert detail.status_code == 200
    assert "&lt;script&gt;" in detail.text and "<script>alert" not in detail.text
    photo = client.get(f"/admin/press-centre/applications/{application.pk}/file/photo/")
    assert photo["Content-Type"] == "image/jpeg"
    assert photo["Cache-Control"].startswith("max-age=0") or "no-store" in photo["Cache-Control"]
    client.post(
        f"/admin/press-centre/applications/{application.pk}/action/request_info/",
        {"text": f"Gửi lại giấy giới thiệu có chữ ký. {HOSTILE}"},
    )
    application.refresh_from_db()
    assert application.status == Status.INFO_REQUESTED
    assert "Gửi lại giấy giới thiệu" in mail.outbox[-1].body
    client.logout()

    # The applicant sees the message and uploads what is missing.
    page = client.get(link)
    assert "Gửi lại giấy giới thiệu" in page.text
    optional = re.findall(r"Ảnh chân dung mới\s*(.*?)\s*</label>", page.text, re.S)
    assert optional == ['<span class="field__optional">(không bắt buộc)</span>']  # said once
    assert "<script>alert" not in page.text
    response = client.post(
        link + "reply/",
        {
            "reply": "Đã gửi bản có chữ ký.",
            "letter": upload("signed.jpg", jpeg_bytes(size=(1200, 1600)), "image/jpeg"),
        },
    )
    assert response.status_code == 200
    application.refresh_from_db()
    assert application.status == Status.UNDER_REVIEW
    assert application.letter.name.endswith(".jpg")

    # The officer approves: the application goes to security vetting, still without a badge.
    client.force_login(officer)
    client.post(f"/admin/press-centre/applications/{application.pk}/action/approve/")
    application.refresh_from_db()
    assert application.status == Status.VETTING and not application.badge_number
    assert mail.outbox[-1].subject == f"Hồ sơ {application.reference} đã được Trung tâm Báo chí duyệt"
    assert client.get(link + "badge/").status_code == 404

    # Security vetting clears the person: the badge is issued; the applicant downloads it.
    client.force_login(vetting_user())
    client.post(f"/admin/press-centre/vetting/{application.pk}/decide/", {"decision": "cleared", "note": ""})
    application.refresh_from_db()
    assert application.status == Status.APPROVED
    assert application.badge_number
    assert "đã được duyệt" in mail.outbox[-1].subject
    client.logout()
    badge = client.get(link + "badge/")
    assert badge["Content-Type"] == "application/pdf"
    text = PdfReader(io.BytesIO(badge.content)).pages[0].extract_text()
    assert "NGUYỄN Văn An" in text
    assert "<script>" in text.replace("\n", "")  # drawn as literal text, never interpreted
    (code,) = qr_codes_in(badge.content)
    assert code == application.badge_code

    # On the badge's first day, check-in accepts the scanned code and records the pickup.
    first_day = datetime.datetime.combine(application.badge_valid_from, datetime.time(8), tzinfo=HANOI)
    with time_machine.travel(first_day):
        client.force_login(officer)
        scanned = client.get("/admin/press-centre/check-in/", {"code": code})
        assert "checkin__result--valid" in scanned.text
        assert '<span class="person__family" title="Họ">Nguyễn</span> Văn An' in scanned.text
        client.post("/admin/press-centre/check-in/", {"code": code, "kind": "pickup"})
        assert CheckIn.objects.filter(application=application, kind="pickup").count() == 1

        # Revoked: check-in now shows it, and nothing more can be recorded.
        client.post(f"/admin/press-centre/applications/{application.pk}/action/revoke/", {"text": "Thẻ bị mất."})
        application.refresh_from_db()
        assert application.status == Status.REVOKED
        assert application.badge_state() == BadgeState.REVOKED
        assert "checkin__result--revoked" in client.get("/admin/press-centre/check-in/", {"code": code}).text
        client.post("/admin/press-centre/check-in/", {"code": code, "kind": "entry"})
        assert CheckIn.objects.filter(kind="entry").count() == 0
        assert "Thẻ bị mất." in mail.outbox[-1].body

        # Every step is in the audit log shown on the application.
        history = client.get(f"/admin/press-centre/applications/{application.pk}/").text
        for message in [
            "Người đăng ký đã nộp hồ sơ",
            "Đã yêu cầu bổ sung thông tin",
            "Người đăng ký đã bổ sung thông tin",
            "Trung tâm Báo chí đã duyệt, chuyển thẩm tra an ninh",
            "Thẩm tra an ninh thông qua, đã cấp thẻ",
            "Đã ghi nhận kiểm tra thẻ",
            "Đã thu hồi thẻ",
            "Đã mở tệp của người đăng ký",
        ]:
            assert message in history


def test_rejection_allows_one_appeal(client, submit, officer):
    from press_center import accreditation

    submit()
    application = Application.objects.get()
    link = status_link(mail.outbox[-1])
    accreditation.reject(application, officer, "Giấy giới thiệu không hợp lệ.")
    page = client.get(link)
    assert "Giấy giới thiệu không hợp lệ." in page.text
    client.post(link + "appeal/", {"text": "Tôi gửi kèm giấy mới."})
    application.refresh_from_db()
    assert application.appeal_pending
    assert "Khiếu nại" in client.get(link).text
    response = client.post(link + "appeal/", {"text": "Lần hai"})
    assert response.status_code == 302
    application.refresh_from_db()
    assert application.appeal_text == "Tôi gửi kèm giấy mới."
    accreditation.approve(application, officer)
    application.refresh_from_db()
    assert application.status == Status.VETTING  # an upheld appeal goes to security vetting too


def test_forged_and_guessed_badge_codes_are_unknown(submit, officer):
    from press_center.models import badge_state_for_code

    submit()
    application = issue_badge(Application.objects.get(), officer)
    assert badge_state_for_code(application.badge_code, on=application.badge_valid_from) == BadgeState.VALID
    number, _sep, signature = application.badge_code.partition("-")
    tampered = signature[:-1] + ("B" if signature.endswith("A") else "A")
    assert badge_state_for_code(f"{number}-{tampered}") == BadgeState.UNKNOWN
    assert badge_state_for_code(f"BC{application.badge_number + 1:04d}-{signature}") == BadgeState.UNKNOWN
    assert badge_state_for_code("BC0001") == BadgeState.UNKNOWN
    assert Application.objects.by_badge_code("") is None
