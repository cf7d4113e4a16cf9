"""Vietnamese-aware text handling shared by every search backend.

Readers type Vietnamese with or without diacritics, in upper or lower case, precomposed (NFC) or
decomposed (NFD), with the old ("hòa", "thủy") or the new ("hoà", "thuỷ") tone placement. Every
text, indexed or queried, goes through the same steps:

- `normalize`: NFC, tone marks moved to one canonical position, case folded — the "exact" form,
  which keeps diacritics so that "mã" and "mà" stay different words;
- `fold`: the exact form without any diacritic and with đ → d — the form that matches whatever the
  reader typed ("dai hoi" finds "Đại hội", "nguyen" finds "Nguyễn", "ue" finds "uệ");
- `tokens`: words of letters and digits, the only thing that ever reaches a full-text query, so
  user input never carries full-text syntax (quotes, `NEAR(`, `*`, `AND`) into a query.

English text is additionally stemmed (Snowball English), so "elections" finds "election".
Highlighting works on the original text: it maps folded matches back to the characters as written.
"""

import html
import re
import unicodedata
from functools import lru_cache

import snowballstemmer

from core.text import fold as fold_marks

# Tone marks (combining characters): grave, acute, hook above, tilde, dot below.
TONE_MARKS = "\u0300\u0301\u0309\u0303\u0323"
_TONE_MARK_SET = frozenset(TONE_MARKS)

# Old and new orthography disagree only where the syllable ends in oa, oe or uy with no final
# consonant: "hòa"/"hoà", "khỏe"/"khoẻ", "thủy"/"thuỷ". We keep the tone on the second vowel
# (the new placement) in the indexed forms; the text shown to readers is never changed.
# After "q", "u" belongs to the consonant ("quý"), so the tone is already on the right letter.
_TONE_PLACEMENT = re.compile(r"(?<![qQ])([oOuU])([" + TONE_MARKS + r"])([aAeEyY])(?![^\W\d_])")

# Letters and digits; combining marks stay inside the word they belong to.
_WORD = re.compile(r"(?:[^\W_]|[\u0300-\u036f])+")
MAX_QUERY_LENGTH = 500  # characters kept from a query; longer input is cut, never an error
MAX_QUERY_TOKENS = 32

_english = snowballstemmer.stemmer("english")


def nfc(text):
    return unicodedata.normalize("NFC", text or "")


def _place_tones(decomposed):
    """Move a tone mark from the first to the second vowel of a final oa/oe/uy (text in NFD)."""
    return _TONE_PLACEMENT.sub(r"\1\3\2", decomposed)


def normalize(text):
    """The exact form: canonical tone placement, NFC, case folded. Diacritics are kept."""
    decomposed = unicodedata.normalize("NFD", text or "")
    return unicodedata.normalize("NFC", _place_tones(decomposed)).casefold()


def fold_word(word):
    """`word` without diacritics, đ/Đ as d, lower case ("Đại" → "dai", "ữ" → "u")."""
    return fold_marks(word).replace("ð", "d").casefold()


def fold(text):
    return fold_word(text or "")


def has_diacritics(text):
    """Whether the reader typed any Vietnamese diacritic (then exact matches rank first)."""
    return normalize(text) != fold(text)


def tokens(text):
    """The words of `text` in exact form, in order."""
    return _WORD.findall(normalize(text))


@lru_cache(maxsize=20_000)
def stem(word):
    """Snowball English stem of a folded word."""
    return _english.stemWord(word)


def folded_tokens(text, language="vi"):
    """Folded words of `text`; English words are also stemmed."""
    words = [fold_word(word) for word in tokens(text)]
    if language == "en":
        words = [stem(word) for word in words]
    return words


def index_text(text):
    """Exact words joined by spaces: what goes into the full-text index, free of any syntax."""
    return " ".join(tokens(text))


def index_folded(text, language="vi"):
    return " ".join(folded_tokens(text, language))


class Query:
    """A reader's query, cleaned once: its exact and folded words, ready for any backend."""

    def __init__(self, raw):
        self.raw = nfc(str(raw or ""))[:MAX_QUERY_LENGTH].strip()
        self.exact = tokens(self.raw)[:MAX_QUERY_TOKENS]
        self.folded = [fold_word(word) for word in self.exact]
        self.stemmed = [stem(word) for word in self.folded]
        # With diacritics typed, matches with the same diacritics rank above folded-only ones.
        self.has_diacritics = self.exact != self.folded
        self._forms = {}
        self.corrected_words = set()  # typing slips corrected by the search (search.typos), to highlight

    def forms(self, language="vi"):
        """(the typed form, [other forms]) searched, as folded items (numerals, abbreviations, Telex …).

        See search.rewriting: the typed form is `folded`, with a numbering word and its number as one
        phrase ("khoa 15"); an item of several words matches as a phrase.
        """
        if language not in self._forms:
            from .rewriting import forms

            self._forms[language] = forms(self, language) if self.folded else (list(self.folded), [])
        return self._forms[language]

    def alternatives(self, language="vi"):
        return self.forms(language)[1]

    def marked_words(self):
        """The folded words to highlight: the query's and those of the other forms searched."""
        from .rewriting import words_of

        others = words_of(form for _typed, forms in self._forms.values() for form in forms)
        return set(self.folded) | others | self.corrected_words

    def __bool__(self):
        return bool(self.exact)

    def __str__(self):
        return self.raw

    def __repr__(self):
        return f"<Query {self.raw!r} exact={self.exact} folded={self.folded}>"


# Highlighting on the original text.


def _folded_with_offsets(text):
    """Folded words of `text` with their (start, end) offsets in `text` itself."""
    for match in _WORD.finditer(text):
        yield fold_word(match.group()), match.start(), match.end()


def _matching_word(word, wanted, stems):
    return word in wanted or (stems and stem(word) in stems)


def highlight(text, query, *, stems=False):
    """HTML-escaped `text` with <mark> around the words that match `query` (folded comparison)."""
    text = nfc(text)
    wanted = query.marked_words()
    wanted_stems = set(query.stemmed) if stems else set()
    spans = []  # (start, end) of marked runs; neighbours separated only by spaces are merged
    for word, start, end in _folded_with_offsets(text):
        if _matching_word(word, wanted, wanted_stems):
            if spans and not text[spans[-1][1] : start].strip():
                spans[-1] = (spans[-1][0], end)
            else:
                spans.append((start, end))
    pieces, last = [], 0
    for start, end in spans:
        pieces.append(html.escape(text[last:start]))
        pieces.append(f"<mark>{html.escape(text[start:end])}</mark>")
        last = end
    pieces.append(html.escape(text[last:]))
    return "".join(pieces)


def snippet(text, query, *, length=220, stems=False):
    """A window of about `length` characters around the densest matches, highlighted and escaped."""
    text = " ".join(nfc(text).split())
    if not text:
        return ""
    wanted = query.marked_words()
    wanted_stems = set(query.stemmed) if stems else set()
    positions = [
        (start, word) for word, start, _end in _folded_with_offsets(text) if _matching_word(word, wanted, wanted_stems)
    ][:200]
    if len(text) <= length:
        return highlight(text, query, stems=stems)
    start = 0
    if positions:
        # The window that holds the most distinct query words, then the most matches.
        best = None
        for index, (position, _word) in enumerate(positions):
            in_window = [word for pos, word in positions[index:] if pos < position + length * 0.8]
            score = (len(set(in_window)), len(in_window), -position)
            if best is None or score > best[0]:
                best = (score, position)
        start = max(0, best[1] - length // 4)
        # Start on a word boundary.
        if start:
            space = text.rfind(" ", 0, start)
            start = space + 1 if space != -1 and start - space < 30 else start
    end = min(len(text), start + length)
    if end < len(text):
        space = text.rfind(" ", start, end)
        if space > start + length // 2:
            end = space
    fragment = highlight(text[start:end], query, stems=stems)
    return ("… " if start else "") + fragment + (" …" if end < len(text) else "")
