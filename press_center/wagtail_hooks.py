import django_filters

from django.urls import path
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from wagtail import hooks
from wagtail.admin.admin_url_finder import ModelAdminURLFinder
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, DateColumn, StatusTagColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.base import ViewSet, ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from . import accreditation, admin_views, staff_list_admin, vetting
from .briefings import hooks as briefing_hooks  # the briefing schedule's hooks and admin views
from .models import Application, Category, Origin, Outlet, PressCentrePage, StaffList, Status


@hooks.register("register_log_actions")
def register_accreditation_actions(actions):
    for action, label, message in [
        (accreditation.SUBMIT, _("Submit application"), _("Application submitted by the applicant")),
        (accreditation.UPDATE, _("Update application"), _("Application updated by the applicant")),
        (accreditation.REGISTER_OUTLET, _("Register outlet"), _("Outlet registered with its staff list")),
        (accreditation.LIST_PERSON, _("List on a staff list"), _("Listed by the outlet's focal point")),
        (accreditation.COMPLETE, _("Complete details"), _("Details completed by the journalist")),
        (accreditation.APPROVE_LIST, _("Approve staff list"), _("Outlet and its completed people approved")),
        (accreditation.WAITLIST, _("Waitlist"), _("Put on the waitlist: the outlet's quota is used")),
        (accreditation.PROMOTE, _("Take off the waitlist"), _("Taken off the waitlist: a place became free")),
        (accreditation.START_REVIEW, _("Start review"), _("Review started")),
        (accreditation.REQUEST_INFO, _("Request information"), _("More information requested")),
        (accreditation.SUPPLY_INFO, _("Supply information"), _("Information supplied by the applicant")),
        (accreditation.APPROVE, _("Approve"), _("Approved by the press centre, sent for security vetting")),
        (accreditation.CLEAR, _("Clear"), _("Cleared by security vetting, badge issued")),
        (accreditation.REFUSE_CLEARANCE, _("Refuse clearance"), _("Refused by security vetting")),
        (accreditation.REJECT, _("Reject"), pgettext_lazy("accreditation", "Rejected")),
        (accreditation.REVOKE, _("Revoke"), _("Accreditation revoked")),
        (
            accreditation.NOT_DUPLICATE,
            _("Different people"),
            _("Likely duplicates compared: different people"),
        ),
        (accreditation.APPEAL, _("Appeal"), _("Appeal filed by the applicant")),
        (accreditation.DISMISS_APPEAL, _("Dismiss appeal"), _("Appeal dismissed")),
        (accreditation.FILE_ACCESS, _("Open file"), _("Applicant's file opened")),
        (accreditation.BADGE_PRINT, _("Print badge"), _("Badge printed")),
        (accreditation.CHECK_IN, _("Check in"), _("Badge checked in")),
        (accreditation.EXPORT, _("Export"), _("Included in an export of the approved list")),
        (accreditation.LINK_SENT, _("Send status link"), _("Status link sent again")),
        (accreditation.PURGE, _("Delete personal data"), _("Personal data deleted")),
        (accreditation.ERASE, _("Withdraw and erase"), _("Withdrawn and erased on request")),
        (accreditation.REPLACE_BADGE, _("Replace badge"), _("New badge issued, the old one refused")),
    ]:
        actions.register_action(action, label, message)


class ApplicationFilterSet(WagtailFilterSet):
    status = django_filters.MultipleChoiceFilter(
        label=_("Status"), choices=Status.choices, widget=django_filters.widgets.forms.CheckboxSelectMultiple
    )
    category = django_filters.ChoiceFilter(label=pgettext_lazy("accreditation", "Category"), choices=Category.choices)
    origin = django_filters.ChoiceFilter(label=_("Domestic or foreign"), choices=Origin.choices)
    outlet = django_filters.ModelChoiceFilter(label=_("Media outlet"), queryset=Outlet.objects.all())
    submitted_at = django_filters.DateFromToRangeFilter(
        label=pgettext_lazy("accreditation", "Submitted"), widget=DateRangePickerWidget
    )
    covering = django_filters.DateFilter(
        label=_("Covering the day"),
        method="filter_covering",
        widget=django_filters.widgets.forms.DateInput(attrs={"type": "date"}),
    )
    appeal_pending = django_filters.BooleanFilter(label=_("Appeal waiting for a decision"), method="filter_appeal")

    class Meta:
        model = Application
        fields = []

    def filter_covering(self, queryset, name, value):
        return queryset.filter(coverage_starts__lte=value, coverage_ends__gte=value) if value else queryset

    def filter_appeal(self, queryset, name, value):
        if value is None:
            return queryset
        pending = queryset.filter(appealed_at__isnull=False, appeal_decided_at__isnull=True)
        return pending if value else queryset.exclude(pk__in=pending.values("pk"))


class ApplicationIndexView(generic.IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("outlet")

    def search_queryset(self, queryset):
        if not self.is_searching:
            return queryset
        return admin_views.search_applications(queryset, self.search_query)

    @cached_property
    def header_more_buttons(self):
        from wagtail.admin.widgets.button import Button

        buttons = list(super().header_more_buttons)
        user = self.request.user
        if user.has_perm(admin_views.EXPORT):
            buttons.append(
                Button(_("Export approved (CSV)"), url=self._url("export", "csv"), icon_name="download", priority=60)
            )
            buttons.append(
                Button(_("Export approved (XLSX)"), url=self._url("export", "xlsx"), icon_name="download", priority=61)
            )
        if user.has_perm(admin_views.REVIEW):
            buttons.append(Button(_("Bulk approval"), url=self._url("bulk_approval"), icon_name="tasks", priority=62))
            buttons.append(
                Button(
                    _("Print approved badges (A4 sheets)"),
                    url=self._url("badge_sheet"),
                    icon_name="doc-full",
                    priority=63,
                )
            )
        return buttons

    @staticmethod
    def _url(name, *args):
        from django.urls import reverse

        return reverse(f"press_center_application:{name}", args=args)


def full_name(application):
    return application.full_name if not application.purged_at else "—"


full_name.short_description = _("Full name")


class ApplicationViewSet(ModelViewSet):
    model = Application
    name = "press_center_application"
    url_prefix = "press-centre/applications"
    icon = "user"
    menu_label = _("Applications")
    index_view_class = ApplicationIndexView
    inspect_view_class = admin_views.ApplicationDetailView
    inspect_view_enabled = True
    copy_view_enabled = False
    list_per_page = 50
    search_fields = ["reference", "family_name", "given_names", "document_number"]
    filterset_class = ApplicationFilterSet
    ordering = ["-submitted_at"]

    @cached_property
    def list_display(self):
        return [
            "reference",
            Column("full_name", label=_("Full name"), accessor=full_name),
            Column("outlet", label=_("Media outlet"), accessor="outlet"),
            Column("category", label=pgettext_lazy("accreditation", "Category"), accessor="get_category_display"),
            Column("origin", label=_("Domestic or foreign"), accessor="get_origin_display"),
            StatusTagColumn(
                "status",
                label=_("Status"),
                accessor="get_status_display",
                primary=lambda a: a.status == Status.APPROVED,
                sort_key="status",
            ),
            DateColumn("submitted_at", label=pgettext_lazy("accreditation", "Submitted"), sort_key="submitted_at"),
        ]

    def get_common_view_kwargs(self, **kwargs):
        # Officers decide through the actions on the detail page; applicants' data is not edited by hand.
        view_kwargs = super().get_common_view_kwargs(**kwargs)
        view_kwargs.update(add_url_name=None, edit_url_name=None, delete_url_name=None)
        return view_kwargs

    @property
    def url_finder_class(self):
        # Reports, history and usage listings link an application to its detail page, as it has no edit view.
        return type("ApplicationURLFinder", (ModelAdminURLFinder,), {"edit_url_name": self.get_url_name("inspect")})

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("<int:pk>/", self.inspect_view, name="inspect"),
            path("history/<int:pk>/", self.history_view, name="history"),
            path("history-results/<int:pk>/", self.history_results_view, name="history_results"),
            path("<int:pk>/action/<str:action>/", admin_views.application_action, name="action"),
            path("<int:pk>/file/<str:kind>/", admin_views.application_file, name="file"),
            path("<int:pk>/extra/<int:file_pk>/", admin_views.extra_file, name="extra_file"),
            path("<int:pk>/badge/", admin_views.application_badge, name="badge"),
            path("badges/", admin_views.badge_sheet, name="badge_sheet"),
            path("export/<str:file_format>/", admin_views.export_approved, name="export"),
            path("bulk-approval/", admin_views.bulk_approval, name="bulk_approval"),
        ]

    def get_permissions_to_register(self):
        from django.contrib.auth.models import Permission
        from django.contrib.contenttypes.models import ContentType

        content_type = ContentType.objects.get_for_model(Application)
        return Permission.objects.filter(content_type=content_type).exclude(
            codename__in=["add_application", "delete_application"]
        )


class OutletEditView(generic.EditView):
    def save_instance(self):
        instance = super().save_instance()
        accreditation.fill_places(instance)  # a raised quota takes people off the waitlist
        return instance


class OutletViewSet(ModelViewSet):
    model = Outlet
    name = "press_center_outlet"
    url_prefix = "press-centre/outlets"
    icon = "group"
    menu_label = _("Media outlets")
    edit_view_class = OutletEditView
    copy_view_enabled = False
    list_display = [
        "name",
        "origin",
        "quota",
        Column("places", label=_("Places taken"), accessor="places_taken"),
        "listed",
    ]
    list_filter = ["listed", "origin", "added_by_applicant"]
    search_fields = ["name"]
    form_fields = ["name", "origin", "quota", "listed"]


def people_count(staff_list):
    return staff_list.people.count()


def awaiting_count(staff_list):
    return sum(1 for person in staff_list.people.all() if person.awaiting_details)


class StaffListIndexView(generic.IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("outlet").prefetch_related("people")


# Staff lists are read and decided with the applications' permissions: they hold applications.
register_permission_policy(StaffList, ModelPermissionPolicy(Application), exact_class=True)


class StaffListViewSet(ModelViewSet):
    """Outlets' staff lists, with their people, the editor-in-chief's letter and the bulk approval."""

    model = StaffList
    name = "press_center_staff_list"
    url_prefix = "press-centre/staff-lists"
    icon = "list-ul"
    menu_label = _("Staff lists")
    index_view_class = StaffListIndexView
    inspect_view_class = staff_list_admin.StaffListDetailView
    inspect_view_enabled = True
    copy_view_enabled = False
    list_per_page = 50
    search_fields = ["reference", "outlet__name", "focal_name", "focal_email"]
    list_filter = ["approved_at"]
    ordering = ["-submitted_at"]

    @cached_property
    def list_display(self):
        return [
            "reference",
            Column("outlet", label=_("Media outlet"), accessor="outlet"),
            Column("focal_name", label=_("Focal point"), accessor="focal_name"),
            Column("people", label=_("People"), accessor=people_count),
            Column("awaiting", label=_("Details missing"), accessor=awaiting_count),
            DateColumn("submitted_at", label=pgettext_lazy("accreditation", "Submitted"), sort_key="submitted_at"),
            DateColumn("approved_at", label=_("Outlet approved"), sort_key="approved_at"),
        ]

    def get_common_view_kwargs(self, **kwargs):
        # Lists come from focal points; officers decide on them, they do not type them in.
        view_kwargs = super().get_common_view_kwargs(**kwargs)
        view_kwargs.update(add_url_name=None, edit_url_name=None, delete_url_name=None)
        return view_kwargs

    @property
    def url_finder_class(self):
        return type("StaffListURLFinder", (ModelAdminURLFinder,), {"edit_url_name": self.get_url_name("inspect")})

    def get_urlpatterns(self):
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("<int:pk>/", self.inspect_view, name="inspect"),
            path("<int:pk>/approve/", staff_list_admin.approve, name="approve"),
            path("<int:pk>/letter/", staff_list_admin.letter, name="letter"),
        ]

    def get_permissions_to_register(self):
        from django.contrib.auth.models import Permission

        return Permission.objects.none()


class PermissionMenuItem(MenuItem):
    permission = None

    def is_shown(self, request):
        return request.user.has_perm(self.permission)


class CheckInViewSet(ViewSet):
    name = "press_center_checkin"
    url_prefix = "press-centre/check-in"
    icon = "success"
    menu_label = _("Badge check-in")

    def get_menu_item(self, order=None):
        item_class = type("CheckInMenuItem", (PermissionMenuItem,), {"permission": admin_views.CHECK_IN})
        return item_class(
            label=self.menu_label,
            url=self.menu_url,
            name="press-centre-check-in",
            icon_name=self.icon,
            order=self.get_menu_item_order(order),
        )

    def get_urlpatterns(self):
        return [path("", admin_views.check_in, name="index")]


class VettingViewSet(ViewSet):
    """Security vetting: the people approved by the press centre, cleared or refused one by one or from a file."""

    name = "press_center_vetting"
    url_prefix = "press-centre/vetting"
    icon = "lock"
    menu_label = _("Security vetting")

    def get_menu_item(self, order=None):
        item_class = type("VettingMenuItem", (PermissionMenuItem,), {"permission": vetting.VET})
        return item_class(
            label=self.menu_label,
            url=self.menu_url,
            name="press-centre-vetting",
            icon_name=self.icon,
            order=self.get_menu_item_order(order),
        )

    def get_urlpatterns(self):
        return [
            path("", vetting.index, name="index"),
            path("<int:pk>/decide/", vetting.decide, name="decide"),
            path("<int:pk>/photo/", vetting.photo, name="photo"),
            path("export/<str:file_format>/", vetting.export, name="export"),
            path("import/", vetting.import_decisions, name="import"),
        ]


class PressCentreGroup(ViewSetGroup):
    menu_label = _("Press centre")
    menu_icon = "info-circle"
    menu_order = 250
    items = (
        ApplicationViewSet,
        StaffListViewSet,
        VettingViewSet,
        OutletViewSet,
        CheckInViewSet,
        *briefing_hooks.VIEWSETS,
    )


@hooks.register("register_admin_viewset")
def register_press_centre_admin():
    return PressCentreGroup()


@hooks.register("register_permissions")
def register_outlet_and_checkin_permissions():
    from django.contrib.auth.models import Permission

    return Permission.objects.filter(
        content_type__app_label="press_center", codename__in=["add_checkin", "view_checkin"]
    )


@hooks.register("home_page_context")
def press_centre_on_home_page(context, request, page):
    """Tell the home page where the press centre is and whether accreditation is open (two queries at most)."""
    context["press_centre"] = press_centre_summary(request, page)


def press_centre_summary(request, page):
    from .models import AccreditationSettings

    press_centre = (
        PressCentrePage.objects.live()
        .public()
        .filter(locale_id=page.locale_id)
        .only("id", "title", "url_path", "locale_id")
        .first()
    )
    if press_centre is None:
        return None
    settings = AccreditationSettings.for_request(request)
    is_open = settings.is_open(timezone.now())
    url = press_centre.get_url(request)
    return {
        "url": url,
        "title": press_centre.title,
        "accreditation_open": is_open,
        "window_state": settings.window_state,
        "window_opens": settings.opens_at,
        "window_closes": settings.closes_at,
        "apply_url": url + press_centre.reverse_subpage("apply") if is_open and url else None,
    }
