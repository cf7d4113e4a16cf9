from urllib.parse import urljoin

from django.conf import settings
from django.db import models
from django.db.models import Prefetch
from django.urls import NoReverseMatch, reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from modelcluster.fields import ParentalKey
from wagtail import hooks
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable, Page

from core.blocks import BodyBlock
from core.fields import StreamField
from core.models import CustomImage, SiteSettings
from core.seo import SeoMixin

from ..congress import at_congress_time
from .documents import DocumentIndexPage, DocumentPage, DocumentVersion
from .guests import Delegation, GuestsPage
from .identity import CongressSettings
from .media import MultimediaIndexPage, media_items
from .programme import ProgrammePage, ProgrammeSession, SessionStatus

KEY_DOCUMENTS = 4
NEXT_SESSIONS = 4
MEDIA_TEASERS = 4
GUEST_TEASERS = 6

# Other apps add to the home page without the home app importing them: a function registered with
# @hooks.register("home_page_context") is called as fn(context, request, page) and may set, e.g.,
# context["press_centre"] and context["next_briefings"] (see home/templates/home/includes/press_centre.html).
HOME_PAGE_CONTEXT_HOOK = "home_page_context"


class HomePageForm(WagtailAdminPageForm):
    def clean(self):
        cleaned = super().clean()
        for form in self.formsets["key_documents"].forms:
            document = form.cleaned_data.get("document") if form.is_valid() else None
            if document and not form.cleaned_data.get("DELETE") and document.locale_id != self.instance.locale_id:
                form.add_error("document", _("Choose a document in the language of this home page."))
        return cleaned


class HomePage(SeoMixin, Page):
    """The congress information page of one language.

    Its lead block follows the calendar: a countdown before the congress, the day's sessions during it,
    the results summary editors write after it. Below come the news, the next sessions, key documents,
    the press centre, multimedia and international guests.
    """

    lead_intro = models.TextField(
        _("introduction"), max_length=600, blank=True, help_text=_("A sentence or two under the congress name.")
    )
    results_heading = models.CharField(
        _("results heading"), max_length=255, blank=True, help_text=_("e.g. “Đại hội thành công tốt đẹp”")
    )
    results_summary = StreamField(
        BodyBlock(),
        verbose_name=_("results summary"),
        blank=True,
        help_text=_("Shown in the lead block once the congress has closed: outcomes, figures, elected bodies."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("lead_intro"),
        MultiFieldPanel(
            [FieldPanel("results_heading"), FieldPanel("results_summary")], heading=_("After the congress")
        ),
        InlinePanel(
            "key_documents",
            heading=_("Key documents"),
            label=pgettext_lazy("congress", "Document"),
            max_num=KEY_DOCUMENTS,
            help_text=_("Leave empty to show the latest documents."),
        ),
    ]

    base_form_class = HomePageForm

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "news.NewsIndexPage",
        "press_center.PressCentrePage",
        "home.ProgrammePage",
        "home.DocumentIndexPage",
        "home.GuestsPage",
        "home.MultimediaIndexPage",
        "home.SitemapPage",
    ]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        now = timezone.now()
        congress = CongressSettings.for_request(request)
        sections = self.section_pages()
        context["congress"] = congress
        context["calendar"] = congress.calendar(now)
        context.update(self.news_context(sections))
        context.update(self.programme_context(sections.get(ProgrammePage), now))
        context["key_documents"] = self.key_document_pages()
        context["documents_index"] = sections.get(DocumentIndexPage)
        context["media_items"] = list(media_items().descendant_of(self)[:MEDIA_TEASERS])
        context["multimedia_index"] = sections.get(MultimediaIndexPage)
        context.update(self.guests_context(sections.get(GuestsPage)))
        context.setdefault("press_centre", None)
        context.setdefault("next_briefings", [])
        for hook in hooks.get_hooks(HOME_PAGE_CONTEXT_HOOK):
            hook(context, request, self)
        return context

    # What the page says about itself in <head>: the congress, from its identity settings.

    def sharing_title(self, request):
        return self.seo_title or CongressSettings.for_request(request).full_name or self.title

    def sharing_summary(self):
        return self.lead_intro

    def sharing_picture(self, request):
        return CongressSettings.for_request(request).emblem

    def structured_data(self, request):
        """schema.org WebSite (with the search of this language) and, once it has dates, the congress as an Event."""
        site = SiteSettings.for_request(request)
        congress = CongressSettings.for_request(request)
        data = [self.website_data(request, site)]
        if congress.opening_date:
            data.append(self.event_data(request, site, congress))
        return data

    def website_data(self, request, site):
        data = {
            "@context": "https://schema.org",
            "@type": "WebSite",
            "name": site.name,
            "url": self.get_full_url(request),
            "inLanguage": self.locale.language_code,
            "publisher": {"@type": "Organization", "name": site.publisher_name},
        }
        try:
            with translation.override(self.locale.language_code):
                search_path = reverse("search:search")
        except NoReverseMatch:  # a URLconf without the public search
            return data
        data["potentialAction"] = {
            "@type": "SearchAction",
            "target": {
                "@type": "EntryPoint",
                "urlTemplate": urljoin(data["url"], search_path) + "?q={search_term_string}",
            },
            "query-input": "required name=search_term_string",
        }
        return data

    def event_data(self, request, site, congress):
        card = self.social_card(request)
        url = self.get_full_url(request)
        data = {
            "@context": "https://schema.org",
            "@type": "Event",
            "name": congress.full_name or self.title,
            "description": congress.motto or card.meta_description,
            "startDate": at_congress_time(congress.opening_date, congress.opening_time).isoformat(),
            "endDate": congress.closing_date.isoformat(),
            "eventStatus": "https://schema.org/EventScheduled",
            "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
            "organizer": {"@type": "Organization", "name": site.publisher_name, "url": url},
            "url": url,
            "inLanguage": self.locale.language_code,
        }
        if congress.venue:
            data["location"] = {"@type": "Place", "name": congress.venue, "address": congress.venue}
        if card.image:
            data["image"] = [request.build_absolute_uri(card.image.get_rendition("fill-1200x630").url)]
        return data

    def section_pages(self):
        """The live, public section pages under this home page, by page type, in one query (plain Page objects)."""
        sections = {}
        for page in Page.objects.child_of(self).live().public().order_by("path"):
            sections.setdefault(page.specific_class, page)
        return sections

    # Sections of the page: each runs a fixed number of queries, whatever the amount of content.

    def news_context(self, sections):
        from news.models import ArticlePage, NewsIndexPage, most_read

        articles = (
            ArticlePage.objects.live()
            .public()
            .filter(locale_id=self.locale_id)
            .select_related("category", "hero_image")
            .prefetch_related(Prefetch("hero_image", queryset=CustomImage.objects.prefetch_renditions()))
            .defer_streamfields()
            .order_by("-published_at", "-pk")
        )
        # The database sorts ids only, then the nine articles shown are read in one go.
        featured_ids = list(articles.filter(featured=True).values_list("pk", flat=True)[:1])
        latest_ids = list(articles.values_list("pk", flat=True)[:9])
        featured_id = (featured_ids or latest_ids or [None])[0]
        shown = articles.in_bulk([*featured_ids, *latest_ids])
        return {
            "featured_article": shown.get(featured_id),
            "latest_articles": [shown[pk] for pk in latest_ids if pk != featured_id and pk in shown][:8],
            "most_read": most_read(self.locale),
            "news_index": sections.get(NewsIndexPage),
        }

    def programme_context(self, programme, now):
        context = {"programme": programme, "today_sessions": [], "current_sessions": [], "next_sessions": []}
        if programme is None:
            return context
        # Sessions live on the Vietnamese programme (see ProgrammePage), shown in the reader's language.
        sessions = list(
            ProgrammeSession.objects.filter(
                page__translation_key=programme.translation_key,
                page__locale__language_code=settings.LANGUAGE_CODE,
                page__live=True,
            ).order_by("date", "start_time", "sort_order")
        )
        today = timezone.localtime(now).date()
        for session in sessions:
            session.now = now
        context["today_sessions"] = [session for session in sessions if session.date == today]
        context["current_sessions"] = [session for session in context["today_sessions"] if session.is_current]
        context["next_sessions"] = [
            session for session in sessions if session.start > now and session.status != SessionStatus.POSTPONED
        ][:NEXT_SESSIONS]
        return context

    def key_document_pages(self):
        versions = Prefetch("versions", queryset=DocumentVersion.objects.select_related("pdf", "docx"))
        chosen_ids = [link.document_id for link in self.key_documents.all()]
        documents = DocumentPage.objects.live().public().descendant_of(self).prefetch_related(versions)
        if chosen_ids:
            by_id = {document.pk: document for document in documents.filter(pk__in=chosen_ids)}
            return [by_id[pk] for pk in chosen_ids if pk in by_id]
        return list(documents.order_by("-first_published_at", "-pk")[:KEY_DOCUMENTS])

    def guests_context(self, guests_page):
        delegations = Delegation.objects.filter(is_public=True)
        return {
            "guests_page": guests_page,
            "delegation_count": delegations.count() if guests_page else 0,
            "latest_delegations": list(delegations.order_by("-arrival_date", "organisation")[:GUEST_TEASERS])
            if guests_page
            else [],
        }


class HomeKeyDocument(Orderable):
    page = ParentalKey(HomePage, related_name="key_documents", on_delete=models.CASCADE)
    document = models.ForeignKey(
        DocumentPage, verbose_name=pgettext_lazy("congress", "document"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("document")]
