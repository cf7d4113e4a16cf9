from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0001_initial"),
    ]

    operations = [
        migrations.RenameField(
            model_name="sitesettings",
            old_name="publisher_name",
            new_name="publisher_name_vi",
        ),
        migrations.AlterField(
            model_name="sitesettings",
            name="publisher_name_vi",
            field=models.CharField(
                default="Ban Tổ chức Đại hội",
                help_text="Named as publisher in the footer, feeds and structured data.",
                max_length=150,
                verbose_name="publisher name (Vietnamese)",
            ),
        ),
        migrations.AddField(
            model_name="sitesettings",
            name="publisher_name_en",
            field=models.CharField(
                blank=True,
                default="Congress Organising Committee",
                help_text="On English pages; empty: the Vietnamese name.",
                max_length=150,
                verbose_name="publisher name (English)",
            ),
        ),
    ]
