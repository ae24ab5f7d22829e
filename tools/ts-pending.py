#!/usr/bin/env python3
"""Lists the strings the sources hand to tr() that a shipped language has not translated yet, without
touching translations/: lupdate runs over lib/ and app/ into a scratch copy of each .ts file.
Writes JSON {"<context>\\u0004<source>": {"context": ..., "source": ..., "numerus": bool, "missing": [langs]}}
to the path given (default: stdout), ready to be filled in and merged with tools/ts-fill.py."""
import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

root = Path(__file__).resolve().parent.parent
lupdate = "/usr/lib/qt6/bin/lupdate"  # /usr/bin/lupdate may be the Qt 5 one
pending = {}
with tempfile.TemporaryDirectory() as scratch:
    for lang in ("ru", "uk", "ko", "ar"):
        copy = Path(scratch) / f"wirewatch_{lang}.ts"
        shutil.copy(root / "translations" / copy.name, copy)
        subprocess.run([lupdate, "-no-obsolete", "-locations", "none", "-extensions", "cpp,h", "lib", "app",
                        "-ts", str(copy)], cwd=root, check=True, capture_output=True)
        for context in ET.parse(copy).getroot().iter("context"):
            name = context.findtext("name")
            for message in context.iter("message"):
                tr = message.find("translation")
                if tr is not None and tr.get("type") == "unfinished":
                    source = message.findtext("source")
                    entry = pending.setdefault(f"{name}\u0004{source}", {
                        "context": name, "source": source, "numerus": message.get("numerus") == "yes",
                        "missing": []})
                    entry["missing"].append(lang)
text = json.dumps(pending, ensure_ascii=False, indent=1)
if len(sys.argv) > 1:
    Path(sys.argv[1]).write_text(text, encoding="utf-8")
    print(f"{len(pending)} strings pending", file=sys.stderr)
else:
    print(text)
