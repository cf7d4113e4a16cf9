"""Vietnamese text: without diacritics, the ASCII slugs made from it, and its alphabetical order.

`folded_slug` has a twin in JavaScript, core/static/core/js/admin_slug.js, which gives the admin's
slug field the same address as the editor types a title; tests/core/test_admin_slug.py checks that
the two agree.
"""

import re
import unicodedata

from django.utils.text import slugify

# The address made from a title, by the importer and by the admin as an editor types: short enough
# to read, long enough to tell articles apart.
TITLE_SLUG_LENGTH = 80
ASCII_SLUG = re.compile(r"[-a-zA-Z0-9_]+\Z")


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


def cleaned_slug(value, max_length=None):
    """A slug as typed by an editor: kept if it is already an ASCII slug, else folded (“Đại hội” → dai-hoi).

    An address typed clean is the editor's choice and never rewritten (nor is a published one);
    Vietnamese letters, spaces or decomposed marks get the folding of `folded_slug`. A value with
    nothing to fold into an address is returned as it is, for the field's validation to refuse.
    """
    if not value or ASCII_SLUG.match(value):
        return value
    return folded_slug(value, max_length) or value


# Vietnamese alphabetical order, with the Latin letters Vietnamese does not use (f, j, w, z) where
# other alphabets put them, so that foreign names sort as their readers expect.
ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_LETTER_RANKS = {letter: rank for rank, letter in enumerate(ALPHABET, start=100)}
# The marks that make a letter of its own (ă â ê ô ơ ư), and the five tones in dictionary order:
# huyền, hỏi, ngã, sắc, nặng (a à ả ã á ạ), as Vietnamese dictionaries and CLDR order them.
_LETTER_MARKS = {"\u0306", "\u0302", "\u031b"}
_TONES = {mark: rank for rank, mark in enumerate("\u0300\u0309\u0303\u0301\u0323", start=1)}


def collation_key(text):
    """A sort key that puts names in Vietnamese alphabetical order: sorted(names, key=collation_key).

    Letters first (a ă â b c d đ e ê g … ư v x y): “Ấn Độ” sorts with the A's, before “Ba Lan”,
    and “Đời sống” after every D; tone marks decide only between words spelt alike (ma, mà, mả, mã,
    má, mạ), then case. Python's plain sort compares code points and puts both after Z.

    Databases cannot sort this way portably (SQLite has no Vietnamese collation; PostgreSQL's depend
    on the ICU locales of the server), so lists sorted by name, which are short (categories, topics,
    the guests' countries), are sorted in Python with this key.
    """
    clusters = []  # (base character, the combining marks after it)
    for char in unicodedata.normalize("NFD", text or ""):
        if unicodedata.combining(char) and clusters:
            clusters[-1][1].append(char)
        else:
            clusters.append((char, []))
    primary, secondary, tertiary = [], [], []
    for base, marks in clusters:
        lower = base.lower()
        letter = unicodedata.normalize("NFC", lower + "".join(mark for mark in marks if mark in _LETTER_MARKS))
        if letter in _LETTER_RANKS:
            rest = [mark for mark in marks if mark not in _LETTER_MARKS]
        else:  # a mark Vietnamese does not use on this letter (ĕ): the plain letter, the mark secondary
            letter, rest = lower, marks
        if letter in _LETTER_RANKS:
            primary.append(_LETTER_RANKS[letter])
        elif letter.isdigit():
            primary.append(1 + unicodedata.digit(letter, 0))
        elif letter.isspace() or unicodedata.category(letter) == "Pd":  # dashes part words: Cu-ba as Cu ba
            primary.append(0)
        elif letter.isalpha():  # letters of other alphabets after ours, in code point order
            primary.append(1000 + ord(letter))
        else:  # other punctuation is ignored: “Côte d’Ivoire” sorts as “Côte dIvoire”
            continue
        tones = [_TONES[mark] for mark in rest if mark in _TONES]
        others = [ord(mark) for mark in rest if mark not in _TONES]
        secondary.append((tones[0] if tones else 0, *others))
        tertiary.append(0 if base == lower else 1)
    return tuple(primary), tuple(secondary), tuple(tertiary), text or ""
