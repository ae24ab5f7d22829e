#!/usr/bin/python3
"""Peer harness: Debian's python3-feedparser parsing the same files as bench_parse.
Prints one JSON line like the other harnesses. Bytes are read once, before timing."""
import json
import sys
import time

import feedparser

iterations = int(sys.argv[1])
inputs = []
for path in sys.argv[2:]:
    with open(path, "rb") as f:
        inputs.append(f.read())
items = 0
start = time.perf_counter()
cpu_start = time.process_time()
for _ in range(iterations):
    for data in inputs:
        items += len(feedparser.parse(data).entries)
seconds = time.perf_counter() - start
cpu_seconds = time.process_time() - cpu_start
print(json.dumps({"peer": "feedparser", "files": len(inputs), "bytes": sum(map(len, inputs)) * iterations,
                  "items": items, "seconds": seconds,
                  "cpu_seconds": cpu_seconds}))
