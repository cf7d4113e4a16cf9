"""Pictures for demo content, drawn with Pillow so that nothing in the repository is copied.

Each picture is an abstract composition (a gradient sky, a row of buildings or a hall, a flag-red
band, light dots) seeded by its title, so the same title always gives the same picture and
`load_demo` can run again without making duplicates.
"""

import hashlib
import io
import random
from math import cos, radians, sin

from PIL import Image, ImageDraw, ImageFilter

from django.core.files.images import ImageFile

from core.models import CustomImage

# Background colour pairs (top, bottom) that read as morning, daylight, dusk and hall lighting.
PALETTES = [
    ((178, 34, 34), (255, 196, 87)),
    ((24, 62, 112), (150, 198, 230)),
    ((92, 24, 48), (241, 140, 86)),
    ((18, 78, 62), (196, 226, 170)),
    ((54, 42, 92), (230, 176, 120)),
    ((120, 20, 24), (248, 226, 180)),
]


def _seed(text):
    return int.from_bytes(hashlib.sha256(text.encode()).digest()[:8], "big")


def draw_picture(title, size=(1600, 900)):
    """An RGB Pillow image for `title`: same title, same picture."""
    rng = random.Random(_seed(title))
    width, height = size
    top, bottom = rng.choice(PALETTES)
    picture = Image.new("RGB", size)
    draw = ImageDraw.Draw(picture)
    for y in range(height):
        mix = y / max(height - 1, 1)
        draw.line([(0, y), (width, y)], fill=tuple(round(a + (b - a) * mix) for a, b in zip(top, bottom, strict=True)))

    glow = Image.new("RGBA", size, (0, 0, 0, 0))
    glow_draw = ImageDraw.Draw(glow)
    for _ in range(rng.randint(12, 24)):
        radius = rng.randint(width // 60, width // 12)
        x, y = rng.randint(0, width), rng.randint(0, height // 2)
        glow_draw.ellipse([x - radius, y - radius, x + radius, y + radius], fill=(255, 255, 255, rng.randint(20, 60)))
    picture.paste(glow.filter(ImageFilter.GaussianBlur(width // 80)), (0, 0), glow.filter(ImageFilter.GaussianBlur(4)))

    # A skyline or a row of columns along the bottom third.
    ground = int(height * rng.uniform(0.62, 0.78))
    shade = tuple(max(0, channel - 90) for channel in top)
    x = 0
    while x < width:
        block = rng.randint(width // 30, width // 9)
        rise = rng.randint(height // 12, height // 3)
        draw.rectangle([x, ground - rise, x + block, height], fill=shade)
        for window_y in range(ground - rise + 12, ground, 26):
            for window_x in range(x + 8, x + block - 8, 22):
                if rng.random() < 0.45:
                    draw.rectangle([window_x, window_y, window_x + 8, window_y + 12], fill=(255, 225, 150))
        x += block + rng.randint(0, width // 60)
    draw.rectangle([0, ground, width, height], fill=tuple(max(0, channel - 120) for channel in bottom))

    # A red band with a yellow star: the visual shorthand of a national event.
    band_y = int(height * rng.uniform(0.08, 0.2))
    draw.rectangle([0, band_y, width, band_y + height // 40], fill=(200, 16, 46))
    cx, cy, r = rng.randint(width // 8, width - width // 8), band_y + height // 80, height // 30
    points = []
    for index in range(10):
        radius = r if index % 2 == 0 else r * 0.42
        angle = -90 + index * 36
        points.append((cx + radius * cos(radians(angle)), cy + radius * sin(radians(angle))))
    draw.polygon(points, fill=(255, 214, 0))
    return picture


def demo_image(title, credit="Ảnh: Ban Tổ chức (minh họa)", size=(1600, 900), collection=None):
    """The CustomImage titled `title`, drawn and saved if it does not exist yet."""
    existing = CustomImage.objects.filter(title=title).first()
    if existing:
        return existing
    buffer = io.BytesIO()
    draw_picture(title, size).save(buffer, "JPEG", quality=82, optimize=True)
    slug = hashlib.sha1(title.encode(), usedforsecurity=False).hexdigest()[:12]
    image = CustomImage(title=title, credit=credit, file=ImageFile(buffer, name=f"demo-{slug}.jpg"))
    if collection is not None:
        image.collection = collection
    image.save()
    return image
