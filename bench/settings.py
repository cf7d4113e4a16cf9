"""Settings for benchmarks: production-like (DEBUG off, no query log) on a throwaway database.

The harness sets VAR_DIR (and DATABASE_URL for PostgreSQL) before Django reads these settings,
so nothing touches var/ or the development database.
"""

from config.settings.base import *  # noqa: F403
from config.settings.base import STORAGES

SECRET_KEY = "bench-only-not-secret"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
# The benchmark does not run collectstatic; the manifest storage would refuse every {% static %} tag.
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
