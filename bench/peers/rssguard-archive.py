#!/usr/bin/python3
"""Copies a Wirewatch archive (ww-gen-archive output) into an RSS Guard 4.x database, for the
"Desk at scale" comparison (issue 5).

    rssguard-archive.py ARCHIVE.sqlite SCHEMA.db OUT.db [--limit N]

SCHEMA.db is the empty database RSS Guard created on its first start (bench/run-rssguard-bench.sh makes
it); it is copied to OUT.db and filled, so the tables are exactly the ones RSS Guard made (it creates no
index on Messages, and none is added here). The archive is opened read-only (URI mode=ro) and never
written. Mapping:
  - one 'std-rss' account (id 1), the feeds' folders become root categories, every feed a feed in its
    folder (update_type 2 = never auto-update, so RSS Guard does not try to fetch the .example URLs);
  - every article a message: title, url, author, date (ms since epoch, as RSS Guard stores it), read and
    starred (is_important) state, custom_id = article id; contents = the article's text as <p>
    paragraphs (extracted_text, falling back to the feed's content), so the message carries the full text
    as a full-content feed would deliver it;
  - with --labels, tags become labels and tag assignments LabelsInMessages rows (off by default: RSS
    Guard counts every label with a scan of Messages at start, see docs/benchmarks.md).
Prints one JSON line with the counts, the seconds taken and the output size.
"""
import argparse
import json
import os
import shutil
import sqlite3
import sys
import time


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("archive")
    parser.add_argument("schema")
    parser.add_argument("out")
    parser.add_argument("--limit", type=int, default=-1, help="copy only the first N articles (a test run)")
    parser.add_argument("--labels", action="store_true",
                        help="also copy the tags as labels (RSS Guard then counts each label with a full "
                             "scan of Messages at start: about 30 s per label at 1,000,000 messages)")
    opts = parser.parse_args()
    archive, schema, out, limit = opts.archive, opts.schema, opts.out, opts.limit
    if os.path.abspath(out) == os.path.abspath(archive):
        sys.exit("refusing to write over the archive")
    start = time.monotonic()
    shutil.copyfile(schema, out)
    # uri=True so the ATTACH below honours mode=ro.
    db = sqlite3.connect("file:" + os.path.abspath(out), uri=True, isolation_level=None)
    db.execute("PRAGMA journal_mode = OFF")  # bulk build; RSS Guard sets its own mode when it opens it
    db.execute("PRAGMA synchronous = OFF")
    db.execute("PRAGMA cache_size = -200000")
    db.execute("ATTACH DATABASE ? AS src", ("file:" + os.path.abspath(archive) + "?mode=ro",))
    db.execute("BEGIN")
    for table in ("LabelsInMessages", "Labels", "Messages", "Feeds", "Categories", "Accounts"):
        db.execute(f"DELETE FROM main.{table}")
    db.execute("INSERT INTO Accounts (id, type, proxy_type) VALUES (1, 'std-rss', 0)")
    # Root categories, one per folder; feeds without a folder sit at the root (-1).
    db.execute("""CREATE TEMP TABLE folder_map AS
                  SELECT folder, row_number() OVER (ORDER BY folder) AS id
                  FROM (SELECT DISTINCT folder FROM src.feeds WHERE folder != '')""")
    db.execute("""INSERT INTO Categories (id, parent_id, title, date_created, account_id, custom_id)
                  SELECT id, -1, folder, 0, 1, CAST(id AS TEXT) FROM temp.folder_map""")
    db.execute("""INSERT INTO Feeds (id, title, description, date_created, category, source, update_type,
                                     update_interval, account_id, custom_id)
                  SELECT f.id, CASE WHEN f.title != '' THEN f.title ELSE f.url END, f.site_url,
                         f.created_at, COALESCE(m.id, -1), f.url, 2, 60, 1, CAST(f.id AS TEXT)
                  FROM src.feeds f LEFT JOIN temp.folder_map m ON m.folder = f.folder""")
    db.execute("""INSERT INTO Messages (id, is_read, is_important, is_deleted, is_pdeleted, feed, title, url,
                                        author, date_created, contents, score, account_id, custom_id)
                  SELECT a.id, a.read != 0, a.starred != 0, 0, 0, CAST(a.feed_id AS TEXT),
                         CASE WHEN a.title != '' THEN a.title ELSE '(untitled)' END, a.url, a.author,
                         MAX(COALESCE(a.published_at, a.sort_at), 0),
                         CASE WHEN a.extracted_text IS NOT NULL AND a.extracted_text != ''
                              THEN '<p>' || replace(replace(replace(replace(a.extracted_text, '&', '&amp;'),
                                   '<', '&lt;'), '>', '&gt;'), char(10) || char(10), '</p><p>') || '</p>'
                              ELSE COALESCE(a.content_raw, a.summary) END,
                         0.0, 1, CAST(a.id AS TEXT)
                  FROM src.articles a ORDER BY a.id LIMIT ?""", (limit,))
    if opts.labels:
        db.execute("""INSERT INTO Labels (id, name, color, custom_id, account_id)
                      SELECT id, name, COALESCE(color, '#808080'), CAST(id AS TEXT), 1 FROM src.tags""")
        db.execute("""INSERT INTO LabelsInMessages (label, message, account_id)
                      SELECT CAST(t.tag_id AS TEXT), CAST(t.article_id AS TEXT), 1
                      FROM src.article_tags t JOIN main.Messages m ON m.id = t.article_id""")
    db.execute("COMMIT")
    counts = {t: db.execute(f"SELECT count(*) FROM main.{t}").fetchone()[0]
              for t in ("Categories", "Feeds", "Messages", "Labels", "LabelsInMessages")}
    db.execute("DETACH DATABASE src")
    db.close()
    print(json.dumps({"out": out, "seconds": round(time.monotonic() - start, 1),
                      "bytes": os.path.getsize(out), **counts}))


if __name__ == "__main__":
    main()
