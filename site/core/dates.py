"""Dates as Vietnamese and English readers write them ("Thứ Sáu, 14/6/2024", "Friday, 14 June 2024")."""

import datetime

from django.utils import timezone
from django.utils.formats import date_format

from .i18n import current_language

VI_WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")


def long_date(value, language=None, with_time=False):
    """Weekday and date in the reader's language, in Asia/Ho_Chi_Minh for aware datetimes."""
    if value in (None, ""):
        return ""
    if isinstance(value, datetime.datetime):
        if timezone.is_aware(value):
            value = timezone.localtime(value)
        day = value.date()
    else:
        day = value
        with_time = False
    language = language or current_language()
    if language == "vi":
        text = f"{VI_WEEKDAYS[day.weekday()]}, {day.day}/{day.month}/{day.year}"
        return f"{text}, {value:%H:%M}" if with_time else text
    text = date_format(day, "l, j F Y")
    return f"{text}, {value:%H:%M}" if with_time else text
