#!/usr/bin/python3
"""readability-lxml (Debian's python3-readability) as the extraction peer.

Speed:  readability_bench.py ITERATIONS FILE...   -> one JSON line like bench_extract
Score:  readability_bench.py --score DEVSET_DIR  -> body shingle F1 on the labelled dev set, with the
        same metric as tests/quality/tst_devsetquality.cpp (\\w+ tokens lowercased, word 4-gram
        multisets, per-page P and R averaged, F1 of the averages).
"""
import glob
import json
import os
import re
import sys
import time
from collections import Counter

import lxml.html
from readability import Document


def load(path):
    # Bytes in, as Wirewatch gets them: readability-lxml decodes them itself (meta charset).
    with open(path, "rb") as f:
        return f.read()


def shingles(text):
    tokens = re.findall(r"\w+", text.lower())
    if len(tokens) < 4:
        return Counter(tokens)
    return Counter(" ".join(tokens[i:i + 4]) for i in range(len(tokens) - 3))


def summary_text(html):
    summary = Document(html).summary(html_partial=True)
    tree = lxml.html.fromstring(summary)
    # Paragraph-ish blocks separated, as an analyst would read them.
    for el in tree.iter("p", "div", "br", "li", "h1", "h2", "h3", "h4", "td"):
        el.tail = ("\n\n" + el.tail) if el.tail else "\n\n"
    return tree.text_content()


def score(devset):
    sum_p = sum_r = 0.0
    pages = 0
    rows = []
    for label in sorted(glob.glob(os.path.join(devset, "*.expected.json"))):
        page = label[: -len(".expected.json")]
        with open(label, encoding="utf-8") as f:
            expected = json.load(f)
        try:
            text = summary_text(load(page + ".html"))
        except Exception as e:  # a peer failure scores 0 on that page
            text = ""
            print(f"{os.path.basename(page)}: readability failed: {e}", file=sys.stderr)
        g, e = shingles(expected["body"]), shingles(text)
        common = sum((g & e).values())
        p = common / sum(e.values()) if e else 0.0
        r = common / sum(g.values()) if g else 0.0
        sum_p += p
        sum_r += r
        pages += 1
        rows.append((os.path.basename(page), p, r))
    P, R = sum_p / pages, sum_r / pages
    F1 = 2 * P * R / (P + R) if P + R else 0.0
    for name, p, r in rows:
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"  {name:<28} F1 {f:.3f} P {p:.3f} R {r:.3f}", file=sys.stderr)
    print(json.dumps({"peer": "readability", "pages": pages, "f1": round(F1, 4),
                      "precision": round(P, 4), "recall": round(R, 4)}))


def bench(iterations, files):
    inputs = [load(p) for p in files]
    Document(inputs[0]).summary()  # warm-up
    start = time.perf_counter()
    chars = 0
    for _ in range(iterations):
        for html in inputs:
            chars += len(Document(html).summary())
    seconds = time.perf_counter() - start
    print(json.dumps({"peer": "readability", "pages": len(inputs) * iterations,
                      "bytes": sum(map(len, inputs)) * iterations, "seconds": seconds}))
    return 0 if chars else 1


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--score":
        score(sys.argv[2])
    elif len(sys.argv) >= 3:
        sys.exit(bench(int(sys.argv[1]), sys.argv[2:]))
    else:
        sys.exit("usage: readability_bench.py ITERATIONS FILE... | --score DEVSET_DIR")
