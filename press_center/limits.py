"""Rate limits that fit a press room.

Hundreds of journalists share the press centre's Wi-Fi, and an outlet's secretary files for a whole
team from one desk: one public address is many people. So each limit is counted per the thing it
protects (an e-mail address, an outlet, a private status link, a reference being guessed) and the
per-address limit is only a generous ceiling. Failed status lookups never block a valid link: the
link is checked first, and only misses are counted.

Counts live in the cache (local memory in development, Redis in production). Behind a reverse proxy
set RATELIMIT_IP_META_KEY so that "address" is the client's, not the proxy's (see the README).
"""

from django_ratelimit.core import is_ratelimited

from .models.accreditation import normalize_email, normalize_key

# What one public address may do in an hour: a full press room, not one person.
ADDRESS_CEILING = "600/h"


def posted_email(request):
    return normalize_email(request.POST.get("email", ""))


def posted_outlet(request):
    return request.POST.get("outlet", "").strip() or normalize_key(request.POST.get("new_outlet", ""))


def posted_focal_email(request):
    return normalize_email(request.POST.get("focal_email", ""))


# Per action: (name, what the count is kept per, rate). A key that is empty for this request is not counted.
LIMITS = {
    # The same person correcting their application, a secretary filing for an outlet's team.
    "apply": [("email", posted_email, "10/h"), ("outlet", posted_outlet, "200/h"), ("address", "ip", ADDRESS_CEILING)],
    # An outlet's focal point registering the outlet's staff list, or adding people to it.
    "staff_list": [("email", posted_focal_email, "20/h"), ("address", "ip", ADDRESS_CEILING)],
    # Asking for the status link again: per e-mail, so it cannot be used to flood someone's inbox.
    "find": [("email", posted_email, "5/h"), ("address", "ip", "60/h")],
    # Guessing a private link: per reference (a known reference, many tokens) and per address.
    "status_miss": [("reference", None, "20/h"), ("address", "ip", ADDRESS_CEILING)],
    # A valid private link: generous, to stop a leaked link being hammered, never a journalist.
    "status": [("link", None, "600/h")],
    # Registering for and cancelling briefings, per journalist.
    "briefing": [("link", None, "60/h"), ("address", "ip", ADDRESS_CEILING)],
}


def limited(request, action, value=None):
    """Count this request against every limit of `action`; True when one of them is used up.

    `value` is what limits without their own key function are kept per (a reference, a link).
    """
    exceeded = False
    for name, key, rate in LIMITS[action]:
        counted = key(request) if callable(key) else value if key is None else key
        if not counted:
            continue
        exceeded |= is_ratelimited(
            request,
            group=f"press_center.{action}.{name}",
            key=key if key == "ip" else (lambda group, request, counted=counted: str(counted)),
            rate=rate,
            increment=True,
        )
    return exceeded


def rate(action, name):
    """The rate of one limit, e.g. rate("apply", "email") == "10/h" (for messages and tests)."""
    return next(rate for limit_name, _key, rate in LIMITS[action] if limit_name == name)
