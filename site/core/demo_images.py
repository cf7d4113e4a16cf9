"""Pictures for demo content, drawn with Pillow so that nothing in the repository is copied.

Each picture is a simple drawn scene (a street of buildings, a congress hall, a row of people, a
document on a desk, green hills) under a gradient sky, with the red band and yellow star of a
national event, seeded by a text so that the same seed always gives the same picture and
`load_demo` can run again without making duplicates. Its description, which readers' screen readers
hear as the alt text, says what the drawing shows (not what the story is about: that is the
caption's job), in the language of the page that shows it.

Infographics are drawn the same way, with their figures written on them.
"""

import functools
import hashlib
import io
import random
from math import cos, radians, sin
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

from django.core.files.images import ImageFile

from core.models import CustomImage

# Background colour pairs (top, bottom), with how a description names them.
PALETTES = [
    (((178, 34, 34), (255, 196, 87)), ("đỏ sẫm ngả sang vàng cam", "deep red turning orange-gold")),
    (((24, 62, 112), (150, 198, 230)), ("xanh lam đậm ngả sang xanh nhạt", "deep blue turning pale blue")),
    (((92, 24, 48), (241, 140, 86)), ("tím sẫm ngả sang cam", "dark plum turning orange")),
    (((18, 78, 62), (196, 226, 170)), ("xanh lục đậm ngả sang xanh non", "dark green turning pale green")),
    (((54, 42, 92), (230, 176, 120)), ("tím than ngả sang màu cát", "indigo turning sand-coloured")),
    (((120, 20, 24), (248, 226, 180)), ("đỏ thẫm ngả sang màu kem", "dark red turning cream")),
]

# What each scene shows, in Vietnamese and English; {sky} is the palette's name.
SCENES = {
    "city": (
        (
            "Tranh vẽ minh họa: dãy nhà cao thấp với những ô cửa sáng đèn dưới nền trời {sky}, phía trên là "
            "dải băng đỏ có ngôi sao vàng."
        ),
        "Drawing: a row of buildings with lit windows under a sky of {sky}, below a red band with a yellow star.",
    ),
    "hall": (
        (
            "Tranh vẽ minh họa: hội trường với nhiều hàng ghế hướng về sân khấu, trên sân khấu là dải băng đỏ có "
            "ngôi sao vàng, tường nền {sky}."
        ),
        (
            "Drawing: a hall with rows of seats facing a stage that carries a red band with a yellow star, against "
            "a wall of {sky}."
        ),
    ),
    "people": (
        (
            "Tranh vẽ minh họa: một hàng người vẽ cách điệu thành hình bóng đầu và vai, sau lưng là nền {sky} và "
            "dải băng đỏ có ngôi sao vàng."
        ),
        (
            "Drawing: a row of people shown as head-and-shoulder silhouettes, in front of a background of {sky} "
            "and a red band with a yellow star."
        ),
    ),
    "document": (
        (
            "Tranh vẽ minh họa: tờ tài liệu có ngôi sao đỏ, tiêu đề đỏ và những dòng kẻ thay cho chữ, đặt trên "
            "mặt bàn, nền {sky}."
        ),
        (
            "Drawing: a sheet of paper with a red star, a red heading and grey lines standing for text, on a "
            "desk, against a background of {sky}."
        ),
    ),
    "landscape": (
        (
            "Tranh vẽ minh họa: những dải đồi xanh nối tiếp nhau dưới bầu trời {sky}, phía trên là dải băng đỏ "
            "có ngôi sao vàng."
        ),
        "Drawing: layers of green hills under a sky of {sky}, below a red band with a yellow star.",
    ),
}
LANGUAGES = ("vi", "en")

INFOGRAPHIC_DESCRIPTION = (
    (
        "Đồ họa thông tin “{title}”: {count} con số viết bằng chữ lớn trên nền đỏ; nội dung có trong phần văn "
        "bản bên dưới."
    ),
    (
        "Infographic “{title}”: {count} figures in large type on a red background; the text version below gives "
        "them all."
    ),
)
# The repository's own Noto Sans (shipped for the press badges), which has every Vietnamese letter.
FONT_DIR = Path(__file__).resolve().parents[2] / "press_center" / "fonts"

STAR_YELLOW = (255, 214, 0)
FLAG_RED = (200, 16, 46)


def _seed(text):
    return int.from_bytes(hashlib.sha256(text.encode()).digest()[:8], "big")


def _sky(draw, size, top, bottom):
    width, height = size
    for y in range(height):
        mix = y / max(height - 1, 1)
        draw.line([(0, y), (width, y)], fill=tuple(round(a + (b - a) * mix) for a, b in zip(top, bottom, strict=True)))


def _glow(picture, rng):
    """Soft light spots in the upper half, blurred at a quarter of the size (the blur is the slow part)."""
    width, height = picture.size
    small = (max(width // 4, 1), max(height // 4, 1))
    glow = Image.new("L", small, 0)
    draw = ImageDraw.Draw(glow)
    for _ in range(rng.randint(12, 24)):
        radius = rng.randint(small[0] // 60 + 1, small[0] // 12 + 2)
        x, y = rng.randint(0, small[0]), rng.randint(0, small[1] // 2)
        draw.ellipse([x - radius, y - radius, x + radius, y + radius], fill=rng.randint(20, 60))
    mask = glow.filter(ImageFilter.GaussianBlur(max(small[0] // 80, 1))).resize(picture.size)
    picture.paste((255, 255, 255), (0, 0), mask)


def _star(draw, cx, cy, r, fill=STAR_YELLOW):
    points = []
    for index in range(10):
        radius = r if index % 2 == 0 else r * 0.42
        angle = -90 + index * 36
        points.append((cx + radius * cos(radians(angle)), cy + radius * sin(radians(angle))))
    draw.polygon(points, fill=fill)


def _band(draw, size, rng, top_share=(0.08, 0.2)):
    """The red band with a yellow star."""
    width, height = size
    band_y = int(height * rng.uniform(*top_share))
    draw.rectangle([0, band_y, width, band_y + height // 40], fill=FLAG_RED)
    _star(draw, rng.randint(width // 8, width - width // 8), band_y + height // 80, height // 30)


def _darker(colour, amount):
    return tuple(max(0, channel - amount) for channel in colour)


def _city(draw, size, rng, top, bottom):
    width, height = size
    ground = int(height * rng.uniform(0.62, 0.78))
    x = 0
    while x < width:
        block = rng.randint(width // 30, width // 9)
        rise = rng.randint(height // 12, height // 3)
        draw.rectangle([x, ground - rise, x + block, height], fill=_darker(top, 90))
        for window_y in range(ground - rise + 12, ground, 26):
            for window_x in range(x + 8, x + block - 8, 22):
                if rng.random() < 0.45:
                    draw.rectangle([window_x, window_y, window_x + 8, window_y + 12], fill=(255, 225, 150))
        x += block + rng.randint(0, width // 60)
    draw.rectangle([0, ground, width, height], fill=_darker(bottom, 120))
    _band(draw, size, rng)


def _hall(draw, size, rng, top, bottom):
    width, height = size
    stage_top, stage_bottom = int(height * 0.22), int(height * 0.42)
    draw.rectangle([width // 8, stage_top, width - width // 8, stage_bottom], fill=_darker(top, 60))
    draw.rectangle([width // 8, stage_top, width - width // 8, stage_top + height // 22], fill=FLAG_RED)
    _star(draw, width // 2, stage_top + height // 44, height // 30)
    draw.rectangle([0, stage_bottom, width, height], fill=_darker(bottom, 110))
    rows = rng.randint(6, 9)
    for row in range(rows):
        depth = (row + 1) / rows
        y = stage_bottom + int((height - stage_bottom) * depth * 0.92)
        seat = max(int(width / 40 * (0.6 + depth)), 6)
        colour = _darker((150, 30, 40), int(60 * (1 - depth)))
        for x in range(seat, width - seat, int(seat * 1.6)):
            draw.rounded_rectangle([x, y - seat, x + seat, y], radius=seat // 4, fill=colour)


def _people(draw, size, rng, top, bottom):
    width, height = size
    _band(draw, size, rng)
    count = rng.randint(5, 8)
    step = width / count
    for index in range(count):
        cx = int(step * (index + 0.5) + rng.uniform(-step / 10, step / 10))
        head = int(step * rng.uniform(0.36, 0.42))
        top_y = int(height * rng.uniform(0.38, 0.48))
        colour = rng.choice([(40, 52, 78), (70, 70, 74), (96, 32, 40), (30, 70, 60)])
        shoulders = int(step * 0.84)
        draw.rounded_rectangle(
            [cx - shoulders // 2, top_y + int(head * 1.15), cx + shoulders // 2, height + head],
            radius=head // 2,
            fill=colour,
        )
        draw.ellipse([cx - head // 2, top_y, cx + head // 2, top_y + int(head * 1.2)], fill=_darker(colour, 25))


def _document(draw, size, rng, top, bottom):
    width, height = size
    draw.rectangle([0, int(height * 0.7), width, height], fill=(120, 84, 60))
    sheet_w, sheet_h = int(width * 0.36), int(height * 0.78)
    left, upper = (width - sheet_w) // 2 + rng.randint(-width // 12, width // 12), int(height * 0.12)
    draw.rectangle([left + 10, upper + 10, left + sheet_w + 10, upper + sheet_h + 10], fill=_darker(top, 40))
    draw.rectangle([left, upper, left + sheet_w, upper + sheet_h], fill=(250, 248, 240))
    _star(draw, left + sheet_w // 2, upper + sheet_h // 10, sheet_h // 22, fill=FLAG_RED)
    heading_y = upper + sheet_h // 6
    draw.rectangle([left + sheet_w // 8, heading_y, left + sheet_w * 7 // 8, heading_y + 10], fill=FLAG_RED)
    y = upper + sheet_h // 4
    while y < upper + sheet_h - 30:
        line_end = left + sheet_w // 10 + int(sheet_w * 0.8 * rng.uniform(0.6, 1))
        draw.rectangle([left + sheet_w // 10, y, line_end, y + 6], fill=(170, 170, 170))
        y += 22


def _landscape(draw, size, rng, top, bottom):
    width, height = size
    for layer in range(4):
        base = int(height * (0.5 + layer * 0.12))
        green = (40 + layer * 25, 110 + layer * 20, 60 + layer * 10)
        phase, waves = rng.uniform(0, 6.28), rng.uniform(1.5, 3) + layer
        points = [(0, height)]
        for x in range(0, width + 40, 40):
            points.append((x, base - int(height * 0.07 * sin(x / width * 6.28 * waves + phase))))
        points.append((width, height))
        draw.polygon(points, fill=green)
    _band(draw, size, rng, top_share=(0.06, 0.12))


DRAW_SCENE = {"city": _city, "hall": _hall, "people": _people, "document": _document, "landscape": _landscape}


def draw_picture(seed, size=(1600, 900), scene="city"):
    """(RGB Pillow image, palette index) for `seed` in `scene`: same seed and scene, same picture."""
    rng = random.Random(_seed(seed))
    palette = rng.randrange(len(PALETTES))
    top, bottom = PALETTES[palette][0]
    picture = Image.new("RGB", size)
    draw = ImageDraw.Draw(picture)
    _sky(draw, size, top, bottom)
    _glow(picture, rng)
    DRAW_SCENE[scene](ImageDraw.Draw(picture), size, rng, top, bottom)
    return picture, palette


def describe(seed, scene="city", language="vi"):
    """What the picture of `seed` in `scene` shows, in `language`, for its alt text."""
    palette = random.Random(_seed(seed)).randrange(len(PALETTES))
    return SCENES[scene][LANGUAGES.index(language)].format(sky=PALETTES[palette][1][LANGUAGES.index(language)])


@functools.lru_cache(maxsize=64)
def _jpeg(seed, size, scene):
    """The JPEG bytes of a picture; the Vietnamese and English images of one seed are drawn once."""
    buffer = io.BytesIO()
    draw_picture(seed, size, scene)[0].save(buffer, "JPEG", quality=82, optimize=True)
    return buffer.getvalue()


def demo_image(
    title,
    credit="Ảnh: Ban Tổ chức (minh họa)",
    size=(1600, 900),
    collection=None,
    scene="city",
    language="vi",
    seed=None,
):
    """The CustomImage titled `title`, drawn from `seed` (default: the title) and saved if missing.

    Its description, in `language`, says what the drawing shows; pages use it as the alt text.
    """
    existing = CustomImage.objects.filter(title=title).first()
    if existing:
        return existing
    seed = seed or title
    return _save(title, _jpeg(seed, size, scene), describe(seed, scene, language), credit, collection)


def _save(title, jpeg, description, credit, collection=None):
    slug = hashlib.sha1(title.encode(), usedforsecurity=False).hexdigest()[:12]
    image = CustomImage(
        title=title,
        description=description[:255],
        credit=credit,
        file=ImageFile(io.BytesIO(jpeg), name=f"demo-{slug}.jpg"),
    )
    if collection is not None:
        image.collection = collection
    image.save()
    return image


# Infographics


def _font(size, bold=False):
    return ImageFont.truetype(str(FONT_DIR / ("NotoSans-Bold.ttf" if bold else "NotoSans-Regular.ttf")), size)


def _wrapped(draw, text, font, width):
    """`text` broken into lines that fit `width` pixels."""
    lines, line = [], ""
    for word in text.split():
        candidate = f"{line} {word}".strip()
        if line and draw.textlength(candidate, font=font) > width:
            lines.append(line)
            line = word
        else:
            line = candidate
    return [*lines, line] if line else lines


def draw_infographic(title, figures, width=1000):
    """An infographic: `title` and each (figure, label) pair written large on a red ground, as tall as needed."""
    margin = width // 12
    heading, figure_font, label_font = _font(width // 16, bold=True), _font(width // 9, bold=True), _font(width // 30)
    measure = ImageDraw.Draw(Image.new("RGB", (1, 1)))
    title_lines = _wrapped(measure, title.upper(), heading, width - 2 * margin - width // 12)
    rows = [(figure, _wrapped(measure, label, label_font, width - 2 * margin)) for figure, label in figures]
    pad = width // 30
    row_heights = [
        2 * pad + int(figure_font.size * 1.3) + int(label_font.size * 1.35) * len(lines) for _, lines in rows
    ]
    height = 2 * margin + int(heading.size * 1.25) * len(title_lines) + margin // 2 + sum(row_heights)

    picture = Image.new("RGB", (width, height))
    draw = ImageDraw.Draw(picture)
    _sky(draw, picture.size, (168, 20, 38), (110, 12, 26))
    y = margin
    _star(draw, margin + width // 40, y + width // 32, width // 30)
    for line in title_lines:
        draw.text((margin + width // 12, y), line, font=heading, fill=STAR_YELLOW)
        y += int(heading.size * 1.25)
    y += margin // 2
    for (figure, lines), row_height in zip(rows, row_heights, strict=True):
        draw.line([(margin, y), (width - margin, y)], fill=(230, 120, 120), width=2)
        draw.text((margin, y + pad), figure, font=figure_font, fill=(255, 255, 255))
        line_y = y + pad + int(figure_font.size * 1.3)
        for line in lines:
            draw.text((margin, line_y), line, font=label_font, fill=(255, 236, 200))
            line_y += int(label_font.size * 1.35)
        y += row_height
    return picture


def demo_infographic(title, figures, language, credit="Đồ họa: Ban Tổ chức (minh họa)", width=1000):
    """The CustomImage of an infographic titled `title` in `language`, drawn with its figures if missing."""
    existing = CustomImage.objects.filter(title=title).first()
    if existing:
        return existing
    buffer = io.BytesIO()
    draw_infographic(title, figures, width).save(buffer, "JPEG", quality=88, optimize=True)
    template = INFOGRAPHIC_DESCRIPTION[LANGUAGES.index(language)]
    return _save(title, buffer.getvalue(), template.format(title=title, count=len(figures)), credit)
