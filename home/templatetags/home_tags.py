from django import template

from ..text import roman as roman_numeral

register = template.Library()


@register.filter
def roman(value):
    """{{ congress.edition|roman }} → "XIV"."""
    return roman_numeral(value)


@register.inclusion_tag("home/includes/page_tree.html", takes_context=True)
def page_tree(context, node, level=1):
    """A nested list of (page, children) nodes, as built by SitemapPage.tree()."""
    return {"node": node, "level": level, "request": context.get("request")}
