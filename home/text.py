"""Small text helpers of the congress pages: section keys and Roman numerals."""

from core.text import folded_slug
from core.text import unique_slug as numbered_slug


def unique_slug(text, taken, fallback="muc", reserved=(), max_length=60):
    """A slug of `text` not in `taken` or `reserved`, made unique with -2, -3 … when needed."""
    base = folded_slug(text, max_length) or fallback
    if base in reserved:
        base = f"{fallback}-{base}"
    return numbered_slug(base, set(taken) | set(reserved), max_length)


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
