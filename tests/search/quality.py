"""Load the search-quality corpus and score a backend on its queries (recall@10, top-1 accuracy)."""

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
    """Run every query; returns (rows, recall@10, top-1 accuracy)."""
    rows = []
    for item in queries():
        results = service.search(SearchParams(query=Query(item["query"]), language=item["lang"], per_page=10))
        found = [keys.get(hit.page_id, "?") for hit in results.hits]
        recall = len(set(item["expected"]) & set(found)) / len(item["expected"])
        top_ok = None if item["top"] is None else bool(found) and found[0] == item["top"]
        rows.append({**item, "found": found, "recall": recall, "top_ok": top_ok})
    recall_at_10 = sum(row["recall"] for row in rows) / len(rows)
    judged = [row for row in rows if row["top_ok"] is not None]
    top1 = sum(row["top_ok"] for row in judged) / len(judged)
    return rows, recall_at_10, top1


def report(rows, recall_at_10, top1, backend_name):
    lines = [f"Search quality on {backend_name}: {len(rows)} queries, {len(articles())} articles"]
    for row in rows:
        flag = "ok " if row["recall"] == 1 and row["top_ok"] in (True, None) else "MISS"
        lines.append(f"  {flag} [{row['kind']}] {row['query']!r}: recall {row['recall']:.2f}, top {row['found'][:3]}")
    lines.append(f"recall@10 = {recall_at_10:.3f}, top-1 accuracy = {top1:.3f}")
    return "\n".join(lines)
