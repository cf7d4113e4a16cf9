"""The badge as the congress prints it: CR80 card and A6, the congress's name and emblem, category colours,
access zones, text that stays on the card, and A4 sheets of badges for batch printing."""

import datetime
import io

import pypdfium2
import pytest
from PIL import Image as PILImage
from PIL import ImageDraw
from pypdf import PdfReader
from reportlab.lib.colors import HexColor
from reportlab.lib.styles import ParagraphStyle

from django.core.files.images import ImageFile
from django.utils import translation

from wagtail.log_actions import registry as log_registry
from wagtail.models import Site

from home.models import CongressSettings
from press_center import accreditation
from press_center.badges import (
    CATEGORY_COLOURS,
    HEADER_ACCENT,
    LAYOUTS,
    ORIGIN_COLOURS,
    RED,
    ZONE_ACCESS,
    ZONES,
    contrast_ratio,
    fit,
    register_fonts,
    render_badge,
    render_badge_sheet,
    validity,
)
from press_center.models import Category, Outlet
from press_center.uploads import CheckedFile
from tests.factories import ImageFactory, make_user

from .factories import coverage_dates, issue_badge, jpeg_bytes, pdf_bytes

MM = 72 / 25.4
SHEET_URL = "/admin/press-centre/applications/badges/"
CONGRESS_VI = "Đại hội đại biểu toàn quốc lần thứ XIV"
CONGRESS_EN = "The 14th National Congress"
PHOTO = CheckedFile(jpeg_bytes(), "jpg", "image/jpeg")
LETTER = CheckedFile(pdf_bytes(), "pdf", "application/pdf")


def text_of(pdf, page=0):
    """The page's text with its lines joined by single spaces (wrapping does not matter)."""
    return " ".join(PdfReader(io.BytesIO(pdf)).pages[page].extract_text().split())


def page_sizes(pdf):
    return [(float(page.mediabox.width), float(page.mediabox.height)) for page in PdfReader(io.BytesIO(pdf)).pages]


def emblem_file():
    """A round emblem on a transparent ground (PNG with alpha), as editors upload them."""
    image = PILImage.new("RGBA", (400, 400), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((8, 8, 392, 392), fill=(200, 20, 30, 255), outline=(240, 190, 0, 255), width=24)
    draw.regular_polygon((200, 200, 120), 5, fill=(250, 205, 0, 255))
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return ImageFile(buffer, name="emblem.png")


def same_sizes(sizes, expected, tolerance=0.5):
    """Page sizes equal within `tolerance` points."""
    return len(sizes) == len(expected) and all(
        abs(w - ew) <= tolerance and abs(h - eh) <= tolerance for (w, h), (ew, eh) in zip(sizes, expected, strict=True)
    )


def image_count(pdf):
    return len(PdfReader(io.BytesIO(pdf)).pages[0].images)


def pixel(pdf, x_mm, y_mm_from_bottom, scale=4):
    page = pypdfium2.PdfDocument(pdf)[0]
    image = page.render(scale=scale).to_pil().convert("RGB")
    return image.getpixel((round(x_mm * MM * scale), image.height - 1 - round(y_mm_from_bottom * MM * scale)))


def rgb(colour):
    value = HexColor(colour)
    return tuple(round(channel * 255) for channel in (value.red, value.green, value.blue))


# The rules, without a database


def test_every_category_has_its_own_band_colour_with_white_text_at_aa_contrast():
    assert set(CATEGORY_COLOURS) == set(Category)
    assert len(set(CATEGORY_COLOURS.values())) == len(Category)
    for colour in CATEGORY_COLOURS.values():
        assert contrast_ratio(colour, "#ffffff") >= 4.5, colour
    assert contrast_ratio(RED, "#ffffff") >= 4.5
    assert contrast_ratio(RED, HEADER_ACCENT) >= 4.5
    for background, text in ORIGIN_COLOURS.values():
        assert contrast_ratio(background, text) >= 4.5


def test_contrast_ratio_follows_wcag():
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21)
    assert contrast_ratio("#777777", "#777777") == pytest.approx(1)
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)  # the usual AA grey


def test_every_category_opens_the_press_centre_and_only_known_zones():
    assert set(ZONE_ACCESS) == set(Category)
    for letters in ZONE_ACCESS.values():
        assert letters.startswith("A")
        assert set(letters) <= set(ZONES)
    assert len(set(ZONE_ACCESS.values())) == len(Category)  # the letters tell the categories apart too


def test_validity_drops_a_repeated_year():
    assert validity(datetime.date(2026, 1, 12), datetime.date(2026, 1, 20)) == "12/01–20/01/2026"
    assert validity(datetime.date(2025, 12, 30), datetime.date(2026, 1, 2)) == "30/12/2025–02/01/2026"
    assert validity(None, None) == "—"


def test_fit_keeps_long_text_inside_its_box_and_prints_markup_as_typed():
    register_fonts()
    style = ParagraphStyle("t", fontName="NotoSans-Bold", fontSize=10, leading=12)
    text = "<b>&amp; " + "Nguyễn Thị Hồng Nhung " * 20 + "X" * 80
    block = fit([(text, style)], 100, 30)
    assert not block.fits and block.height <= 30
    for paragraph, _height in block.paragraphs:
        assert max(paragraph.getActualLineWidths0()) <= 100.01
    short = fit([("<b>&amp; BC-0042", style)], 100, 30)
    assert short.fits and short.height == pytest.approx(12)
    assert short.paragraphs[0][0].getPlainText() == "<b>&amp; BC-0042"  # escaped, never read as markup


# Badges


@pytest.fixture
def big_outlet(db):
    return Outlet.objects.create(name="Thông tấn xã Thử Nghiệm", origin="domestic", quota=30)


@pytest.fixture
def apply(big_outlet):
    """Submit an application (number n makes the person unique); returns it, not yet decided."""

    def submit(number, **fields):
        start, end = coverage_dates()
        data = {
            "category": "reporter",
            "origin": "domestic",
            "family_name": "Trần",
            "given_names": f"Minh Người {number}",
            "date_of_birth": None,
            "nationality": "VN",
            "document_number": f"B{number:07d}",
            "press_card_number": f"C{number}",
            "outlet": big_outlet,
            "position": "Phóng viên thường trú",
            "email": f"nguoi{number}@example.org",
            "phone": "+84 90 000 0000",
            "coverage_starts": start,
            "coverage_ends": end,
            **fields,
        }
        return accreditation.submit(data, PHOTO, LETTER, "vi")[0]

    return submit


@pytest.fixture
def approved(apply, officer):
    def make(number, **fields):
        return issue_badge(apply(number, **fields), officer)

    return make


@pytest.fixture
def congress(db):
    settings = CongressSettings.for_site(Site.objects.get(is_default_site=True))
    settings.full_name_vi, settings.full_name_en = CONGRESS_VI, CONGRESS_EN
    settings.short_name_vi, settings.short_name_en = "Đại hội XIV", "14th Congress"
    settings.emblem = ImageFactory(file=emblem_file())
    settings.save()
    return settings


@pytest.fixture
def no_congress(db):
    settings = CongressSettings.for_site(Site.objects.get(is_default_site=True))
    settings.full_name_vi = settings.full_name_en = settings.short_name_vi = settings.short_name_en = ""
    settings.emblem = None
    settings.save()
    return settings


@pytest.mark.django_db
def test_the_two_layouts_have_their_paper_sizes_and_a6_stays_the_default(approved, congress):
    application = approved(1)
    (a6,) = page_sizes(render_badge(application))
    assert a6 == pytest.approx((105 * MM, 148 * MM), abs=0.5)
    (card,) = page_sizes(render_badge(application, layout="cr80"))
    assert card == pytest.approx((54 * MM, 85.6 * MM), abs=0.5)  # CR80, portrait for a lanyard
    assert page_sizes(render_badge(application, layout="a6")) == [a6]
    with pytest.raises(ValueError):
        render_badge(application, layout="a4")


@pytest.mark.django_db
@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_the_badge_carries_the_congress_its_emblem_and_everything_the_door_reads(approved, congress, layout):
    application = approved(1, category="photographer", origin="foreign", nationality="SE")
    pdf = render_badge(application, layout=layout)
    text = text_of(pdf)
    assert CONGRESS_VI in text and CONGRESS_EN in text
    assert image_count(pdf) == 3  # the emblem, the photo, the QR code
    assert "PHÓNG VIÊN ẢNH" in text and "PHOTOGRAPHER" in text
    assert "Báo chí nước ngoài / Foreign media" in text
    assert application.marked_name in text and "Thông tấn xã Thử Nghiệm" in text
    assert application.badge_label in text and "Phóng viên thường trú" in text
    for letter in ZONE_ACCESS[Category.PHOTOGRAPHER]:
        assert f" {letter} " in f" {text} "
    assert "Photo and camera positions" in text  # the legend of the zones it opens…
    assert "Broadcast and technical area" not in text  # …and only those


@pytest.mark.django_db
def test_a_name_too_long_for_the_card_gives_way_to_the_short_name(approved, congress):
    congress.full_name_vi = "Đại hội đại biểu toàn quốc lần thứ XIV của Đảng Cộng sản Việt Nam, " * 3
    congress.save()
    text = text_of(render_badge(approved(1), layout="cr80"))
    assert "Đại hội XIV" in text and "14th Congress" in text


@pytest.mark.django_db
def test_without_a_congress_the_header_says_press_centre(approved, no_congress):
    pdf = render_badge(approved(1), layout="cr80")
    text = text_of(pdf)
    assert "Trung tâm báo chí" in text and "Press centre" in text.replace("PRESS CENTRE", "")
    assert image_count(pdf) == 2  # no emblem


@pytest.mark.django_db
def test_each_category_prints_its_own_band_colour(approved, congress):
    seen = set()
    for number, category in enumerate(Category, start=1):
        pdf = render_badge(approved(number, category=category), layout="cr80")
        colour = pixel(pdf, 1, 1)  # the band's corner, clear of text
        assert colour == pytest.approx(rgb(CATEGORY_COLOURS[category]), abs=2)
        seen.add(colour)
    assert len(seen) == len(Category)


@pytest.mark.django_db
@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_long_hostile_name_stays_literal_and_on_the_card(approved, congress, layout):
    # As long as the form lets each field be (100 characters, 150 for an outlet).
    application = approved(
        1,
        family_name="<b>&Tôn Nữ " + "Nguyễn" * 12,
        given_names="Thị Hồng Nhung Phương Thảo " * 3,
        outlet=None,
        new_outlet="Báo <b>& Đài Phát thanh và Truyền hình " + "Rất Dài " * 10,
        position=("Phóng viên <script> " * 5).strip(),
    )
    pdf = render_badge(application, layout=layout)
    text = text_of(pdf)
    assert "<B>&TÔN NỮ" in text and "Báo <b>& Đài" in text  # the family name in capitals
    width, height = page_sizes(pdf)[0]
    positions = []

    def collect(fragment, cm, tm, _font, size):
        if fragment.strip():
            positions.append((tm[4] * cm[0] + tm[5] * cm[2] + cm[4], tm[4] * cm[1] + tm[5] * cm[3] + cm[5], size))

    PdfReader(io.BytesIO(pdf)).pages[0].extract_text(visitor_text=collect)
    assert positions
    for x, y, _size in positions:
        assert 0 <= x <= width and 0 <= y <= height


# Sheets for batch printing


@pytest.mark.django_db
def test_sheets_hold_ten_cards_or_four_a6_badges_per_a4_page(approved, congress):
    application = approved(1)
    sheet = render_badge_sheet([application] * 12)
    assert same_sizes(page_sizes(sheet), [(297 * MM, 210 * MM)] * 2)
    assert text_of(sheet, 1).count(application.badge_label) >= 2
    a6 = render_badge_sheet([application] * 5, layout="a6")
    assert same_sizes(page_sizes(a6), [(210 * MM, 297 * MM)] * 2)
    with pytest.raises(ValueError):
        render_badge_sheet([])


@pytest.mark.django_db
def test_the_sheet_view_prints_approved_badges_only_and_logs_each(client, approved, apply, officer, congress):
    printed = [approved(1), approved(2, category="technician"), approved(3, category="technician")]
    waiting = apply(4, family_name="Chờ", given_names="Duyệt")
    client.force_login(officer)
    response = client.get(SHEET_URL)
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert "no-store" in response["Cache-Control"]
    text = text_of(response.content)
    for application in printed:
        assert application.marked_name in text
    assert waiting.marked_name not in text
    for application in printed:
        actions = [entry.action for entry in log_registry.get_logs_for_instance(application)]
        assert actions.count(accreditation.BADGE_PRINT) == 1

    technicians = client.get(SHEET_URL, {"category": "technician", "layout": "a6"})
    text = text_of(technicians.content)
    assert printed[1].marked_name in text and printed[0].marked_name not in text
    assert same_sizes(page_sizes(technicians.content), [(210 * MM, 297 * MM)])

    nobody = client.get(SHEET_URL, {"category": "photographer"})
    assert nobody.status_code == 302 and nobody["Location"] == "/admin/press-centre/applications/"
    with translation.override("vi"):  # the officers' admin speaks Vietnamese
        expected = translation.gettext("No approved badge to print.")
    assert expected in [str(message) for message in client.get(nobody["Location"]).context["messages"]]
    assert client.post(SHEET_URL).status_code == 405


@pytest.mark.django_db
def test_the_sheet_and_badge_views_need_the_review_permission(client, approved, editor):
    application = approved(1)
    for user in (make_user("plain"), editor):
        client.force_login(user)
        for url in (SHEET_URL, f"/admin/press-centre/applications/{application.pk}/badge/"):
            response = client.get(url)
            assert response.status_code in (302, 403), (user, url)
            assert response.get("Content-Type") != "application/pdf"


@pytest.mark.django_db
def test_the_badge_view_chooses_the_layout(client, approved, officer):
    application = approved(1)
    client.force_login(officer)
    url = f"/admin/press-centre/applications/{application.pk}/badge/"
    (card,) = page_sizes(client.get(url, {"layout": "cr80"}).content)
    assert card == pytest.approx((54 * MM, 85.6 * MM), abs=0.5)
    for layout in ("a6", "A4", "<script>"):
        (a6,) = page_sizes(client.get(url, {"layout": layout}).content)
        assert a6 == pytest.approx((105 * MM, 148 * MM), abs=0.5)
    detail = client.get(f"/admin/press-centre/applications/{application.pk}/").text
    assert f"/admin/press-centre/applications/{application.pk}/badge/?layout=cr80" in detail
    index = client.get("/admin/press-centre/applications/").text
    assert SHEET_URL in index
