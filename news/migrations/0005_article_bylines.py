# Authors were a many-to-many field, picked from a long multiple select and named in no set order.
# They become ordered bylines (ArticleByline), picked through the author chooser. Existing bylines
# and the authors stored in revisions are carried over, so no article loses its byline and an editor
# opening a draft or reverting to an old revision sees the same names.

import django.db.models.deletion
from django.db import migrations, models

import modelcluster.fields


def authors_to_bylines(apps, schema_editor):
    ArticlePage = apps.get_model("news", "ArticlePage")
    ArticleByline = apps.get_model("news", "ArticleByline")
    Author = apps.get_model("news", "Author")
    Revision = apps.get_model("wagtailcore", "Revision")
    ContentType = apps.get_model("contenttypes", "ContentType")

    # The byline named the authors by name (Author's ordering): that order becomes theirs, here and in
    # the revisions, which list the authors as the form sent them.
    rank = {pk: i for i, pk in enumerate(Author.objects.order_by("name").values_list("pk", flat=True))}
    bylines = {}
    for row in ArticlePage.authors.through.objects.all():
        bylines.setdefault(row.articlepage_id, []).append(row.author_id)
    made = {}
    for article_id, author_ids in bylines.items():
        for order, author_id in enumerate(sorted(author_ids, key=rank.get)):
            byline = ArticleByline.objects.create(article_id=article_id, author_id=author_id, sort_order=order)
            made[article_id, author_id] = byline.pk

    article_type = ContentType.objects.filter(app_label="news", model="articlepage").first()
    if article_type is None:
        return
    for revision in Revision.objects.filter(content_type=article_type).iterator():
        content = revision.content
        if "authors" not in content:
            continue
        article_id = int(revision.object_id)
        content["bylines"] = [
            {"pk": made.get((article_id, author_id)), "article": article_id, "author": author_id, "sort_order": order}
            for order, author_id in enumerate(
                sorted((pk for pk in content.pop("authors") or [] if pk in rank), key=rank.get)
            )
        ]
        revision.save(update_fields=["content"])


class Migration(migrations.Migration):
    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("news", "0004_page_sharing_fields"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.CreateModel(
            name="ArticleByline",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("sort_order", models.IntegerField(blank=True, editable=False, null=True)),
                (
                    "article",
                    modelcluster.fields.ParentalKey(
                        on_delete=django.db.models.deletion.CASCADE, related_name="bylines", to="news.articlepage"
                    ),
                ),
                (
                    "author",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="bylines",
                        to="news.author",
                        verbose_name="author",
                    ),
                ),
            ],
            options={
                "verbose_name": "author",
                "verbose_name_plural": "authors",
                "ordering": ["sort_order"],
                "abstract": False,
                "constraints": [models.UniqueConstraint(fields=("article", "author"), name="one_byline_per_author")],
            },
        ),
        migrations.RunPython(authors_to_bylines, migrations.RunPython.noop, elidable=True),
        migrations.RemoveField(model_name="articlepage", name="authors"),
    ]
