"""WSGI entry point: `gunicorn --pythonpath site config.wsgi`."""

import os
import sys
from pathlib import Path

# The repository root holds the apps (home, news, …); site/ holds config and core. See README "Layout".
sys.path[:0] = [str(path) for path in (Path(__file__).resolve().parents[2], Path(__file__).resolve().parents[1])]

from django.core.wsgi import get_wsgi_application  # noqa: E402

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")
application = get_wsgi_application()
