#!/usr/bin/env python3
"""Generate the world map resource embedded in wirewatch_lib (lib/report/data/).

Input: Natural Earth 5.1.2 country shapes as TopoJSON (world-atlas, UN boundary view, 1:110m) and the
iso-codes ISO 3166-1 table, both under ../shared/corpora/gazetteer. Output:
  lib/report/data/countries-110m.json  the same topology (arcs stay delta-encoded and quantized), with each
                                       feature's properties cut down to what the map needs
  lib/report/data/iso-numeric.json     ISO 3166-1 numeric -> [alpha-2, English name]
The application never reads ../shared at run time; rerun this script when the source data changes.
Natural Earth data is public domain; world-atlas build code is ISC; iso-codes data is LGPL-2.1+.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
GAZ = os.path.join(ROOT, "..", "shared", "corpora", "gazetteer")


def main():
    gaz = sys.argv[1] if len(sys.argv) > 1 else GAZ
    out_dir = os.path.join(ROOT, "lib", "report", "data")
    with open(os.path.join(gaz, "world-atlas", "countries-110m.json"), encoding="utf-8") as f:
        topo = json.load(f)
    with open(os.path.join(gaz, "iso-codes", "iso_3166-1.json"), encoding="utf-8") as f:
        iso = json.load(f)["3166-1"]

    numeric = {c["numeric"]: [c["alpha_2"], c.get("common_name", c["name"])] for c in iso}

    geoms = topo["objects"]["countries"]["geometries"]
    for g in geoms:
        props = g.get("properties", {})
        # Keep a fallback code only where the numeric id cannot identify the feature (Kosovo-like units).
        slim = {"name": props.get("name", "")}
        if "id" not in g or g["id"] not in numeric:
            slim["isoA2"] = props.get("isoA2", "")
            slim["adm0A3"] = props.get("adm0A3", "")
        g["properties"] = slim
    topo["objects"] = {"countries": topo["objects"]["countries"]}
    topo["source"] = "Natural Earth 5.1.2 admin-0 countries 1:110m (public domain) via world-atlas (ISC)"

    os.makedirs(out_dir, exist_ok=True)
    with open(os.path.join(out_dir, "countries-110m.json"), "w", encoding="utf-8") as f:
        json.dump(topo, f, separators=(",", ":"), ensure_ascii=False)
        f.write("\n")
    with open(os.path.join(out_dir, "iso-numeric.json"), "w", encoding="utf-8") as f:
        # One code per line: small, and diffs stay readable when iso-codes changes.
        lines = [json.dumps(k) + ":" + json.dumps(v, ensure_ascii=False) for k, v in sorted(numeric.items())]
        f.write("{\n" + ",\n".join(lines) + "\n}\n")
    print(f"{len(geoms)} features, {len(topo['arcs'])} arcs, {len(numeric)} ISO codes -> {out_dir}")


if __name__ == "__main__":
    main()
