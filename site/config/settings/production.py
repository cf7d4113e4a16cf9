"""Production: everything secret or environment-specific comes from the environment.

The site refuses to start, naming the variable, when a required one is missing.
"""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import database_from_environment


def required(name):
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(
            f"Environment variable {name} is required in production (see README, 'Production settings')."
        )
    return value


DEBUG = False
SECRET_KEY = required("SECRET_KEY")
ALLOWED_HOSTS = [host.strip() for host in required("ALLOWED_HOSTS").split(",") if host.strip()]
CSRF_TRUSTED_ORIGINS = [f"https://{host.lstrip('.')}" for host in ALLOWED_HOSTS if host != "*"]
DATABASES = {"default": database_from_environment(required("DATABASE_URL"))}

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": required("REDIS_URL"),
        "KEY_PREFIX": "congress",
    }
}

# Optional: without it, search stays on the embedded database backend.
ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = required("EMAIL_HOST")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = os.environ.get("EMAIL_USE_TLS", "true").lower() in {"1", "true", "yes"}
DEFAULT_FROM_EMAIL = required("DEFAULT_FROM_EMAIL")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
WAGTAILADMIN_BASE_URL = required("WAGTAILADMIN_BASE_URL")

# Background tasks are stored in the database and run by `manage.py db_worker`, so a slow
# search cluster or mail server never blocks publishing and failures stay visible.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

# Behind a reverse proxy, rate limits must key on the client's address, not the proxy's:
# e.g. RATELIMIT_IP_META_KEY=HTTP_X_REAL_IP (a header the proxy sets and clients cannot forge).
if os.environ.get("RATELIMIT_IP_META_KEY"):
    RATELIMIT_IP_META_KEY = os.environ["RATELIMIT_IP_META_KEY"]

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = os.environ.get("SECURE_SSL_REDIRECT", "true").lower() in {"1", "true", "yes"}
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
