"""Documents in a briefing's materials stay unreachable to the public until its embargo ends.

The briefing page hides its materials until `embargo_until`, but a Wagtail document is served at
`/documents/<id>/<file name>` whoever asks. The `before_serve_document` hook (hooks.py) asks
`embargoing_briefing` and answers 403 with the release time to anyone outside the admin.
"""

from django.utils import timezone, translation
from django.utils.cache import add_never_cache_headers

from press_center.models import BriefingPage


def material_document_ids(materials):
    documents = (block.value["document"] for block in materials if block.block_type == "document")
    return {document.pk for document in documents if document}


def embargoing_briefing(document, now=None):
    """The briefing under embargo whose materials (published or draft) hold `document`, or None."""
    now = now or timezone.now()
    for briefing in BriefingPage.objects.filter(embargo_until__gt=now).order_by("embargo_until"):
        versions = [briefing]
        if briefing.has_unpublished_changes:
            versions.append(briefing.get_latest_revision_as_object())
        if any(document.pk in material_document_ids(version.materials) for version in versions):
            return briefing
    return None


def refuse_embargoed_document(document, request):
    """A 403 page naming the release time, for a document still under embargo; None otherwise."""
    if request.user.has_perm("wagtailadmin.access_admin"):
        return None  # editors and officers prepare and check the materials before the release
    briefing = embargoing_briefing(document)
    if briefing is None:
        return None
    with translation.override(briefing.locale.language_code):
        response = briefing.render(request, template="press_center/briefings/embargoed_document.html")
        response.render()
    response.status_code = 403
    add_never_cache_headers(response)  # no cache may keep refusing once the embargo ends
    return response
