"""The officers' screens of outlet staff lists: the list with its people and letter, and the bulk approval.

The viewset (wagtail_hooks.StaffListViewSet) reads with the applications' permissions: whoever may
see applications may see the lists that hold them, and approving needs the review permission.
"""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from wagtail.admin.views.generic import InspectView
from wagtail.log_actions import log
from wagtail.log_actions import registry as log_registry

from . import accreditation, staff_lists
from .admin_views import REVIEW, VIEW, log_details, permission_required, who_did
from .models import StaffList
from .views import serve_private_file


class StaffListDetailView(InspectView):
    """One staff list: the outlet and focal point, the letter, each person's progress, the approval button."""

    template_name = "press_center/admin/staff_list_detail.html"
    any_permission_required = ["view", "change"]

    def get_object(self, queryset=None):
        return get_object_or_404(StaffList.objects.select_related("outlet"), pk=self.pk)

    def get_page_subtitle(self):
        return str(self.object)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        staff_list = self.object
        can_review = self.request.user.has_perm(REVIEW)
        context.update(
            {
                "staff_list": staff_list,
                "approvable": staff_lists.approvable(staff_list) if can_review and not staff_list.purged_at else [],
                "can_review": can_review,
                "log_entries": [
                    (entry, who_did(entry), log_details(entry))
                    for entry in log_registry.get_logs_for_instance(staff_list).select_related("user")
                ],
                **staff_lists.progress(staff_list),
            }
        )
        return context


@require_POST
@permission_required(REVIEW)
def approve(request, pk):
    staff_list = get_object_or_404(StaffList.objects.active().select_related("outlet"), pk=pk)
    approved, failed = staff_lists.approve(staff_list, request.user)
    if approved:
        messages.success(
            request,
            ngettext(
                "%(outlet)s approved with %(count)s person, sent for security vetting.",
                "%(outlet)s approved with %(count)s people, sent for security vetting.",
                len(approved),
            )
            % {"outlet": staff_list.outlet.name, "count": len(approved)},
        )
    else:
        messages.warning(
            request,
            _("%(outlet)s approved; nobody on its list was ready for approval.") % {"outlet": staff_list.outlet.name},
        )
    for application, error in failed:
        messages.error(request, f"{application.reference}: {error}")
    return redirect("press_center_staff_list:inspect", pk)


@permission_required(VIEW)
def letter(request, pk):
    staff_list = get_object_or_404(StaffList, pk=pk)
    response = serve_private_file(staff_list.letter, f"{staff_list.reference}-letter")
    log(staff_list, accreditation.FILE_ACCESS, user=request.user, data={"file": "letter"})
    return response
