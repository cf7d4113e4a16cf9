"""Files and form data for press-centre tests: real images and PDFs generated on the fly."""

import datetime
import io

from PIL import Image
from reportlab.pdfgen import canvas

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone


def jpeg_bytes(size=(600, 800), color=(200, 180, 160), exif=None):
    buffer = io.BytesIO()
    image = Image.new("RGB", size, color)
    if exif is not None:
        image.save(buffer, "JPEG", exif=exif)
    else:
        image.save(buffer, "JPEG")
    return buffer.getvalue()


def png_bytes(size=(600, 800)):
    buffer = io.BytesIO()
    Image.new("RGB", size, (120, 140, 200)).save(buffer, "PNG")
    return buffer.getvalue()


def pdf_bytes(text="Giấy giới thiệu"):
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    pdf.drawString(72, 720, text)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def upload(name, content, content_type="application/octet-stream"):
    return SimpleUploadedFile(name, content, content_type=content_type)


def photo_upload(**kwargs):
    return upload("photo.jpg", jpeg_bytes(**kwargs), "image/jpeg")


def letter_upload():
    return upload("letter.pdf", pdf_bytes(), "application/pdf")


def coverage_dates():
    start = timezone.localdate() + datetime.timedelta(days=20)
    return start, start + datetime.timedelta(days=5)


def form_data(**overrides):
    start, end = coverage_dates()
    data = {
        "category": "reporter",
        "origin": "domestic",
        "family_name": "Nguyễn",
        "given_names": "Văn An",
        "date_of_birth": "1988-04-12",
        "place_of_birth": "Nam Định",
        "nationality": "VN",
        "document_type": "national_id",
        "document_number": "001088012345",
        "document_country": "VN",
        "document_expires": (end + datetime.timedelta(days=3650)).isoformat(),
        "press_card_number": "TNB-12345",
        "outlet": "",
        "new_outlet": "",
        "position": "Phóng viên",
        "email": "an.nguyen@example.org",
        "phone": "+84 90 123 4567",
        "coverage_starts": start.isoformat(),
        "coverage_ends": end.isoformat(),
        "consent": "on",
        "website": "",
    }
    data.update(overrides)
    return data


def vetting_user():
    """The security-vetting colleague (group "Security vetting", made by setup_site)."""
    from django.contrib.auth import get_user_model

    from tests.factories import make_user

    return get_user_model().objects.filter(username="vetting").first() or make_user("vetting", ["Security vetting"])


def issue_badge(application, officer):
    """Approve as the press centre, then clear as security vetting: the badge is issued."""
    from press_center import accreditation

    return accreditation.clear(accreditation.approve(application, officer), vetting_user())
