"""A crawler of the Wagtail admin, as one user sees it, for the admin crawl test.

It starts at the dashboard and follows every admin address a response mentions: links and form
actions, but also the addresses that only JavaScript opens, which sit in data attributes and JSON
(chooser modals, link choosers, bulk actions, the page explorer's API). A listing with a search box
is searched too. It records every answer that is a server error, with the exception if the view
raised one.

To stay fast on a full demo it visits a few addresses per kind of view: per URL pattern, per page
type for page views (an article's edit form differs from a briefing's), and per set of query
parameters.
"""

import collections
import html
import re
import traceback
import urllib.parse
from dataclasses import dataclass, field

from django.urls import Resolver404, resolve

from wagtail.models import Page

# An admin path inside an attribute, a JSON string or a text node: /admin/… up to a quote, space or tag.
ADMIN_URL = re.compile(r"""(?<![\w/.-])(/admin/[^"'\s<>\\`]*)""")
OBJECT_ID = re.compile(r"""data-object-id="(\d+)\"""")
SEARCH_BOX = re.compile(r"""<input[^>]+name="q"[^>]*>""")
# Addresses whose GET changes the session or answers only to POST by design.
SKIP = ("/admin/logout/",)
SEARCH_TERMS = ("đại hội", "nguyen")


@dataclass
class Failure:
    url: str
    status: int
    error: str = ""

    def __str__(self):
        return f"{self.status} {self.url}\n{self.error}".strip()


@dataclass
class CrawlResult:
    visited: dict = field(default_factory=dict)  # url → status code
    failures: list = field(default_factory=list)

    def visited_paths(self):
        return {urllib.parse.urlsplit(url).path for url in self.visited}

    def answered(self, path):
        """The status codes of the visits of `path`, whatever their query."""
        return {status for url, status in self.visited.items() if urllib.parse.urlsplit(url).path == path}


def admin_urls(body):
    """Every admin address in a response body, unescaped from HTML and JSON."""
    text = html.unescape(body).replace("\\/", "/").replace("\\u002F", "/")
    return {match.group(1) for match in ADMIN_URL.finditer(text)}


def page_type(page_id, cache={}):  # noqa: B006 (a cache for one test run)
    if page_id not in cache:
        cache[page_id] = Page.objects.filter(pk=page_id).values_list("content_type_id", flat=True).first()
    return cache[page_id]


def kind_of(url):
    """What makes two addresses the same kind of view for the crawl, or None outside the admin's URLs."""
    parts = urllib.parse.urlsplit(url)
    try:
        match = resolve(parts.path)
    except Resolver404:
        return None
    words = tuple(sorted((name, value) for name, value in match.kwargs.items() if not str(value).isdigit()))
    pages = tuple(page_type(int(match.kwargs[name])) for name in ("page_id", "parent_page_id") if name in match.kwargs)
    query = tuple(sorted({name for name, _value in urllib.parse.parse_qsl(parts.query, keep_blank_values=True)}))
    return (match.route, words, pages, query)


def follow_ups(url, body):
    """Addresses JavaScript would build from this page: bulk actions with ids, searches of a listing."""
    extra = []
    ids = OBJECT_ID.findall(body)[:2]
    for found in admin_urls(body):
        if "/bulk/" in found and ids:
            separator = "&" if "?" in found else "?"
            extra.append(found + separator + "&".join(f"id={pk}" for pk in ids))
    if SEARCH_BOX.search(body):
        path = urllib.parse.urlsplit(url).path
        extra.extend(f"{path}?{urllib.parse.urlencode({'q': term})}" for term in SEARCH_TERMS)
    return extra


def crawl(client, start=("/admin/",), per_kind=2, per_view=4, limit=2000):
    """Visit the admin as `client`'s user; returns a CrawlResult.

    At most `per_kind` addresses of one kind, and `per_view` of one view with any query parameters
    (a listing's orderings and pages are the same template).
    """
    result = CrawlResult()
    queue = collections.deque(start)
    seen = set()
    visits = collections.Counter()
    while queue and len(result.visited) < limit:
        url = queue.popleft().split("#")[0]
        if url in seen or url.startswith(SKIP):
            continue
        seen.add(url)
        kind = kind_of(url)
        if kind is None or visits[kind] >= per_kind or visits[kind[:3]] >= per_view:
            continue
        visits[kind] += 1
        visits[kind[:3]] += 1
        try:
            response = client.get(url, HTTP_ACCEPT="text/html,application/json")
        except Exception as error:  # the test client re-raises what the view raised
            result.visited[url] = 500
            result.failures.append(Failure(url, 500, "".join(traceback.format_exception(error)[-3:])))
            continue
        result.visited[url] = response.status_code
        if response.status_code >= 500:
            result.failures.append(Failure(url, response.status_code))
            continue
        content_type = response.get("Content-Type", "")
        if response.status_code != 200 or not ("html" in content_type or "json" in content_type):
            continue
        body = response.content.decode("utf-8", "replace")
        queue.extend(sorted(admin_urls(body) - seen))  # sorted: the same crawl on every run and machine
        queue.extendleft(follow_ups(url, body))  # before the listing's other pages use up its visits
    return result
