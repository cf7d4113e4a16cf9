"""A journalist applies in Vietnamese and in English; the form, its errors and the status page pass axe-core."""

import datetime
import io
import uuid

import pytest
from PIL import Image
from playwright.sync_api import expect
from reportlab.pdfgen import canvas

from .conftest import assert_accessible, assert_no_horizontal_scroll, demo_shell

pytestmark = pytest.mark.browser

LANGUAGES = {
    "vi": {
        "apply": "/trung-tam-bao-chi/apply/",
        "error": "Có lỗi cần sửa",
        "sent": "Đã gửi hồ sơ",
        "follow": "Theo dõi hồ sơ của tôi",
        "status": ("Trạng thái: Đã nộp", "Trạng thái: Trong danh sách chờ"),
    },
    "en": {
        "apply": "/en/press-centre/apply/",
        "error": "There is a problem",
        "sent": "Application sent",
        "follow": "Follow my application",
        "status": ("Status: Submitted", "Status: On the waitlist"),
    },
}


# The demo congress is under way, so its application window closed before the opening; an officer
# reopens it for late applications (Settings → Accreditation settings), and closes it again afterwards.
REOPEN = (
    "import datetime;from django.utils import timezone;from wagtail.models import Site;"
    "from press_center.models import AccreditationSettings as A;"
    "s=A.for_site(Site.objects.get(is_default_site=True));old=s.closes_at;"
    "s.closes_at={closes};s.save();print(old.isoformat())"
)


@pytest.fixture(scope="module")
def late_applications(demo_server):
    closed_at = demo_shell(REOPEN.format(closes="timezone.now() + datetime.timedelta(days=1)"))
    yield
    demo_shell(REOPEN.format(closes=f"datetime.datetime.fromisoformat({closed_at!r})"))


@pytest.fixture
def documents(tmp_path):
    photo = tmp_path / "chan-dung.jpg"
    Image.new("RGB", (600, 800), (190, 170, 150)).save(photo, "JPEG")
    letter = tmp_path / "giay-gioi-thieu.pdf"
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    pdf.drawString(72, 720, "Letter of assignment")
    pdf.showPage()
    pdf.save()
    letter.write_bytes(buffer.getvalue())
    return photo, letter


@pytest.mark.parametrize("language", ["vi", "en"])
def test_applying_in_each_language_is_accessible(page, language, documents, late_applications):
    text = LANGUAGES[language]
    response = page.goto(text["apply"])
    assert response.status == 200
    assert_no_horizontal_scroll(page)
    assert_accessible(page)

    # An empty submission: errors in the summary and next to the fields, in the page's language.
    page.click("button[type=submit].button--primary")
    expect(page.locator("#error-summary")).to_be_visible()  # waits for the answer to the submission
    assert text["error"] in page.inner_text("#error-summary")
    assert page.locator(".field__error").count() >= 10
    assert_no_horizontal_scroll(page)
    assert_accessible(page)

    photo, letter = documents
    unique = uuid.uuid4().hex[:8].upper()
    start = datetime.date.today()  # within the coverage period: the congress is under way
    page.check("#id_category_0")
    page.check("#id_origin_0")
    page.fill("#id_family_name", "Trịnh")
    page.fill("#id_given_names", "Thu Trang")
    page.fill("#id_date_of_birth", "1990-05-17")
    page.fill("#id_place_of_birth", "Thái Bình")
    page.select_option("#id_nationality", "VN")
    page.check("#id_document_type_0")
    page.fill("#id_document_number", f"B{unique}")
    page.select_option("#id_document_country", "VN")
    page.fill("#id_document_expires", (start + datetime.timedelta(days=2000)).isoformat())
    page.fill("#id_press_card_number", f"TNB-{unique}")
    page.select_option("#id_outlet", index=1)
    page.fill("#id_position", "Phóng viên")
    page.fill("#id_email", f"trang.{unique.lower()}@example.org")
    page.fill("#id_phone", "+84 91 234 5678")
    page.set_input_files("#id_photo", str(photo))
    page.set_input_files("#id_letter", str(letter))
    page.fill("#id_coverage_starts", start.isoformat())
    page.fill("#id_coverage_ends", (start + datetime.timedelta(days=1)).isoformat())
    page.check("#id_consent")
    page.click("button[type=submit].button--primary")

    expect(page.locator("h1")).to_contain_text(text["sent"])
    reference = page.inner_text(".reference")
    assert len(reference) == 9
    page.click(f"text={text['follow']}")
    expect(page.locator("h1")).to_contain_text(reference)
    assert page.inner_text("#status-heading") in text["status"]  # the outlet's quota may already be used
    # The applicant's own photo comes through the private link.
    page.wait_for_function("document.querySelector('.status__photo').naturalWidth > 0", timeout=10_000)
    assert_no_horizontal_scroll(page)
    assert_accessible(page)
    assert page.js_errors == []
