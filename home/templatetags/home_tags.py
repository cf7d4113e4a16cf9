from django import template

from ..text import day_title
from ..text import roman as roman_numeral

register = template.Library()


@register.filter
def roman(value):
    """{{ congress.edition|roman }} → "XIV"."""
    return roman_numeral(value)


@register.filter
def congress_day(number):
    """{{ day.number|congress_day }} → “Ngày làm việc thứ ba” / “Day 3”."""
    return day_title(number)


@register.inclusion_tag("home/includes/page_tree.html", takes_context=True)
def page_tree(context, node, level=1):
    """A nested list of (page, children) nodes, as built by SitemapPage.tree()."""
    return {"node": node, "level": level, "request": context.get("request")}
