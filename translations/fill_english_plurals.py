#!/usr/bin/env python3
"""Fills the English plural forms of premortem_en.ts.

Source strings are written as "Move %n Note(s)"; English needs a singular ("Move %n Note") and a
plural ("Move %n Notes"). Run after `lupdate -pluralonly` has added new plural strings:

    lupdate -pluralonly -no-obsolete -locations none app core cli -ts translations/premortem_en.ts
    python3 translations/fill_english_plurals.py translations/premortem_en.ts
"""
import re
import sys
from xml.sax.saxutils import escape, unescape

path = sys.argv[1]
text = open(path, encoding="utf-8").read()


def fill(match):
    source = unescape(match.group(1))
    singular = source.replace("(s)", "").replace("(es)", "")
    plural = source.replace("(s)", "s").replace("(es)", "es")
    return (f"<source>{match.group(1)}</source>\n        <translation>\n"
            f"            <numerusform>{escape(singular)}</numerusform>\n"
            f"            <numerusform>{escape(plural)}</numerusform>\n        </translation>")


# [^<]* keeps each match inside one message (escaped XML text holds no raw "<"); a lazy .*? would
# run from an already translated message on to the next unfinished one and swallow both.
text = re.sub(r"<source>([^<]*)</source>\s*<translation type=\"unfinished\">\s*"
              r"<numerusform></numerusform>\s*(?:<numerusform></numerusform>\s*)?</translation>",
              fill, text, flags=re.S)
open(path, "w", encoding="utf-8").write(text)
