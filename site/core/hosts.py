"""The site's public address, from one setting: WAGTAILADMIN_BASE_URL.

Wagtail builds every absolute page URL made without a request (sitemaps, feeds, JSON-LD, the
moderation e-mails' “view the page” links) from the default Site's hostname and port, and its
admin links in e-mails from WAGTAILADMIN_BASE_URL. The admin and the public site share one host
here, so `setup_site` writes that setting's host into the Site and the two can never disagree.
"""

from urllib.parse import urlsplit

# What Wagtail's migrations and earlier versions of setup_site gave the Site: not a choice anyone made.
DEFAULT_SITE_ADDRESS = ("localhost", 80)
SCHEME_PORTS = {"http": 80, "https": 443}


def site_address(base_url):
    """(hostname, port) of a Wagtail Site whose root_url is `base_url`, e.g. https://daihoi.example → 443.

    Wagtail's Site has no scheme: port 443 means https and every other port http, so an https address
    on another port (or http on 443) cannot be stored and is refused, as is anything but a bare origin.
    """
    try:
        parts = urlsplit(base_url.strip())
        port = parts.port
    except ValueError as error:
        raise ValueError(f"WAGTAILADMIN_BASE_URL {base_url!r} is not a valid URL: {error}") from None
    if parts.scheme not in SCHEME_PORTS or not parts.hostname:
        raise ValueError(
            f"WAGTAILADMIN_BASE_URL must start with http:// or https:// and a host name, not {base_url!r}"
        )
    if parts.path.strip("/") or parts.query or parts.fragment or parts.username or parts.password:
        raise ValueError(f"WAGTAILADMIN_BASE_URL must be only scheme, host and port, not {base_url!r}")
    default_port = SCHEME_PORTS[parts.scheme]
    port = port or default_port
    if parts.scheme == "https" and port != default_port:
        raise ValueError(f"WAGTAILADMIN_BASE_URL {base_url!r}: Wagtail serves https only on port 443")
    if parts.scheme == "http" and port == SCHEME_PORTS["https"]:
        raise ValueError(f"WAGTAILADMIN_BASE_URL {base_url!r}: Wagtail treats port 443 as https")
    return parts.hostname, port
