"""After every app has loaded its demo pages, make sure the public search index holds all of them.

Also one search synonym of the kind editors add to the curated list (search.synonyms).
"""

from . import indexing
from .models import Synonym

DEMO_SYNONYMS = [
    ("TTBC, Trung tâm Báo chí, Press Centre", "Readers look for the press centre by its initials."),
]


def run(command):
    for terms, note in DEMO_SYNONYMS:
        Synonym.objects.get_or_create(terms=terms, defaults={"note": note})
    report = indexing.rebuild()
    command.stdout.write(f"Search index: {report['indexed']} pages.")
