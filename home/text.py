"""Small text helpers of the congress pages: Vietnamese-safe slugs and Roman numerals."""

from django.utils.text import slugify

# "đ" has no ASCII decomposition, so slugify would drop it ("Đại hội" → "ai-hoi").
_FOLD = str.maketrans({"đ": "d", "Đ": "D"})


def ascii_slug(text, max_length=60):
    """An ASCII slug of `text` with Vietnamese letters folded: "Định hướng phát triển" → "dinh-huong-phat-trien"."""
    slug = slugify(str(text).translate(_FOLD))[:max_length].strip("-")
    return slug


def unique_slug(text, taken, fallback="muc", reserved=(), max_length=60):
    """A slug of `text` not in `taken` or `reserved`, made unique with -2, -3 … when needed."""
    base = ascii_slug(text, max_length) or fallback
    if base in reserved:
        base = f"{fallback}-{base}"
    candidate, number = base, 1
    while candidate in taken or candidate in reserved:
        number += 1
        candidate = f"{base}-{number}"
    return candidate


_ROMAN = [
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
]


def roman(number):
    """14 → "XIV", as congress editions are written. Anything but a positive integer gives ""."""
    try:
        number = int(number)
    except (TypeError, ValueError):
        return ""
    if number <= 0:
        return ""
    parts = []
    for value, letters in _ROMAN:
        count, number = divmod(number, value)
        parts.append(letters * count)
    return "".join(parts)
