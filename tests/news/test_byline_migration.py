"""Migration 0005 turns the authors many-to-many field into ordered bylines without losing a name."""

import pytest

from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

BEFORE = [("news", "0004_page_sharing_fields")]
AFTER = [("news", "0005_article_bylines")]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


@pytest.mark.django_db(transaction=True)
def test_existing_bylines_and_the_authors_in_revisions_survive_the_move_to_ordered_bylines(site_tree):
    old = migrate(BEFORE)
    try:
        Page = old.get_model("wagtailcore", "Page")
        ArticlePage = old.get_model("news", "ArticlePage")
        Author = old.get_model("news", "Author")
        Revision = old.get_model("wagtailcore", "Revision")
        ContentType = old.get_model("contenttypes", "ContentType")
        Locale = old.get_model("wagtailcore", "Locale")

        locale = Locale.objects.get_or_create(language_code="vi")[0]
        article_type = ContentType.objects.get_or_create(app_label="news", model="articlepage")[0]
        root = Page.objects.get(depth=1)
        article = ArticlePage.objects.create(
            title="Bài cũ",
            slug="bai-cu",
            lead="Một bài viết từ trước khi có thứ tự tác giả.",
            path=f"{root.path}9999",
            depth=2,
            locale=locale,
            content_type=article_type,
        )
        huy, an = Author.objects.create(name="Lê Quang Huy"), Author.objects.create(name="Bùi Đức Thành")
        for author in (huy, an):  # historical models are not clusters: the rows go in directly
            ArticlePage.authors.through.objects.create(articlepage_id=article.pk, author_id=author.pk)
        revision = Revision.objects.create(
            content_type=article_type,
            base_content_type=ContentType.objects.get_or_create(app_label="wagtailcore", model="page")[0],
            object_id=str(article.pk),
            content={"title": "Bài cũ", "authors": [huy.pk, an.pk]},
            created_at=timezone.now(),
        )

        new = migrate(AFTER)
        ArticleByline = new.get_model("news", "ArticleByline")
        bylines = list(ArticleByline.objects.filter(article_id=article.pk).order_by("sort_order"))
        assert [byline.author_id for byline in bylines] == [an.pk, huy.pk]  # the order readers saw: by name
        content = new.get_model("wagtailcore", "Revision").objects.get(pk=revision.pk).content
        assert "authors" not in content
        assert [(row["pk"], row["author"]) for row in content["bylines"]] == [(b.pk, b.author_id) for b in bylines]
    finally:
        migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())
