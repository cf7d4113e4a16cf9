import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count, Max, Prefetch, Q, Sum, Value
from django.db.models.signals import post_delete, pre_save
from django.dispatch import receiver
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import Tag, TaggedItemBase
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, MultipleChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail.signals import copy_for_translation_done, page_published, page_unpublished, post_page_move

from core import translation
from core.blocks import BodyBlock
from core.fields import StreamField
from core.models import CustomImage, SiteSettings
from core.pagination import in_order, page_count, paginate
from core.seo import SeoMixin, listing_alternate
from core.text import collation_key, folded_slug

from . import caching, feeds

ARTICLES_PER_PAGE = 12
# A re-publish within this time of the first is a correction, not an update worth announcing.
UPDATE_GRACE = datetime.timedelta(minutes=10)


class Category(TranslatableMixin, models.Model):
    """A news section ("Chuyên mục"). Each language has its own copy, linked as translations."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100, allow_unicode=False)
    description = models.TextField(_("description"), blank=True, max_length=500)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("category")
        verbose_name_plural = _("categories")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="unique_category_slug_per_locale"),
        ]

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        # The admin form has no locale field, so Django skips the (locale, slug) constraint when validating it.
        same_slug = Category.objects.filter(locale_id=self.locale_id, slug=self.slug).exclude(pk=self.pk)
        if self.locale_id and same_slug.exists():
            raise ValidationError({"slug": _("Another category in this language already uses this slug.")})


class Author(index.Indexed, models.Model):
    """A staff writer or regular contributor. One-off guests go in the article's guest byline instead."""

    name = models.CharField(_("name"), max_length=150)
    role = models.CharField(_("role"), max_length=150, blank=True, help_text=_("e.g. “Reporter”, “Photographer”"))
    photo = models.ForeignKey(
        CustomImage, verbose_name=_("photo"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    bio = models.TextField(_("biography"), blank=True, max_length=1000)

    panels = [FieldPanel("name"), FieldPanel("role"), FieldPanel("photo"), FieldPanel("bio")]
    search_fields = [index.SearchField("name"), index.SearchField("role"), index.AutocompleteField("name")]

    class Meta:
        verbose_name = _("author")
        verbose_name_plural = _("authors")
        ordering = ["name"]

    def __str__(self):
        return self.name


class ArticleTag(TaggedItemBase):
    content_object = ParentalKey("news.ArticlePage", related_name="tagged_items", on_delete=models.CASCADE)


@receiver(pre_save, sender=Tag)
def fold_tag_slug(sender, instance, **kwargs):
    """New tags get ASCII slugs: “Đại hội” → dai-hoi (taggit would keep the marks, Django's slugify drops đ)."""
    if instance._state.adding and instance.slug:
        instance.slug = folded_slug(instance.slug) or instance.slug


class NewsIndexPage(RoutablePageMixin, SeoMixin, Page):
    """The news section of one language: latest articles, by category, by tag, by month, and RSS feeds."""

    intro = models.TextField(_("introduction"), blank=True, max_length=500)

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.ArticlePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("news index")

    @classmethod
    def for_language(cls, language_code):
        """The live, public news section of a language, or None."""
        return cls.objects.live().public().filter(locale__language_code=language_code).first()

    # Querysets

    def articles(self):
        """Live, public articles of this section, newest first, with what listings display."""
        return (
            ArticlePage.objects.child_of(self)
            .live()
            .public()
            .select_related("category", "hero_image")
            .prefetch_related(
                Prefetch("hero_image", queryset=CustomImage.objects.prefetch_renditions()),
            )
            .defer_streamfields()
            .order_by("-published_at", "-pk")
        )

    def categories(self):
        return Category.objects.filter(locale=self.locale)

    def listing(self, request, queryset, equivalent, allow_empty=True, **context):
        """Render one page of `queryset`.

        `equivalent(other)` gives (url, articles) of the same listing under `other`, another language's news
        index, or None where it has none; with `allow_empty` off, a listing without articles there
        (a tag, a month) counts as none.
        """
        articles = paginate(request, queryset, ARTICLES_PER_PAGE)
        context = {
            "articles": articles,
            "categories": sorted(self.categories(), key=lambda category: collation_key(category.name)),
            "translations": self.listing_alternates(articles.number, equivalent, allow_empty),
            **context,
        }
        return self.render(request, context_overrides=context)

    def listing_alternates(self, number, equivalent, allow_empty):
        alternates = {}
        for translated in self.get_translations().live().public().select_related("locale").specific():
            found = equivalent(translated)
            if found is None:
                continue
            url, articles = found
            pages = page_count(articles.count(), ARTICLES_PER_PAGE, allow_empty)
            if pages:
                alternates[translated.locale.language_code] = listing_alternate(url, number, pages)
        return alternates

    def route_url(self, name, *args):
        return self.url + self.reverse_subpage(name, args=args)

    # Routes

    @path("")
    def latest(self, request):
        return self.listing(request, self.articles(), lambda other: (other.url, other.articles()))

    @path("category/<slug:slug>/")
    def category(self, request, slug):
        category = get_object_or_404(self.categories(), slug=slug)

        def equivalent(other):
            translated = category.get_translation_or_none(other.locale)
            if translated is None:
                return None
            return other.route_url("category", translated.slug), other.articles().filter(category=translated)

        return self.listing(
            request,
            self.articles().filter(category=category),
            equivalent,
            category=category,
            feed_url=self.route_url("category_feed", slug),
            feed_title=feeds.feed_title(category),
            social_card=self.social_card(request).for_view(category.name, category.description),
        )

    @path("tag/<str:tag>/")
    def tag(self, request, tag):
        tag = get_object_or_404(Tag, slug=tag)
        return self.listing(
            request,
            self.articles().filter(tags=tag),
            lambda other: (other.route_url("tag", tag.slug), other.articles().filter(tags=tag)),
            allow_empty=False,
            tag=tag,
            social_card=self.social_card(request).for_view(_("Tag: %(tag)s") % {"tag": tag.name}),
        )

    @path("archive/<int:year>/<int:month>/")
    def archive(self, request, year, month):
        if not (1 <= month <= 12 and 2000 <= year <= 2100):
            raise Http404
        start = timezone.make_aware(datetime.datetime(year, month, 1))
        end = timezone.make_aware(datetime.datetime(year + month // 12, month % 12 + 1, 1))

        def in_month(articles):
            return articles.filter(published_at__gte=start, published_at__lt=end)

        return self.listing(
            request,
            in_month(self.articles()),
            lambda other: (other.route_url("archive", year, month), in_month(other.articles())),
            allow_empty=False,
            month=start.date(),
            social_card=self.social_card(request).for_view(date_format(start.date(), "YEAR_MONTH_FORMAT")),
        )

    @path("rss/")
    def feed(self, request):
        return feeds.article_feed(request, self, self.articles()[: feeds.FEED_SIZE])

    @path("category/<slug:slug>/rss/", name="category_feed")
    def category_feed(self, request, slug):
        category = get_object_or_404(self.categories(), slug=slug)
        articles = self.articles().filter(category=category)[: feeds.FEED_SIZE]
        return feeds.article_feed(request, self, articles, category=category)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.setdefault("feed_url", self.feed_path())
        context.setdefault("feed_title", feeds.feed_title())
        context["months"] = self.months()
        context["most_read"] = most_read(self.locale)
        return context

    def feed_path(self):
        return self.url + self.reverse_subpage("feed")

    def months(self):
        """Months that have articles, newest first, for the archive list."""
        dates = self.articles().datetimes("published_at", "month", order="DESC")
        # Truncating every article's date is the costliest query of a listing; it changes only on publication.
        return caching.cached(f"months:{self.pk}", lambda: list(dates[:24]))

    def sharing_summary(self):
        return self.intro


class ArticlePageForm(WagtailAdminPageForm):
    """Offers only the categories of the article's own language."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "category" in self.fields and self.instance.locale_id:
            self.fields["category"].queryset = Category.objects.filter(locale_id=self.instance.locale_id)


class ArticlePage(SeoMixin, Page):
    """A news article: lead, hero image, StreamField body, bylines, category, tags and related articles."""

    lead = models.TextField(
        _("lead"), max_length=600, help_text=_("The sapo: one or two plain sentences shown under the title.")
    )
    hero_image = models.ForeignKey(
        CustomImage, verbose_name=_("hero image"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    hero_caption = models.CharField(_("hero image caption"), max_length=500, blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)
    guest_byline = models.CharField(
        _("guest byline"), max_length=255, blank=True, help_text=_("For writers who are not in the authors list.")
    )
    source_name = models.CharField(
        _("source outlet"), max_length=150, blank=True, help_text=_("For syndicated articles, e.g. “VOV”.")
    )
    source_url = models.URLField(_("source URL"), max_length=500, blank=True, db_index=True)
    category = models.ForeignKey(
        Category, verbose_name=_("category"), null=True, on_delete=models.SET_NULL, related_name="articles"
    )
    tags = ClusterTaggableManager(through=ArticleTag, blank=True, verbose_name=_("tags"))
    display_date = models.DateTimeField(
        _("display date"), null=True, blank=True, help_text=_("Shown instead of the first publication time.")
    )
    featured = models.BooleanField(_("featured"), default=False, help_text=_("Lead story on the home page."))
    # Denormalised for ordering and archives: the display date, else the first publication time.
    published_at = models.DateTimeField(_("published at"), null=True, editable=False, db_index=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("lead"),
        MultiFieldPanel([FieldPanel("hero_image"), FieldPanel("hero_caption")], heading=_("Hero image")),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("category"), FieldPanel("tags"), FieldPanel("featured")], heading=_("Classification")
        ),
        MultiFieldPanel(
            [
                MultipleChooserPanel("bylines", chooser_field_name="author", label=_("Authors")),
                FieldPanel("guest_byline"),
                FieldPanel("source_name"),
                FieldPanel("source_url"),
            ],
            heading=_("Byline and source"),
        ),
        InlinePanel("related_links", label=_("Related articles"), max_num=3),
    ]
    promote_panels = [*SeoMixin.promote_panels, FieldPanel("display_date")]

    search_fields = [
        *Page.search_fields,
        index.SearchField("lead"),
        index.SearchField("body"),
        index.FilterField("category"),
        index.FilterField("published_at"),
        index.RelatedFields("category", [index.SearchField("name")]),
        index.RelatedFields("tags", [index.SearchField("name")]),
    ]

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    base_form_class = ArticlePageForm
    og_type = "article"
    # The same in every language's copy: publishing one copy copies them to the others (core.translation).
    shared_fields = ("hero_image", "category")

    class Meta:
        verbose_name = _("article")
        verbose_name_plural = _("articles")
        # The few featured articles, newest first, without reading every other one (home page lead story).
        indexes = [models.Index(fields=["-published_at"], condition=Q(featured=True), name="featured_articles")]

    def clean(self):
        super().clean()
        if self.category_id and self.category.locale_id != self.locale_id:
            raise ValidationError({"category": _("Choose a category in the language of this article.")})

    def save(self, *args, **kwargs):
        self.published_at = self.display_date or self.first_published_at or self.go_live_at or self.published_at
        return super().save(*args, **kwargs)

    @property
    def date(self):
        return self.published_at or self.go_live_at or timezone.now()

    @property
    def updated_at(self):
        """The last publication time when the article was revised after it first went out."""
        first, last = self.first_published_at, self.last_published_at
        if first and last and last - first > UPDATE_GRACE:
            return last
        return None

    @property
    def byline(self):
        names = [byline.author.name for byline in self.bylines.all()]  # search prefetches bylines__author
        if self.guest_byline:
            names.append(self.guest_byline)
        return names

    def sharing_summary(self):
        return self.lead

    def sharing_picture(self, request):
        return self.hero_image

    def structured_data(self, request):
        """schema.org NewsArticle, and the BreadcrumbList of home › news › category › article."""
        return [self.news_article_data(request, SiteSettings.for_request(request)), self.breadcrumb_data(request)]

    def news_article_data(self, request, site_settings):
        data = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": self.title[:110],
            "description": self.lead,
            "inLanguage": self.locale.language_code,
            "mainEntityOfPage": self.get_full_url(request),
            "datePublished": self.date.isoformat(),
            "dateModified": (self.last_published_at or self.date).isoformat(),
            "author": [{"@type": "Person", "name": name} for name in self.byline]
            or [{"@type": "Organization", "name": site_settings.publisher_name}],
            "publisher": {"@type": "Organization", "name": site_settings.publisher_name},
        }
        if self.category:
            data["articleSection"] = self.category.name
        if self.hero_image:
            rendition = self.hero_image.get_rendition("fill-1200x675")
            data["image"] = [request.build_absolute_uri(rendition.url)]
        if site_settings.publisher_logo:
            logo = site_settings.publisher_logo.get_rendition("height-60")
            data["publisher"]["logo"] = {"@type": "ImageObject", "url": request.build_absolute_uri(logo.url)}
        if self.source_url:
            data["isBasedOn"] = self.source_url
        return data

    def breadcrumb_data(self, request):
        """The trail the page's breadcrumb shows, with the article itself as the last step."""
        index = self.get_parent().specific
        home = index.get_parent()
        index_url = index.get_full_url(request)
        steps = [(str(_("Home")), home.get_full_url(request)), (index.title, index_url)]
        if self.category:
            steps.append(
                (self.category.name, index_url + index.reverse_subpage("category", args=[self.category.slug]))
            )
        steps.append((self.title, self.get_full_url(request)))
        return {
            "@context": "https://schema.org",
            "@type": "BreadcrumbList",
            "itemListElement": [
                {"@type": "ListItem", "position": position, "name": name, "item": url}
                for position, (name, url) in enumerate(steps, start=1)
            ],
        }

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        related = context["related_articles"] = self.related_articles()
        context["latest_articles"] = latest_articles(self.locale, exclude={self.pk, *(page.pk for page in related)})
        context["most_read"] = most_read(self.locale)
        return context

    def related_articles(self, limit=3):
        """Up to `limit` chosen related articles, topped up with recent ones sharing the category or tags."""
        visible = ArticlePage.objects.live().public()
        chosen_ids = [link.related_article_id for link in self.related_links.all()]
        candidates = caching.cached(f"related:{self.pk}", lambda: self.similar_article_ids(limit * 2))
        ids = [*chosen_ids, *(pk for pk in candidates if pk not in chosen_ids)]
        pages = visible.select_related("category", "hero_image").prefetch_related(self.hero_renditions())
        by_id = pages.defer_streamfields().in_bulk(ids)
        chosen = [by_id[pk] for pk in chosen_ids if pk in by_id][:limit]
        similar = [by_id[pk] for pk in candidates if pk in by_id and pk not in chosen_ids]
        return (chosen + similar)[:limit]

    def similar_article_ids(self, count):
        """Ids of the articles of this language sharing most tags, then the category, newest first."""
        # Not values_list("pk"): while previewing, `tags` is modelcluster's in-memory queryset, which knows no "pk".
        tag_ids = [tag.pk for tag in self.tags.all()]
        articles = ArticlePage.objects.live().public().filter(locale_id=self.locale_id).exclude(pk=self.pk)
        if tag_ids:
            shared = Q(category_id=self.category_id) | Q(tags__in=tag_ids)
            shared_tags = Count("tags", filter=Q(tags__in=tag_ids), distinct=True)
        else:  # an empty IN () would empty the whole query, category matches included
            shared = Q(category_id=self.category_id)
            shared_tags = Value(0)
        return list(
            articles.filter(shared)
            .values("pk")  # group by the id alone, not by every column of the page
            .annotate(shared_tags=shared_tags, date=Max("published_at"))
            .order_by("-shared_tags", "-date")
            .values_list("pk", flat=True)[:count]
        )

    @staticmethod
    def hero_renditions():
        return Prefetch("hero_image", queryset=CustomImage.objects.prefetch_renditions())

    def serve(self, request, *args, **kwargs):
        from .views_counter import record_view

        response = super().serve(request, *args, **kwargs)
        if response.status_code == 200 and request.method == "GET":
            record_view(self.pk)
        return response


@receiver(copy_for_translation_done)
def translate_category(sender, source_obj, target_obj, **kwargs):
    """A copy made for translation takes the category's translation, or none for the translator to choose.

    Wagtail copies the original's foreign keys as they are, which would file an English article
    under a Vietnamese category.
    """
    if not isinstance(target_obj, ArticlePage) or target_obj.category is None:
        return
    if target_obj.category.locale_id == target_obj.locale_id:
        return
    target_obj.category = target_obj.category.get_translation_or_none(target_obj.locale_id)
    target_obj.save(clean=False, update_fields=["category"])
    revision = target_obj.latest_revision
    if revision is not None:
        revision.content["category"] = target_obj.category_id
        revision.save(update_fields=["content"])


@receiver(page_published, sender=ArticlePage)
def sync_translations(sender, instance, **kwargs):
    translation.sync_shared_fields(instance, ArticlePage.shared_fields)


# Cached lists of article ids (archive months, related, most read) go stale whenever an article
# appears, disappears, moves or changes section.
for _signal in (page_published, page_unpublished, post_page_move, translation.shared_fields_synced):
    _signal.connect(caching.invalidate, sender=ArticlePage, dispatch_uid=f"news-cache-{_signal!r}")
post_delete.connect(caching.invalidate, sender=ArticlePage, dispatch_uid="news-cache-delete")


class ArticleByline(Orderable):
    """One author of an article, in the order the byline names them (picked in the admin's author chooser)."""

    article = ParentalKey(ArticlePage, related_name="bylines", on_delete=models.CASCADE)
    author = models.ForeignKey(Author, verbose_name=_("author"), on_delete=models.CASCADE, related_name="bylines")

    panels = [FieldPanel("author")]

    class Meta(Orderable.Meta):
        verbose_name = _("author")
        verbose_name_plural = _("authors")
        constraints = [models.UniqueConstraint(fields=["article", "author"], name="one_byline_per_author")]


class ArticleRelatedLink(Orderable):
    article = ParentalKey(ArticlePage, related_name="related_links", on_delete=models.CASCADE)
    related_article = models.ForeignKey(
        ArticlePage, verbose_name=_("article"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("related_article")]


class ArticleDailyViews(models.Model):
    """Views of an article per day, written in batches by views_counter, read by the most-read list."""

    article = models.ForeignKey(ArticlePage, on_delete=models.CASCADE, related_name="daily_views")
    day = models.DateField(_("day"))
    views = models.PositiveIntegerField(_("views"), default=0)

    class Meta:
        verbose_name = _("daily article views")
        constraints = [models.UniqueConstraint(fields=["article", "day"], name="unique_article_day_views")]
        indexes = [models.Index(fields=["day", "article"], name="article_views_by_day")]

    def __str__(self):
        return f"{self.article_id} {self.day}: {self.views}"


def most_read(locale, days=7, limit=5):
    """The most viewed live, public articles of a language over the last `days` days."""
    since = timezone.localdate() - datetime.timedelta(days=days)

    def ranking():
        # Summed over the recent view rows alone, which are few, rather than over every article.
        views = ArticleDailyViews.objects.filter(day__gt=since, article__locale=locale)
        totals = views.values("article_id").annotate(total=Sum("views")).order_by("-total", "-article_id")
        return list(totals.values_list("article_id", flat=True)[: limit * 4])

    ids = caching.cached(f"most-read:{locale.pk}:{since}:{days}", ranking, timeout=5 * 60)
    pages = ArticlePage.objects.live().public().select_related("category").defer_streamfields()
    return in_order(pages, ids)[:limit]


def latest_articles(locale, exclude=(), limit=5):
    """The newest live, public articles of a language, without those in `exclude` (ids), for the article page.

    The article page leaves out itself and the related articles it already shows.
    """

    def newest():
        articles = ArticlePage.objects.live().public().filter(locale=locale).order_by("-published_at", "-pk")
        return list(articles.values_list("pk", flat=True)[: limit * 3])

    ids = [pk for pk in caching.cached(f"latest:{locale.pk}", newest) if pk not in exclude][:limit]
    return in_order(ArticlePage.objects.live().public().defer_streamfields(), ids)
