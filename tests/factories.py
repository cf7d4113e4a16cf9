"""Factories for pages, snippets and images, shared by every test module."""

import datetime
import io

import factory
import wagtail_factories
from PIL import Image as PILImage

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.images import ImageFile
from django.utils import timezone
from django.utils.text import slugify

from wagtail.models import Locale

from core.models import CustomImage
from core.pages import publish
from news.models import ArticlePage, Author, Category


def image_file(name="photo.jpg", size=(1200, 800), color=(160, 30, 40), image_format="JPEG"):
    buffer = io.BytesIO()
    PILImage.new("RGB", size, color).save(buffer, image_format)
    return ImageFile(buffer, name=name)


class ImageFactory(wagtail_factories.ImageFactory):
    class Meta:
        model = CustomImage

    title = factory.Sequence(lambda n: f"Ảnh {n}")
    credit = "Ảnh: Ban Tổ chức"
    file = factory.LazyFunction(image_file)


class CategoryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Category
        django_get_or_create = ("locale", "slug")

    name = factory.Sequence(lambda n: f"Chuyên mục {n}")
    slug = factory.Sequence(lambda n: f"chuyen-muc-{n}")
    locale = factory.LazyFunction(lambda: Locale.objects.get(language_code="vi"))


def translated_category(name_vi, name_en):
    """A Vietnamese category and its English translation; returns the Vietnamese one."""
    category = CategoryFactory(name=name_vi, slug=slugify(name_en))
    english = category.copy_for_translation(Locale.objects.get(language_code="en"))
    english.name = name_en
    english.save()
    return category


class AuthorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Author

    name = factory.Sequence(lambda n: f"Phóng viên {n}")
    role = "Phóng viên"


class ArticlePageFactory(wagtail_factories.PageFactory):
    """An unpublished article; use `make_article` for a live one."""

    class Meta:
        model = ArticlePage

    title = factory.Sequence(lambda n: f"Bài viết số {n}")
    slug = factory.Sequence(lambda n: f"bai-viet-{n}")
    lead = "Tóm tắt ngắn của bài viết, viết cho bộ kiểm thử."
    live = False
    category = factory.LazyAttribute(lambda obj: CategoryFactory(locale=obj.parent.locale) if obj.parent else None)


def make_article(parent, published_at=None, live=True, tags=(), **fields):
    """Create an article under `parent` and, unless live=False, publish it at `published_at`."""
    article = ArticlePageFactory(parent=parent, **fields)
    if tags:
        article.tags.add(*tags)
        article.save()
    if live:
        if published_at:
            article.first_published_at = published_at
        publish(article)
        if published_at:
            ArticlePage.objects.filter(pk=article.pk).update(last_published_at=published_at)
            article.refresh_from_db()
    return article


def days_ago(days):
    return timezone.now() - datetime.timedelta(days=days)


def make_user(username, groups=(), superuser=False):
    """A user with the password "pw", in the named groups (created by `setup_site`)."""
    user = get_user_model().objects.create_user(
        username=username, password="pw", first_name=username, is_superuser=superuser, is_staff=superuser
    )
    for name in groups:
        user.groups.add(Group.objects.get(name=name))
    return user
