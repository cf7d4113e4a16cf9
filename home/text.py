"""Small text helpers of the congress pages: section keys, Roman numerals and the names of the congress's days."""

from django.utils.translation import pgettext, pgettext_lazy

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


# The first ten days have names of their own, so that Vietnamese can write the ordinal in words, as
# its press does (“Ngày làm việc thứ ba”): “Ngày thứ 3” reads as a Tuesday (thứ Ba), and “ngày 3” as
# the 3rd of the month. Longer congresses fall back to the number.
DAY_TITLES = {
    1: pgettext_lazy("congress day", "Day 1"),
    2: pgettext_lazy("congress day", "Day 2"),
    3: pgettext_lazy("congress day", "Day 3"),
    4: pgettext_lazy("congress day", "Day 4"),
    5: pgettext_lazy("congress day", "Day 5"),
    6: pgettext_lazy("congress day", "Day 6"),
    7: pgettext_lazy("congress day", "Day 7"),
    8: pgettext_lazy("congress day", "Day 8"),
    9: pgettext_lazy("congress day", "Day 9"),
    10: pgettext_lazy("congress day", "Day 10"),
}


def day_title(number):
    """The name of the congress's day `number` (1 = the opening day): “Ngày làm việc thứ ba”, “Day 3”."""
    if number in DAY_TITLES:
        return str(DAY_TITLES[number])
    return pgettext("congress day", "Day %(number)s") % {"number": number}
