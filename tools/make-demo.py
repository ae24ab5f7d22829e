#!/usr/bin/env python3
"""Generate the offline demo bundle in resources/demo/ (and resources/demo-files.cmake).

Deterministic (fixed seed): running it twice gives byte-identical output. Texts come from
tools/demo-texts.py and tools/demo-texts-intl.py (hand-written) and the seed article in ../shared/seed.
Every URL inside the bundle starts with the literal token {{BASE}}; the demo server replaces it at serve time
with http://127.0.0.1:PORT (on bytes, so it works in windows-1251 and EUC-KR files too).
Usage: tools/make-demo.py [--seed-dir DIR]
"""
import argparse
import datetime as dt
import html
import importlib.util
import json
import random
import re
import shutil
import struct
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "demo"
B = "{{BASE}}"


def load(name):
    spec = importlib.util.spec_from_file_location(name.replace("-", "_"), ROOT / "tools" / name)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


T = load("demo-texts.py")
TI = load("demo-texts-intl.py")
PAGES = load("demo-pages.py")
FEEDS = load("demo-feeds.py")

# Outlets: id -> properties. tz is a list of (from-date, offset minutes) so DST changes show in the feeds.
OUTLETS = {
    "gsw": dict(name="Global South World", country="GB", lang="en", fmt="rss2", enc="utf-8", folder="World",
                tz=[("2024-01-01", 60), ("2024-10-27", 0)], agencies=["Reuters"],
                title="Global South World - Latest"),
    "pacific-ledger": dict(name="The Pacific Ledger", country="AU", lang="en", fmt="rss2-media", enc="utf-8",
                           folder="Asia-Pacific", tz=[("2024-01-01", 600), ("2024-10-06", 660)],
                           agencies=["Reuters", "AP", "AFP"], title="The Pacific Ledger: World (with photos)"),
    "meridian-post": dict(name="The Meridian Post", country="US", lang="en", fmt="atom", enc="utf-8",
                          folder="World", tz=[("2024-01-01", -240)], agencies=["AP", "Reuters"],
                          title="The Meridian Post - International"),
    "harbour-daily": dict(name="Harbour Daily", country="SG", lang="en", fmt="jsonfeed", enc="utf-8",
                          folder="Asia-Pacific", tz=[("2024-01-01", 480)], agencies=["AFP", "Reuters"],
                          title="Harbour Daily | World"),
    "northern-courier": dict(name="Northern Courier", country="CA", lang="en", fmt="rss1", enc="utf-8",
                             folder="World", tz=[("2024-01-01", -240)], agencies=["Reuters", "AFP", "AP"],
                             title="Northern Courier - World News"),
    "vestnik": dict(name="Вестник Сегодня", country="RU", lang="ru", fmt="rss2", enc="windows-1251",
                    folder="Russian-language", tz=[("2024-01-01", 180)], agencies=["TASS"],
                    title="Вестник Сегодня: Главное"),
    "hanbit": dict(name="한빛일보", country="KR", lang="ko", fmt="rss2", enc="euc-kr", folder="Korean-language",
                   tz=[("2024-01-01", 540)], agencies=["Yonhap"], title="한빛일보 - 국제·북한"),
    "dnipro": dict(name="Дніпровий вісник", country="UA", lang="uk", fmt="rss2", enc="utf-8",
                   folder="Ukrainian-language", tz=[("2024-01-01", 180), ("2024-10-27", 120)],
                   agencies=["Ukrinform"], title="Дніпровий вісник - Новини"),
    "sahil": dict(name="الساحل اليوم", country="AE", lang="ar", fmt="rss2", enc="utf-8", folder="Arabic-language",
                  tz=[("2024-01-01", 240)], agencies=["Reuters", "AFP", "AP"], title="الساحل اليوم - العالم"),
}
FEED_PATH = {"rss2": "feeds/{}.xml", "rss2-media": "feeds/{}.xml", "atom": "feeds/{}.atom",
             "jsonfeed": "feeds/{}.json", "rss1": "feeds/{}.rdf"}
CONTENT_TYPE = {"rss2": "application/rss+xml", "rss2-media": "application/rss+xml",
                "atom": "application/atom+xml", "jsonfeed": "application/feed+json",
                "rss1": "application/rdf+xml"}
AGENCY_NAME = {"Reuters": "Reuters", "AP": "The Associated Press", "AFP": "Agence France-Presse"}
REPORTERS = ["Joyce Lee", "Hyonhee Shin", "Guy Faulconbridge", "Olena Harmash", "Maya Gebeily", "Kaori Kaneko",
             "David Stanway", "Alexander Tanas", "Brad Brooks", "Tom Balmforth", "Ju-min Park", "Laila Bassam"]
EDITORS = ["Ed Davies", "Michael Perry", "Gareth Jones", "Peter Graff", "Christopher Cushing", "Alex Richardson"]
MONTHS = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"]
# Slugs that the seed page's "You may be interested in" box links to, kept so those links resolve.
SEED_RELATED = {"o-gsw-brics": "brics-summit-kazan-what-to-expect", "kp-roads": "north-korea-blows-up-inter-korean-roads",
                "tr-seafood": "china-lifts-japanese-seafood-ban", "o-gsw-india-canada": "india-canada-diplomatic-row",
                "o-gsw-argentina": "argentina-milei-budget", "o-gsw-south-africa": "south-africa-elections-coalition"}


def when(s):
    return dt.datetime.strptime("2024-" + s, "%Y-%m-%d %H:%M").replace(tzinfo=dt.timezone.utc)


def slugify(text):
    s = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return "-".join(s.split("-")[:9]) or "item"


def dateline(agency, city, t):
    if agency == "Reuters":
        return f"{city}, {MONTHS[t.month - 1]} {t.day} (Reuters) - "
    if agency == "AP":
        return f"{city} (AP) — "
    return f"{city.title() if city.isupper() else city} (AFP) - "


def wire_body(rng, ev):
    """The agency's full copy: dateline + lead, background, a quote, background, reporting credit."""
    eid, story, t, agency, city, title, retitles, lead, countries, photo = ev
    t = when(t)
    bg = rng.sample(T.BACKGROUND[story], 3)
    paras = [lead[0]] + lead[1:] + [bg[0], rng.choice(T.QUOTES[story]), bg[1], bg[2]]
    tail = None
    if agency == "Reuters":
        tail = f"(Reporting by {rng.choice(REPORTERS)}; Editing by {rng.choice(EDITORS)})"
    return dateline(agency, city, t), paras, tail


def item(**kw):
    kw.setdefault("images", [])
    kw.setdefault("byline", "")
    kw.setdefault("footer_note", "")
    kw.setdefault("tail", None)
    return kw


def republish(rng, ev, outlet, order, paras, dl, tail, t0):
    """One outlet's copy of a wire story: retitled, trimmed, lightly edited, dateline kept or not."""
    eid, story, _, agency, city, title, retitles, lead, countries, photo = ev
    delay = [rng.randint(15, 70), rng.randint(60, 240), rng.randint(180, 600), rng.randint(400, 1300)][min(order, 3)]
    t = t0 + dt.timedelta(minutes=delay)
    keep = list(paras)
    note, byline, keep_dl, tl = "", "", True, tail
    if outlet == "gsw":
        byline = ""
        note = f"This article was produced by {agency} news agency. It has not been edited by Global South World."
        tl = None
    elif outlet == "pacific-ledger":
        byline = AGENCY_NAME[agency]
        keep = keep[:-1]
        title = retitles[0] if retitles and rng.random() < 0.5 else title
    elif outlet == "meridian-post":
        byline = "Associated Press" if agency == "AP" else f"{agency} staff"
        keep_dl = agency == "AP"
        if agency == "AP":
            note = "Copyright 2024 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed."
        title = retitles[-1] if retitles and agency != "AP" else title
    elif outlet == "harbour-daily":
        keep = [p.replace("U.S.", "US").replace("U.N.", "UN") for p in keep[:-2]]
        keep_dl = rng.random() < 0.5
        note = f"Source: {agency}"
        title = retitles[0] if retitles else title
        tl = None
    elif outlet == "northern-courier":
        keep = [p.replace("Zelenskiy", "Zelensky").replace("defence", "defense") for p in keep[:3]]
        keep_dl = False
        note = f"With files from {agency}"
        title = retitles[-1] if retitles else title
        tl = None
    if keep_dl:
        keep[0] = dl + keep[0]
    return item(key=f"{eid}@{outlet}", outlet=outlet, story=story, producer=agency, cluster=eid, title=title,
                paras=keep, tail=tl, footer_note=note, byline=byline, time=t, countries=countries, photo=photo)


def seed_items(rng, seed_dir):
    """The seed article (GSW) and the same Reuters copy picked up by four other outlets."""
    src = (seed_dir / "article.html").read_text(encoding="utf-8")
    body = re.search(r'<div class="story-body">(.*?)</div>', src, re.S).group(1)
    blocks = [html.unescape(re.sub(r"<[^>]+>", "", m.group(2))).strip()
              for m in re.finditer(r"<(p|h2)[^>]*>(.*?)</\1>", body, re.S)]
    paras = [b for b in blocks if not b.startswith("This article was produced")]
    t0 = dt.datetime(2024, 10, 14, 16, 5, tzinfo=dt.timezone.utc)
    dl = "MOSCOW, Oct 14 (Reuters) - "
    prose = [p for p in paras if not p.isupper()]
    title = "Russia blames South Korea for tension, calls for diplomacy"
    base = dict(story="korea", producer="Reuters", cluster="seed-russia-blames-south-korea",
                countries=["RU", "KP", "KR", "UA", "US"], photo="seed")
    out = [item(key="seed@gsw", outlet="gsw", title=title, paras=paras, time=t0, seed_html=src, **base)]
    out.append(item(key="seed@pacific-ledger", outlet="pacific-ledger", byline="Reuters",
                    title="Russia accuses Seoul of stoking tension on Korean peninsula",
                    paras=[dl + paras[0]] + paras[1:], time=t0 + dt.timedelta(minutes=95), **base))
    out.append(item(key="seed@meridian-post", outlet="meridian-post", byline="Reuters staff",
                    title="Moscow blames South Korea for rising tension with the North",
                    paras=prose[:6], time=t0 + dt.timedelta(minutes=290), **base))
    out.append(item(key="seed@harbour-daily", outlet="harbour-daily", footer_note="Source: Reuters",
                    title="Russia says Seoul to blame for Korean tension, urges diplomacy",
                    paras=[dl + prose[0].replace("U.N.", "UN")] + [p.replace("U.N.", "UN") for p in prose[1:5]],
                    time=t0 + dt.timedelta(minutes=505), **base))
    out.append(item(key="seed@northern-courier", outlet="northern-courier", footer_note="With files from Reuters",
                    title="Kremlin points finger at Seoul as Korean tensions flare",
                    paras=[p.replace("Zelenskiy", "Zelensky") for p in prose[:3]],
                    time=t0 + dt.timedelta(hours=15, minutes=40), **base))
    return out


def build_items(rng, seed_dir):
    items = seed_items(rng, seed_dir)
    english = ["gsw", "pacific-ledger", "meridian-post", "harbour-daily", "northern-courier"]
    for ev in T.EVENTS:
        agency = ev[3]
        dl, paras, tail = wire_body(rng, ev)
        eligible = [o for o in english if agency in OUTLETS[o]["agencies"]]
        n = rng.randint(max(2, len(eligible) - 1), len(eligible))
        chosen = rng.sample(eligible, n)
        if ev[0] in SEED_RELATED and "gsw" not in chosen:
            chosen.append("gsw")
        rng.shuffle(chosen)
        for order, o in enumerate(chosen):
            items.append(republish(rng, ev, o, order, paras, dl, tail, when(ev[2])))
    for oid, story, t, outlet, by, title, paras, countries, photo in T.ORIGINALS:
        items.append(item(key=f"{oid}@{outlet}", outlet=outlet, story=story, producer=OUTLETS[outlet]["name"],
                          cluster=oid, title=title, paras=paras, byline=by, time=when(t), countries=countries,
                          photo=photo))
    for outlet, rows, agency in (("vestnik", TI.RU_ITEMS, "TASS"), ("hanbit", TI.KO_ITEMS, "Yonhap"),
                                 ("dnipro", TI.UK_ITEMS, "Ukrinform"), ("sahil", TI.AR_ITEMS, None)):
        for iid, story, t, title, paras, countries, photo in rows:
            prod = agency or ("Reuters" if "رويترز" in paras[0] else "AFP" if "أ ف ب" in paras[0] else "AP")
            items.append(item(key=f"{iid}@{outlet}", outlet=outlet, story=story, producer=prod, cluster=iid,
                              byline={"TASS": "ТАСС", "Yonhap": "연합뉴스", "Ukrinform": "Укрінформ"}.get(prod, ""),
                              title=title, paras=paras, time=when(t), countries=countries, photo=photo))
    items += briefings(rng, items)
    items += galleries(rng)
    return items


def galleries(rng):
    """The Pacific Ledger's 'Pictures of the day': one page, several photos, each with caption and credit."""
    keys = sorted(T.PHOTOS)
    out, day = [], dt.datetime(2024, 9, 21, 7, 0, tzinfo=dt.timezone.utc)
    while day <= dt.datetime(2024, 10, 31, 8, 0, tzinfo=dt.timezone.utc):
        picks = rng.sample(keys, 4)
        paras = ["The news of the past 48 hours in pictures, chosen by The Pacific Ledger's photo desk."]
        paras += [f"{T.PHOTOS[k][0]}. {T.PHOTOS[k][1]}" for k in picks]
        out.append(item(key=f"pics-{day:%m%d}@pacific-ledger", outlet="pacific-ledger", story="pictures",
                        producer="The Pacific Ledger", cluster=f"pics-{day:%m%d}",
                        title=f"Pictures of the day: {day:%B %-d}", paras=paras, byline="Photo desk", time=day,
                        countries=[], photo=picks[0], gallery=picks))
        day += dt.timedelta(days=2)
    return out


def briefings(rng, items):
    """The Meridian Post's daily morning briefing: an original digest that names many countries at once."""
    wires = sorted((i for i in items if i["outlet"] != "meridian-post" and i["outlet"] in
                    ("gsw", "pacific-ledger", "harbour-daily", "northern-courier")), key=lambda i: i["time"])
    out, day = [], dt.datetime(2024, 9, 21, 10, 30, tzinfo=dt.timezone.utc)
    while day <= dt.datetime(2024, 10, 31, 23, 0, tzinfo=dt.timezone.utc):
        recent, seen = [], set()
        for i in reversed(wires):
            if day - dt.timedelta(hours=36) <= i["time"] < day and i["cluster"] not in seen:
                seen.add(i["cluster"])
                recent.append(i)
        recent = recent[:4]
        if recent:
            date = day.strftime("%A, %B %-d")
            paras = [f"Good morning. Here is what you need to know on {date}."]
            for i in recent:
                first = re.sub(r"^.*? (?:\(Reuters\) -|\(AP\) —|\(AFP\) -) ", "", i["paras"][0])
                paras.append(f"{i['title']}. {first.split('. ')[0].rstrip('.')}.")
            paras.append("That's it for today. The briefing is written by The Meridian Post's overnight desk.")
            countries = []
            for i in recent:
                countries += [c for c in i["countries"] if c not in countries]
            out.append(item(key=f"brief-{day:%m%d}@meridian-post", outlet="meridian-post", story="briefing",
                            producer="The Meridian Post", cluster=f"brief-{day:%m%d}",
                            title=f"Morning Briefing: {date}", paras=paras,
                            byline="Meridian Post staff", time=day, countries=countries, photo=None))
        day += dt.timedelta(days=1)
    return out


def png(w, h, rgb, seed):
    """A small placeholder photo (horizontal bands) so image URLs in the bundle resolve."""
    r = random.Random(seed)
    rows = []
    for y in range(h):
        shade = 0.6 + 0.4 * ((y * 7 + r.randint(0, 3)) % h) / h
        px = bytes(int(c * shade) & 255 for c in rgb)
        rows.append(b"\x00" + px * w)
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(tag, data):
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", raw) + chunk(b"IEND", b""))


def assign_slugs(items):
    used = set()
    for it in items:
        if it["key"] == "seed@gsw":
            slug = "russia-blames-south-korea"
        elif it["outlet"] == "gsw" and it["cluster"] in SEED_RELATED:
            slug = SEED_RELATED[it["cluster"]]
        elif it["outlet"] in ("vestnik", "hanbit", "dnipro", "sahil"):
            slug = it["cluster"].split("-", 1)[1] + it["time"].strftime("-%m%d")
        else:
            slug = slugify(it["title"])
        while (it["outlet"], slug) in used:
            slug += "-2"
        used.add((it["outlet"], slug))
        it["slug"] = slug
        it["path"] = f"pages/{it['outlet']}/{slug}.html"
        it["url"] = f"{B}/{it['path']}"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed-dir", default=str(ROOT.parent / "shared" / "seed"))
    args = ap.parse_args()
    rng = random.Random(20241014)
    items = build_items(rng, Path(args.seed_dir))
    items.sort(key=lambda i: (i["time"], i["key"]))
    assign_slugs(items)
    if OUT.exists():
        shutil.rmtree(OUT)
    files = {}
    palette = [(70, 90, 120), (120, 80, 60), (60, 110, 80), (110, 110, 130), (140, 100, 50), (80, 80, 80)]
    photos = dict(T.PHOTOS)
    photos["seed"] = ("FILE PHOTO: Russia's President Vladimir Putin and North Korea's leader Kim Jong Un attend a state reception in Pyongyang, North Korea June 19, 2024.",
                      "Sputnik/Vladimir Smirnov/Pool via REUTERS/File Photo", "Pyongyang, North Korea")
    for n, key in enumerate(sorted(photos)):
        name = "putin-kim-pyongyang" if key == "seed" else key
        files[f"images/2024/{name}.png"] = png(160, 90, palette[n % len(palette)], key)
    for it in items:
        it["photo_url"] = None
        if it["photo"]:
            name = "putin-kim-pyongyang" if it["photo"] == "seed" else it["photo"]
            it["photo_url"] = f"{B}/images/2024/{name}.png"
            it["caption"], it["credit"], it["place"] = photos[it["photo"]]
            it["images"] = [dict(url=f"{B}/images/2024/{'putin-kim-pyongyang' if k == 'seed' else k}.png",
                                 caption=photos[k][0], credit=photos[k][1]) for k in it.get("gallery", [it["photo"]])]
    by_outlet = {o: [i for i in items if i["outlet"] == o] for o in OUTLETS}
    for o, props in OUTLETS.items():
        props["feed_path"] = FEED_PATH[props["fmt"]].format(o)
    for o, its in by_outlet.items():
        for it in its:
            data, ctype = PAGES.render_page(it, OUTLETS[o], its, rng)
            files[it["path"]] = data
            if ctype:
                files[it["path"] + ".headers"] = f"Content-Type: {ctype}\r\n".encode("ascii")
    for o, props in OUTLETS.items():
        files[f"pages/{o}/index.html"] = PAGES.render_index(o, props, by_outlet[o])
        if props["enc"] != "utf-8":
            files[f"pages/{o}/index.html.headers"] = f"Content-Type: text/html; charset={props['enc']}\r\n".encode()
    feeds = []
    for o, props in OUTLETS.items():
        path = FEED_PATH[props["fmt"]].format(o)
        its = sorted(by_outlet[o], key=lambda i: i["time"], reverse=True)
        files[path] = FEEDS.render_feed(o, props, its, path)
        files[path + ".headers"] = f"Content-Type: {CONTENT_TYPE[props['fmt']]}; charset={props['enc']}\r\n".encode()
        feeds.append(dict(path=path, title=props["title"], outlet=props["name"], outlet_id=o,
                          outlet_country=props["country"], language=props["lang"], folder=props["folder"],
                          format=props["fmt"].replace("-media", ""), encoding=props["enc"], items=len(its)))
    manifest = dict(
        name="Wirewatch demo bundle", version=1, base_token=B,
        about="Offline demo data written for Wirewatch: fictional outlets, real agencies named only as producers. "
              "Every {{BASE}} is replaced by the demo server with http://127.0.0.1:PORT.",
        date_range=[min(i["time"] for i in items).isoformat().replace("+00:00", "Z"),
                    max(i["time"] for i in items).isoformat().replace("+00:00", "Z")],
        item_count=len(items), feeds=feeds,
        outlets=[dict(id=o, name=p["name"], country=p["country"], language=p["lang"],
                      wire_sources=p["agencies"]) for o, p in OUTLETS.items()],
        storylines=T.STORYLINES | {"briefing": "Daily briefings", "pictures": "Photo galleries"},
        stories=[dict(page=i["path"], outlet=i["outlet"], producer=i["producer"], cluster=i["cluster"],
                      storyline=i["story"], published_utc=i["time"].isoformat().replace("+00:00", "Z"),
                      countries=i["countries"]) for i in items])
    files["manifest.json"] = (json.dumps(manifest, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    for rel, data in files.items():
        p = OUT / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data)
    lines = ["# Generated by tools/make-demo.py: every file of the demo bundle, listed (no GLOB).",
             "set(WW_DEMO_FILES"] + [f"    demo/{rel}" for rel in sorted(files)] + [")", ""]
    (ROOT / "resources" / "demo-files.cmake").write_text("\n".join(lines), encoding="utf-8")
    total = sum(len(d) for d in files.values())
    print(f"{len(items)} items, {len(files)} files, {total / 1e6:.2f} MB")
    for f in feeds:
        print(f"  {f['path']:32} {f['items']:4}  {f['encoding']}")


if __name__ == "__main__":
    main()
