"""The Elasticsearch side without a cluster: mappings, analyzers and request bodies.

The expected shapes follow the Elasticsearch reference (index settings `analysis`, `mapping` char
filter, `shingle` and `edge_ngram` token filters, `multi_match`, `function_score`, `post_filter`,
`filter` aggregations, `highlight` with `matched_fields` for the fvh highlighter, alias actions).
"""

import datetime
import io

import pytest

from django.core.management import call_command

from search import text
from search.backends import get_backend
from search.backends.base import SearchParams
from search.backends.elasticsearch import (
    ElasticsearchBackend,
    PageDocument,
    analysis_settings,
    build_search,
    build_suggest,
    clean_highlight,
    index_body,
    tone_mappings,
)
from search.text import Query

# Query bodies read the editors' search synonyms (search.synonyms) from the database.
query_bodies = pytest.mark.django_db


def test_text_fields_have_exact_folded_shingle_english_and_suggest_subfields():
    mapping = PageDocument._doc_type.mapping.to_dict()["properties"]
    title = mapping["title"]
    assert title["type"] == "text"
    assert title["analyzer"] == "vi_exact"
    assert title["term_vector"] == "with_positions_offsets"
    assert title["fields"]["folded"] == {
        "type": "text",
        "analyzer": "vi_folded",
        "term_vector": "with_positions_offsets",
    }
    assert title["fields"]["shingles"] == {"type": "text", "analyzer": "vi_folded_shingles"}
    assert title["fields"]["en"] == {"type": "text", "analyzer": "english", "term_vector": "with_positions_offsets"}
    assert title["fields"]["suggest"] == {
        "type": "text",
        "analyzer": "vi_autocomplete",
        "search_analyzer": "vi_folded",
    }
    assert set(mapping["body"]["fields"]) == {"folded", "shingles", "en"}
    for keyword in ("type", "language", "category_slug", "category_name", "version", "page_id"):
        assert mapping[keyword] == {"type": "keyword"}
    assert mapping["published_at"] == {"type": "date"}
    assert mapping["url"] == {"type": "keyword", "index": False}


def test_analysis_without_icu_uses_lowercase_and_asciifolding():
    analysis = analysis_settings(icu=False)
    analyzers = analysis["analyzer"]
    assert analyzers["vi_exact"] == {
        "type": "custom",
        "tokenizer": "standard",
        "char_filter": ["vi_tones"],
        "filter": ["lowercase"],
    }
    assert analyzers["vi_folded"]["filter"] == ["lowercase", "asciifolding"]
    assert analyzers["vi_folded_shingles"]["filter"] == ["lowercase", "asciifolding", "vi_shingle"]
    assert analyzers["vi_autocomplete"]["filter"] == ["lowercase", "asciifolding", "vi_edge_ngram"]
    assert analysis["filter"]["vi_shingle"] == {
        "type": "shingle",
        "min_shingle_size": 2,
        "max_shingle_size": 3,
        "output_unigrams": False,
    }
    assert analysis["filter"]["vi_edge_ngram"] == {"type": "edge_ngram", "min_gram": 1, "max_gram": 20}
    assert analysis["char_filter"]["vi_tones"]["type"] == "mapping"
    assert "vi_nfc" not in analysis["char_filter"]


def test_analysis_with_icu_normalises_to_nfc_and_uses_icu_folding():
    analysis = analysis_settings(icu=True)
    assert analysis["char_filter"]["vi_nfc"] == {"type": "icu_normalizer", "name": "nfc", "mode": "compose"}
    assert analysis["analyzer"]["vi_exact"]["char_filter"] == ["vi_nfc", "vi_tones"]
    assert analysis["analyzer"]["vi_exact"]["tokenizer"] == "icu_tokenizer"
    assert analysis["analyzer"]["vi_folded"]["filter"] == ["icu_folding"]
    assert analysis["analyzer"]["vi_folded"]["char_filter"] == ["vi_nfc", "vi_tones", "vi_d"]


def test_index_body_has_settings_and_mappings():
    body = index_body(icu=False, replicas=0)
    assert body["settings"]["number_of_replicas"] == 0
    assert set(body["settings"]["analysis"]) == {"char_filter", "filter", "analyzer"}
    assert "properties" in body["mappings"]


def test_tone_mappings_agree_with_the_embedded_normalisation():
    rules = tone_mappings()
    assert "òa => oà" in rules and "ỦY => UỶ" in rules and "ỏe => oẻ" in rules
    assert len(rules) == 3 * 5 * 4
    for rule in rules:
        old, new = rule.split(" => ")
        assert text.normalize(old) == text.normalize(new)


def params(query, **kwargs):
    return SearchParams(query=Query(query), **kwargs)


@query_bodies
def test_search_body_with_diacritics_boosts_exact_phrase_and_words():
    body = build_search(params("Đại hội", types=("article",), category="chinh-tri"), "congress").to_dict()
    function_score = body["query"]["function_score"]
    assert function_score["boost_mode"] == "multiply"
    assert function_score["functions"][0]["exp"]["published_at"]["origin"] == "now"
    query = function_score["query"]["bool"]
    assert query["filter"] == [{"term": {"language": "vi"}}]
    text_query = query["must"][0]["bool"]
    recall = text_query["must"][0]["bool"]["should"][0]["multi_match"]
    assert recall == {
        "query": "Đại hội",
        "type": "cross_fields",
        "operator": "and",
        "fields": ["title.folded^3", "body.folded"],
    }
    boosts = [clause["multi_match"] for clause in text_query["should"]]
    assert {"query": "Đại hội", "type": "phrase", "fields": ["title^3", "body"], "boost": 8} in boosts
    assert any(clause.get("type") == "cross_fields" and clause["fields"] == ["title^3", "body"] for clause in boosts)
    assert any(clause["fields"] == ["title.shingles^3", "body.shingles"] for clause in boosts)
    assert body["post_filter"] == {
        "bool": {"filter": [{"terms": {"type": ["article"]}}, {"term": {"category_slug": "chinh-tri"}}]}
    }
    # Each facet is filtered by the other filters only.
    assert body["aggs"]["type"]["filter"] == {"bool": {"filter": [{"term": {"category_slug": "chinh-tri"}}]}}
    assert body["aggs"]["category"]["filter"] == {"bool": {"filter": [{"terms": {"type": ["article"]}}]}}
    assert body["aggs"]["year"]["aggs"]["values"]["date_histogram"]["calendar_interval"] == "year"
    assert body["track_total_hits"] is True
    assert (body["from"], body["size"]) == (0, 10)


@query_bodies
def test_search_body_without_diacritics_has_no_exact_boosts():
    body = build_search(params("dai hoi"), "congress").to_dict()
    should = body["query"]["function_score"]["query"]["bool"]["must"][0]["bool"]["should"]
    assert all(not clause["multi_match"]["fields"][0].startswith("title^") for clause in should)


@query_bodies
def test_search_body_for_english_also_matches_the_english_fields():
    body = build_search(params("elections", language="en"), "congress").to_dict()
    recall = body["query"]["function_score"]["query"]["bool"]["must"][0]["bool"]["must"][0]["bool"]["should"]
    assert {
        "multi_match": {
            "query": "elections",
            "type": "cross_fields",
            "operator": "and",
            "fields": ["title.en^3", "body.en"],
        }
    } in recall


@query_bodies
def test_search_body_highlights_with_matched_fields():
    highlight = build_search(params("dai hoi"), "congress").to_dict()["highlight"]
    assert highlight["type"] == "fvh"
    assert highlight["pre_tags"] == ["<mark>"] and highlight["post_tags"] == ["</mark>"]
    assert highlight["encoder"] == "html"
    assert highlight["fields"]["body"]["matched_fields"] == ["body", "body.folded", "body.en"]
    assert highlight["fields"]["title"]["number_of_fragments"] == 0


@query_bodies
def test_search_body_dates_sort_and_pages():
    body = build_search(
        params(
            "dai hoi",
            sort="newest",
            page=3,
            date_from=datetime.date(2026, 1, 1),
            date_to=datetime.date(2026, 1, 31),
            language="all",
        ),
        "congress",
    ).to_dict()
    assert "function_score" not in body["query"]
    assert "filter" not in body["query"]["bool"]
    assert body["sort"][0] == {"published_at": {"order": "desc", "missing": "_last"}}
    date_range = body["post_filter"]["bool"]["filter"][0]["range"]["published_at"]
    assert date_range == {
        "time_zone": "Asia/Ho_Chi_Minh",
        "format": "yyyy-MM-dd",
        "gte": "2026-01-01",
        "lt": "2026-02-01",
    }
    assert body["aggs"]["year"]["filter"] == {"match_all": {}}
    assert (body["from"], body["size"]) == (20, 10)


def test_suggest_body_uses_edge_ngrams_searched_folded():
    body = build_suggest(Query("dai hoi kh"), "vi", "congress", 8).to_dict()
    assert body["query"]["bool"]["must"] == [{"match": {"title.suggest": {"query": "dai hoi kh", "operator": "and"}}}]
    assert body["query"]["bool"]["filter"] == [{"term": {"language": "vi"}}]
    assert body["_source"] == ["title", "url"]
    assert body["size"] == 8


def test_highlights_from_the_cluster_are_re_escaped():
    assert clean_highlight("&lt;b&gt; <mark>Đại</mark> <img src=x>") == "&lt;b&gt; <mark>Đại</mark> &lt;img src=x&gt;"


def test_elasticsearch_is_used_when_its_url_is_set(settings):
    settings.ELASTICSEARCH_URL = "http://127.0.0.1:9"
    assert isinstance(get_backend(), ElasticsearchBackend)
    settings.ELASTICSEARCH_URL = ""
    assert get_backend().name == "database"


@pytest.mark.django_db
def test_publishing_works_while_the_cluster_is_down_and_the_update_is_retried(settings, committed, news_index, client):
    from search.models import IndexUpdate, SearchEntry
    from tests.factories import make_article

    settings.ELASTICSEARCH_URL = "http://127.0.0.1:9"  # nothing listens there: connection refused
    settings.ELASTICSEARCH_TIMEOUT = 1
    with committed():
        article = make_article(news_index, title="Bài đăng khi cụm tìm kiếm ngừng")
    article.refresh_from_db()
    assert article.live
    update = IndexUpdate.objects.get(page_id=article.pk)
    assert update.done_at is None
    assert update.attempts == 1
    assert "Connection" in update.last_error

    settings.ELASTICSEARCH_URL = ""  # the backend is back (here: the embedded one)
    call_command("check_search", "--fix", stdout=io.StringIO())
    update.refresh_from_db()
    assert update.done_at is not None
    assert SearchEntry.objects.filter(page_id=article.pk).exists()


@query_bodies
def test_search_body_carries_the_other_forms_of_the_query():
    def text_query(typed, language="vi"):
        body = build_search(params(typed, language=language), "congress").to_dict()
        return body["query"]["function_score"]["query"]["bool"]["must"][0]["bool"]

    def phrases(clause):
        return [item["multi_match"]["query"] for item in clause["bool"]["must"]]

    # A numbering word and its number must stand together, as typed or in another form.
    numbered = text_query("khoa 15")
    recall = numbered["must"][0]["bool"]["should"]
    assert phrases(recall[0]) == ["khoa 15"]
    assert ["khoa xv"] in [phrases(clause) for clause in recall if "bool" in clause]
    assert all(item["multi_match"]["type"] == "phrase" for item in recall[0]["bool"]["must"])
    # Abbreviations, Telex, slips.
    assert ["ban chap hanh"] in [phrases(c) for c in text_query("BCH")["must"][0]["bool"]["should"] if "bool" in c]
    telex = text_query("chuyeenr ddooir soos")["must"][0]["bool"]["should"]
    assert ["chuyen", "doi", "so"] in [phrases(clause) for clause in telex if "bool" in clause]
    fuzzy = [c["multi_match"] for c in telex if "multi_match" in c and "fuzziness" in c["multi_match"]]
    assert fuzzy == [
        {
            "query": "chuyeenr ddooir soos",
            "fields": ["title.folded^3", "body.folded"],
            "operator": "and",
            "fuzziness": "AUTO:5,50",
            "prefix_length": 1,
            "boost": 0.2,
        }
    ]
    # English is never decoded as Telex.
    english = text_query("offer cuts", language="en")["must"][0]["bool"]["should"]
    assert not [clause for clause in english if "bool" in clause]
