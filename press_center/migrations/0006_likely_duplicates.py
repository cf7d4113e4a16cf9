"""One person, one badge: the key that finds the same person under another e-mail, and the officer's check."""

from django.db import migrations, models


def fill_person_keys(apps, schema_editor):
    from press_center.models.accreditation import person_key

    Application = apps.get_model("press_center", "Application")
    for application in Application.objects.filter(purged_at__isnull=True, date_of_birth__isnull=False).iterator():
        application.person_key = person_key(
            application.family_name, application.given_names, application.date_of_birth
        )
        application.save(update_fields=["person_key"])


class Migration(migrations.Migration):
    dependencies = [
        ("press_center", "0005_application_search_key"),
    ]

    operations = [
        migrations.AddField(
            model_name="application",
            name="duplicates_checked_at",
            field=models.DateTimeField(blank=True, null=True, verbose_name="duplicates checked"),
        ),
        migrations.AddField(
            model_name="application",
            name="person_key",
            field=models.CharField(blank=True, db_index=True, editable=False, max_length=250),
        ),
        migrations.RunPython(fill_person_keys, migrations.RunPython.noop),
    ]
