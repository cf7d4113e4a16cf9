"""Load the search-quality corpus and score a backend on its queries (recall@10, top-1 accuracy, precision)."""

import datetime
import json
import unicodedata
from pathlib import Path

from django.utils import timezone
from django.utils.html import escape

from wagtail.models import Locale
from wagtail.rich_text import RichText

from news.models import Category, NewsIndexPage
from search import service
from search.backends.base import SearchParams
from search.text import Query
from tests.factories import make_article

CORPUS = Path(__file__).parent / "corpus"
CATEGORY_NAMES = {
    "chinh-tri": "Chính trị",
    "kinh-te": "Kinh tế",
    "xa-hoi": "Xã hội",
    "van-hoa": "Văn hoá",
    "quoc-te": "Quốc tế",
    "hau-truong": "Hậu trường",
    "politics": "Politics",
    "economy": "Economy",
    "culture": "Culture",
    "society": "Society",
}


def articles():
    return json.loads((CORPUS / "articles.json").read_text())


def queries():
    return json.loads((CORPUS / "queries.json").read_text())


def load_corpus():
    """Publish every corpus article under the news index of its language; returns {page_id: key}."""
    keys = {}
    for item in articles():
        locale = Locale.objects.get(language_code=item["lang"])
        category, _ = Category.objects.get_or_create(
            locale=locale, slug=item["category"], defaults={"name": CATEGORY_NAMES[item["category"]]}
        )
        texts = {name: item[name] for name in ("title", "lead", "body")}
        if item.get("nfd"):
            texts = {name: unicodedata.normalize("NFD", value) for name, value in texts.items()}
        date = timezone.make_aware(datetime.datetime.fromisoformat(item["date"]).replace(hour=9))
        article = make_article(
            NewsIndexPage.objects.get(locale=locale),
            title=texts["title"],
            slug=item["key"],
            lead=texts["lead"],
            body=[("paragraph", RichText(f"<p>{escape(texts['body'])}</p>"))],
            category=category,
            display_date=date,
        )
        keys[article.pk] = item["key"]
    return keys


def evaluate(keys):
    """Run every query; returns (rows, recall@10, top-1 accuracy).

    A query with `not_expected` keys also gets `precision_ok`: none of them is among its first ten
    results (None for queries without the key); see `precision_rate` and `by_kind`.
    """
    rows = []
    for item in queries():
        results = service.search(SearchParams(query=Query(item["query"]), language=item["lang"], per_page=10))
        found = [keys.get(hit.page_id, "?") for hit in results.hits]
        recall = len(set(item["expected"]) & set(found)) / len(item["expected"])
        top_ok = None if item["top"] is None else bool(found) and found[0] == item["top"]
        precision_ok = None if "not_expected" not in item else not (set(item["not_expected"]) & set(found))
        rows.append({**item, "found": found, "recall": recall, "top_ok": top_ok, "precision_ok": precision_ok})
    recall_at_10, top1, _precision = _rates(rows)
    return rows, recall_at_10, top1


def _rates(rows):
    """(recall@10, top-1 accuracy, precision rate) of `rows`; None where no row is judged."""
    recall_at_10 = sum(row["recall"] for row in rows) / len(rows) if rows else None
    judged = [row["top_ok"] for row in rows if row["top_ok"] is not None]
    checked = [row["precision_ok"] for row in rows if row.get("precision_ok") is not None]
    top1 = sum(judged) / len(judged) if judged else None
    precision = sum(checked) / len(checked) if checked else None
    return recall_at_10, top1, precision


def precision_rate(rows):
    """Share of the rows with `not_expected` that kept all of those out of their first ten results."""
    return _rates(rows)[2]


def by_kind(rows):
    """{kind: {"queries", "recall", "top1", "precision"}} in the order kinds first appear."""
    kinds = {}
    for row in rows:
        kinds.setdefault(row["kind"], []).append(row)
    return {
        kind: dict(zip(("queries", "recall", "top1", "precision"), (len(group), *_rates(group)), strict=True))
        for kind, group in kinds.items()
    }


def kind_table(rows):
    """A per-kind table of recall@10, top-1 accuracy and precision (— where nothing is judged)."""

    def cell(value):
        return "    —" if value is None else f"{value:5.3f}"

    lines = [f"  {'kind':<16} {'queries':>7}  recall  top-1  precision"]
    for kind, scores in by_kind(rows).items():
        lines.append(
            f"  {kind:<16} {scores['queries']:>7}   {cell(scores['recall'])}  {cell(scores['top1'])}  "
            f"{cell(scores['precision'])}"
        )
    return "\n".join(lines)


def report(rows, recall_at_10, top1, backend_name):
    lines = [f"Search quality on {backend_name}: {len(rows)} queries, {len(articles())} articles"]
    for row in rows:
        ok = row["recall"] == 1 and row["top_ok"] in (True, None) and row.get("precision_ok") in (True, None)
        flag = "ok " if ok else "MISS"
        leak = ""
        if row.get("precision_ok") is False:
            leak = f", unwanted {sorted(set(row['not_expected']) & set(row['found']))}"
        lines.append(
            f"  {flag} [{row['kind']}] {row['query']!r}: recall {row['recall']:.2f}, top {row['found'][:3]}{leak}"
        )
    lines.append(f"recall@10 = {recall_at_10:.3f}, top-1 accuracy = {top1:.3f}")
    lines.append(kind_table(rows))
    return "\n".join(lines)
