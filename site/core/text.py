"""Vietnamese text without diacritics, and the ASCII slugs made from it."""

import unicodedata

from django.utils.text import slugify


def fold(text):
    """Vietnamese text without diacritics, case kept: “Đại hội Đảng” → “Dai hoi Dang”.

    Unicode decomposition strips tones and vowel marks, but đ/Đ are letters of their own, not a d
    with a mark, so they are replaced first (Django's slugify would otherwise drop them).
    """
    text = (text or "").replace("đ", "d").replace("Đ", "D")
    return "".join(char for char in unicodedata.normalize("NFKD", text) if not unicodedata.combining(char))


def folded_slug(text, max_length=None):
    """An ASCII slug of `text` (“Đại hội” → “dai-hoi”), cut at a word boundary to `max_length`."""
    slug = slugify(fold(text))
    if max_length and len(slug) > max_length:
        slug = slug[: max_length + 1].rsplit("-", 1)[0] if "-" in slug[:max_length] else slug[:max_length]
    return slug.strip("-")


def unique_slug(base, taken, max_length):
    """`base`, or `base-2`, `base-3` … whichever is not in `taken`, never longer than `max_length`."""
    if base not in taken:
        return base
    number = 2
    while True:
        suffix = f"-{number}"
        candidate = base[: max_length - len(suffix)].rstrip("-") + suffix
        if candidate not in taken:
            return candidate
        number += 1
