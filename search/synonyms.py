"""Abbreviations and other names of the same thing, applied to queries on every backend.

The curated list below covers the political vocabulary a congress site is searched for; editors
add their own groups as snippets (search.models.Synonym). Each group's terms stand for each other
in both directions: "BCH" finds "Ban Chấp hành" and "Ban Chấp hành" finds "BCH". A term of several
words is matched, and searched, as a phrase. Terms go through the same tokenising and folding as
the text ("T.Ư" is the words "t u", "TP.HCM" the words "tp hcm"), so they match however the
text punctuates them.

A short abbreviation that is also a Vietnamese word once folded ("TƯ" is "tu", like "tư", "tu"
and "tự") is matched only when the reader types it in capitals, and is never searched for on
behalf of its long form: "trung ương" does not look for every "tư".
"""

from django.core.cache import cache

from .text import fold_word, tokens

CACHE_KEY = "search:synonyms:version"

CURATED = [
    "ĐH, Đại hội",
    "TW, TƯ, T.Ư, Trung ương",
    "HNTW, Hội nghị TW, Hội nghị TƯ, Hội nghị Trung ương",
    "BCH, Ban Chấp hành",
    "BCHTW, BCH TW, Ban Chấp hành Trung ương",
    "BCT, Bộ Chính trị",
    "BBT, Ban Bí thư",
    "TBT, Tổng Bí thư",
    "QH, Quốc hội",
    "ĐBQH, Đại biểu Quốc hội",
    "UBND, Ủy ban nhân dân",
    "HĐND, Hội đồng nhân dân",
    "MTTQ, Mặt trận Tổ quốc",
    "UBTVQH, Ủy ban Thường vụ Quốc hội",
    "TP.HCM, TPHCM, TP HCM, Thành phố Hồ Chí Minh, Sài Gòn",
    "HN, Hà Nội",
    "KT-XH, Kinh tế - xã hội",
    "CNH-HĐH, Công nghiệp hóa hiện đại hóa",
]


def parse_terms(text):
    """{folded word tuple: the term as written} of a comma-separated group, in order, without repeats."""
    terms = {}
    for piece in text.split(","):
        term = tuple(fold_word(word) for word in tokens(piece))
        if term:
            terms.setdefault(term, piece.strip())
    return terms


def _is_ambiguous(term, written):
    """A short abbreviation that folds to a word: two letters with a vowel, written in capitals."""
    return len(term) == 1 and len(term[0]) <= 2 and any(c in "aeiouy" for c in term[0]) and written.isupper()


class Synonyms:
    """Groups of terms, looked up by their first word."""

    def __init__(self, groups):
        self.groups = []
        self.by_first_word = {}
        for text in groups:
            written = parse_terms(text)
            terms = list(written)
            if len(terms) < 2:
                continue
            ambiguous = {term for term in terms if _is_ambiguous(term, written[term])}
            group = (terms, ambiguous)
            self.groups.append(group)
            for term in terms:
                self.by_first_word.setdefault(term[0], []).append((term, group))
        self.terms = {term for terms, _ambiguous in self.groups for term in terms}
        for candidates in self.by_first_word.values():
            candidates.sort(key=lambda candidate: -len(candidate[0]))  # the longest term first

    def is_term(self, word):
        """Whether `word` (folded) is a one-word term of some group, such as "tw" or "bch"."""
        return (word,) in self.terms

    def others(self, term):
        """The phrases that stand for `term` (a folded word tuple), ambiguous ones left out."""
        for candidate, (terms, ambiguous) in self.by_first_word.get(term[0], ()):
            if candidate == term:
                return [" ".join(other) for other in terms if other != term and other not in ambiguous]
        return []

    def sites(self, words, typed):
        """(start, end, typed words, [replacement]) where a term of a group stands in `words`.

        `typed` holds the same words as the reader typed them, for the capitals rule.
        """
        sites = []
        for start, word in enumerate(words):
            for term, (terms, ambiguous) in self.by_first_word.get(word, ()):
                end = start + len(term)
                if tuple(words[start:end]) != term:
                    continue
                if term in ambiguous and not (typed[start].isupper() and len(typed[start]) > 1):
                    continue
                replacements = [" ".join(other) for other in terms if other != term and other not in ambiguous]
                if replacements:
                    sites.append((start, end, term, replacements))
                break
        return sites


_loaded = {"version": None, "synonyms": None}


def current():
    """The curated groups and the editors' ones, reloaded in every process when an editor saves one."""
    from .models import Synonym

    version = cache.get(CACHE_KEY, 0)
    if _loaded["synonyms"] is None or _loaded["version"] != version:
        _loaded["synonyms"] = Synonyms([*CURATED, *Synonym.objects.values_list("terms", flat=True)])
        _loaded["version"] = version
    return _loaded["synonyms"]


def changed():
    """Tell every process to reload the groups (after a Synonym is saved or deleted)."""
    try:
        cache.incr(CACHE_KEY)
    except ValueError:
        cache.set(CACHE_KEY, 1, None)
