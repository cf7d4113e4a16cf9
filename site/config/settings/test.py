"""Settings for the test suite: fast hashing, in-memory cache and mail, plain static files."""

import atexit
import hashlib
import os
import shutil
import tempfile
from pathlib import Path

from .base import *  # noqa: F403
from .base import BASE_DIR, DATABASES

SECRET_KEY = "test-only-not-secret"  # noqa: S105
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
WAGTAILADMIN_BASE_URL = "http://testserver"

# Uploads from tests go to a throwaway folder, never into var/.
_test_var = Path(tempfile.mkdtemp(prefix="congress-test-"))
atexit.register(shutil.rmtree, _test_var, ignore_errors=True)
MEDIA_ROOT = _test_var / "media"
PRIVATE_STORAGE_ROOT = _test_var / "private"
STORAGES["private"]["OPTIONS"]["location"] = PRIVATE_STORAGE_ROOT

# Several checkouts may test against the one PostgreSQL server at once; give each its own test database.
if DATABASES["default"]["ENGINE"] != "django.db.backends.sqlite3":
    checkout = hashlib.sha256(str(BASE_DIR).encode()).hexdigest()[:8]
    DATABASES["default"]["TEST"] = {"NAME": os.environ.get("TEST_DATABASE_NAME", f"test_congress_{checkout}")}
    DATABASES["default"]["CONN_MAX_AGE"] = 0

# The suite runs on the embedded search; the Elasticsearch integration tests (marked
# `elasticsearch`) switch to the cluster given in ELASTICSEARCH_URL, and are skipped without one.
ELASTICSEARCH_TEST_URL = os.environ.get("ELASTICSEARCH_URL", "")
ELASTICSEARCH_URL = ""
ELASTICSEARCH_INDEX = f"test-congress-{os.getpid()}"
