from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from core import views as core_views
from news import sitemaps as news_sitemaps

urlpatterns = [
    path("django-admin/", admin.site.urls),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", core_views.sitemap, name="sitemap"),
    path("news-sitemap.xml", news_sitemaps.google_news_sitemap, name="news_sitemap"),
    path("robots.txt", core_views.robots_txt, name="robots_txt"),
    path("favicon.ico", core_views.favicon, name="favicon"),
    path("api/search/", include("search.api_urls")),
]

error_previews = []
if settings.DEBUG:
    from django.conf.urls.static import static
    from django.http import Http404
    from django.views import defaults

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
    # With DEBUG on Django shows its own error pages; these show ours, as visitors get them.
    error_previews = [
        path("_errors/404/", defaults.page_not_found, {"exception": Http404()}),
        path("_errors/500/", defaults.server_error),
    ]

# Vietnamese pages have no prefix, English ones live under /en/. Wagtail's catch-all comes last.
urlpatterns += i18n_patterns(
    *error_previews,
    path("", include("search.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
