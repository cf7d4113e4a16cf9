#!/usr/bin/env python3
"""Search latency: the public search (search/) against stock Wagtail search, on the same articles.

    python bench/bench_search.py --articles 10000                 SQLite and PostgreSQL, 10,000 articles
    python bench/bench_search.py --articles 10000 --articles 100000 --database sqlite
    python bench/bench_search.py --quick                          1,000 articles, a smoke run
    python bench/bench_search.py --write-docs ...                 also update docs/benchmarks.md

Each (database, size) runs in its own process on a throwaway database (a temporary SQLite file, or a
PostgreSQL database created and dropped on the server given by --postgres-url). Articles are written
with bulk inserts, then both indexes are built: ours (`indexing.rebuild`) and Wagtail's
(`add_bulk` on its database backend, which the admin uses). Every query is run once to warm up, then
`--rounds` times; p50 and p95 are over all timed runs.

What is timed, per query:
- ours: what the search page and /api/search/ do — count, facets (type, category, year), the first
  ten results ranked with Vietnamese tiers, snippets highlighted in Python, and the visibility check;
- Wagtail: `ArticlePage.objects.live().search(q)` — the first ten results plus `.count()`, as a
  paginated results page needs; no facets, no snippets;
- ours, suggestions: /api/search/suggest/ (eight titles by prefix).
"""

import argparse
import contextlib
import json
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs" / "benchmarks.md"
SECTION_START = "<!-- bench_search:start -->"
SECTION_END = "<!-- bench_search:end -->"
DEFAULT_POSTGRES = "postgres://postgres@127.0.0.1:5432/postgres"

QUERIES = [
    "dai hoi",
    "đại hội",
    "ĐẠI HỘI",
    "đại hội đại biểu toàn quốc",
    "kinh te so",
    "kinh tế số",
    "Hà Nội",
    "ha noi",
    "nguyen thi thu ha",
    "Đặng Văn Lượng",
    "hoà bình",
    "thủy lợi",
    "an ninh mạng",
    "bầu cử ban chấp hành",
    "cáp quang",
    "mã",
    "delegates",
    "digital economy",
    "xyzzy không có",
    "phát triển bền vững đồng bằng sông Cửu Long",
]
SUGGEST_QUERIES = ["dai h", "kinh t", "Hà N", "nguyen", "bau cu", "dele"]


# Synthetic articles


def vocabulary():
    """Words of the search-quality corpus (written for this project), as a pool for synthetic text."""
    corpus = json.loads((ROOT / "tests" / "search" / "corpus" / "articles.json").read_text())
    words = {"vi": [], "en": []}
    for item in corpus:
        for field in ("title", "lead", "body"):
            words[item["lang"]].extend(word.strip(".,:;–()\"'") for word in item[field].split())
    return {language: [word for word in pool if word] for language, pool in words.items()}


def sentence(rng, pool, low, high):
    words = [rng.choice(pool) for _ in range(rng.randint(low, high))]
    text = " ".join(words)
    return text[:1].upper() + text[1:]


def generate(count, seed=2026):
    """Add `count` live articles (90 % Vietnamese, 10 % English) with bulk inserts. Returns seconds."""
    import datetime

    from django.contrib.contenttypes.models import ContentType
    from django.db import connection, transaction
    from django.utils import timezone

    from wagtail.models import Page

    from news.models import ArticlePage, Category, NewsIndexPage

    started = time.perf_counter()
    rng = random.Random(seed)
    pools = vocabulary()
    content_type = ContentType.objects.get_for_model(ArticlePage)
    now = timezone.now()
    with transaction.atomic():
        for language, share in (("vi", 0.9), ("en", 0.1)):
            index = NewsIndexPage.objects.get(locale__language_code=language)
            categories = [
                Category.objects.get_or_create(
                    locale_id=index.locale_id, slug=f"bench-{language}-{n}", defaults={"name": f"Mục {n}"}
                )[0].pk
                for n in range(8)
            ]
            total = round(count * share)
            first_step = index.numchild + 1
            for start in range(0, total, 2000):
                pages, details = [], []
                for number in range(start, min(start + 2000, total)):
                    pool = pools[language]
                    title = sentence(rng, pool, 7, 12)
                    slug = f"bench-{uuid.uuid4().hex[:12]}"
                    published = now - datetime.timedelta(minutes=rng.randint(0, 60 * 24 * 900))
                    pages.append(
                        Page(
                            title=title,
                            draft_title=title,
                            slug=slug,
                            content_type=content_type,
                            path=Page._get_path(index.path, index.depth + 1, first_step + number),
                            depth=index.depth + 1,
                            numchild=0,
                            url_path=f"{index.url_path}{slug}/",
                            locale_id=index.locale_id,
                            translation_key=uuid.uuid4(),
                            live=True,
                            first_published_at=published,
                            last_published_at=published,
                        )
                    )
                    paragraphs = [sentence(rng, pool, 15, 30) + "." for _ in range(rng.randint(4, 8))]
                    body = [{"type": "paragraph", "value": f"<p>{p}</p>", "id": str(uuid.uuid4())} for p in paragraphs]
                    details.append(
                        (sentence(rng, pool, 20, 35) + ".", json.dumps(body), rng.choice(categories), published)
                    )
                Page.objects.bulk_create(pages, batch_size=1000)
                created = Page.objects.filter(path__in=[page.path for page in pages]).values_list("path", "pk")
                ids = dict(created)
                rows = [
                    (ids[page.path], lead, None, "", body, "", "", "", category, None, False, published)
                    for page, (lead, body, category, published) in zip(pages, details, strict=True)
                ]
                with connection.cursor() as cursor:
                    cursor.executemany(
                        "INSERT INTO news_articlepage (page_ptr_id, lead, hero_image_id, hero_caption, body, "
                        "guest_byline, source_name, source_url, category_id, display_date, featured, published_at, "
                        "social_text) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, '')",
                        [(*row[:10], row[10], _db_datetime(connection, row[11])) for row in rows],
                    )
            Page.objects.filter(pk=index.pk).update(numchild=index.numchild + total)
    return time.perf_counter() - started


def _db_datetime(connection, value):
    return connection.ops.adapt_datetimefield_value(value)


# Timing


def percentile(samples, fraction):
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def measure(function, rounds, slow_ms=2000):
    """(samples in ms, last result). A first run slower than `slow_ms` is kept as the only sample."""
    started = time.perf_counter()
    result = function()
    first = (time.perf_counter() - started) * 1000
    if first > slow_ms:
        return [first], result
    samples = []
    for _ in range(rounds):
        started = time.perf_counter()
        result = function()
        samples.append((time.perf_counter() - started) * 1000)
    return samples, result


@contextlib.contextmanager
def cancelled_after(seconds):
    """Cancel the running database query if the block is still running after `seconds`."""
    from django.db import connection

    connection.ensure_connection()
    raw = connection.connection
    timer = threading.Timer(max(seconds, 1), raw.interrupt if connection.vendor == "sqlite" else raw.cancel)
    timer.start()
    try:
        yield
    finally:
        timer.cancel()


def worker(args):
    """Run inside a prepared environment: migrate, generate, index, measure; print one JSON line."""
    sys.path[:0] = [str(ROOT), str(ROOT / "site")]
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
    import io

    import django

    django.setup()
    from django.core.management import call_command
    from django.db import OperationalError, connection

    from wagtail.search.backends import get_search_backend

    from news.models import ArticlePage
    from search import indexing, service
    from search.backends.base import SearchParams
    from search.models import IndexUpdate
    from search.text import Query

    call_command("migrate", verbosity=0, interactive=False)
    call_command("setup_site", stdout=io.StringIO())
    generation = generate(args.articles, args.seed)

    started = time.perf_counter()
    indexing.rebuild()
    ours_index = time.perf_counter() - started
    IndexUpdate.objects.all().delete()

    started = time.perf_counter()
    wagtail = get_search_backend()
    queryset = ArticlePage.objects.all().order_by("pk")
    last = 0
    while True:
        batch = list(queryset.filter(pk__gt=last)[:2000])
        if not batch:
            break
        wagtail.add_bulk(ArticlePage, batch)
        last = batch[-1].pk
    wagtail_index = time.perf_counter() - started

    ours, stock, suggest, hits = [], [], [], {}
    stock_spent, stock_skipped, cancelled = 0.0, [], {}
    for text in QUERIES:
        params = SearchParams(query=Query(text), language="all")

        def run_ours(params=params):
            return service.search(params).count

        def run_stock(text=text):
            results = ArticlePage.objects.live().search(text)
            list(results[:10])
            return results.count()

        samples, ours_count = measure(run_ours, args.rounds)
        ours += samples
        hits[text] = {"ours": ours_count, "wagtail": None}
        if stock_spent > args.stock_budget:
            stock_skipped.append(text)
            continue
        started = time.perf_counter()
        try:
            with cancelled_after(args.stock_budget - stock_spent):
                samples, stock_count = measure(run_stock, args.rounds)
        except OperationalError:
            # One stock query outlasted the rest of the budget (SQLite's cost grows with the square of the matches).
            cancelled[text] = round(time.perf_counter() - started, 1)
            stock_spent = args.stock_budget + 1
            stock_skipped.append(text)
            continue
        finally:
            stock_spent += time.perf_counter() - started
        stock += samples
        hits[text]["wagtail"] = stock_count
    for text in SUGGEST_QUERIES:
        suggest += measure(lambda text=text: service.suggest(Query(text), "vi"), args.rounds)[0]

    def summary(samples):
        if not samples:
            return {"p50": None, "p95": None, "n": 0}
        return {
            "p50": round(percentile(samples, 0.5), 1),
            "p95": round(percentile(samples, 0.95), 1),
            "n": len(samples),
        }

    result = {
        "database": connection.vendor,
        "articles": args.articles,
        "generation_s": round(generation, 1),
        "index_s": {"ours": round(ours_index, 1), "wagtail": round(wagtail_index, 1)},
        "search_ms": {"ours": summary(ours), "wagtail": {**summary(stock), "skipped_queries": len(stock_skipped)}},
        "wagtail_cancelled_s": cancelled,
        "suggest_ms": summary(suggest),
        "hits": hits,
    }
    print("RESULT " + json.dumps(result, ensure_ascii=False), flush=True)
    return 0


def run_case(database, articles, args):
    """One (database, size) in a fresh process on a throwaway database."""
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.dev"}
    env.pop("ELASTICSEARCH_URL", None)
    temporary = tempfile.mkdtemp(prefix="bench-search-")
    env["VAR_DIR"] = temporary
    created_db = None
    if database == "postgres":
        import psycopg

        name = f"bench_search_{uuid.uuid4().hex[:8]}"
        admin_url = args.postgres_url.replace("postgres://", "postgresql://", 1)
        with psycopg.connect(admin_url, autocommit=True) as connection:
            connection.execute(f'CREATE DATABASE "{name}"')
        created_db = name
        env["DATABASE_URL"] = args.postgres_url.rsplit("/", 1)[0] + f"/{name}"
    else:
        env.pop("DATABASE_URL", None)
    command = [sys.executable, __file__, "--worker", "--articles", str(articles), "--rounds", str(args.rounds)]
    command += ["--seed", str(args.seed), "--stock-budget", str(args.stock_budget)]
    try:
        process = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True, check=False)
        for line in process.stdout.splitlines():
            if line.startswith("RESULT "):
                return json.loads(line.removeprefix("RESULT "))
        raise RuntimeError(
            f"{database} with {articles} articles failed:\n{process.stdout[-3000:]}{process.stderr[-3000:]}"
        )
    finally:
        if created_db:
            import psycopg

            with psycopg.connect(admin_url, autocommit=True) as connection:
                connection.execute(f'DROP DATABASE IF EXISTS "{created_db}" WITH (FORCE)')
        import shutil

        shutil.rmtree(temporary, ignore_errors=True)


def markdown(results, args):
    lines = [
        (
            "| database | articles | generation | index build: ours / Wagtail | search p50 / p95: ours | "
            "search p50 / p95: Wagtail | suggest p50 / p95 |"
        ),
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for result in results:
        ours, stock, suggest = result["search_ms"]["ours"], result["search_ms"]["wagtail"], result["suggest_ms"]
        skipped = stock["skipped_queries"]
        partial = f" (n={stock['n']}, {skipped} of {len(QUERIES)} queries not run)" if skipped else ""
        stock_times = "–" if stock["p50"] is None else f"{stock['p50']} / {stock['p95']} ms"
        for text, seconds in result.get("wagtail_cancelled_s", {}).items():
            partial += f"; `{text}` cancelled after {seconds} s"
        lines.append(
            f"| {result['database']} | {result['articles']:,} | {result['generation_s']} s | "
            f"{result['index_s']['ours']} s / {result['index_s']['wagtail']} s | "
            f"{ours['p50']} / {ours['p95']} ms | {stock_times}"
            f"{partial} | "
            f"{suggest['p50']} / {suggest['p95']} ms |"
        )
    lines.append("")
    lines.append("Results found (ours / stock Wagtail) for a few queries, largest run of each database:")
    lines.append("")
    lines.append("| query | " + " | ".join(f"{r['database']} {r['articles']:,}" for r in results) + " |")
    lines.append("|---|" + "---:|" * len(results))
    for text in [
        "dai hoi",
        "đại hội",
        "ĐẠI HỘI",
        "ha noi",
        "nguyen thi thu ha",
        "hoà bình",
        "thủy lợi",
        "digital economy",
    ]:
        cells = []
        for result in results:
            found = result["hits"][text]
            cells.append(f"{found['ours']} / {'–' if found['wagtail'] is None else found['wagtail']}")
        lines.append(f"| `{text}` | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def write_docs(table, args):
    DOCS.parent.mkdir(exist_ok=True)
    text = DOCS.read_text() if DOCS.exists() else "# Benchmarks\n"
    section = (
        f"{SECTION_START}\n## Search latency (bench/bench_search.py)\n\n"
        f"`python bench/bench_search.py {' '.join(args.original_argv)}` — {args.rounds} timed runs of each of "
        f"{len(QUERIES)} queries (plus {len(SUGGEST_QUERIES)} suggestion prefixes), after one warm-up run.\n\n"
        f"{table}\n{SECTION_END}"
    )
    if SECTION_START in text:
        before, rest = text.split(SECTION_START, 1)
        after = rest.split(SECTION_END, 1)[1] if SECTION_END in rest else ""
        text = before + section + after
    else:
        text = text.rstrip() + "\n\n" + section + "\n"
    DOCS.write_text(text)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, action="append", help="number of articles (repeatable)")
    parser.add_argument("--database", action="append", choices=["sqlite", "postgres"], help="(repeatable)")
    parser.add_argument("--postgres-url", default=os.environ.get("BENCH_POSTGRES_URL", DEFAULT_POSTGRES))
    parser.add_argument("--rounds", type=int, default=5, help="timed runs of each query")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument(
        "--stock-budget", type=float, default=300, help="seconds of stock Wagtail queries before the rest are skipped"
    )
    parser.add_argument("--quick", action="store_true", help="1,000 articles, 2 rounds")
    parser.add_argument("--json", type=Path, help="also write the results to this file")
    parser.add_argument("--write-docs", action="store_true", help="update the search section of docs/benchmarks.md")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    args.original_argv = [arg for arg in (argv if argv is not None else sys.argv[1:]) if arg != "--write-docs"]
    if args.quick:
        args.articles, args.rounds = [1000], 2
    args.articles = args.articles or [10_000]
    if args.worker:
        args.articles = args.articles[0]
        return worker(args)
    results = []
    for database in args.database or ["sqlite", "postgres"]:
        for count in args.articles:
            print(f"{database}: {count:,} articles …", flush=True)
            result = run_case(database, count, args)
            print(json.dumps(result, ensure_ascii=False), flush=True)
            results.append(result)
    table = markdown(results, args)
    print("\n" + table)
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=2))
    if args.write_docs:
        write_docs(table, args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
