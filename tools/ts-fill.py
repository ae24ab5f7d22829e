#!/usr/bin/env python3
"""Fills unfinished messages in translations/wirewatch_<lang>.ts from a JSON file of the form
{"<context>\u0004<source>" or "<source>": {"ru": "...", "uk": "...", "ko": "...", "ar": "..."}}.
Used to merge a batch of translations written outside Qt Linguist; prints what is still unfinished."""
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

root = Path(__file__).resolve().parent.parent / "translations"
table = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8")) if len(sys.argv) > 1 else {}
for lang in ("ru", "uk", "ko", "ar"):
    path = root / f"wirewatch_{lang}.ts"
    tree = ET.parse(path)
    missing = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            tr = message.find("translation")
            if tr is None:
                continue
            # Numerus translations keep their text in <numerusform> children, not in the element itself.
            done = (tr.text or "").strip() or any((f.text or "").strip() for f in tr.findall("numerusform"))
            if tr.get("type") != "unfinished" and done:
                continue
            if tr.get("type") in ("vanished", "obsolete"):
                continue
            entry = table.get(f"{name}\u0004{source}") or table.get(source)
            if entry and entry.get(lang):
                if message.get("numerus") == "yes":
                    for child in list(tr):
                        tr.remove(child)
                    forms = entry[lang] if isinstance(entry[lang], list) else [entry[lang]]
                    for form in forms:
                        ET.SubElement(tr, "numerusform").text = form
                    tr.text = None
                else:
                    tr.text = entry[lang]
                tr.attrib.pop("type", None)
            else:
                missing += 1
                print(f"{lang}: unfinished: {name}: {source!r}")
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    print(f"{lang}: {missing} unfinished")
