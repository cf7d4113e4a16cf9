"""The embedded search backend: SQLite FTS5 or PostgreSQL full-text search, made Vietnamese-aware.

Texts are normalised and folded in Python (search/text.py) and stored in SearchEntry; the database
only indexes words separated by spaces (see migration 0002). A query is matched on the folded
words, so it finds pages with or without diacritics, then ranked in tiers before relevance:

    3  every word with the diacritics as typed, side by side (the exact phrase)
    2  every word with the diacritics as typed
    1  the words side by side, ignoring diacritics (the phrase)
    0  the words anywhere, ignoring diacritics

Tiers 3 and 2 apply only when the reader typed diacritics ("mã" then ranks above "mà"). Within a
tier, BM25 (SQLite) or ts_rank (PostgreSQL) with titles weighted above text, then the newest first.
Only words of letters and digits ever reach the full-text syntax, quoted, so no user input can
change the query's meaning.
"""

import datetime
from collections import Counter

from django.db import connection, transaction
from django.utils import timezone
from django.utils.safestring import mark_safe

from .. import text as search_text
from .. import typos
from ..models import SearchEntry, SearchWord
from .base import BaseSearchBackend, Facets, Hit, SearchResults

BATCH_SIZE = 500
SUGGEST_CANDIDATES = 300  # most recent matching titles that suggestions are ranked among
ENTRY_COLUMNS = (
    "e.id, e.page_id, e.type, e.language, e.title, e.body, e.url, e.published_at, e.category_slug, e.category_name"
)


def entry_for(document, indexed_at=None):
    """An unsaved SearchEntry for `document`, with its exact and folded words."""
    language = document.language
    return SearchEntry(
        page_id=document.page_id,
        type=document.type,
        language=language,
        title=document.title,
        body=document.body,
        url=document.url,
        published_at=document.published_at,
        category_slug=document.category_slug,
        category_name=document.category_name,
        title_exact=search_text.index_text(document.title),
        body_exact=search_text.index_text(f"{document.body} {document.category_name}"),
        title_folded=search_text.index_folded(document.title, language),
        body_folded=search_text.index_folded(f"{document.body} {document.category_name}", language),
        version=document.version,
        indexed_at=indexed_at or timezone.now(),
    )


UPDATED_FIELDS = [
    field.name
    for field in SearchEntry._meta.concrete_fields
    if field.name not in {"id", "page_id"}  # indexed_at is set explicitly: bulk_update skips auto_now
]


class QueryPlan:
    """The full-text pieces of one query, independent of the database."""

    def __init__(self, query, language, corrections=None):
        self.query = query
        stems = language in {"en", "all"} and query.stemmed != query.folded
        typed, alternatives = query.forms(language)
        self.folded_forms = [typed] + ([query.stemmed] if stems else [])
        # Typing slips (search.typos), corrected to indexed words: searched last, offered to the reader.
        corrections = corrections or {}
        self.corrected = ""
        if corrections:
            alternatives = [*alternatives, [corrections.get(word, (word,))[0] for word in query.folded]]
            query.corrected_words.update(corrected for corrected, _shown in corrections.values())
            self.corrected = " ".join(
                corrections[folded][1] if folded in corrections else word
                for word, folded in zip(query.exact, query.folded, strict=True)
            )
        self.folded_forms += alternatives
        if language in {"en", "all"}:  # English text is indexed stemmed
            self.folded_forms += [
                [" ".join(search_text.stem(word) for word in item.split()) for item in form] for form in alternatives
            ]
        self.diacritics = query.has_diacritics
        # Words typed with diacritics must match exactly; the others match folded.
        pairs = zip(query.exact, query.folded, strict=True)
        self.exact_words = [(word, word != folded, folded) for word, folded in pairs]
        self.language = language

    def suggest_forms(self, prefix):
        """The folded forms to complete as the reader types: the query's and its alternatives'.

        The word being typed (`prefix`) is completed as typed after the other words rewritten ("BCH tr"
        suggests "Ban Chấp hành Trung ương …"), and as rewritten itself ("ddooir" as "đổi …").
        """
        forms = [self.query.folded, *self.query.alternatives(self.language)]
        if prefix and len(self.query.folded) > 1:
            before = search_text.Query(self.query.raw.rsplit(None, 1)[0])
            last = self.query.folded[-1:]
            forms += [alternative + last for alternative in before.alternatives(self.language)]
        return forms


class SQLiteDialect:
    FOLDED = "{title_folded body_folded}"
    EXACT = "{title_exact body_exact}"

    @staticmethod
    def quote(word):
        return '"' + word.replace('"', '""') + '"'

    def terms(self, columns, words):
        return f"{columns}: (" + " AND ".join(self.quote(word) for word in words) + ")"

    def phrase(self, columns, words):
        return f"{columns}: " + self.quote(" ".join(words))

    def base(self, plan):
        return " OR ".join(self.terms(self.FOLDED, words) for words in plan.folded_forms)

    def tiers(self, plan):
        """(fts expression, tier) pairs, the highest tier first."""
        folded_phrase = " OR ".join(self.phrase(self.FOLDED, words) for words in plan.folded_forms)
        tiers = []
        if plan.diacritics:
            tiers.append((self.phrase(self.EXACT, plan.query.exact), 3))
            if len(plan.query.exact) > 1:
                exact_terms = " AND ".join(
                    self.terms(self.EXACT, [word]) if marked else self.terms(self.FOLDED, [folded])
                    for word, marked, folded in plan.exact_words
                )
                tiers.append((exact_terms, 2))
        if len(plan.query.folded) > 1 or plan.diacritics:
            tiers.append((folded_phrase, 1))
        return tiers

    def from_where(self, plan):
        return (
            (
                "FROM search_entry_fts JOIN search_searchentry e ON e.id = search_entry_fts.rowid "
                "WHERE search_entry_fts MATCH %s"
            ),
            [self.base(plan)],
        )

    def tier_sql(self, plan):
        tiers = self.tiers(plan)
        if not tiers:
            return "0", []
        cases = " ".join(
            f"WHEN e.id IN (SELECT rowid FROM search_entry_fts WHERE search_entry_fts MATCH %s) THEN {tier}"  # noqa: S608
            for _expression, tier in tiers
        )
        return f"(CASE {cases} ELSE 0 END)", [expression for expression, _tier in tiers]

    def score_sql(self, plan):
        # Column weights: title_exact, body_exact, title_folded, body_folded. Lower is better.
        return "bm25(search_entry_fts, 1.0, 1.0, 6.0, 1.0)", [], "ASC"

    def year_sql(self):
        offset = int(timezone.localtime().utcoffset().total_seconds())
        return "CAST(strftime(%s, e.published_at, %s) AS INTEGER)", ["%Y", f"{offset:+d} seconds"]

    def suggest_sql(self, plan, prefix):
        expressions = []
        for form in plan.suggest_forms(prefix):
            words = [self.quote(word) for word in form]
            if prefix:
                words[-1] += " *"
            expressions.append("(" + " AND ".join(words) + ")")
        expression = " OR ".join(expressions)
        match = f"{{title_folded}}: ({expression}) OR {{title_exact}}: ({expression})"
        # CROSS JOIN keeps the FTS match as the outer loop: given the choice, SQLite walks the
        # (language, date) index for the ORDER BY and runs the whole FTS query for every entry.
        return (
            (
                "FROM search_entry_fts CROSS JOIN search_searchentry e ON e.id = search_entry_fts.rowid "
                "WHERE search_entry_fts MATCH %s"
            ),
            [match],
        )

    def after_rebuild(self, cursor):
        cursor.execute("INSERT INTO search_entry_fts(search_entry_fts) VALUES ('optimize')")


class PostgresDialect:
    @staticmethod
    def quote(word):
        return "'" + word.replace("'", "''").replace("\\", "\\\\") + "'"

    def terms(self, words, weight=""):
        return " & ".join(self.quote(word) + (f":{weight}" if weight else "") for word in words)

    def phrase(self, words):
        return " <-> ".join(self.quote(word) for word in words)

    def base(self, plan):
        return " | ".join(f"({self.terms(words)})" for words in plan.folded_forms)

    def from_where(self, plan):
        return (
            "FROM search_searchentry e WHERE e.folded_vector @@ to_tsquery('simple', %s)",
            [self.base(plan)],
        )

    def tier_sql(self, plan):
        cases, params = [], []
        folded_phrase = " | ".join(f"({self.phrase(words)})" for words in plan.folded_forms)
        if plan.diacritics:
            cases.append("WHEN e.exact_vector @@ to_tsquery('simple', %s) THEN 3")
            params.append(self.phrase(plan.query.exact))
            if len(plan.query.exact) > 1:
                exact = [word for word, marked, _folded in plan.exact_words if marked]
                plain = [folded for _word, marked, folded in plan.exact_words if not marked]
                condition = "e.exact_vector @@ to_tsquery('simple', %s)"
                params.append(self.terms(exact))
                if plain:
                    condition += " AND e.folded_vector @@ to_tsquery('simple', %s)"
                    params.append(self.terms(plain))
                cases.append(f"WHEN {condition} THEN 2")
        if len(plan.query.folded) > 1 or plan.diacritics:
            cases.append("WHEN e.folded_vector @@ to_tsquery('simple', %s) THEN 1")
            params.append(folded_phrase)
        if not cases:
            return "0", []
        return "(CASE " + " ".join(cases) + " ELSE 0 END)", params

    def score_sql(self, plan):
        # Weights D, C, B, A: text counts 0.1, titles 1.0; normalisation 1 divides by 1 + log(length).
        return (
            "ts_rank('{0.1, 0.2, 0.4, 1.0}', e.folded_vector, to_tsquery('simple', %s), 1)",
            [self.base(plan)],
            "DESC",
        )

    def year_sql(self):
        return "CAST(EXTRACT(YEAR FROM e.published_at AT TIME ZONE %s) AS INTEGER)", [
            timezone.get_current_timezone_name()
        ]

    def suggest_sql(self, plan, prefix):
        # title_vector (migration 0003) holds the title's folded and exact words, nothing else.
        expressions = []
        for form in plan.suggest_forms(prefix):
            words = [self.quote(word) for word in form]
            if prefix:
                words[-1] += ":*"
            expressions.append("(" + " & ".join(words) + ")")
        return (
            "FROM search_searchentry e WHERE e.title_vector @@ to_tsquery('simple', %s)",
            [" | ".join(expressions)],
        )

    def after_rebuild(self, cursor):
        cursor.execute("ANALYZE search_searchentry")


def dialect():
    if connection.vendor == "sqlite":
        return SQLiteDialect()
    if connection.vendor == "postgresql":
        return PostgresDialect()
    raise NotImplementedError(f"The embedded search supports SQLite and PostgreSQL, not {connection.vendor}.")


def _start_of_day(day):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


def _adapt(value):
    return connection.ops.adapt_datetimefield_value(value)


def _filters(params, *, with_language=True, with_types=True, with_category=True, with_dates=True):
    clauses, values = [], []
    if with_language and params.language != "all":
        clauses.append("e.language = %s")
        values.append(params.language)
    if with_types and params.types:
        clauses.append("e.type IN (" + ", ".join(["%s"] * len(params.types)) + ")")
        values.extend(params.types)
    if with_category and params.category:
        clauses.append("e.category_slug = %s")
        values.append(params.category)
    if with_dates:
        clause, dates = _date_condition(params)
        if clause:
            clauses.append(clause)
            values.extend(dates)
    return clauses, values


def _date_condition(params):
    clauses, values = [], []
    if params.date_from:
        clauses.append("e.published_at >= %s")
        values.append(_adapt(_start_of_day(params.date_from)))
    if params.date_to:
        clauses.append("e.published_at < %s")
        values.append(_adapt(_start_of_day(params.date_to + datetime.timedelta(days=1))))
    return " AND ".join(clauses), values


def _parse_datetime(value):
    if value is None or isinstance(value, datetime.datetime):
        if value is not None and timezone.is_naive(value):
            value = timezone.make_aware(value, datetime.UTC)
        return value
    parsed = datetime.datetime.fromisoformat(str(value))
    return timezone.make_aware(parsed, datetime.UTC) if timezone.is_naive(parsed) else parsed


class DatabaseBackend(BaseSearchBackend):
    name = "database"

    # Indexing

    def index(self, documents):
        documents = {document.page_id: document for document in documents}
        if not documents:
            return
        now = timezone.now()
        with transaction.atomic():
            existing = dict(SearchEntry.objects.filter(page_id__in=documents).values_list("page_id", "id"))
            new, changed = [], []
            for page_id, document in documents.items():
                entry = entry_for(document, now)
                if page_id in existing:
                    entry.id = existing[page_id]
                    changed.append(entry)
                else:
                    new.append(entry)
            SearchEntry.objects.bulk_create(new, batch_size=BATCH_SIZE)
            SearchEntry.objects.bulk_update(changed, UPDATED_FIELDS, batch_size=100)
            typos.learn(f"{document.title} {document.body}" for document in documents.values())

    def remove(self, page_ids):
        page_ids = list(page_ids)
        if page_ids:
            SearchEntry.objects.filter(page_id__in=page_ids).delete()

    def rebuild(self, batches, *, stdout=None, since=None):
        """Upsert every document batch by batch, then drop the entries this run did not touch.

        Readers keep a complete index throughout (old or new rows), and each batch is a short
        transaction, so publishing is never blocked for long. Pages indexed by a background update
        while the rebuild runs have a newer `indexed_at` and are kept.
        """
        started = since or timezone.now()
        total = 0
        SearchWord.objects.all().delete()  # learnt again from every page below
        for batch in batches:
            self.index(batch)
            total += len(batch)
            if stdout is not None:
                stdout.write(f"  indexed {total} pages")
        removed, _ = SearchEntry.objects.filter(indexed_at__lt=started).delete()
        with connection.cursor() as cursor:
            dialect().after_rebuild(cursor)
        return total, removed

    def indexed_versions(self):
        return dict(SearchEntry.objects.values_list("page_id", "version"))

    def count(self):
        return SearchEntry.objects.count()

    # Searching

    def search(self, params):
        results = SearchResults(params=params)
        if not params.query:
            return results
        db = dialect()
        plan = QueryPlan(params.query, params.language, typos.corrections(params.query.folded))
        from_where, match_params = db.from_where(plan)
        results.facets, results.count = self._facets(db, plan, params, from_where, match_params)
        results.corrected = plan.corrected if results.count else ""
        if not results.count or params.offset >= results.count:
            return results

        clauses, filter_params = _filters(params)
        where = "".join(f" AND {clause}" for clause in clauses)
        if params.sort == "newest":
            select, select_params = "", []
            order = "e.published_at DESC, e.id DESC"
            order_params = []
        else:
            tier, tier_params = db.tier_sql(plan)
            score, score_params, direction = db.score_sql(plan)
            select = f", {tier} AS tier, {score} AS score"
            select_params = tier_params + score_params
            order = f"tier DESC, score {direction}, e.published_at DESC, e.id DESC"
            order_params = []
        sql = f"SELECT {ENTRY_COLUMNS}{select} {from_where}{where} ORDER BY {order} LIMIT %s OFFSET %s"
        with connection.cursor() as cursor:
            cursor.execute(
                sql, [*select_params, *match_params, *filter_params, *order_params, params.per_page, params.offset]
            )
            rows = cursor.fetchall()
        results.hits = [self._hit(row, params.query) for row in rows]
        return results

    def _facets(self, db, plan, params, from_where, match_params):
        """Counts by type, category and year (each ignoring its own filter) and the total, in one query."""
        year, year_params = db.year_sql()
        date_clause, date_params = _date_condition(params)
        date_ok = f"CASE WHEN {date_clause} THEN 1 ELSE 0 END" if date_clause else "1"
        clauses, filter_params = _filters(params, with_types=False, with_category=False, with_dates=False)
        where = "".join(f" AND {clause}" for clause in clauses)
        sql = (
            f"SELECT e.type, e.category_slug, MAX(e.category_name), {year} AS year, {date_ok} AS date_ok, COUNT(*) "
            f"{from_where}{where} GROUP BY 1, 2, 4, 5"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [*year_params, *date_params, *match_params, *filter_params])
            rows = cursor.fetchall()
        facets = Facets()
        by_type, by_category, by_year = Counter(), Counter(), Counter()
        total = 0
        for type_key, category_slug, category_name, year_value, in_dates, count in rows:
            type_ok = not params.types or type_key in params.types
            category_ok = not params.category or category_slug == params.category
            if category_ok and in_dates:
                by_type[type_key] += count
            if type_ok and in_dates and category_slug:
                by_category[category_slug] += count
                facets.category_names[category_slug] = category_name
            if type_ok and category_ok and year_value:
                by_year[str(year_value)] += count
            if type_ok and category_ok and in_dates:
                total += count
        facets.type = dict(by_type.most_common())
        facets.category = dict(by_category.most_common())
        facets.year = dict(sorted(by_year.items(), reverse=True))
        return facets, total

    def _hit(self, row, query):
        page_id, type_key, language, title, body, url, published_at, category_slug, category_name = row[1:10]
        stems = language == "en"
        return Hit(
            page_id=page_id,
            type=type_key,
            language=language,
            title=title,
            url=url,
            published_at=_parse_datetime(published_at),
            category_slug=category_slug,
            category_name=category_name,
            title_html=_safe(search_text.highlight(title, query, stems=stems)),
            snippet=_safe(search_text.snippet(body, query, stems=stems)),
        )

    def suggest(self, query, language, limit=8):
        if not query or len(query.raw) < 2:
            return []
        db = dialect()
        plan = QueryPlan(query, language)
        prefix = not query.raw[-1].isspace()
        from_where, match_params = db.suggest_sql(plan, prefix)
        clauses, filter_params = [], []
        if language != "all":
            clauses.append("e.language = %s")
            filter_params.append(language)
        where = "".join(f" AND {clause}" for clause in clauses)
        tier, tier_params = db.tier_sql(plan)
        # Ranked among the most recent matching titles only: a prefix such as "dai h" matches most
        # titles of a congress site, and ranking every one of them made each keystroke cost 0.5 s at
        # 100,000 articles (docs/benchmarks.md).
        sql = (
            f"SELECT e.title, e.url, {tier} AS tier FROM ("  # noqa: S608 (our clauses; values are parameters)
            f"SELECT e.* {from_where}{where} ORDER BY e.published_at DESC, e.id DESC LIMIT %s"
            ") e ORDER BY tier DESC, e.published_at DESC, e.id DESC LIMIT %s"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [*tier_params, *match_params, *filter_params, SUGGEST_CANDIDATES, limit])
            return [{"title": title, "url": url} for title, url, _tier in cursor.fetchall()]


def _safe(html):
    return mark_safe(html)  # noqa: S308 (built by text.highlight, which escapes everything else)
