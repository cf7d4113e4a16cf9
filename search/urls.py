from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import views

app_name = "search"

# Inside i18n_patterns: /tim-kiem/ in Vietnamese, /en/search/ in English (the path is translated).
urlpatterns = [path(_("search/"), views.search_page, name="search")]
