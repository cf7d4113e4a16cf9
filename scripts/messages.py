#!/usr/bin/env python3
"""Keep the vi and en translation catalogues complete and compiled.

    messages.py           extract strings (manage.py makemessages), copy msgids into the English
                          catalogue, and compile every catalogue to .mo
    messages.py --check   fail if a catalogue is out of date, has an untranslated or fuzzy entry,
                          or its .mo does not match the .po

Source strings are English; the English catalogue therefore translates each string to itself,
which keeps it complete and lets us correct English wording without touching the code.
Compiling uses polib, so running the site needs no GNU gettext; extracting needs xgettext.

site/locale_wagtail/ holds our Vietnamese for strings of Wagtail's admin (and the Django and taggit
strings it shows) that their own catalogues lack or get wrong. Its msgids are theirs, so nothing is
extracted into it: it is compiled and checked, and --check also fails when one of its entries is no
longer a string of those packages (after an upgrade), or when it translates a string differently
from one of our catalogues (the override would hide ours: give ours a context).
"""

import argparse
import importlib.util
import re
import subprocess
import sys
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent
CATALOGUE_DIRS = [
    ROOT / "site" / "locale",
    *(ROOT / app / "locale" for app in ("home", "news", "press_center", "search")),
]
LANGUAGES = ["vi", "en"]
OVERRIDE_DIR = ROOT / "site" / "locale_wagtail"
OVERRIDE_FILES = [OVERRIDE_DIR / "vi" / "LC_MESSAGES" / f"{domain}.po" for domain in ("django", "djangojs")]
# The packages whose strings the override may translate; their English catalogues list every msgid.
THIRD_PARTY = ["wagtail", "django", "taggit"]
# printf-style (%(title)s, %s, %d) and format-style ({title}) placeholders, which a translation must keep.
PLACEHOLDER = re.compile(r"%(?:\([^)]+\))?[-#0 +]*\d*(?:\.\d+)?[sdifr]|\{\w*\}")
IGNORED = [".venv", "node_modules", "var", "tests", "bench", "scripts", "docs"]


def po_files():
    return [d / lang / "LC_MESSAGES" / "django.po" for d in CATALOGUE_DIRS for lang in LANGUAGES]


def extract():
    for directory in CATALOGUE_DIRS:
        directory.mkdir(parents=True, exist_ok=True)
    command = [sys.executable, str(ROOT / "manage.py"), "makemessages", "--no-location", "--no-obsolete"]
    command += [f"--locale={lang}" for lang in LANGUAGES]
    command += [f"--ignore={pattern}/*" for pattern in IGNORED]
    override = {path: path.read_bytes() for path in OVERRIDE_DIR.rglob("*.po")}
    subprocess.run(command, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    # makemessages files a string under the first LOCALE_PATHS entry when no app or site/locale/ claims its
    # file (one at the repository root, say). That entry is the override, which holds only Wagtail's msgids.
    if {path: path.read_bytes() for path in OVERRIDE_DIR.rglob("*.po")} != override:
        sys.exit(
            f"makemessages wrote our strings into {OVERRIDE_DIR.relative_to(ROOT)}: move their files under an app"
        )


def fill_english(path):
    """English translates each string to itself; a fuzzy guess from gettext is replaced, not kept."""
    catalogue = polib.pofile(str(path), wrapwidth=0)
    for entry in catalogue:
        fuzzy = "fuzzy" in entry.flags
        if fuzzy:
            entry.flags.remove("fuzzy")
            entry.previous_msgid = entry.previous_msgid_plural = entry.previous_msgctxt = None
        if entry.msgid_plural:
            if fuzzy or not any(entry.msgstr_plural.values()):
                entry.msgstr_plural = {0: entry.msgid, 1: entry.msgid_plural}
        elif fuzzy or not entry.msgstr:
            entry.msgstr = entry.msgid
    catalogue.save()


def compiled(path):
    return polib.pofile(str(path)).to_binary()


def placeholders(text):
    return sorted(PLACEHOLDER.findall(text))


def problems(path):
    catalogue = polib.pofile(str(path))
    found = [f"{path.relative_to(ROOT)}: untranslated: {entry.msgid!r}" for entry in catalogue.untranslated_entries()]
    found += [f"{path.relative_to(ROOT)}: fuzzy: {entry.msgid!r}" for entry in catalogue.fuzzy_entries()]
    for entry in catalogue.translated_entries():
        # A language with one plural form says every count with the plural msgid's placeholders.
        expected = [placeholders(entry.msgid), *([placeholders(entry.msgid_plural)] if entry.msgid_plural else [])]
        translations = entry.msgstr_plural.values() if entry.msgid_plural else [entry.msgstr]
        if any(placeholders(text) not in expected for text in translations):
            found.append(f"{path.relative_to(ROOT)}: placeholders differ from the msgid: {entry.msgid!r}")
    mo_path = path.with_suffix(".mo")
    if not mo_path.exists() or mo_path.read_bytes() != compiled(path):
        found.append(f"{mo_path.relative_to(ROOT)}: missing or out of date (run scripts/dev.py messages)")
    return found


def msgids(path):
    return {(entry.msgctxt, entry.msgid) for entry in polib.pofile(str(path)) if not entry.obsolete}


def third_party_msgids(domain="django"):
    """Every (context, msgid) of the THIRD_PARTY packages' catalogues in `domain`."""
    found = set()
    for package in THIRD_PARTY:
        for directory in importlib.util.find_spec(package).submodule_search_locations:
            for path in Path(directory).glob(f"**/locale/en/LC_MESSAGES/{domain}.po"):
                found |= msgids(path)
    return found


def stale_overrides():
    found = []
    for path in OVERRIDE_FILES:
        known = third_party_msgids(path.stem)
        found += [
            f"{path.relative_to(ROOT)}: not a string of {', '.join(THIRD_PARTY)} (any more): {msgid!r}"
            for context, msgid in msgids(path) - known
        ]
    return found


def clashes():
    """Strings that two catalogues translate differently.

    Django merges every catalogue of a language into one, so only one of the translations would
    ever be shown; give such strings a context (pgettext, {% translate "…" context "…" %}).
    """
    found = []
    for language in LANGUAGES:
        seen = {}
        for path in [*OVERRIDE_FILES[:1], *po_files()]:
            if path.parent.parent.name != language or not path.exists():
                continue
            for entry in polib.pofile(str(path)):
                if entry.obsolete or not entry.msgstr:
                    continue
                key = (entry.msgctxt, entry.msgid)
                first = seen.setdefault(key, (path, entry.msgstr))
                if first[1] != entry.msgstr:
                    fix = "give ours a context" if first[0] in OVERRIDE_FILES else "give one of them a context"
                    found.append(
                        f"{path.relative_to(ROOT)}: {entry.msgid!r} is {entry.msgstr!r} here but {first[1]!r} in "
                        f"{first[0].relative_to(ROOT)}; {fix}"
                    )
    return found


def check():
    before = {path: path.read_bytes() for path in po_files() if path.exists()}
    expected = {path: msgids(path) for path in before}
    extract()
    found = []
    for path in po_files():
        if path not in before:
            found.append(f"{path.relative_to(ROOT)}: missing")
            continue
        current = msgids(path)
        found += [
            f"{path.relative_to(ROOT)}: not extracted yet: {msgid!r}" for _ctx, msgid in current - expected[path]
        ]
        found += [f"{path.relative_to(ROOT)}: no longer used: {msgid!r}" for _ctx, msgid in expected[path] - current]
        path.write_bytes(before[path])
    for path in [*before, *OVERRIDE_FILES]:
        found += problems(path)
    found += stale_overrides()
    found += clashes()
    for line in found:
        print(line)
    print(f"{len(before) + len(OVERRIDE_FILES)} catalogues checked, {len(found)} problem(s).")
    return 1 if found else 0


def update():
    extract()
    for path in po_files():
        if path.parent.parent.name == "en":
            fill_english(path)
        path.with_suffix(".mo").write_bytes(compiled(path))
    for path in OVERRIDE_FILES:
        path.with_suffix(".mo").write_bytes(compiled(path))
    catalogues = [*po_files(), *OVERRIDE_FILES]
    untranslated = [line for path in catalogues for line in problems(path)]
    for line in untranslated:
        print(line)
    print(f"{len(catalogues)} catalogues updated; {len(untranslated)} entries still need a translation.")
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true")
    return check() if parser.parse_args().check else update()


if __name__ == "__main__":
    sys.exit(main())
