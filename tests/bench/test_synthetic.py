"""The benchmark's data generator builds a valid page tree whose pages render. No timing here:
figures come from `python3 scripts/dev.py bench` (docs/benchmarks.md)."""

import pytest

from bench import harness, synthetic
from news.models import ArticlePage
from tests.factories import make_article

pytestmark = pytest.mark.django_db

COUNT = 50


@pytest.fixture
def generated(news_index):
    made = synthetic.generate(COUNT, images=2, image_size=(320, 180), authors=5, tags=12, seed=7)
    news_index.refresh_from_db()
    return made


def test_generated_articles_form_a_valid_page_tree(generated, news_index):
    assert synthetic.tree_problems(news_index) == []
    assert news_index.numchild == COUNT
    assert ArticlePage.objects.child_of(news_index).live().public().count() == COUNT


def test_wagtail_keeps_building_on_the_generated_tree(generated, news_index):
    # add_child computes the next path from the last child and bumps numchild: both must be right.
    added = make_article(news_index, title="Bài viết thêm sau dữ liệu tổng hợp")

    news_index.refresh_from_db()
    assert synthetic.tree_problems(news_index) == []
    assert news_index.get_children().last().pk == added.pk
    assert news_index.numchild == COUNT + 1


def one_of_each_kind(articles):
    """An article for each variation the generator makes: body blocks, related links, sources, no picture."""
    checks = {
        "image block": lambda article: any(block.block_type == "image" for block in article.body),
        "quote": lambda article: any(block.block_type == "quote" for block in article.body),
        "fact box": lambda article: any(block.block_type == "fact_box" for block in article.body),
        "related links": lambda article: article.related_links.exists(),
        "source": lambda article: bool(article.source_name),
        "guest byline": lambda article: bool(article.guest_byline),
        "no hero image": lambda article: article.hero_image_id is None,
    }
    return {kind: next((article for article in articles if check(article)), None) for kind, check in checks.items()}


def test_generated_articles_of_every_kind_render(client, generated):
    examples = one_of_each_kind(ArticlePage.objects.filter(pk__in=generated.article_ids).order_by("path"))
    assert None not in examples.values(), [kind for kind, article in examples.items() if article is None]

    for kind, article in examples.items():
        response = client.get(article.url)
        assert response.status_code == 200, kind
        assert article.title in response.content.decode(), kind


def test_listings_show_the_newest_generated_articles(client, generated):
    newest = ArticlePage.objects.get(pk=generated.article_ids[0])

    for url in ["/", "/tin-tuc/"]:
        response = client.get(url)
        assert response.status_code == 200
        assert newest.url in response.content.decode()
    assert client.get("/tin-tuc/?page=5").status_code == 200  # 50 articles, 12 a page


def test_percentiles_use_the_nearest_rank():
    durations = [number / 1000 for number in range(1, 201)]  # 1 … 200 ms

    summary = harness.latency_summary(durations)

    assert (summary["p50_ms"], summary["p95_ms"], summary["max_ms"]) == (100, 190, 200)
