"""Render times of the home page, the news index and article pages with N synthetic articles.

Method: a throwaway site (see harness.throwaway_site) gets N live articles from bench/synthetic.py,
then ANALYZE so the query planner knows the table sizes.
Requests go through Django's test Client in this process, so a figure is the whole Django side of a
request (middleware, URL routing, Wagtail's serve, queries, template rendering) without a web server
or network. Every URL is requested once to warm up (image renditions are made then, and caches
filled), queries are counted on one more request per URL, then R requests per page are timed.
"""

import argparse
import functools
import math
import random

from bench import harness

FULL = {"articles": 10_000, "requests": 200, "sample": 50}
QUICK = {"articles": 500, "requests": 30, "sample": 10}
WARM_UP_ROUNDS = 5


def parse_arguments(argv):
    parser = argparse.ArgumentParser(prog="bench/run.py pages", description=__doc__.split("\n\n")[0])
    harness.add_common_arguments(parser)
    parser.add_argument("--articles", type=int, help=f"articles to generate (default {FULL['articles']}, quick 500)")
    parser.add_argument("--requests", type=int, help=f"timed requests per page (default {FULL['requests']}, quick 30)")
    parser.add_argument(
        "--sample",
        type=int,
        help=f"articles the article requests are spread over (default {FULL['sample']}, quick 10)",
    )
    parser.add_argument("--images", type=int, default=24, help="distinct pictures shared by the articles")
    parser.add_argument("--skip-tree-check", action="store_true", help="do not check the generated page tree")
    options = parser.parse_args(argv)
    for name, value in (QUICK if options.quick else FULL).items():
        if getattr(options, name) is None:
            setattr(options, name, value)
    return options


def pages_to_measure(made, sample, rng):
    """(label, [URLs]) of each page to time: one URL, or a random sample of articles."""
    from django.core.paginator import Paginator

    from news.models import ARTICLES_PER_PAGE, ArticlePage

    index = made.index
    index_url = index.get_url()
    last_page = Paginator(index.articles(), ARTICLES_PER_PAGE).num_pages
    category = made.categories[0]
    articles = ArticlePage.objects.filter(pk__in=rng.sample(made.article_ids, min(sample, len(made.article_ids))))
    return [
        ("Home page", [index.get_parent().get_url()]),
        ("News index, page 1", [index_url]),
        (f"News index, last page ({last_page})", [f"{index_url}?page={last_page}"]),
        ("News index, one category", [f"{index_url}category/{category.slug}/"]),
        (f"Article page ({len(articles)} random)", sorted(article.get_url() for article in articles)),
    ]


def get(client, url):
    response = client.get(url)
    if response.status_code != 200:
        raise RuntimeError(f"{url} answered {response.status_code}")
    return response


def measure(client, urls, requests, rng):
    """Warm up, count queries per URL, then time `requests` requests spread evenly over `urls`."""
    from news import views_counter

    for url in urls:
        get(client, url)
    for _ in range(WARM_UP_ROUNDS):
        get(client, urls[0])
    views_counter.flush()  # so that no batched view-count write lands in the counted request
    queries = [harness.count_queries(functools.partial(get, client, url))[1] for url in urls]
    order = [urls[number % len(urls)] for number in range(requests)]
    rng.shuffle(order)
    durations, cpu_times = [], []
    for url in order:
        response, seconds, cpu_seconds = harness.timed(functools.partial(get, client, url))
        durations.append(seconds)
        cpu_times.append(cpu_seconds)
    result = harness.latency_summary(durations)
    result["cpu_p50_ms"] = harness.latency_summary(cpu_times)["p50_ms"]
    result.update(queries_min=min(queries), queries_max=max(queries), kilobytes=len(response.content) / 1024)
    return result


def main(argv):
    options = parse_arguments(argv)
    rng = random.Random(options.seed)
    with harness.throwaway_site("pages", options) as site:
        from django.test import Client

        from bench import synthetic

        with site.phase(f"generate {options.articles} articles"):
            made = synthetic.generate(options.articles, images=options.images, seed=options.seed)
        with site.phase("analyze"):
            harness.refresh_statistics()
        if not options.skip_tree_check:
            with site.phase("check the page tree"):
                problems = synthetic.tree_problems(made.index)
            if problems:
                print("The generated page tree is not valid:", *problems, sep="\n  ")
                return 1
        machine = harness.describe_machine(site)
        client = Client()
        results = []
        for label, urls in pages_to_measure(made, options.sample, rng):
            print(f"… {label}: {options.requests} requests", flush=True)
            results.append({"page": label, "url": urls[0], **measure(client, urls, options.requests, rng)})
        machine["load_average_after"] = harness.load_average()

    generation = machine["setup_seconds"][f"generate {options.articles} articles"]
    machine["articles_per_second"] = round(options.articles / generation) if generation else math.inf
    headers = ["Date", "Database", "Articles", "Page", "Queries", "p50 ms", "p95 ms", "max ms", "CPU p50 ms"]
    rows = [
        [
            machine["date"],
            machine["database"],
            f"{options.articles:,}",
            result["page"],
            _queries(result),
            f"{result['p50_ms']:.1f}",
            f"{result['p95_ms']:.1f}",
            f"{result['max_ms']:.1f}",
            f"{result['cpu_p50_ms']:.1f}",
        ]
        for result in results
    ]
    title = f"Page rendering, {options.articles:,} articles, {options.requests} requests per page"
    harness.report(title, machine, headers, rows, options, extra={"results": results})
    print(f"Generated {options.articles:,} articles in {generation:.1f} s ({machine['articles_per_second']}/s).")
    return 0


def _queries(result):
    low, high = result["queries_min"], result["queries_max"]
    return str(low) if low == high else f"{low}–{high}"
