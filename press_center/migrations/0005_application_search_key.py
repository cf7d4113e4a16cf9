"""Officers' search folds diacritics: every application gets the folded key it is searched by."""

from django.db import migrations, models


def fill_search_keys(apps, schema_editor):
    from press_center.models.accreditation import normalize_key, search_key

    Application = apps.get_model("press_center", "Application")
    for application in Application.objects.filter(purged_at__isnull=True).select_related("outlet").iterator():
        application.search_key = search_key(
            application.family_name,
            application.given_names,
            application.email_key,
            application.reference,
            application.reference.replace("-", ""),
            application.document_key,
            normalize_key(application.press_card_number),
            application.outlet.name,
        )
        application.save(update_fields=["search_key"])


class Migration(migrations.Migration):
    dependencies = [
        ("press_center", "0004_single_name_applicants"),
    ]

    operations = [
        migrations.AddField(
            model_name="application",
            name="search_key",
            field=models.TextField(blank=True, editable=False),
        ),
        migrations.RunPython(fill_search_keys, migrations.RunPython.noop),
    ]
