"""Security vetting before badges: approval by the press centre sends the person to vetting, which
sees only what it needs, clears or refuses each person (on screen or from a file), and only
clearing issues the badge."""

import csv
import io

import openpyxl
import pytest

from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile

from press_center import accreditation
from press_center.models import Application, Status

from .factories import vetting_user

pytestmark = pytest.mark.django_db

VETTING = "/admin/press-centre/vetting/"


@pytest.fixture
def waiting(submit, officer):
    """Three people approved by the press centre, waiting for vetting."""
    for n, (family, given) in enumerate([("Nguyễn", "Văn An"), ("Trần", "Thị Bích"), ("Lê", "Quang Huy")]):
        submit(
            family_name=family,
            given_names=given,
            email=f"pv{n}@example.org",
            document_number=f"00108801{n:04d}",
            date_of_birth=f"198{n}-05-0{n + 1}",
        )
    for application in Application.objects.order_by("pk"):
        accreditation.approve(application, officer)
    return list(Application.objects.order_by("pk"))


def test_vetting_sees_exactly_what_it_needs_and_nothing_else(client, waiting):
    client.force_login(vetting_user())
    page = client.get(VETTING).text
    first = waiting[0]
    expires = first.document_expires.strftime("%d/%m/%Y")
    shown = ["Nguyễn", "Văn An", "01/05/1980, Nam Định", "VN", "Việt Nam", first.document_number, "Báo Thử Nghiệm"]
    shown += ["Thẻ căn cước công dân", "do Việt Nam (VN) cấp", f"có giá trị đến {expires}"]
    for text in shown:
        assert text in page, text
    assert first.email not in page and first.phone not in page and first.position not in page
    assert client.get(f"{VETTING}{first.pk}/photo/").status_code == 200
    # The rest of the press centre stays closed to vetting.
    closed = [
        "/admin/press-centre/applications/",
        f"/admin/press-centre/applications/{first.pk}/",
        f"/admin/press-centre/applications/{first.pk}/file/photo/",
        "/admin/press-centre/check-in/",
    ]
    for url in closed:
        assert client.get(url).status_code in (302, 403), url


def test_officers_do_not_decide_for_vetting(client, officer, waiting):
    client.force_login(officer)
    assert client.get(VETTING).status_code in (302, 403)
    client.post(f"{VETTING}{waiting[0].pk}/decide/", {"decision": "cleared"})
    assert Application.objects.get(pk=waiting[0].pk).status == Status.VETTING


def test_clearing_issues_the_badge_and_refusing_keeps_the_note_private(client, waiting):
    cleared, refused, waiting_still = waiting
    mail.outbox.clear()
    client.force_login(vetting_user())
    page = client.post(f"{VETTING}{cleared.pk}/decide/", {"decision": "cleared", "note": ""}, follow=True).text
    cleared.refresh_from_db()
    assert cleared.status == Status.APPROVED and cleared.badge_number and cleared.vetted_at
    assert f"{cleared.reference} đã được thông qua: đã cấp thẻ {cleared.badge_label}." in page

    page = client.post(f"{VETTING}{refused.pk}/decide/", {"decision": "refused", "note": ""}, follow=True).text
    assert "Hãy ghi nhận xét thẩm tra" in page
    assert Application.objects.get(pk=refused.pk).status == Status.VETTING
    client.post(f"{VETTING}{refused.pk}/decide/", {"decision": "refused", "note": "Hồ sơ lý lịch chưa khớp."})
    refused.refresh_from_db()
    assert refused.status == Status.REJECTED and refused.vetting_note == "Hồ sơ lý lịch chưa khớp."
    assert refused.badge_number is None and refused.can_appeal

    by_recipient = {message.to[0]: message for message in mail.outbox}
    assert "đã được duyệt" in by_recipient[cleared.email].subject
    refusal = by_recipient[refused.email]
    assert "không được xác nhận sau bước thẩm tra an ninh" in refusal.body
    assert "lý lịch" not in refusal.body and "lý lịch" not in refusal.alternatives[0][0]
    page = client.get(VETTING).text
    assert f'id="vetting-{cleared.pk}"' not in page and f'id="vetting-{refused.pk}"' not in page
    assert f'id="vetting-{waiting_still.pk}"' in page


@pytest.mark.parametrize("file_format", ["csv", "xlsx"])
def test_the_exported_list_comes_back_with_decisions(client, waiting, file_format):
    client.force_login(vetting_user())
    response = client.get(f"{VETTING}export/{file_format}/")
    assert "no-store" in response["Cache-Control"]
    if file_format == "csv":
        table = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    else:
        sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
        table = [[cell or "" for cell in row] for row in sheet.iter_rows(values_only=True)]
    assert table[0][0] == "Mã hồ sơ" and table[0][-2] == "Kết luận (cleared / refused)"
    assert [row[0] for row in table[1:]] == [application.reference for application in waiting]
    # Everything vetting checks a person against, by column.
    first = dict(zip(table[0], table[1], strict=True))
    assert first["Nơi sinh"] == "Nam Định" and first["Ngày sinh"] == "1980-05-01"
    assert first["Giấy tờ tùy thân"] == "Thẻ căn cước công dân" and first["Số giấy tờ"] == waiting[0].document_number
    assert first["Nước cấp (mã ISO)"] == "VN" and first["Có giá trị đến"] == waiting[0].document_expires.isoformat()

    # Vetting fills in two decisions, leaves one open, and mistypes a reference.
    table[1][-2:] = ["cleared", ""]
    table[2][-2:] = ["refused", "Chưa đủ điều kiện."]
    table.append(["ZZZZ-ZZZZ"] + [""] * (len(table[0]) - 3) + ["cleared", ""])
    if file_format == "csv":
        buffer = io.StringIO()
        csv.writer(buffer).writerows(table)
        content = buffer.getvalue().encode("utf-8-sig")
    else:
        workbook = openpyxl.Workbook()
        for row in table:
            workbook.active.append(row)
        saved = io.BytesIO()
        workbook.save(saved)
        content = saved.getvalue()
    page = client.post(
        f"{VETTING}import/", {"file": SimpleUploadedFile(f"decisions.{file_format}", content)}, follow=True
    ).text
    assert "Đã ghi 2 kết luận." in page
    assert "Dòng 5 (ZZZZ-ZZZZ): Không có hồ sơ nào mang mã này." in page
    statuses = [Application.objects.get(pk=application.pk).status for application in waiting]
    assert statuses == [Status.APPROVED, Status.REJECTED, Status.VETTING]

    # The same file again changes nothing: those two are decided.
    client.post(f"{VETTING}import/", {"file": SimpleUploadedFile(f"again.{file_format}", content)})
    assert [Application.objects.get(pk=application.pk).status for application in waiting] == statuses


def test_a_file_that_is_not_a_vetting_list_is_refused_whole(client, waiting):
    client.force_login(vetting_user())
    page = client.post(
        f"{VETTING}import/", {"file": SimpleUploadedFile("x.csv", "Mã hồ sơ\n".encode("utf-16"))}, follow=True
    ).text
    assert "Tệp CSV phải ở mã UTF-8, như khi xuất." in page
    assert all(Application.objects.get(pk=application.pk).status == Status.VETTING for application in waiting)
