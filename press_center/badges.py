"""The printable press badge: an A6 PDF with photo, name, outlet, category, number, validity and QR code.

The QR code carries `Application.badge_code`, a signed identifier that check-in verifies; the
labels are bilingual (the badge is shown to Vietnamese staff and read by foreign journalists).
Noto Sans is bundled (press_center/fonts, SIL OFL) so Vietnamese diacritics render everywhere.
"""

import io
from functools import cache
from pathlib import Path
from xml.sax.saxutils import escape

import qrcode
from PIL import Image
from qrcode.constants import ERROR_CORRECT_M
from reportlab.lib.colors import HexColor, white
from reportlab.lib.pagesizes import A6
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph

from django.utils import translation

FONT_DIR = Path(__file__).resolve().parent / "fonts"
REGULAR, BOLD = "NotoSans", "NotoSans-Bold"
RED = HexColor("#a3161a")
DARK = HexColor("#1b1b1f")


@cache
def register_fonts():
    pdfmetrics.registerFont(TTFont(REGULAR, str(FONT_DIR / "NotoSans-Regular.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(FONT_DIR / "NotoSans-Bold.ttf")))
    return True


def bilingual(label):
    """'Phóng viên / Reporter' from a lazy translatable label."""
    with translation.override("vi"):
        vietnamese = str(label)
    with translation.override("en"):
        english = str(label)
    return vietnamese if vietnamese == english else f"{vietnamese} / {english}"


def qr_image(data):
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, box_size=10, border=2)
    code.add_data(data)
    code.make(fit=True)
    return code.make_image(fill_color="black", back_color="white").get_image().convert("RGB")


def _photo(application):
    if not application.photo or not application.photo.storage.exists(application.photo.name):
        return None
    with application.photo.storage.open(application.photo.name, "rb") as handle:
        image = Image.open(handle)
        image.load()
    return image.convert("RGB")


def _paragraph(pdf, text, style, x, top, width, max_height):
    """Draw wrapped, escaped text (never interpreted as markup) with its top at `top`; returns its height."""
    paragraph = Paragraph(escape(text), style)
    _width, height = paragraph.wrap(width, max_height)
    paragraph.drawOn(pdf, x, top - height)
    return height


def render_badge(application):
    """The badge PDF as bytes."""
    from .models import Category, Origin

    register_fonts()
    buffer = io.BytesIO()
    width, height = A6
    pdf = canvas.Canvas(buffer, pagesize=A6, pageCompression=1)
    pdf.setTitle(f"{application.badge_label} – {application.full_name}")
    pdf.setAuthor("Trung tâm báo chí / Press centre")
    margin = 7 * mm

    # Header band.
    pdf.setFillColor(RED)
    pdf.rect(0, height - 24 * mm, width, 24 * mm, stroke=0, fill=1)
    pdf.setFillColor(white)
    pdf.setFont(BOLD, 13)
    pdf.drawString(margin, height - 11 * mm, "TRUNG TÂM BÁO CHÍ")
    pdf.setFont(REGULAR, 10)
    pdf.drawString(margin, height - 17 * mm, "PRESS CENTRE · THẺ TÁC NGHIỆP / PRESS BADGE")

    # Photo, 3:4.
    photo_width, photo_height = 30 * mm, 40 * mm
    photo_top = height - 29 * mm
    photo = _photo(application)
    pdf.setStrokeColor(DARK)
    if photo is not None:
        pdf.drawImage(
            ImageReader(photo), margin, photo_top - photo_height, photo_width, photo_height, preserveAspectRatio=True
        )
    pdf.rect(margin, photo_top - photo_height, photo_width, photo_height, stroke=1, fill=0)

    # Category and number beside the photo.
    column_x = margin + photo_width + 5 * mm
    column_width = width - column_x - margin
    category_style = ParagraphStyle("category", fontName=BOLD, fontSize=11, leading=13, textColor=RED)
    label_style = ParagraphStyle("label", fontName=REGULAR, fontSize=7, leading=9, textColor=DARK)
    value_style = ParagraphStyle("value", fontName=BOLD, fontSize=10, leading=12, textColor=DARK)
    top = photo_top
    top -= _paragraph(
        pdf,
        bilingual(Category(application.category).label).upper(),
        category_style,
        column_x,
        top,
        column_width,
        40 * mm,
    )
    # Domestic or foreign media: the desk and the door tell them apart at a glance.
    origin_style = ParagraphStyle("origin", fontName=BOLD, fontSize=8, leading=10, textColor=DARK)
    top -= 1 * mm
    top -= _paragraph(
        pdf, bilingual(Origin(application.origin).label), origin_style, column_x, top, column_width, 12 * mm
    )
    top -= 3 * mm
    top -= _paragraph(pdf, "Số thẻ / Badge no.", label_style, column_x, top, column_width, 10 * mm)
    pdf.setFont(BOLD, 16)
    pdf.setFillColor(DARK)
    pdf.drawString(column_x, top - 16, application.badge_label)
    top -= 20
    top -= _paragraph(pdf, "Có giá trị / Valid", label_style, column_x, top, column_width, 10 * mm)
    validity = f"{application.badge_valid_from:%d/%m/%Y} – {application.badge_valid_until:%d/%m/%Y}"
    _paragraph(pdf, validity, value_style, column_x, top, column_width, 10 * mm)

    # Name and outlet under the photo.
    name_style = ParagraphStyle("name", fontName=BOLD, fontSize=14, leading=17, textColor=DARK)
    outlet_style = ParagraphStyle("outlet", fontName=REGULAR, fontSize=10, leading=12.5, textColor=DARK)
    top = photo_top - photo_height - 5 * mm
    text_width = width - 2 * margin - 34 * mm
    top -= _paragraph(pdf, application.marked_name, name_style, margin, top, width - 2 * margin, 18 * mm)
    top -= 1.5 * mm
    top -= _paragraph(pdf, application.outlet.name, outlet_style, margin, top, text_width, 14 * mm)
    _paragraph(pdf, application.position, outlet_style, margin, top, text_width, 8 * mm)

    # QR code, bottom right, with its human-readable number.
    qr_size = 30 * mm
    qr_x, qr_y = width - margin - qr_size, 12 * mm
    pdf.drawImage(ImageReader(qr_image(application.badge_code)), qr_x, qr_y, qr_size, qr_size)
    pdf.setFont(REGULAR, 7)
    pdf.drawCentredString(qr_x + qr_size / 2, qr_y - 3 * mm, application.badge_label)

    # Footer.
    pdf.setFont(REGULAR, 6.5)
    pdf.drawString(margin, 5 * mm, "Thẻ cá nhân, không chuyển nhượng · Personal, not transferable")
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()
