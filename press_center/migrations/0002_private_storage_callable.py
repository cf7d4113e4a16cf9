# The private storage is passed as a callable, so migrations no longer freeze the folder of the checkout
# that generated them (0001 names /work/wt-issue4/var/private); nothing changes in the database.

import press_center.models.accreditation
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('press_center', '0001_initial'),
    ]

    operations = [
        migrations.AlterField(
            model_name='applicantfile',
            name='file',
            field=models.FileField(storage=press_center.models.accreditation.get_private_storage, upload_to=press_center.models.accreditation.private_upload_path, verbose_name='file'),
        ),
        migrations.AlterField(
            model_name='application',
            name='letter',
            field=models.FileField(blank=True, storage=press_center.models.accreditation.get_private_storage, upload_to=press_center.models.accreditation.private_upload_path, verbose_name='letter of assignment'),
        ),
        migrations.AlterField(
            model_name='application',
            name='photo',
            field=models.FileField(blank=True, storage=press_center.models.accreditation.get_private_storage, upload_to=press_center.models.accreditation.private_upload_path, verbose_name='photo'),
        ),
    ]
