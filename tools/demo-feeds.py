# Feed writers for the demo bundle (used by tools/make-demo.py): RSS 2.0 (optionally with Media RSS photo
# captions and credits), RSS 1.0 (RDF), Atom 1.0 and JSON Feed 1.1. Each returns bytes in the outlet's encoding.
import datetime as dt
import email.utils
import json
from xml.sax.saxutils import escape as xesc

B = "{{BASE}}"


def qa(s):
    return xesc(s, {'"': "&quot;"})


def local(t, props):
    off = 0
    for since, minutes in props["tz"]:
        if t.strftime("%Y-%m-%d") >= since:
            off = minutes
    return t.astimezone(dt.timezone(dt.timedelta(minutes=off)))


def rfc822(t, props):
    lt = local(t, props)
    if lt.utcoffset() == dt.timedelta(0):
        return email.utils.format_datetime(lt.replace(tzinfo=None)) + " GMT"
    return email.utils.format_datetime(lt)


def summary(it):
    return it["paras"][0][:300]


def author(it):
    return it["byline"] or it["producer"]


def rss2(o, props, items, path):
    media = props["fmt"] == "rss2-media"
    ns = ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom"'
    if media:
        ns += ' xmlns:media="http://search.yahoo.com/mrss/" xmlns:content="http://purl.org/rss/1.0/modules/content/"'
    out = [f'<?xml version="1.0" encoding="{props["enc"]}"?>', f"<rss version=\"2.0\"{ns}>", "<channel>",
           f"<title>{xesc(props['title'])}</title>", f"<link>{B}/pages/{o}/index.html</link>",
           f'<atom:link href="{B}/{path}" rel="self" type="application/rss+xml"/>',
           f"<description>{xesc(props['name'])}</description>", f"<language>{props['lang']}</language>",
           f"<lastBuildDate>{rfc822(items[0]['time'], props)}</lastBuildDate>", "<ttl>15</ttl>"]
    for it in items:
        out += ["<item>", f"<title>{xesc(it['title'])}</title>", f"<link>{it['url']}</link>",
                f'<guid isPermaLink="false">{o}-{it["slug"]}</guid>', f"<pubDate>{rfc822(it['time'], props)}</pubDate>",
                f"<dc:creator>{xesc(author(it))}</dc:creator>", f"<category>{xesc(it['story'])}</category>",
                f"<description>{xesc(summary(it))}</description>"]
        if media and it.get("photo_url"):
            for im in it["images"]:
                out += [f'<media:content url="{im["url"]}" type="image/png" medium="image" width="160" height="90">',
                        f'<media:description type="plain">{xesc(im["caption"])}</media:description>',
                        f'<media:credit role="photographer" scheme="urn:ebu">{xesc(im["credit"])}</media:credit>',
                        "</media:content>"]
            out += [
                    # Feed-embedded tracking pixel, as feed services add: the app must not load it.
                    f"<content:encoded><![CDATA[<p>{xesc(summary(it))}</p><img src=\"{B}/canary/feed-pixel.gif?i={it['slug']}\" width=\"1\" height=\"1\">]]></content:encoded>"]
        elif it.get("photo_url") and props["lang"] == "ar":
            out.append(f'<enclosure url="{it["photo_url"]}" type="image/png" length="0"/>')
        out.append("</item>")
    out += ["</channel>", "</rss>", ""]
    return "\n".join(out).encode(props["enc"])


def rss1(o, props, items, path):
    out = [f'<?xml version="1.0" encoding="{props["enc"]}"?>',
           '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"'
           ' xmlns:dc="http://purl.org/dc/elements/1.1/">',
           f'<channel rdf:about="{B}/{path}">', f"<title>{xesc(props['title'])}</title>",
           f"<link>{B}/pages/{o}/index.html</link>", f"<description>{xesc(props['name'])}</description>",
           f"<dc:language>{props['lang']}</dc:language>", "<items>", "<rdf:Seq>"]
    out += [f'<rdf:li rdf:resource="{it["url"]}"/>' for it in items]
    out += ["</rdf:Seq>", "</items>", "</channel>"]
    for it in items:
        out += [f'<item rdf:about="{it["url"]}">', f"<title>{xesc(it['title'])}</title>", f"<link>{it['url']}</link>",
                f"<description>{xesc(summary(it))}</description>",
                f"<dc:date>{local(it['time'], props).isoformat()}</dc:date>",
                f"<dc:creator>{xesc(author(it))}</dc:creator>", f"<dc:subject>{xesc(it['story'])}</dc:subject>",
                f"<dc:publisher>{xesc(props['name'])}</dc:publisher>", "</item>"]
    out += ["</rdf:RDF>", ""]
    return "\n".join(out).encode(props["enc"])


def atom(o, props, items, path):
    out = [f'<?xml version="1.0" encoding="{props["enc"]}"?>',
           f'<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="{props["lang"]}">',
           f"<id>tag:meridianpost.example,2024:{o}</id>", f"<title>{xesc(props['title'])}</title>",
           f"<updated>{local(items[0]['time'], props).isoformat()}</updated>",
           f'<link rel="self" type="application/atom+xml" href="{B}/{path}"/>',
           f'<link rel="alternate" type="text/html" href="{B}/pages/{o}/index.html"/>',
           f"<author><name>{xesc(props['name'])}</name></author>"]
    for it in items:
        lt = local(it["time"], props).isoformat()
        out += ["<entry>", f"<id>tag:meridianpost.example,2024:{it['slug']}</id>",
                f'<title type="text">{xesc(it["title"])}</title>',
                f'<link rel="alternate" type="text/html" href="{it["url"]}"/>',
                f"<published>{lt}</published>", f"<updated>{lt}</updated>",
                f"<author><name>{xesc(author(it))}</name></author>", f'<category term="{qa(it["story"])}"/>',
                f'<summary type="html">{xesc("<p>" + xesc(summary(it)) + "</p>")}</summary>', "</entry>"]
    out += ["</feed>", ""]
    return "\n".join(out).encode(props["enc"])


def jsonfeed(o, props, items, path):
    feed = {"version": "https://jsonfeed.org/version/1.1", "title": props["title"], "home_page_url": f"{B}/pages/{o}/index.html",
            "feed_url": f"{B}/{path}", "language": props["lang"], "authors": [{"name": props["name"]}], "items": []}
    for it in items:
        entry = {"id": f"{o}-{it['slug']}", "url": it["url"], "title": it["title"], "summary": summary(it),
                 "content_text": "\n\n".join(it["paras"][:2]),
                 "date_published": local(it["time"], props).isoformat(), "authors": [{"name": author(it)}],
                 "tags": [it["story"]]}
        if it.get("photo_url"):
            entry["image"] = it["photo_url"]
        feed["items"].append(entry)
    return (json.dumps(feed, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def render_feed(o, props, items, path):
    return {"rss2": rss2, "rss2-media": rss2, "rss1": rss1, "atom": atom, "jsonfeed": jsonfeed}[props["fmt"]](
        o, props, items, path)
