"""The printable press badge: a CR80 card or an A6 sheet, alone or several to an A4 page for batch printing.

A badge is what the door reads at a glance and what the desk scans:

- the congress's name and emblem (the default site's `CongressSettings`; "Trung tâm báo chí / Press
  centre" when none is set) in the red header;
- domestic or foreign media in a strip of its own colour under the header;
- the photo, the name as badges print it (family name in capitals), outlet and position;
- the signed QR code (`Application.badge_code`, which check-in verifies), the badge number and dates;
- the category in a band of its own colour at the foot, with the access zones as big letters
  (`ZONE_ACCESS`), explained in a legend above the band.

The labels are bilingual (the badge is shown to Vietnamese staff and read by foreign journalists).
Every text is drawn as text, never read as markup, and shrunk or cut to stay inside its box, so a
long name or outlet cannot run off the card. Noto Sans is bundled (press_center/fonts, SIL OFL) so
Vietnamese diacritics render everywhere.
"""

import io
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from xml.sax.saxutils import escape

import qrcode
from PIL import Image
from qrcode.constants import ERROR_CORRECT_M
from reportlab.lib.colors import HexColor, white
from reportlab.lib.pagesizes import A4, A6, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph

from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from wagtail.models import Site

from home.models import CongressSettings

from .models import Category, Origin

FONT_DIR = Path(__file__).resolve().parent / "fonts"
REGULAR, BOLD = "NotoSans", "NotoSans-Bold"
RED = "#a3161a"  # the header; white text on it is 7.4:1
DARK = "#1b1b1f"
GREY = "#55555c"
HEADER_ACCENT = "#ffe08a"  # "press badge" on the red header, 6.1:1

# The band at the foot of the badge, one colour per category, each with white text at 4.5:1 or more
# (WCAG AA for normal text; tests/press_center/test_badge_layouts.py checks it).
CATEGORY_COLOURS = {
    Category.REPORTER: "#1f4e9c",  # blue
    Category.PHOTOGRAPHER: "#1b7340",  # green
    Category.CAMERA_OPERATOR: "#6b2c91",  # purple
    Category.TECHNICIAN: "#9c4a00",  # burnt orange
}

# Domestic or foreign media: (background, text) of the strip under the header.
ORIGIN_COLOURS = {
    Origin.DOMESTIC: ("#33333b", "#ffffff"),
    Origin.FOREIGN: ("#f2c300", DARK),
}

# The congress's access zones, printed as letters on the badge and explained in its legend.
ZONES = {
    "A": _("Press centre"),  # the working rooms, briefings, the desk; everyone accredited
    "B": _("Media tribune, plenary hall"),  # the seats above the floor, to follow the sittings
    "C": _("Photo and camera positions"),  # the pool positions in front of the podium
    "D": _("Broadcast and technical area"),  # outside-broadcast vans, cabling, the feed room
}

# Which zones each category's badge opens. Origin changes nothing: foreign media have the same
# access as domestic media (the strip tells them apart for the desk and the interpreters).
# Camera operators work from the fixed positions (C), not the tribune; technicians never enter the hall.
ZONE_ACCESS = {
    Category.REPORTER: "AB",
    Category.PHOTOGRAPHER: "ABC",
    Category.CAMERA_OPERATOR: "ACD",
    Category.TECHNICIAN: "AD",
}


@dataclass(frozen=True)
class Layout:
    """The geometry of one badge format. Lengths in points; font sizes in points."""

    width: float
    height: float
    margin: float
    header: float  # the red band with the emblem and the congress's name
    emblem: float
    title_size: float  # the congress's name in Vietnamese; English and "press badge" smaller
    strip: float  # domestic or foreign
    strip_size: float
    photo: tuple  # width, height (3:4)
    qr: float  # at most; smaller when the column beside the photo has no room
    label_size: float
    number_size: float
    value_size: float
    name_size: float
    outlet_size: float
    legend_size: float
    footer_size: float
    band: float  # the category band at the foot
    band_size: float
    zone_box: float
    zone_size: float


# CR80 is the ID-card size (ISO/IEC 7810 ID-1), portrait as it hangs from a lanyard.
CR80 = (54 * mm, 85.6 * mm)

LAYOUTS = {
    "cr80": Layout(
        width=CR80[0],
        height=CR80[1],
        margin=3.2 * mm,
        header=15 * mm,
        emblem=10.5 * mm,
        title_size=6.6,
        strip=4.6 * mm,
        strip_size=6.2,
        photo=(20 * mm, 26.7 * mm),
        qr=15.5 * mm,
        label_size=4.5,
        number_size=9,
        value_size=6,
        name_size=9.5,
        outlet_size=6.8,
        legend_size=4.6,
        footer_size=4.2,
        band=11 * mm,
        band_size=7,
        zone_box=7.5 * mm,
        zone_size=14,
    ),
    "a6": Layout(
        width=A6[0],
        height=A6[1],
        margin=7 * mm,
        header=27 * mm,
        emblem=19 * mm,
        title_size=11,
        strip=7 * mm,
        strip_size=10,
        photo=(32 * mm, 42.7 * mm),
        qr=30 * mm,
        label_size=7,
        number_size=16,
        value_size=9.5,
        name_size=15,
        outlet_size=10.5,
        legend_size=7.5,
        footer_size=6.5,
        band=20 * mm,
        band_size=13,
        zone_box=14 * mm,
        zone_size=28,
    ),
}

# Batch printing: (page, columns, rows) of butted badges, centred, with cut marks in the margins.
SHEETS = {
    "cr80": (landscape(A4), 5, 2),  # 10 cards, 270 × 171.2 mm
    "a6": (A4, 2, 2),  # 4 quarters of the page
}


@cache
def register_fonts():
    pdfmetrics.registerFont(TTFont(REGULAR, str(FONT_DIR / "NotoSans-Regular.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(FONT_DIR / "NotoSans-Bold.ttf")))
    return True


def both_languages(label):
    """(Vietnamese, English) of a lazy translatable label."""
    with translation.override("vi"):
        vietnamese = str(label)
    with translation.override("en"):
        english = str(label)
    return vietnamese, english


def bilingual(label):
    """'Phóng viên / Reporter' from a lazy translatable label."""
    vietnamese, english = both_languages(label)
    return vietnamese if vietnamese == english else f"{vietnamese} / {english}"


def zones_for(application):
    """The access-zone letters of the application's badge, "AB" for a reporter."""
    return ZONE_ACCESS.get(application.category, "A")


def relative_luminance(colour):
    """WCAG 2 relative luminance of "#rrggbb"."""
    channels = [int(colour.lstrip("#")[index : index + 2], 16) / 255 for index in (0, 2, 4)]
    r, g, b = (value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4 for value in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(first, second):
    """WCAG 2 contrast ratio of two "#rrggbb" colours, 1 to 21."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def validity(start, end):
    """ "12/01–20/01/2026", or with both years when they differ; "—" for a missing date."""
    if not start or not end:
        return "—"
    first = f"{start:%d/%m}" if start.year == end.year else f"{start:%d/%m/%Y}"
    return f"{first}–{end:%d/%m/%Y}"


# Pictures


def qr_image(data):
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, box_size=10, border=2)
    code.add_data(data)
    code.make(fit=True)
    return code.make_image(fill_color="black", back_color="white").get_image().convert("RGB")


def _open_image(storage, name):
    """A Pillow image of a stored file, or None when it is missing or no image Pillow can read (an SVG)."""
    try:
        with storage.open(name, "rb") as handle:
            image = Image.open(handle)
            image.load()
    except (OSError, ValueError):
        return None
    return image


def _photo(application):
    if not application.photo or not application.photo.storage.exists(application.photo.name):
        return None
    image = _open_image(application.photo.storage, application.photo.name)
    return image.convert("RGB") if image is not None else None


def _print_ready(image, width, height, dpi=300):
    """`image` at `dpi` for a box of width × height points, as an ImageReader (JPEG, or PNG with its alpha)."""
    image = image.copy()
    image.thumbnail((round(width / 72 * dpi), round(height / 72 * dpi)))
    buffer = io.BytesIO()
    if image.mode in ("RGBA", "LA", "P"):
        image.convert("RGBA").save(buffer, "PNG")
    else:
        image.convert("RGB").save(buffer, "JPEG", quality=90)  # embedded as it is, not re-encoded
    buffer.seek(0)
    return ImageReader(buffer)


@dataclass(frozen=True)
class Congress:
    """What the badges say about the congress: names in both languages and the emblem (an Image or None)."""

    name_vi: str = ""
    name_en: str = ""
    short_vi: str = ""
    short_en: str = ""
    emblem: object = None

    def titles(self):
        """The (Vietnamese, English) names to try in the header, longest first."""
        press_centre = both_languages(_("Press centre"))
        titles = [(self.name_vi, self.name_en), (self.short_vi, self.short_en)]
        titles = [(vi or en, en if vi and en != vi else "") for vi, en in titles if vi or en]
        return list(dict.fromkeys(titles)) or [press_centre]


def congress_identity(site=None):
    """The `Congress` of `site`'s settings (the default site when None)."""
    site = site or Site.objects.filter(is_default_site=True).first()
    if site is None:
        return Congress()
    settings = CongressSettings.for_site(site)
    emblem = None
    if settings.emblem is not None and settings.emblem.file:
        emblem = _open_image(settings.emblem.file.storage, settings.emblem.file.name)
    return Congress(
        name_vi=settings.full_name_vi.strip(),
        name_en=settings.full_name_en.strip(),
        short_vi=settings.short_name_vi.strip(),
        short_en=settings.short_name_en.strip(),
        emblem=emblem,
    )


# Text that stays in its box


def _style(name, font, size, colour=DARK, leading=1.2, **kwargs):
    # allowOrphans: a paragraph cut to fit may keep its first line alone.
    return ParagraphStyle(
        name,
        fontName=font,
        fontSize=size,
        leading=size * leading,
        textColor=HexColor(colour) if isinstance(colour, str) else colour,
        allowOrphans=1,
        **kwargs,
    )


def _scaled(style, factor):
    return ParagraphStyle(style.name, parent=style, fontSize=style.fontSize * factor, leading=style.leading * factor)


@dataclass(frozen=True)
class Markup:
    """Paragraph markup built here from escaped parts, for the few texts that mix fonts."""

    markup: str


@dataclass
class Block:
    """Paragraphs wrapped to a width, ready to draw; `fits` is False when lines had to be cut."""

    paragraphs: list
    height: float
    fits: bool

    def draw(self, pdf, x, top):
        for paragraph, height in self.paragraphs:
            paragraph.drawOn(pdf, x, top - height)
            top -= height


def fit(parts, width, max_height, smallest=0.7):
    """Wrap [(text, style)] in `width`, shrinking the fonts down to `smallest` of their size to fit
    `max_height`; lines that still do not fit are dropped. Texts are escaped: "<b>&" prints as typed."""
    parts = [(text, style) for text, style in parts if text]
    factor = 1.0
    while True:
        paragraphs = []
        for text, style in parts:
            markup = escape(text) if isinstance(text, str) else text.markup
            paragraph = Paragraph(markup, _scaled(style, factor))
            paragraphs.append((paragraph, paragraph.wrap(width, max_height)[1]))
        height = sum(h for _paragraph, h in paragraphs)
        if height <= max_height + 0.01:
            return Block(paragraphs, height, True)
        if factor <= smallest:
            break
        factor = max(smallest, factor - 0.05)
    kept, room = [], max_height
    for paragraph, h in paragraphs:
        if h > room:
            pieces = paragraph.split(width, room)  # the lines that fit, and the rest
            if len(pieces) > 1:
                kept.append((pieces[0], pieces[0].wrap(width, room)[1]))
            break
        kept.append((paragraph, h))
        room -= h
    return Block(kept, sum(h for _paragraph, h in kept), False)


# Drawing


def _fill(pdf, colour, x, y, width, height, radius=0):
    pdf.setFillColor(HexColor(colour) if isinstance(colour, str) else colour)
    if radius:
        pdf.roundRect(x, y, width, height, radius, stroke=0, fill=1)
    else:
        pdf.rect(x, y, width, height, stroke=0, fill=1)


def _header(pdf, spec, congress, emblem):
    width, top = spec.width, spec.height
    _fill(pdf, RED, 0, top - spec.header, width, spec.header)
    text_x = spec.margin
    if emblem is not None:
        tile_y = top - spec.header + (spec.header - spec.emblem) / 2
        _fill(pdf, white, spec.margin, tile_y, spec.emblem, spec.emblem, radius=spec.emblem / 8)
        padding = spec.emblem / 14
        size = spec.emblem - 2 * padding
        pdf.drawImage(
            emblem, spec.margin + padding, tile_y + padding, size, size, preserveAspectRatio=True, mask="auto"
        )
        text_x += spec.emblem + spec.margin * 0.7
    text_width = width - text_x - spec.margin * 0.8
    room = spec.header - spec.margin * 0.6
    size = spec.title_size
    title_style = _style("title", BOLD, size, white, leading=1.15)
    english_style = _style("title_en", REGULAR, size * 0.8, white, leading=1.15)
    badge_style = _style("badge", BOLD, size * 0.72, HEADER_ACCENT, leading=1.3)
    badge_en_style = _style("badge_en", REGULAR, size * 0.72, HEADER_ACCENT, leading=1.2)
    press_vi, press_en = both_languages(_("Press centre"))
    block = None
    for vietnamese, english in congress.titles():
        badge_lines = [f"{press_vi} · Thẻ tác nghiệp".upper(), f"{press_en} · Press badge".upper()]
        if (vietnamese, english) == (press_vi, press_en):  # no congress name: the header says "press centre"
            badge_lines = ["Thẻ tác nghiệp".upper(), "Press badge".upper()]
        parts = [
            (vietnamese, title_style),
            (english, english_style),
            (badge_lines[0], badge_style),
            (badge_lines[1], badge_en_style),
        ]
        block = fit(parts, text_width, room, smallest=0.75)
        if block.fits:
            break
    block.draw(pdf, text_x, top - (spec.header - block.height) / 2)


def _origin_strip(pdf, spec, application):
    background, colour = ORIGIN_COLOURS.get(application.origin, ORIGIN_COLOURS[Origin.DOMESTIC])
    y = spec.height - spec.header - spec.strip
    _fill(pdf, background, 0, y, spec.width, spec.strip)
    label = bilingual(Origin(application.origin).label) if application.origin in Origin.values else ""
    style = _style("origin", BOLD, spec.strip_size, colour, leading=1.1, alignment=1)
    block = fit([(label, style)], spec.width - 2 * spec.margin, spec.strip * 0.9)
    block.draw(pdf, spec.margin, y + (spec.strip + block.height) / 2)


def _photo_and_code(pdf, spec, application, photo_top):
    """The photo, and beside it the QR code, the number and the dates; returns the lowest y drawn."""
    photo_width, photo_height = spec.photo
    photo = _photo(application)
    if photo is not None:
        pdf.drawImage(
            _print_ready(photo, photo_width, photo_height),
            spec.margin,
            photo_top - photo_height,
            photo_width,
            photo_height,
            preserveAspectRatio=True,
        )
    pdf.setStrokeColor(HexColor(DARK))
    pdf.setLineWidth(0.5)
    pdf.rect(spec.margin, photo_top - photo_height, photo_width, photo_height, stroke=1, fill=0)

    column_x = spec.margin + photo_width + spec.margin * 0.8
    column_width = spec.width - column_x - spec.margin
    label = _style("label", REGULAR, spec.label_size, GREY)
    parts = [
        ("Số thẻ / Badge no.", label),
        (application.badge_label, _style("number", BOLD, spec.number_size, DARK, leading=1.15)),
        ("Có giá trị / Valid", label),
        (
            validity(application.badge_valid_from, application.badge_valid_until),
            _style("validity", BOLD, spec.value_size, DARK),
        ),
    ]
    text = fit(parts, column_width, photo_height / 2)
    gap = spec.margin * 0.35
    qr_size = min(spec.qr, column_width, photo_height - text.height - gap)
    if application.badge_code:
        pdf.drawImage(ImageReader(qr_image(application.badge_code)), column_x, photo_top - qr_size, qr_size, qr_size)
    text.draw(pdf, column_x, photo_top - qr_size - gap)
    return min(photo_top - photo_height, photo_top - qr_size - gap - text.height)


def _band(pdf, spec, application):
    """The category band at the foot: the category in both languages and the zone letters in white boxes."""
    colour = CATEGORY_COLOURS.get(application.category, DARK)
    _fill(pdf, colour, 0, 0, spec.width, spec.band)
    zones = zones_for(application)
    box, gap = spec.zone_box, spec.zone_box * 0.12
    x = spec.width - spec.margin - len(zones) * box - (len(zones) - 1) * gap
    y = (spec.band - box) / 2
    for letter in zones:
        _fill(pdf, white, x, y, box, box, radius=box / 7)
        pdf.setFillColor(HexColor(colour))
        pdf.setFont(BOLD, spec.zone_size)
        pdf.drawCentredString(x + box / 2, y + (box - spec.zone_size * 0.72) / 2, letter)
        x += box + gap
    label_width = spec.width - 2 * spec.margin - len(zones) * (box + gap) - spec.margin * 0.3
    vietnamese, english = (
        both_languages(Category(application.category).label) if application.category in Category.values else ("", "")
    )
    parts = [
        (vietnamese.upper(), _style("category", BOLD, spec.band_size, white, leading=1.1)),
        (
            english.upper() if english != vietnamese else "",
            _style("category_en", REGULAR, spec.band_size * 0.8, white),
        ),
    ]
    # One line in each language, shrunk if need be; wrapped only when shrinking is not enough.
    block = fit(parts, label_width, sum(style.leading for text, style in parts if text), smallest=0.75)
    if not block.fits:
        block = fit(parts, label_width, spec.band - spec.margin * 0.5, smallest=0.6)
    block.draw(pdf, spec.margin, (spec.band + block.height) / 2)


def _legend_and_footer(pdf, spec, application):
    """The zones' legend and the "not transferable" line, just above the band; returns their top."""
    width = spec.width - 2 * spec.margin
    footer_style = _style("footer", REGULAR, spec.footer_size, GREY)
    footer = fit([("Thẻ cá nhân, không chuyển nhượng · Personal, not transferable", footer_style)], width, 20 * mm)
    bottom = spec.band + spec.margin * 0.4
    footer.draw(pdf, spec.margin, bottom + footer.height)
    heading_style = _style("legend_heading", BOLD, spec.legend_size, DARK, leading=1.22)
    hang = spec.legend_size * 1.1  # wrapped lines start under the text, not under the letter
    zone_style = _style(
        "legend", REGULAR, spec.legend_size, DARK, leading=1.22, leftIndent=hang, firstLineIndent=-hang
    )
    parts = [("Khu vực / Zones", heading_style)]
    parts += [
        (Markup(f'<font name="{BOLD}">{letter}</font>&nbsp;{escape(bilingual(ZONES[letter]))}'), zone_style)
        for letter in zones_for(application)
    ]
    legend = fit(parts, width, 40 * mm)
    legend_bottom = bottom + footer.height + spec.margin * 0.3
    legend.draw(pdf, spec.margin, legend_bottom + legend.height)
    return legend_bottom + legend.height


def draw_badge(pdf, application, spec, congress, emblem=None):
    """Draw one badge with its lower-left corner at the canvas's origin, clipped to the card."""
    pdf.saveState()
    clip = pdf.beginPath()
    clip.rect(0, 0, spec.width, spec.height)
    pdf.clipPath(clip, stroke=0, fill=0)
    _fill(pdf, white, 0, 0, spec.width, spec.height)
    _header(pdf, spec, congress, emblem)
    _origin_strip(pdf, spec, application)
    photo_top = spec.height - spec.header - spec.strip - spec.margin * 0.55
    column_bottom = _photo_and_code(pdf, spec, application, photo_top)
    _band(pdf, spec, application)
    legend_top = _legend_and_footer(pdf, spec, application)

    # Name, outlet and position share what is left between the photo and the legend: the position
    # one line and the outlet two at most, the name the rest; each shrinks, then loses lines, to fit.
    gap = spec.margin * 0.45
    top = column_bottom - gap
    room = top - legend_top - gap
    width = spec.width - 2 * spec.margin
    name_style = _style("name", BOLD, spec.name_size, DARK, leading=1.18)
    outlet_style = _style("outlet", BOLD, spec.outlet_size, DARK)
    position_style = _style("position", REGULAR, spec.outlet_size * 0.92, DARK)
    outlet_name = application.outlet.name if application.outlet_id else ""
    position = fit([(application.position, position_style)], width, position_style.leading, smallest=0.8)
    for lines in (2, 1):
        outlet = fit([(outlet_name, outlet_style)], width, outlet_style.leading * lines, smallest=0.8)
        name_room = room - outlet.height - position.height - gap / 2
        if name_room >= name_style.leading * 0.6 * 2:  # room for two lines of the name at its smallest
            break
    name = fit([(application.marked_name, name_style)], width, name_room, smallest=0.6)
    name.draw(pdf, spec.margin, top)
    top -= name.height + gap / 2
    outlet.draw(pdf, spec.margin, top)
    position.draw(pdf, spec.margin, top - outlet.height)
    pdf.restoreState()


def _layout(name):
    if name not in LAYOUTS:
        raise ValueError(f"Unknown badge layout {name!r}: use one of {', '.join(LAYOUTS)}.")
    return LAYOUTS[name]


def _emblem_reader(congress, spec):
    if congress.emblem is None:
        return None
    return _print_ready(congress.emblem, spec.emblem, spec.emblem)


def render_badge(application, layout="a6", site=None):
    """The badge PDF as bytes, one page the size of the badge ("a6" or "cr80")."""
    spec = _layout(layout)
    register_fonts()
    congress = congress_identity(site)
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=(spec.width, spec.height), pageCompression=1)
    pdf.setTitle(f"{application.badge_label} – {application.full_name}")
    pdf.setAuthor(bilingual(_("Press centre")))
    draw_badge(pdf, application, spec, congress, _emblem_reader(congress, spec))
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def render_badge_sheet(applications, layout="cr80", site=None):
    """A4 pages of badges for batch printing (10 CR80 cards or 4 A6 badges a page) with cut marks, as bytes.

    Raises ValueError when there is nothing to print.
    """
    applications = list(applications)
    if not applications:
        raise ValueError("No badges to print.")
    spec = _layout(layout)
    page, columns, rows = SHEETS[layout]
    register_fonts()
    congress = congress_identity(site)
    emblem = _emblem_reader(congress, spec)
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=page, pageCompression=1)
    pdf.setTitle(f"Thẻ tác nghiệp / Press badges – {timezone.localdate():%d/%m/%Y}")
    pdf.setAuthor(bilingual(_("Press centre")))
    left = (page[0] - columns * spec.width) / 2
    bottom = (page[1] - rows * spec.height) / 2
    per_page = columns * rows
    for index, application in enumerate(applications):
        slot = index % per_page
        if slot == 0 and index:
            _cut_marks(pdf, page, left, bottom, columns, rows, spec)
            pdf.showPage()
        column, row = slot % columns, slot // columns
        pdf.saveState()
        pdf.translate(left + column * spec.width, bottom + (rows - 1 - row) * spec.height)
        draw_badge(pdf, application, spec, congress, emblem)
        pdf.restoreState()
    _cut_marks(pdf, page, left, bottom, columns, rows, spec)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def _cut_marks(pdf, page, left, bottom, columns, rows, spec):
    """Hairlines on every cut line: in the margins when there is room, else short ticks and crosses on the cut."""
    pdf.saveState()
    pdf.setStrokeColor(HexColor(DARK))
    pdf.setLineWidth(0.3)
    right, top = left + columns * spec.width, bottom + rows * spec.height
    xs = [left + column * spec.width for column in range(columns + 1)]
    ys = [bottom + row * spec.height for row in range(rows + 1)]
    gap, length = 1.5 * mm, 5 * mm
    if bottom >= gap + 2 * mm and left >= gap + 2 * mm:
        vertical, horizontal = min(length, bottom - gap - 1 * mm), min(length, left - gap - 1 * mm)
        for x in xs:
            pdf.line(x, bottom - gap, x, bottom - gap - vertical)
            pdf.line(x, top + gap, x, top + gap + vertical)
        for y in ys:
            pdf.line(left - gap, y, left - gap - horizontal, y)
            pdf.line(right + gap, y, right + gap + horizontal, y)
    else:  # the badges fill the page (A6 on A4): mark the inner cut lines where they cross and meet the edge
        arm = 3 * mm
        for x in xs[1:-1]:
            for y in ys[1:-1]:
                pdf.line(x - arm, y, x + arm, y)
                pdf.line(x, y - arm, x, y + arm)
            pdf.line(x, max(bottom, 0) + 4 * mm, x, max(bottom, 0) + 4 * mm + arm)
            pdf.line(x, min(top, page[1]) - 4 * mm, x, min(top, page[1]) - 4 * mm - arm)
        for y in ys[1:-1]:
            pdf.line(max(left, 0) + 4 * mm, y, max(left, 0) + 4 * mm + arm, y)
            pdf.line(min(right, page[0]) - 4 * mm, y, min(right, page[0]) - 4 * mm - arm, y)
    pdf.restoreState()
