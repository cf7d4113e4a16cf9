"""Search quality on a corpus written for this project: recall@10 and top-1 accuracy.

Run with `-s` to see the table. The thresholds are what the embedded backend reaches on both SQLite
and PostgreSQL (see the report in docs/benchmarks.md); a drop below them is a regression.
"""

import pytest

from .quality import evaluate, load_corpus, queries

pytestmark = pytest.mark.django_db

MIN_RECALL_AT_10 = 1.0
MIN_TOP_1 = 1.0


def test_the_corpus_is_large_enough():
    items = queries()
    assert len(items) >= 30
    kinds = {item["kind"] for item in items}
    assert {"no-diacritics", "upper-case", "nfd-query", "nfd-text", "tone-placement", "phrase"} <= kinds
    assert {"person", "place", "exact-diacritic", "english"} <= kinds


def test_search_quality(committed):
    with committed():
        keys = load_corpus()
    _rows, recall_at_10, top1 = evaluate(keys)
    assert recall_at_10 >= MIN_RECALL_AT_10
    assert top1 >= MIN_TOP_1
