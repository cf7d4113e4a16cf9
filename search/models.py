from django.db import models
from django.utils.translation import gettext_lazy as _

MAX_ATTEMPTS = 8  # an index update that failed this often is given up: no retry is scheduled any more


class SearchEntry(models.Model):
    """One searchable page in the embedded (database) index.

    The texts are stored three ways: as written (for snippets and highlighting), as exact words
    (normalised, diacritics kept) and as folded words (no diacritics; stemmed for English). The
    full-text structures live outside Django's model state, created by migration 0002:
    an FTS5 table kept in step by triggers on SQLite, generated tsvector columns with GIN
    indexes on PostgreSQL. Writing rows through the ORM is therefore all indexing takes.
    """

    page_id = models.BigIntegerField(_("page"), unique=True)
    type = models.CharField(_("type"), max_length=30)
    language = models.CharField(_("language"), max_length=10)
    title = models.TextField(_("title"))
    body = models.TextField(_("text"), blank=True)
    url = models.CharField(_("URL"), max_length=1000, blank=True)
    published_at = models.DateTimeField(_("date"), null=True, blank=True)
    category_slug = models.CharField(_("category"), max_length=255, blank=True)
    category_name = models.CharField(_("category name"), max_length=255, blank=True)
    title_exact = models.TextField(editable=False, blank=True)
    body_exact = models.TextField(editable=False, blank=True)
    title_folded = models.TextField(editable=False, blank=True)
    body_folded = models.TextField(editable=False, blank=True)
    version = models.CharField(_("version"), max_length=32, blank=True)
    indexed_at = models.DateTimeField(_("indexed at"), auto_now=True)

    class Meta:
        verbose_name = _("search entry")
        verbose_name_plural = _("search entries")
        indexes = [
            models.Index(fields=["language", "published_at"], name="search_entry_lang_date"),
            models.Index(fields=["type", "language"], name="search_entry_type_lang"),
        ]

    def __str__(self):
        return self.title


class IndexUpdate(models.Model):
    """A change that the search index must follow: the outbox between page events and the backend.

    Rows are written in the same transaction as the change (publish, unpublish, delete, move, slug
    or privacy change), processed by a background task after commit, and kept for a while after:
    a failed update stays visible with its error and is retried; `rebuild_search` re-applies the
    updates requested while it was building a new index.
    """

    class Reason(models.TextChoices):
        PUBLISHED = "published", _("published")
        UNPUBLISHED = "unpublished", _("unpublished")
        DELETED = "deleted", _("deleted")
        MOVED = "moved", _("moved")
        SLUG_CHANGED = "slug", _("address changed")
        PRIVACY = "privacy", _("privacy changed")
        RELATED = "related", _("related content changed")
        REPAIR = "repair", _("repair")

    page_id = models.BigIntegerField(_("page"), db_index=True)
    reason = models.CharField(_("reason"), max_length=20, choices=Reason.choices)
    requested_at = models.DateTimeField(_("requested at"), auto_now_add=True, db_index=True)
    done_at = models.DateTimeField(_("done at"), null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    next_attempt_at = models.DateTimeField(_("next attempt"), null=True, blank=True)
    last_error = models.TextField(_("last error"), blank=True)

    class Meta:
        verbose_name = _("search index update")
        verbose_name_plural = _("search index updates")
        ordering = ["-requested_at"]
        indexes = [models.Index(fields=["done_at", "next_attempt_at"], name="search_update_pending")]

    def __str__(self):
        return f"{self.page_id} {self.reason} {self.requested_at:%Y-%m-%d %H:%M}"

    @property
    def failed(self):
        return self.done_at is None and self.attempts > 0

    @property
    def given_up(self):
        """Failed MAX_ATTEMPTS times: only `check_search --fix`, the admin's "Retry now" or a new change retry it."""
        return self.failed and self.attempts >= MAX_ATTEMPTS and self.next_attempt_at is None


class Synonym(models.Model):
    """Words that mean the same to a reader: "BCH, Ban Chấp hành". Searching any finds the others.

    Editors extend the curated list of `search.synonyms` with these (Snippets → Search synonyms).
    """

    terms = models.CharField(
        _("terms"),
        max_length=500,
        help_text=_(
            "Two or more ways of writing the same thing, separated by commas: “UBND, Ủy ban nhân dân”. "
            "A short abbreviation that is also a word (“TƯ”) is matched only when typed in capitals."
        ),
    )
    note = models.CharField(_("note"), max_length=200, blank=True, help_text=_("Why these belong together."))
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("search synonym")
        verbose_name_plural = _("search synonyms")
        ordering = ["terms"]

    def __str__(self):
        return self.terms

    def clean(self):
        from django.core.exceptions import ValidationError

        from .synonyms import parse_terms

        if len(parse_terms(self.terms)) < 2:
            raise ValidationError({"terms": _("Give at least two different terms, separated by commas.")})


class SearchWord(models.Model):
    """A word of the indexed texts, folded, with a form as written: the vocabulary typos are corrected to.

    Filled as pages are indexed (search.typos.learn); a word is never removed when its page is, which
    costs nothing but a correction to a word that finds nothing. `rebuild_search` starts it afresh.
    """

    word = models.CharField(_("word"), max_length=40, primary_key=True)
    shown = models.CharField(_("as written"), max_length=40)

    class Meta:
        verbose_name = _("search word")
        verbose_name_plural = _("search words")

    def __str__(self):
        return self.shown
