"""The other ways readers type what an article writes: numerals, abbreviations, Telex and VNI, units.

A query is always searched as typed. Besides, it is searched in the forms below, its
*alternatives*: folded word lists that every backend ORs with the typed one (see
`QueryPlan.folded_forms` and `elasticsearch.text_query`). An item of an alternative may hold
several words ("ha noi"): it then matches as a phrase, never as scattered words.

- **Numerals** right after a word that numbers things (đại hội, khóa, lần thứ, hội nghị trung
  ương, phiên, kỳ họp, nhiệm kỳ …): Roman numerals I–L, Arabic digits and the Vietnamese words
  stand for each other ("khóa 15", "khóa XV", "khóa mười lăm"). Elsewhere a number stays a number,
  so "khóa 15" never matches every "15".
- **Abbreviations** of the political vocabulary ("BCH" for "Ban Chấp hành", "TP.HCM" for
  "Thành phố Hồ Chí Minh"), in both directions: see `search.synonyms`.
- **Telex and VNI** typed without an input method ("chuyeenr ddooir soos", "chuye6n3 d9o6i3
  so61" for "chuyển đổi số"): a word is decoded only when it shows the keys of one of them, is not
  itself a Vietnamese syllable, and decodes to one. Never for English searches ("offer", "cuts").
- **Letters glued to digits**: "covid19", "covid 19" and "COVID-19" find each other.

"8 %" and "8%" need nothing: "%" is not a word, so both search for "8".
"""

import itertools
import re

from .text import nfc

MAX_ALTERNATIVES = 24

# Syllables: what a folded Vietnamese syllable can look like (initial, vowels, final consonant).

_SYLLABLE = re.compile(r"^(ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdghklmnprstvx])?([aeiouy]{1,3})(ch|ng|nh|[cmnpt])?$")
# "oo" (xoong, boong) is left out: rare loanwords, while "oo" is how Telex types "ô".
_NUCLEI = frozenset(
    "a e i o u y ai ao au ay eo eu ia ie iu oa oe oi ua ue ui uo uu uy ye "  # noqa: SIM905 (a list of spellings)
    "oai oay oao oeo uai uay uoi uou uya uye uyu ieu yeu".split()
)


def is_syllable(word):
    """Whether a folded word could be one Vietnamese syllable ("nguyen", "quy", "gi"), roughly."""
    match = _SYLLABLE.match(word)
    return bool(match) and match.group(2) in _NUCLEI


# Numerals

_ROMAN = [(50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
HIGHEST = 50
_UNITS = {1: "mot", 2: "hai", 3: "ba", 4: "bon", 5: "nam", 6: "sau", 7: "bay", 8: "tam", 9: "chin"}
# The words that number what follows them (folded).
NUMBERING_WORDS = {
    ("dai", "hoi"),
    ("dh",),
    ("khoa",),
    ("lan", "thu"),
    ("lan",),
    ("thu",),
    ("hoi", "nghi"),
    ("trung", "uong"),
    ("tw",),
    ("phien",),
    ("phien", "hop"),
    ("ky", "hop"),
    ("nhiem", "ky"),
}
# What may stand between a numbered meeting and its number: "Hội nghị Trung ương (lần thứ) 8",
# "Đại hội (đại biểu toàn quốc lần thứ) XIV".
BRIDGES = ["", "lan thu ", "thu "]
CONGRESS_BRIDGES = [*BRIDGES, "dai bieu toan quoc lan thu ", "dai bieu toan quoc "]
MEETINGS = {
    ("dai", "hoi"): CONGRESS_BRIDGES,
    ("dh",): CONGRESS_BRIDGES,
    ("hoi", "nghi"): BRIDGES,
    ("trung", "uong"): BRIDGES,
    ("tw",): BRIDGES,
    ("ky", "hop"): BRIDGES,
    ("phien",): BRIDGES,
}


def to_roman(number):
    out = []
    for value, letters in _ROMAN:
        while number >= value:
            out.append(letters)
            number -= value
    return "".join(out)


_FROM_ROMAN = {to_roman(number): number for number in range(1, HIGHEST + 1)}


def spelled(number):
    """The ways to say `number` (1–50) in Vietnamese, folded: [("muoi", "lam"), …]."""
    tens, unit = divmod(number, 10)
    if not tens:
        forms = [(_UNITS[unit],)]
        if unit == 1:
            forms.append(("nhat",))  # "thứ nhất"
        if unit == 4:
            forms.append(("tu",))  # "thứ tư"
        return forms
    head = ("muoi",) if tens == 1 else (_UNITS[tens], "muoi")
    if not unit:
        return [head]
    # "mười một" but "hai mươi mốt" (both fold to "mot"), "mười lăm", "hai mươi lăm" or "nhăm".
    units = {4: ["bon", "tu"], 5: ["lam"] if tens == 1 else ["lam", "nham"]}
    return [(*head, word) for word in units.get(unit, [_UNITS[unit]])]


_SPELLED = {form: number for number in range(1, HIGHEST + 1) for form in spelled(number)}
_LONGEST_SPELLED = max(len(form) for form in _SPELLED)


def _number_at(words, start):
    """(value, length) of a number written at words[start:], or None."""
    word = words[start]
    if word.isdigit():
        value = int(word)
        return (value, 1) if 1 <= value <= HIGHEST else None
    if word in _FROM_ROMAN:
        return _FROM_ROMAN[word], 1
    for length in range(min(_LONGEST_SPELLED, len(words) - start), 0, -1):
        value = _SPELLED.get(tuple(words[start : start + length]))
        if value:
            return value, length
    return None


def _numbering_word(words, start):
    """The numbering word right before words[start] (the longest), or None."""
    found = [before for before in NUMBERING_WORDS if tuple(words[max(start - len(before), 0) : start]) == before]
    return max(found, key=len) if found else None


def numeral_sites(words, synonyms):
    """Sites for each number that follows a numbering word: the pair is one phrase ("khoa 15").

    Typed or rewritten, the numbering word and its number must stand together, so that "khóa 15"
    finds "khóa XV" and "khóa 15" but not a "khóa học" for "15 xã". The numbering word is also
    replaced by its synonyms ("ĐH XIV" finds "Đại hội 14").
    """
    sites = []
    start = 0
    while start < len(words):
        before = _numbering_word(words, start)
        found = before and _number_at(words, start)
        if not found:
            start += 1
            continue
        value, length = found
        typed = " ".join(words[start - len(before) : start + length])
        numbers = [str(value), to_roman(value), *(" ".join(form) for form in spelled(value))]
        contexts = [" ".join(before), *synonyms.others(before)]
        bridges = MEETINGS.get(before, [""])
        forms = [f"{context} {bridge}{number}" for context in contexts for bridge in bridges for number in numbers]
        sites.append((start - len(before), start + length, (typed,), [form for form in forms if form != typed]))
        start += length
    return sites


# Letters glued to digits ("covid19" / "covid 19")

_GLUED = re.compile(r"^([a-z]{2,})(\d{1,4})$")
_THOUSANDS = re.compile(r"^[1-9]\d{3,8}$")


def unit_sites(words):
    """Letters glued to digits or apart ("covid19", "covid 19"); thousands written with or without
    their separator ("1500" and "1.500", which the text's words hold as "1 500")."""
    sites = []
    for index, word in enumerate(words):
        glued = _GLUED.match(word)
        following = words[index + 1] if index + 1 < len(words) else ""
        if glued and not is_syllable(glued.group(1)):
            sites.append((index, index + 1, (word,), [f"{glued.group(1)} {glued.group(2)}"]))
        elif (
            word.isalpha() and len(word) >= 2 and not is_syllable(word) and following.isdigit() and len(following) <= 4
        ):
            sites.append((index, index + 2, (word, following), [word + following]))
        elif _THOUSANDS.match(word) and not 1900 <= int(word) <= 2100:  # years have no separator
            groups = f"{int(word):,}".replace(",", " ")
            sites.append((index, index + 1, (word,), [groups]))
        elif word.isdigit() and 0 < len(word) <= 3 and len(following) == 3 and following.isdigit():
            sites.append((index, index + 2, (word, following), [word + following]))
    return sites


# Telex and VNI

_TONE_KEYS = "sfrxj"
_TELEX_MARKS = [("dd", "d"), ("uow", "uo"), ("aa", "a"), ("ee", "e"), ("oo", "o"), ("aw", "a"), ("ow", "o")]
_TELEX_MARKS += [("uw", "u"), ("w", "u")]
_VNI = re.compile(r"^[a-z]+(?:[1-9][a-z]*)+$")
_VOWELS = frozenset("aeiouy")


_FINALS = ("", "c", "ch", "m", "n", "ng", "nh", "p", "t")


def decode_telex(word):
    """The folded syllable that a Telex-typed `word` means ("chuyeenr" → "chuyen"), or None."""
    if not word.isascii() or not word.isalpha() or len(word) < 2 or is_syllable(word):
        return None
    letters = list(word)
    first_vowel = next((index for index, letter in enumerate(letters) if letter in _VOWELS), None)
    if first_vowel is None:
        return None
    keys = [index for index in range(first_vowel + 1, len(letters)) if letters[index] in _TONE_KEYS]
    if len(keys) > 1:
        return None  # "offer", "process": not one syllable with one tone
    if keys:
        # The tone key closes the vowels: only a final consonant may follow it ("taxi" is no Telex).
        if "".join(letters[keys[0] + 1 :]) not in _FINALS:
            return None
        del letters[keys[0]]
    decoded = "".join(letters)
    for typed, meant in _TELEX_MARKS:
        decoded = decoded.replace(typed, meant)
    if decoded == word or not is_syllable(decoded):
        return None
    return decoded


def decode_vni(word):
    """The folded syllable that a VNI-typed `word` means ("d9o6i3" → "doi"), or None."""
    if not _VNI.match(word):
        return None
    digits = [character for character in word if character.isdigit()]
    tones = [digit for digit in digits if digit in "12345"]
    if len(tones) > 1 or len(digits) > 3:  # one tone; marks may repeat ("u7o7" for "ươ")
        return None
    decoded = "".join(character for character in word if not character.isdigit())
    return decoded if is_syllable(decoded) else None


def decoded_words(words, synonyms):
    """`words` with every Telex or VNI word decoded, or None if none is.

    An abbreviation of the synonym lists is not Telex: "TW" stays Trung ương, not "tư".
    """
    decoded = [None if synonyms.is_term(word) else decode_telex(word) or decode_vni(word) for word in words]
    if not any(decoded):
        return None
    return [meant or word for word, meant in zip(words, decoded, strict=True)]


# Putting it together


def _without_overlaps(*site_lists):
    """The sites in order, earlier lists first where two overlap, then the longer, then the earlier."""
    kept = []
    for sites in site_lists:
        for site in sorted(sites, key=lambda site: (-(site[1] - site[0]), site[0])):
            if all(site[1] <= other[0] or site[0] >= other[1] for other in kept):
                kept.append(site)
    return sorted(kept)


def _expand(words, sites):
    """Every combination of the sites' forms over `words`: the typed one first."""
    choices, position = [], 0
    for start, end, typed, replacements in sites:
        choices += [[(word,)] for word in words[position:start]]
        choices.append([typed, *((replacement,) for replacement in replacements)])
        position = end
    choices += [[(word,)] for word in words[position:]]
    for combination in itertools.product(*choices):
        yield [item for part in combination for item in part]


def forms(query, language="vi", synonyms=None):
    """(the query as typed, [its other forms]) as folded items, the others at most MAX_ALTERNATIVES.

    The typed form is the query's folded words, except that a numbering word and its number make one
    phrase ("khoa 15"). `synonyms` is a search.synonyms.Synonyms (default: the curated list and the
    editors' entries).
    """
    from . import synonyms as synonym_lists

    synonyms = synonyms if synonyms is not None else synonym_lists.current()
    words = list(query.folded)
    typed = _typed_words(query.raw, len(words))
    bases = [words]
    if language != "en":
        decoded = decoded_words(words, synonyms)
        if decoded:
            bases.append(decoded)
    found = []
    for base in bases:
        # A number keeps to its numbering word before anything else claims the words.
        sites = _without_overlaps(numeral_sites(base, synonyms), synonyms.sites(base, typed), unit_sites(base))
        found.extend(itertools.islice(_expand(base, sites), MAX_ALTERNATIVES + 1))
    literal, others = found[0], []
    for alternative in found[1:]:
        if alternative != literal and alternative not in others:
            others.append(alternative)
    return literal, others[:MAX_ALTERNATIVES]


def alternatives(query, language="vi", synonyms=None):
    """The other folded forms of `query` (a text.Query) to search as well: see `forms`."""
    return forms(query, language, synonyms)[1]


_CASED_WORD = re.compile(r"(?:[^\W_]|[\u0300-\u036f])+")


def _typed_words(raw, count):
    """The query's words with the case the reader typed, aligned with Query.folded."""
    cased = _CASED_WORD.findall(nfc(raw))[:count]
    return cased + [""] * (count - len(cased))


def words_of(alternatives):
    """Every folded word the alternatives search for (to highlight them)."""
    return {word for alternative in alternatives for item in alternative for word in item.split()}
