"""Search quality on a corpus written for this project: recall@10, top-1 accuracy and precision.

Run with `-s` to see the table (every query, then one line per kind). The thresholds of the first
kinds are what the embedded backend reaches on both SQLite and PostgreSQL (see the report in
docs/benchmarks.md); a drop below them is a regression. The kinds added for query-time rewriting
(numerals, abbreviations, Telex and VNI input, units, precision) have thresholds of their own.
"""

import pytest

from django.db import connection

from .quality import articles, by_kind, evaluate, load_corpus, queries, report

pytestmark = pytest.mark.django_db

# The first kinds of the corpus.
OLD_KINDS = {
    "no-diacritics",
    "diacritics",
    "upper-case",
    "nfd-query",
    "nfd-text",
    "tone-placement",
    "phrase",
    "person",
    "place",
    "exact-diacritic",
    "english",
}
MIN_RECALL_AT_10 = 1.0
MIN_TOP_1 = 1.0

# Query-time rewriting (search/rewriting.py), per kind: every query found, its top result first.
MIN_QUERIES_BY_KIND = {"numeral": 8, "abbreviation": 8, "telex": 8, "vni": 8, "units": 4, "precision": 6}
MIN_RECALL_AT_10_BY_KIND = dict.fromkeys(MIN_QUERIES_BY_KIND, 1.0)
MIN_TOP_1_BY_KIND = dict.fromkeys(MIN_QUERIES_BY_KIND, 1.0)
NEW_KINDS = set(MIN_QUERIES_BY_KIND)

# Loading the corpus takes most of the time; the tests below share one run per database vendor.
_rows_by_vendor = {}


@pytest.fixture
def rows(committed):
    if connection.vendor not in _rows_by_vendor:
        with committed():
            keys = load_corpus()
        scored, recall_at_10, top1 = evaluate(keys)
        print("\n" + report(scored, recall_at_10, top1, connection.vendor))  # noqa: T201 (the table shown by -s)
        _rows_by_vendor[connection.vendor] = scored
    return _rows_by_vendor[connection.vendor]


def _misses(rows):
    return [
        (row["query"], row["found"][:3])
        for row in rows
        if row["recall"] < 1 or row["top_ok"] is False or row["precision_ok"] is False
    ]


def test_the_corpus_is_large_enough():
    items = queries()
    assert len(items) >= 30
    kinds = {item["kind"] for item in items}
    assert {"no-diacritics", "upper-case", "nfd-query", "nfd-text", "tone-placement", "phrase"} <= kinds
    assert {"person", "place", "exact-diacritic", "english"} <= kinds
    assert kinds <= OLD_KINDS | NEW_KINDS
    counts = {kind: sum(item["kind"] == kind for item in items) for kind in NEW_KINDS}
    assert all(counts[kind] >= minimum for kind, minimum in MIN_QUERIES_BY_KIND.items()), counts
    assert sum(counts.values()) >= 40
    assert all(item.get("not_expected") for item in items if item["kind"] == "precision")


def test_every_query_names_articles_of_the_corpus():
    keys = [item["key"] for item in articles()]
    assert len(keys) == len(set(keys))
    for item in queries():
        named = item["expected"] + item.get("not_expected", []) + [item["top"] or item["expected"][0]]
        assert set(named) <= set(keys), item["query"]
        assert not set(item["expected"]) & set(item.get("not_expected", [])), item["query"]


def test_search_quality(rows):
    old = [row for row in rows if row["kind"] in OLD_KINDS]
    scores = by_kind(old)
    recall_at_10 = sum(row["recall"] for row in old) / len(old)
    judged = [row["top_ok"] for row in old if row["top_ok"] is not None]
    assert recall_at_10 >= MIN_RECALL_AT_10, (scores, _misses(old))
    assert sum(judged) / len(judged) >= MIN_TOP_1, (scores, _misses(old))


@pytest.mark.parametrize("kind", sorted(NEW_KINDS))
def test_search_quality_of_rewritten_queries(rows, kind):
    group = [row for row in rows if row["kind"] == kind]
    scores = by_kind(group)[kind]
    assert scores["recall"] >= MIN_RECALL_AT_10_BY_KIND[kind], _misses(group)
    assert scores["top1"] is None or scores["top1"] >= MIN_TOP_1_BY_KIND[kind], _misses(group)


def test_precision_rows_hold(rows):
    checked = [row for row in rows if row["precision_ok"] is not None]
    assert checked
    leaks = {row["query"]: sorted(set(row["not_expected"]) & set(row["found"])) for row in checked}
    leaks = {query: keys for query, keys in leaks.items() if keys}
    assert not leaks
