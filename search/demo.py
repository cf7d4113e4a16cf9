"""After every app has loaded its demo pages, make sure the public search index holds all of them."""

from . import indexing


def run(command):
    report = indexing.rebuild()
    command.stdout.write(f"Search index: {report['indexed']} pages.")
