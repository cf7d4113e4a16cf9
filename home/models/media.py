import datetime
from urllib.parse import urlencode

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Prefetch
from django.http import Http404
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.documents import get_document_model_string
from wagtail.embeds.embeds import get_embed
from wagtail.embeds.exceptions import EmbedException
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from core.models import CustomImage
from core.pagination import page_count, paginate
from core.seo import SeoMixin

MEDIA_PER_PAGE = 12


def _today():
    return timezone.localdate()


class MultimediaIndexPage(SeoMixin, Page):
    """Multimedia: photo galleries, videos and infographics, newest first, filterable by kind."""

    intro = models.TextField(_("introduction"), max_length=1000, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.GalleryPage", "home.VideoPage", "home.InfographicPage"]
    max_count_per_parent = 1
    shared_filters = ("kind",)

    class Meta:
        verbose_name = _("multimedia section")

    KINDS = {
        "gallery": ("home", "gallerypage"),
        "video": ("home", "videopage"),
        "infographic": ("home", "infographicpage"),
    }

    def items(self):
        return media_items().child_of(self)

    def filtered_items(self, params):
        """The items of the kind `params` asks for, and that kind ("" when none or unknown)."""
        kind = params.get("kind", "")
        if kind not in self.KINDS:
            return self.items(), ""
        app_label, model = self.KINDS[kind]
        return self.items().filter(content_type__app_label=app_label, content_type__model=model), kind

    def listing_pages(self, request):
        items, _kind = self.filtered_items(request.GET)
        return page_count(items.count(), MEDIA_PER_PAGE)

    def sharing_summary(self):
        return self.intro

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        items, kind = self.filtered_items(request.GET)
        context["items"] = paginate(request, items, MEDIA_PER_PAGE)
        context["extra_query"] = urlencode({"kind": kind}) if kind else ""
        context["kinds"] = [
            ("gallery", _("Photo galleries")),
            ("video", _("Videos")),
            ("infographic", _("Infographics")),
        ]
        context["current_kind"] = kind
        return context


def media_items():
    """Live, public media pages of every kind, newest first, with their cover images, in one query."""
    return (
        MediaItemPage.objects.live()
        .public()
        .select_related("cover_image", "content_type")
        .prefetch_related(Prefetch("cover_image", queryset=CustomImage.objects.prefetch_renditions()))
        .order_by("-date", "-pk")
    )


class MediaItemPage(SeoMixin, Page):
    """What galleries, videos and infographics share, so one query lists them all. Not created directly."""

    date = models.DateField(_("date"), default=_today)
    summary = models.TextField(_("summary"), max_length=600, blank=True)
    cover_image = models.ForeignKey(
        CustomImage,
        verbose_name=_("cover image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown in listings; galleries use their first photo when empty."),
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel([FieldPanel("date"), FieldPanel("summary"), FieldPanel("cover_image")], heading=_("Listing")),
    ]

    search_fields = [*Page.search_fields, index.SearchField("summary"), index.FilterField("date")]

    parent_page_types = ["home.MultimediaIndexPage"]
    subpage_types = []
    is_creatable = False

    class Meta:
        verbose_name = _("multimedia item")

    @property
    def kind_label(self):
        return self.specific_class._meta.verbose_name if self.specific_class else ""

    def sharing_summary(self):
        return self.summary

    def sharing_picture(self, request):
        return self.cover_image


class GalleryPage(RoutablePageMixin, MediaItemPage):
    """A photo gallery. Each photo also has its own address (…/photo/3/), so the viewer works without JavaScript."""

    content_panels = [
        *MediaItemPage.content_panels,
        InlinePanel("photos", heading=_("Photos"), label=_("Photo"), min_num=1),
    ]

    parent_page_types = ["home.MultimediaIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("photo gallery")
        verbose_name_plural = _("photo galleries")

    def use_first_photo_as_cover(self):
        photos = list(self.photos.all())
        if any(photo.sort_order is None for photo in photos):
            # Photos made in code get their position, so every database shows them in the same order.
            for position, photo in enumerate(photos):
                photo.sort_order = position
            self.photos = photos
        if self.cover_image_id is None and photos:
            self.cover_image_id = photos[0].image_id

    def save(self, *args, **kwargs):
        self.use_first_photo_as_cover()
        return super().save(*args, **kwargs)

    def save_revision(self, *args, **kwargs):
        self.use_first_photo_as_cover()
        return super().save_revision(*args, **kwargs)

    def photo_list(self):
        """The photos with their images and renditions (a no-op prefetch on previews, which are in memory)."""
        return list(
            self.photos.select_related("image").prefetch_related(
                Prefetch("image", queryset=CustomImage.objects.prefetch_renditions())
            )
        )

    @path("")
    def gallery(self, request):
        return self.render(request, context_overrides={"photos": self.photo_list()})

    @path("photo/<int:number>/")
    def photo(self, request, number):
        photos = self.photo_list()
        if not 1 <= number <= len(photos):
            raise Http404
        translations = {}
        for translated in self.get_translations(inclusive=True).live().public().select_related("locale"):
            url = translated.get_url(request)
            translations[translated.locale.language_code] = url + translated.specific.reverse_subpage(
                "photo", args=[number]
            )
        return self.render(
            request,
            template="home/gallery_photo.html",
            context_overrides={
                "photos": photos,
                "photo": photos[number - 1],
                "number": number,
                "previous_number": number - 1 if number > 1 else None,
                "next_number": number + 1 if number < len(photos) else None,
                "translations": translations,
            },
        )

    def photo_url(self, number):
        return self.url + self.reverse_subpage("photo", args=[number])


class GalleryPhoto(Orderable):
    page = ParentalKey(GalleryPage, related_name="photos", on_delete=models.CASCADE)
    image = models.ForeignKey(CustomImage, verbose_name=_("image"), on_delete=models.CASCADE, related_name="+")
    caption = models.CharField(_("caption"), max_length=500, blank=True)
    credit = models.CharField(
        _("credit"), max_length=255, blank=True, help_text=_("Leave empty to use the credit stored with the image.")
    )

    panels = [FieldPanel("image"), FieldPanel("caption"), FieldPanel("credit")]

    class Meta(Orderable.Meta):
        verbose_name = _("photo")
        verbose_name_plural = _("photos")

    @property
    def credit_line(self):
        return self.credit or self.image.credit

    @property
    def alt_text(self):
        """What the photo shows: the image's description (Wagtail's alt text), else the caption."""
        return self.image.description or self.caption or self.image.title


class VideoPage(MediaItemPage):
    """A video embedded from a video service, with a description and transcript.

    The address may stay empty while the video is being edited: the page then shows its cover picture
    and says the video will follow, rather than a player that cannot play.
    """

    video_url = models.URLField(
        _("video URL"),
        blank=True,
        help_text=_(
            "A YouTube or Vimeo address. Leave empty until the video is online: the page then shows the "
            "cover image, the transcript and a note that the video will follow."
        ),
    )
    duration = models.DurationField(_("duration"), null=True, blank=True, help_text=_("e.g. 00:03:20"))
    transcript = RichTextField(_("transcript"), blank=True, features=["bold", "italic", "link", "ul", "ol"])

    content_panels = [
        *MediaItemPage.content_panels,
        FieldPanel("video_url"),
        FieldPanel("duration"),
        FieldPanel("transcript"),
    ]

    parent_page_types = ["home.MultimediaIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("video")
        verbose_name_plural = _("videos")

    def embed_html(self):
        """The player from the video service (cached in Wagtail's embeds table), or "" when it cannot be had."""
        if not self.video_url:
            return ""
        try:
            return mark_safe(get_embed(self.video_url, max_width=960).html)  # noqa: S308 (the embed finder's HTML)
        except EmbedException:
            return ""

    def clean(self):
        super().clean()
        if self.duration is not None and self.duration <= datetime.timedelta(0):
            raise ValidationError({"duration": _("Give the length of the video, e.g. 00:03:20.")})
        if not self.video_url and not self.transcript:
            raise ValidationError(
                {"video_url": _("Give the address of the video, or its transcript until the video is online.")}
            )


class InfographicPage(MediaItemPage):
    """An infographic: the picture, its full text for readers who cannot see it, and an optional PDF."""

    image = models.ForeignKey(CustomImage, verbose_name=_("infographic"), on_delete=models.PROTECT, related_name="+")
    text_version = RichTextField(
        _("text version"),
        features=["h2", "h3", "bold", "italic", "link", "ol", "ul"],
        help_text=_("Everything the infographic says, as text, for screen readers and search."),
    )
    download = models.ForeignKey(
        get_document_model_string(),
        verbose_name=_("printable file"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = [
        *MediaItemPage.content_panels,
        FieldPanel("image"),
        FieldPanel("text_version"),
        FieldPanel("download"),
    ]

    search_fields = [*MediaItemPage.search_fields, index.SearchField("text_version")]

    parent_page_types = ["home.MultimediaIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("infographic")
        verbose_name_plural = _("infographics")
