"""The Elasticsearch backend, through `elasticsearch.dsl` (Elasticsearch 8 and 9).

Every text field is indexed as written (analyzer `vi_exact`: tone placement unified, lower case)
with sub-fields:

- `.folded`   no diacritics, đ → d (`lowercase` + `asciifolding`, or `icu_folding` when the ICU
              plugin is installed, after NFC normalisation), so "dai hoi" finds "Đại hội";
- `.shingles` folded word pairs and triples, so multi-syllable words ("đại hội", "Hà Nội") score
              as units;
- `.en`       Elasticsearch's English analyzer (stemming, stop words) for English content;
- `.suggest`  (titles) folded edge n-grams for suggestions, searched with the folded analyzer.

A query must match all its words in the folded (or English) fields; the exact phrase, the exact
words, the folded phrase and the shingles add to the score in that order, a gentle recency decay
multiplies it, and facets are aggregations that each ignore their own filter. Highlighting uses the
fast vector highlighter with `matched_fields`, so a folded match highlights the original words.

`manage.py rebuild_search` builds a new index, swaps the alias atomically, re-applies the changes
made meanwhile (indexing.rebuild) and deletes the old index.
"""

import datetime
import html
import re
import unicodedata
from functools import cached_property

from elasticsearch import Elasticsearch, NotFoundError, helpers
from elasticsearch.dsl import A, Date, Document, Keyword, Q, Search, Text

from django.conf import settings
from django.utils import timezone
from django.utils.safestring import mark_safe

from .. import text as search_text
from .base import BaseSearchBackend, Facets, Hit, SearchResults

TERM_VECTORS = "with_positions_offsets"
HIGHLIGHT_FRAGMENT = 220


# Analysis


def tone_mappings():
    """Mapping char filter rules that move a tone from the first to the second vowel of oa, oe, uy.

    "hòa" → "hoà", "thủy" → "thuỷ", in every case combination, so old and new placements match.
    """
    rules = []
    for first, second in (("o", "a"), ("o", "e"), ("u", "y")):
        for mark in search_text.TONE_MARKS:
            for first_case in (first, first.upper()):
                for second_case in (second, second.upper()):
                    old = unicodedata.normalize("NFC", first_case + mark + second_case)
                    new = unicodedata.normalize("NFC", first_case + second_case + mark)
                    rules.append(f"{old} => {new}")
    return rules


def analysis_settings(icu=False):
    """The `analysis` section of the index settings. With ICU: NFC normalisation, ICU tokenizer and folding."""
    char_filters = ["vi_tones"]
    tokenizer = "standard"
    folding = ["lowercase", "asciifolding"]
    settings_ = {
        "char_filter": {
            "vi_tones": {"type": "mapping", "mappings": tone_mappings()},
            # asciifolding maps đ to d already; this keeps icu_folding configurations identical.
            "vi_d": {"type": "mapping", "mappings": ["đ => d", "Đ => D"]},
        },
        "filter": {
            "vi_shingle": {"type": "shingle", "min_shingle_size": 2, "max_shingle_size": 3, "output_unigrams": False},
            "vi_edge_ngram": {"type": "edge_ngram", "min_gram": 1, "max_gram": 20},
        },
        "analyzer": {},
    }
    if icu:
        settings_["char_filter"]["vi_nfc"] = {"type": "icu_normalizer", "name": "nfc", "mode": "compose"}
        char_filters = ["vi_nfc", "vi_tones"]
        tokenizer = "icu_tokenizer"
        folding = ["icu_folding"]
    folded_chars = [*char_filters, "vi_d"]
    settings_["analyzer"] = {
        "vi_exact": {"type": "custom", "tokenizer": tokenizer, "char_filter": char_filters, "filter": ["lowercase"]},
        "vi_folded": {"type": "custom", "tokenizer": tokenizer, "char_filter": folded_chars, "filter": folding},
        "vi_folded_shingles": {
            "type": "custom",
            "tokenizer": tokenizer,
            "char_filter": folded_chars,
            "filter": [*folding, "vi_shingle"],
        },
        "vi_autocomplete": {
            "type": "custom",
            "tokenizer": tokenizer,
            "char_filter": folded_chars,
            "filter": [*folding, "vi_edge_ngram"],
        },
    }
    return settings_


def _text_field(suggest=False):
    fields = {
        "folded": Text(analyzer="vi_folded", term_vector=TERM_VECTORS),
        "shingles": Text(analyzer="vi_folded_shingles"),
        "en": Text(analyzer="english", term_vector=TERM_VECTORS),
    }
    if suggest:
        fields["suggest"] = Text(analyzer="vi_autocomplete", search_analyzer="vi_folded")
    return Text(analyzer="vi_exact", term_vector=TERM_VECTORS, fields=fields)


class PageDocument(Document):
    """A searchable page. The document id is the page id."""

    page_id = Keyword()
    type = Keyword()
    language = Keyword()
    title = _text_field(suggest=True)
    body = _text_field()
    url = Keyword(index=False)
    published_at = Date()
    category_slug = Keyword()
    category_name = Keyword()
    version = Keyword()

    @classmethod
    def source(cls, document):
        return {
            "page_id": str(document.page_id),
            "type": document.type,
            "language": document.language,
            "title": document.title,
            "body": document.body,
            "url": document.url,
            "published_at": document.published_at.isoformat() if document.published_at else None,
            "category_slug": document.category_slug,
            "category_name": document.category_name,
            "version": document.version,
        }


def index_body(icu=False, replicas=None):
    """The body of the create-index request: settings with the analysis, and the mappings."""
    index_settings = {"analysis": analysis_settings(icu)}
    if replicas is not None:
        index_settings["number_of_replicas"] = replicas
    return {"settings": index_settings, "mappings": PageDocument._doc_type.mapping.to_dict()}


# Queries


def _filters(params, *, types=True, category=True, dates=True):
    filters = []
    if types and params.types:
        filters.append(Q("terms", type=list(params.types)))
    if category and params.category:
        filters.append(Q("term", category_slug=params.category))
    if dates and (params.date_from or params.date_to):
        bounds = {"time_zone": settings.TIME_ZONE, "format": "yyyy-MM-dd"}
        if params.date_from:
            bounds["gte"] = params.date_from.isoformat()
        if params.date_to:
            bounds["lt"] = (params.date_to + datetime.timedelta(days=1)).isoformat()
        filters.append(Q("range", published_at=bounds))
    return filters


def _folded_item(item):
    """One word or phrase of an alternative, in the title or the text."""
    return Q("multi_match", query=item, type="phrase", fields=["title.folded^3", "body.folded"])


def text_query(query, language="vi"):
    """Relevance query for `query` (a text.Query): recall on folded words, precision as boosts."""
    text = query.raw
    typed, alternatives = query.forms(language)
    if typed == query.folded:
        recall = [
            Q("multi_match", query=text, type="cross_fields", operator="and", fields=["title.folded^3", "body.folded"])
        ]
    else:  # a numbering word and its number stand together ("khoa 15"): see search.rewriting
        recall = [Q("bool", must=[_folded_item(item) for item in typed])]
    # Typing slips (a missing, doubled or swapped letter) in words of five letters or more, scored low.
    recall.append(
        Q(
            "multi_match",
            query=" ".join(typed),
            fields=["title.folded^3", "body.folded"],
            operator="and",
            fuzziness="AUTO:5,50",
            prefix_length=1,
            boost=0.2,
        )
    )
    if language in {"en", "all"}:
        recall.append(
            Q("multi_match", query=text, type="cross_fields", operator="and", fields=["title.en^3", "body.en"])
        )
    should = [
        Q("multi_match", query=text, type="phrase", fields=["title.folded^3", "body.folded"], boost=2),
        Q("multi_match", query=text, fields=["title.shingles^3", "body.shingles"], boost=1),
    ]
    # The other forms of the query (search.rewriting): each item must match, a phrase as a phrase.
    for alternative in alternatives:
        recall.append(Q("bool", must=[_folded_item(item) for item in alternative]))
        should.append(
            Q("multi_match", query=" ".join(alternative), type="phrase", fields=["title.folded^3", "body.folded"])
        )
    if query.has_diacritics:
        should += [
            Q("multi_match", query=text, type="phrase", fields=["title^3", "body"], boost=8),
            Q("multi_match", query=text, type="cross_fields", operator="and", fields=["title^3", "body"], boost=4),
        ]
    if language in {"en", "all"}:
        should.append(Q("multi_match", query=text, type="phrase", fields=["title.en^3", "body.en"], boost=2))
    return Q("bool", must=[Q("bool", should=recall, minimum_should_match=1)], should=should)


def recency(query):
    """Newer pages score up to twice as high; a year-old page keeps about 1.5 times."""
    return Q(
        "function_score",
        query=query,
        functions=[
            {"exp": {"published_at": {"origin": "now", "scale": "365d", "offset": "7d", "decay": 0.5}}},
            {"weight": 1},
        ],
        score_mode="sum",
        boost_mode="multiply",
    )


def build_search(params, index):
    """The Search (request body) for `params` against `index`."""
    search = Search(index=index).extra(track_total_hits=True)
    base_filters = [] if params.language == "all" else [Q("term", language=params.language)]
    query = Q("bool", must=[text_query(params.query, params.language)], filter=base_filters)
    search = search.query(recency(query) if params.sort != "newest" else query)
    all_filters = _filters(params)
    if all_filters:
        search = search.post_filter(Q("bool", filter=all_filters))

    def facet(name, aggregation, **exclude):
        filters = _filters(params, **exclude)
        wrapper = A("filter", Q("bool", filter=filters) if filters else Q("match_all"))
        wrapper.bucket("values", aggregation)
        search.aggs.bucket(name, wrapper)

    facet("type", A("terms", field="type", size=20), types=False)
    category = A("terms", field="category_slug", size=100)
    category.bucket("name", A("terms", field="category_name", size=1))
    facet("category", category, category=False)
    facet(
        "year",
        A(
            "date_histogram",
            field="published_at",
            calendar_interval="year",
            format="yyyy",
            time_zone=settings.TIME_ZONE,
            min_doc_count=1,
        ),
        dates=False,
    )
    if params.sort == "newest":
        search = search.sort({"published_at": {"order": "desc", "missing": "_last"}}, {"page_id": "desc"})
    search = search.highlight_options(
        type="fvh",
        pre_tags=["<mark>"],
        post_tags=["</mark>"],
        encoder="html",
        fragment_size=HIGHLIGHT_FRAGMENT,
        no_match_size=HIGHLIGHT_FRAGMENT,
    )
    search = search.highlight("title", matched_fields=["title", "title.folded", "title.en"], number_of_fragments=0)
    search = search.highlight("body", matched_fields=["body", "body.folded", "body.en"], number_of_fragments=1)
    search = search.source(excludes=["body"])
    return search[params.offset : params.offset + params.per_page]


def build_suggest(query, language, index, limit):
    filters = [] if language == "all" else [Q("term", language=language)]
    search = Search(index=index).query(
        Q(
            "bool",
            must=[Q("match", **{"title.suggest": {"query": query.raw, "operator": "and"}})],
            should=[
                Q("match_phrase_prefix", **{"title.folded": {"query": query.raw}}),
                Q("match_phrase", title={"query": query.raw, "boost": 2}),
            ],
            filter=filters,
        )
    )
    return search.source(["title", "url"])[:limit]


_MARK = re.compile(r"(</?mark>)")


def clean_highlight(fragment):
    """Re-escape an Elasticsearch fragment so that <mark> is the only markup it can carry."""
    pieces, marked = [], False
    for piece in _MARK.split(fragment):
        if piece == "<mark>":
            marked = True
        elif piece == "</mark>":
            marked = False
        elif piece:
            escaped = html.escape(html.unescape(piece))
            pieces.append(f"<mark>{escaped}</mark>" if marked else escaped)
    return mark_safe("".join(pieces))  # noqa: S308 (every piece escaped above)


class ElasticsearchBackend(BaseSearchBackend):
    name = "elasticsearch"

    def __init__(self, url):
        self.url = url
        self.alias = settings.ELASTICSEARCH_INDEX

    @cached_property
    def client(self):
        return Elasticsearch(
            self.url,
            request_timeout=getattr(settings, "ELASTICSEARCH_TIMEOUT", 5),
            max_retries=1,
            retry_on_timeout=False,
        )

    @cached_property
    def has_icu(self):
        try:
            plugins = self.client.cat.plugins(format="json")
        except Exception:
            return False
        return any(plugin.get("component") == "analysis-icu" for plugin in plugins)

    # Index management

    def _new_index_name(self):
        return f"{self.alias}-{timezone.now():%Y%m%d%H%M%S%f}"

    def create_index(self, name, replicas=None):
        body = index_body(self.has_icu, replicas)
        self.client.indices.create(index=name, settings=body["settings"], mappings=body["mappings"])
        return name

    def ensure_index(self):
        """Create the first index behind the alias if there is none yet."""
        if self.client.indices.exists_alias(name=self.alias):
            return
        if self.client.indices.exists(index=self.alias):
            return  # a concrete index with the alias's name, from before; rebuild_search replaces it
        name = self.create_index(self._new_index_name())
        self.client.indices.put_alias(index=name, name=self.alias)

    def index(self, documents, refresh="wait_for"):
        documents = list(documents)
        if not documents:
            return
        self.ensure_index()
        actions = [
            {
                "_op_type": "index",
                "_index": self.alias,
                "_id": str(document.page_id),
                "_source": PageDocument.source(document),
            }
            for document in documents
        ]
        helpers.bulk(self.client, actions, refresh=refresh)

    def remove(self, page_ids, refresh="wait_for"):
        page_ids = list(page_ids)
        if not page_ids:
            return
        if not self.client.indices.exists_alias(name=self.alias) and not self.client.indices.exists(index=self.alias):
            return
        actions = [{"_op_type": "delete", "_index": self.alias, "_id": str(page_id)} for page_id in page_ids]
        _ok, errors = helpers.bulk(self.client, actions, refresh=refresh, raise_on_error=False)
        real_errors = [error for error in errors if error.get("delete", {}).get("status") != 404]
        if real_errors:
            raise RuntimeError(f"Elasticsearch could not delete {len(real_errors)} documents: {real_errors[:3]}")

    def rebuild(self, batches, *, stdout=None, since=None):
        """Load a new index, then point the alias at it in one atomic request and drop the old one."""
        name = self.create_index(self._new_index_name(), replicas=0)
        self.client.indices.put_settings(index=name, settings={"index": {"refresh_interval": "-1"}})
        total = 0
        for batch in batches:
            actions = [
                {"_op_type": "index", "_index": name, "_id": str(doc.page_id), "_source": PageDocument.source(doc)}
                for doc in batch
            ]
            helpers.bulk(self.client, actions)
            total += len(batch)
            if stdout is not None:
                stdout.write(f"  indexed {total} pages into {name}")
        self.client.indices.put_settings(
            index=name, settings={"index": {"refresh_interval": None, "number_of_replicas": None}}
        )
        self.client.indices.refresh(index=name)
        old = self.swap_alias(name)
        if stdout is not None:
            stdout.write(f"  alias {self.alias} now points to {name}")
        for old_name in old:
            self.client.indices.delete(index=old_name, ignore_unavailable=True)
        return total, 0

    def swap_alias(self, name):
        """Point the alias at `name` atomically; return the indices it pointed to before."""
        actions = []
        old = []
        if self.client.indices.exists_alias(name=self.alias):
            old = list(self.client.indices.get_alias(name=self.alias).body)
            actions += [{"remove": {"index": old_name, "alias": self.alias}} for old_name in old]
        elif self.client.indices.exists(index=self.alias):
            actions.append({"remove_index": {"index": self.alias}})
        actions.append({"add": {"index": name, "alias": self.alias}})
        self.client.indices.update_aliases(actions=actions)
        return [old_name for old_name in old if old_name != name]

    def indexed_versions(self):
        try:
            hits = helpers.scan(self.client, index=self.alias, query={"_source": ["version"]})
            return {int(hit["_id"]): hit["_source"].get("version", "") for hit in hits}
        except NotFoundError:
            return {}

    def count(self):
        try:
            return self.client.count(index=self.alias)["count"]
        except NotFoundError:
            return 0

    # Searching

    def search(self, params):
        results = SearchResults(params=params)
        if not params.query:
            return results
        try:
            response = build_search(params, self.alias).using(self.client).execute()
        except NotFoundError:
            return results
        results.count = response.hits.total.value
        aggregations = response.aggregations
        facets = Facets()
        facets.type = {bucket.key: bucket.doc_count for bucket in aggregations.type["values"].buckets}
        for bucket in aggregations.category["values"].buckets:
            facets.category[bucket.key] = bucket.doc_count
            names = bucket["name"].buckets
            facets.category_names[bucket.key] = names[0].key if names else bucket.key
        years = {bucket.key_as_string: bucket.doc_count for bucket in aggregations.year["values"].buckets}
        facets.year = dict(sorted(years.items(), reverse=True))
        results.facets = facets
        results.hits = [self._hit(hit, params.query) for hit in response.hits]
        return results

    def _hit(self, hit, query):
        highlight = getattr(hit.meta, "highlight", None)
        title_fragments = list(getattr(highlight, "title", [])) if highlight else []
        body_fragments = list(getattr(highlight, "body", [])) if highlight else []
        published = getattr(hit, "published_at", None)
        if published:
            published = datetime.datetime.fromisoformat(published)
        return Hit(
            page_id=int(hit.meta.id),
            type=hit.type,
            language=hit.language,
            title=hit.title,
            url=getattr(hit, "url", ""),
            published_at=published,
            category_slug=getattr(hit, "category_slug", ""),
            category_name=getattr(hit, "category_name", ""),
            title_html=clean_highlight(title_fragments[0]) if title_fragments else mark_safe(html.escape(hit.title)),  # noqa: S308
            snippet=clean_highlight(body_fragments[0]) if body_fragments else mark_safe(""),
        )

    def suggest(self, query, language, limit=8):
        if not query or len(query.raw) < 2:
            return []
        try:
            response = build_suggest(query, language, self.alias, limit).using(self.client).execute()
        except NotFoundError:
            return []
        return [{"title": hit.title, "url": getattr(hit, "url", "")} for hit in response.hits]
