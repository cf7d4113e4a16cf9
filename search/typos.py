"""Typing slips in long words: a missing, doubled or swapped letter ("nguyn", "chuyeen", "dieuu").

Used by the embedded (database) backend; Elasticsearch uses its own fuzziness on the folded fields.
Only a word of five letters or more that no indexed text contains is corrected, to the indexed words
(search.models.SearchWord, folded) one such slip away: one query for the typed words, one for all
their candidates, both on the primary key. A corrected word is searched besides the typed one
(an alternative of the query), and the search page offers the corrected query ("Did you mean …").
"""

import string

from .text import fold_word, tokens

MIN_LENGTH = 5  # shorter words have too many neighbours to guess from
MAX_LENGTH = 30
MAX_WORDS = 4  # corrected per query
LEARNED_LENGTHS = (MIN_LENGTH - 1, 40)  # a five-letter slip may come from a four-letter word


def slips(word):
    """The words one missing, doubled (extra) or swapped letter away from `word`."""
    deleted = {word[:index] + word[index + 1 :] for index in range(len(word))}
    swapped = {word[:index] + word[index + 1] + word[index] + word[index + 2 :] for index in range(len(word) - 1)}
    inserted = {
        word[:index] + letter + word[index:] for index in range(len(word) + 1) for letter in string.ascii_lowercase
    }
    return (deleted | swapped | inserted) - {word}


def _closeness(typed, candidate):
    """Rank candidates: the longest shared beginning, then the same length, then alphabetically."""
    shared = next(
        (index for index, pair in enumerate(zip(typed, candidate, strict=False)) if pair[0] != pair[1]), len(typed)
    )
    return (-shared, abs(len(candidate) - len(typed)), candidate)


def corrections(words):
    """{typed folded word: (corrected folded word, as written)} for the words worth correcting."""
    from .models import SearchWord

    typed = [word for word in dict.fromkeys(words) if MIN_LENGTH <= len(word) <= MAX_LENGTH and word.isalpha()]
    typed = [word for word in typed if word.isascii()][:MAX_WORDS]
    if not typed:
        return {}
    known = set(SearchWord.objects.filter(word__in=typed).values_list("word", flat=True))
    unknown = {word: slips(word) for word in typed if word not in known}
    if not unknown:
        return {}
    candidates = set().union(*unknown.values())
    found = dict(SearchWord.objects.filter(word__in=candidates).values_list("word", "shown"))
    result = {}
    for word, near in unknown.items():
        matches = sorted((candidate for candidate in near if candidate in found), key=lambda c: _closeness(word, c))
        if matches:
            result[word] = (matches[0], found[matches[0]])
    return result


def vocabulary(texts):
    """{folded word: as written (lower case)} of `texts`, for the words a slip could be corrected to."""
    low, high = LEARNED_LENGTHS
    words = {}
    for text in texts:
        for word in tokens(text):
            folded = fold_word(word)
            if low <= len(folded) <= high and folded.isalpha() and folded.isascii():
                words.setdefault(folded, word)
    return words


def learn(texts):
    """Add the words of `texts` to the vocabulary (inside the indexing transaction)."""
    from .models import SearchWord

    words = vocabulary(texts)
    if not words:
        return
    known = set()
    names = list(words)
    for start in range(0, len(names), 500):
        known |= set(SearchWord.objects.filter(word__in=names[start : start + 500]).values_list("word", flat=True))
    SearchWord.objects.bulk_create(
        [SearchWord(word=word, shown=shown) for word, shown in words.items() if word not in known],
        batch_size=500,
        ignore_conflicts=True,
    )
