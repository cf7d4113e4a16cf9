from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from core.blocks import BodyBlock
from core.fields import StreamField
from core.seo import SeoMixin

NOTICE_FEATURES = ["h2", "h3", "bold", "italic", "link", "ol", "ul"]


class PressCentrePage(RoutablePageMixin, SeoMixin, Page):
    """The press centre of one language: practical information, accreditation and the status pages.

    Sub-views: apply/ (the form), apply/sent/ (confirmation), status/<reference>/<token>/ (the private
    status page with its completion form for people listed by their outlet, reply, appeal, badge and
    file downloads, and briefings/ where an accredited journalist registers for briefings), outlet/
    (an outlet's focal point registers its staff list; outlet/<reference>/<token>/ follows it) and
    find/ (send the link again).
    """

    intro = models.TextField(_("introduction"), blank=True, max_length=600)
    address = models.TextField(_("address"), blank=True, max_length=500)
    opening_hours = models.TextField(_("opening hours"), blank=True, max_length=500)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    body = StreamField(
        BodyBlock(), verbose_name=_("facilities and rules"), blank=True, help_text=_("Working in the press centre.")
    )
    photo_requirements = RichTextField(_("photo requirements"), blank=True, features=NOTICE_FEATURES)
    data_protection_notice = RichTextField(
        _("data-protection notice"),
        features=NOTICE_FEATURES,
        help_text=_(
            "Plain language: what is collected, why, who sees it, which authority it is shared with for "
            "security vetting, how long it is kept, and how to ask for deletion."
        ),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("address"), FieldPanel("opening_hours"), FieldPanel("contact_email")],
            heading=_("Practical information"),
        ),
        FieldPanel("body"),
        FieldPanel("photo_requirements"),
        FieldPanel("data_protection_notice"),
    ]

    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["press_center.BriefingSchedulePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("press centre page")

    def sharing_summary(self):
        return self.intro

    @classmethod
    def for_language(cls, language_code):
        """The live press-centre page of a language, or None."""
        return cls.objects.live().filter(locale__language_code=language_code).select_related("locale").first()

    def get_context(self, request, *args, **kwargs):
        from press_center.models import AccreditationSettings

        context = super().get_context(request, *args, **kwargs)
        context.setdefault("accreditation", AccreditationSettings.for_request(request))
        return context

    # Routes: the views live in press_center.views to keep the page model short.

    @path("")
    def index(self, request):
        from press_center import views

        return views.index(request, self)

    @path("apply/", name="apply")
    def apply(self, request):
        from press_center import views

        return views.apply(request, self)

    @path("apply/sent/", name="sent")
    def sent(self, request):
        from press_center import views

        return views.sent(request, self)

    @path("outlet/", name="register_outlet")
    def register_outlet(self, request):
        from press_center import views

        return views.register_outlet(request, self)

    @path("outlet/sent/", name="outlet_sent")
    def outlet_sent(self, request):
        from press_center import views

        return views.outlet_sent(request, self)

    @path("outlet/<str:reference>/<str:token>/", name="staff_list")
    def staff_list(self, request, reference, token):
        from press_center import views

        return views.staff_list(request, self, reference, token)

    @path("find/", name="find")
    def find(self, request):
        from press_center import views

        return views.find(request, self)

    @path("status/<str:reference>/<str:token>/", name="status")
    def status(self, request, reference, token):
        from press_center import views

        return views.status(request, self, reference, token)

    @path("status/<str:reference>/<str:token>/complete/", name="complete")
    def complete(self, request, reference, token):
        from press_center import views

        return views.complete(request, self, reference, token)

    @path("status/<str:reference>/<str:token>/reply/", name="reply")
    def reply(self, request, reference, token):
        from press_center import views

        return views.reply(request, self, reference, token)

    @path("status/<str:reference>/<str:token>/appeal/", name="appeal")
    def appeal(self, request, reference, token):
        from press_center import views

        return views.appeal(request, self, reference, token)

    @path("status/<str:reference>/<str:token>/badge/", name="badge")
    def badge(self, request, reference, token):
        from press_center import views

        return views.badge(request, self, reference, token)

    @path("status/<str:reference>/<str:token>/files/<str:kind>/", name="file")
    def file(self, request, reference, token, kind):
        from press_center import views

        return views.applicant_file(request, self, reference, token, kind)

    @path("status/<str:reference>/<str:token>/briefings/", name="briefings")
    def briefings(self, request, reference, token):
        from press_center.briefings import views

        return views.registrations(request, self, reference, token)

    @path("status/<str:reference>/<str:token>/briefings/<int:briefing_id>/<str:action>/", name="briefing_action")
    def briefing_action(self, request, reference, token, briefing_id, action):
        from press_center.briefings import views

        return views.registration_action(request, self, reference, token, briefing_id, action)
