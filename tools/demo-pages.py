# Article page templates for the demo bundle (used by tools/make-demo.py). One template per outlet, each with
# its own class names and furniture (nav, share bar, related box, newsletter, comments, cookie banner, ads) and a
# tracking pixel and script under {{BASE}}/canary/ that the app must never load.
import datetime as dt
import html
import json
import re

B = "{{BASE}}"
E = html.escape

L10N = {
    "en": dict(related="Related stories", news="Subscribe to our newsletter", share=["Share on X", "Share on Facebook", "Email"],
               rights="All rights reserved.", home="Home", nav=["World", "Asia", "Europe", "Middle East", "Business"]),
    "ru": dict(related="Читайте также", news="Подпишитесь на нашу рассылку", share=["ВКонтакте", "Telegram", "Одноклассники"],
               rights="Все права защищены.", home="Главная", nav=["Политика", "В мире", "Экономика", "Происшествия", "Спорт"]),
    "ko": dict(related="많이 본 뉴스", news="뉴스레터 구독하기", share=["페이스북", "카카오톡", "링크 복사"],
               rights="무단 전재 및 재배포 금지.", home="홈", nav=["정치", "북한", "국제", "경제", "사회"]),
    "uk": dict(related="Читайте також", news="Підпишіться на розсилку", share=["Facebook", "Telegram", "X"],
               rights="Усі права захищені.", home="Головна", nav=["Війна", "Політика", "Світ", "Економіка", "Суспільство"]),
    "ar": dict(related="اقرأ أيضاً", news="اشترك في النشرة الإخبارية", share=["فيسبوك", "إكس", "واتساب"],
               rights="جميع الحقوق محفوظة.", home="الرئيسية", nav=["العالم", "الشرق الأوسط", "اقتصاد", "رياضة", "ثقافة"]),
}

# Localised photo captions for the non-English outlets: storyline -> (caption, credit)
INTL_PHOTO = {
    "ru": {"korea": ("Демилитаризованная зона на границе КНДР и Республики Корея", "Фото: Игорь Сомов/ТАСС"),
           "ukraine": ("Военнослужащие во время учений на полигоне", "Фото: Минобороны РФ/ТАСС"),
           "mideast": ("Дым над южными пригородами Бейрута", "Фото: EPA-EFE/WAEL HAMZEH"),
           "moldova": ("Избирательный участок в Кишиневе", "Фото: Дмитрий Осипов/ТАСС"),
           "trade": ("Контейнерный терминал в порту Циндао", "Фото: Синьхуа/ТАСС"),
           "storm": ("Последствия урагана во Флориде", "Фото: AP Photo/Rebecca Blackwell")},
    "ko": {"korea": ("북한이 폭파한 경의선 연결도로 [합동참모본부 제공. 재판매 및 DB 금지]", "연합뉴스"),
           "ukraine": ("우크라이나 의회에서 연설하는 젤렌스키 대통령", "AFP 연합뉴스"),
           "mideast": ("이스라엘 공습 받은 레바논 베이루트", "로이터 연합뉴스"),
           "trade": ("반도체 생산라인 [연합뉴스 자료사진]", "연합뉴스"),
           "storm": ("허리케인 밀턴이 휩쓸고 간 플로리다", "AP 연합뉴스")},
    "uk": {"ukraine": ("Наслідки російського обстрілу", "Фото: Данило Павленко, Укрінформ"),
           "moldova": ("Президентка Молдови Мая Санду", "Фото: AP Photo/Aurel Obreja")},
    "ar": {"mideast": ("الدخان يتصاعد فوق الضاحية الجنوبية لبيروت", "رويترز"),
           "trade": ("صيادون في ميناء بجزيرة هوكايدو اليابانية", "كيودو عبر رويترز"),
           "storm": ("شارع غمرته المياه في فلوريدا", "رويترز"),
           "moldova": ("مركز اقتراع في كيشيناو", "رويترز")},
}


def local(t, props):
    off = 0
    for since, minutes in props["tz"]:
        if t.strftime("%Y-%m-%d") >= since:
            off = minutes
    return t.astimezone(dt.timezone(dt.timedelta(minutes=off)))


def iso(t, props):
    return local(t, props).isoformat()


def related(it, outlet_items):
    """Four other stories of the same outlet from other storylines, nearest in time (they name other countries)."""
    others = [o for o in outlet_items if o["story"] not in (it["story"], "briefing") and o is not it]
    others.sort(key=lambda o: abs((o["time"] - it["time"]).total_seconds()))
    return others[:4]


def photo_of(it, props):
    if props["lang"] != "en":
        cap = INTL_PHOTO.get(props["lang"], {}).get(it["story"])
        if not cap or not it.get("photo_url"):
            return None
        return dict(url=it["photo_url"], caption=cap[0], credit=cap[1], alt=cap[0])
    if not it.get("photo_url"):
        return None
    return dict(url=it["photo_url"], caption=it["caption"], credit=it["credit"], alt=it["caption"].split(",")[0])


def jsonld(it, props, ph):
    if it["producer"] == props["name"]:
        author = [{"@type": "Person", "name": it["byline"] or props["name"]}]
    else:
        author = [{"@type": "Organization", "name": it["byline"] or it["producer"]}]
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": it["title"],
            "datePublished": iso(it["time"], props), "dateModified": iso(it["time"], props),
            "inLanguage": props["lang"], "mainEntityOfPage": it["url"], "author": author,
            "publisher": {"@type": "Organization", "name": props["name"],
                          "logo": {"@type": "ImageObject", "url": f"{B}/static/{it['outlet']}-logo.png"}}}
    if ph:
        data["image"] = [ph["url"]]
    return json.dumps(data, ensure_ascii=False, indent=1).replace("</", "<\\/")


def head(it, props, ph, charset_tag):
    desc = it["paras"][0][:200]
    og_img = f'<meta property="og:image" content="{E(ph["url"])}">\n' if ph else ""
    return f"""<!DOCTYPE html>
<html lang="{props['lang']}"{' dir="rtl"' if props['lang'] == 'ar' else ''}>
<head>
{charset_tag}
<title>{E(it['title'])} | {E(props['name'])}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{E(desc)}">
<meta property="og:site_name" content="{E(props['name'])}">
<meta property="og:type" content="article">
<meta property="og:title" content="{E(it['title'])}">
<meta property="og:url" content="{it['url']}">
{og_img}<meta property="article:published_time" content="{iso(it['time'], props)}">
<link rel="canonical" href="{it['url']}">
<link rel="alternate" type="application/rss+xml" title="{E(props['name'])}" href="{B}/{props['feed_path']}">
<script type="application/ld+json">
{jsonld(it, props, ph)}
</script>
<script src="{B}/canary/tracker.js?site={it['outlet']}" async></script>
<script>window.__ww_analytics = {{page: "{it['slug']}", section: "{it['story']}"}};</script>
</head>
"""


def footer(it, props, l10n):
    year = it["time"].year
    return f"""<div class="newsletter-signup"><h4>{E(l10n['news'])}</h4><form action="{B}/canary/subscribe" method="post"><input type="email" name="email"><button>OK</button></form></div>
<footer class="site-footer"><p>&copy; {year} {E(props['name'])}. {E(l10n['rights'])}</p>
<img src="{B}/canary/pixel.gif?u=reader&amp;p={it['slug']}" width="1" height="1" alt="">
</footer>
</body>
</html>
"""


def nav(props, l10n, cls):
    links = "".join(f'<li><a href="{B}/pages/{props["id"]}/section-{i}">{E(n)}</a></li>' for i, n in enumerate(l10n["nav"]))
    return f'<header class="{cls}"><a class="logo" href="{B}/">{E(props["name"])}</a><nav><ul><li><a href="{B}/">{E(l10n["home"])}</a></li>{links}</ul></nav></header>\n'


def share(l10n, cls):
    return f'<div class="{cls}">' + " ".join(f'<a href="#share-{i}">{E(s)}</a>' for i, s in enumerate(l10n["share"])) + "</div>\n"


def related_box(it, items, l10n, cls, title_tag="h3"):
    lis = "".join(f'<li><a href="{o["url"]}">{E(o["title"])}</a></li>' for o in related(it, items))
    return f'<aside class="{cls}"><{title_tag}>{E(l10n["related"])}</{title_tag}><ul>{lis}</ul></aside>\n'


def paras_html(it, tag="p"):
    out = []
    for p in it["paras"]:
        if p.isupper() and len(p) < 40:
            out.append(f"<h2>{E(p)}</h2>")
        else:
            out.append(f"<{tag}>{E(p)}</{tag}>")
    if it.get("tail"):
        out.append(f'<{tag} class="credit-line">{E(it["tail"])}</{tag}>')
    return out


def ltime(it, props, fmt):
    t = local(it["time"], props)
    return f'<time datetime="{t.isoformat()}">{t.strftime(fmt)}</time>'


def render_page(it, props, items, rng):
    props = dict(props, id=it["outlet"])
    if it.get("seed_html"):
        return adapt_seed(it), None
    l10n = L10N[props["lang"]]
    ph = photo_of(it, props)
    enc = props["enc"]
    charset = f'<meta charset="{enc}">' if enc != "euc-kr" else \
        '<meta http-equiv="Content-Type" content="text/html; charset=euc-kr">'
    render = TEMPLATES[it["outlet"]]
    body = render(it, props, items, l10n, ph)
    page = head(it, props, ph, charset) + body + footer(it, props, l10n)
    ctype = None if enc == "utf-8" else f"text/html; charset={enc}"
    return page.encode(enc), ctype


def adapt_seed(it):
    """The seed page as GSW serves it in the demo: every absolute or root-relative URL moved under {{BASE}}."""
    s = it["seed_html"]
    s = s.replace("https://pixel.example-tracker.com/p.gif", f"{B}/canary/pixel.gif")
    s = s.replace("https://www.googletagmanager.com/gtm.js", f"{B}/canary/gtm.js")
    s = s.replace("https://www.globalsouthworld.com/article/russia-blames-south-korea-for-tension-calls-for-diplomacy", it["url"])
    s = s.replace("https://www.globalsouthworld.com/images/2024/10/putin-kim-pyongyang.jpg", it["photo_url"])
    s = s.replace('href="/rss.xml"', f'href="{B}/feeds/gsw.xml"')
    s = s.replace('href="/article/', f'href="{B}/pages/gsw/')
    s = s.replace('href="/', f'href="{B}/gsw/').replace('src="/', f'src="{B}/gsw/')
    s = re.sub(r'href="(\{\{BASE\}\}/pages/gsw/[a-z0-9-]+)"', r'href="\1.html"', s)
    return s.encode("utf-8")


def t_gsw(it, props, items, l10n, ph):
    fig = ""
    if ph:
        fig = (f'<figure class="lead-image"><img src="{ph["url"]}" alt="{E(ph["alt"])}" width="1200" height="675">'
               f'<figcaption><span class="caption">{E(ph["caption"])}</span> <span class="credit">{E(ph["credit"])}</span></figcaption></figure>\n')
    note = f'<p class="disclaimer"><em>{E(it["footer_note"])}</em></p>' if it["footer_note"] else ""
    by = f'<p class="byline">By <a href="{B}/gsw/author">{E(it["byline"])}</a></p>' if it["byline"] else ""
    return (f"<body>\n{nav(props, l10n, 'site-header')}<main>\n<article class=\"story\">\n"
            f'<h1 class="story-title">{E(it["title"])}</h1>\n{fig}{by}{share(l10n, "share")}'
            f'{ltime(it, props, "%d %b %Y, %H:%M GMT")}\n<div class="story-body">\n' + "\n".join(paras_html(it)) +
            f"\n{note}\n</div>\n</article>\n" + related_box(it, items, dict(l10n, related="You may be interested in"), "related") + "</main>\n")


def t_pacific(it, props, items, l10n, ph):
    fig = ""
    if ph:
        fig = (f'<div class="media media--lead"><img src="{ph["url"]}" alt="{E(ph["alt"])}" loading="lazy">'
               f'<p class="media-caption">{E(ph["caption"])}. <em class="media-credit">Photo: {E(ph["credit"])}</em></p></div>\n')
    if it.get("gallery"):
        fig = ""
        ps = [f"<p>{E(it['paras'][0])}</p>"] + [
            f'<div class="media media--gallery"><img src="{im["url"]}" alt="" loading="lazy">'
            f'<p class="media-caption">{E(im["caption"])}. <em class="media-credit">Photo: {E(im["credit"])}</em></p></div>'
            for im in it["images"]]
    else:
        ps = paras_html(it)
    ps.insert(min(3, len(ps)), '<div class="ad-slot ad-slot--inline"><span>Advertisement</span><a href="' + B + '/canary/ad?slot=mid">Holiday deals to Bali from $399</a></div>')
    return (f"<body>\n{nav(props, l10n, 'masthead')}<div id=\"content\"><div class=\"article-header\">"
            f'<span class="kicker">World</span><h1 class="headline">{E(it["title"])}</h1>'
            f'<div class="byline">By <span class="author">{E(it["byline"] or it["producer"])}</span> · '
            f'{ltime(it, props, "%-d %B %Y — %-I.%M%p AEST" if it["time"] < dt.datetime(2024, 10, 6, tzinfo=dt.timezone.utc) else "%-d %B %Y — %-I.%M%p AEDT")}</div></div>\n'
            f'{fig}<div class="article-text">\n' + "\n".join(ps) + "\n</div>\n" + share(l10n, "social-tools") +
            related_box(it, items, dict(l10n, related="More from World"), "more-stories", "h2") + "</div>\n")


def t_meridian(it, props, items, l10n, ph):
    fig = ""
    if ph:
        fig = (f'<figure class="article-figure"><picture><img src="{ph["url"]}" alt="{E(ph["alt"])}"></picture>'
               f'<figcaption>{E(ph["caption"])}. ({E(ph["credit"])})</figcaption></figure>\n')
    ps = paras_html(it)
    note = f'<p class="copyright-note">{E(it["footer_note"])}</p>' if it["footer_note"] else ""
    readmore = "".join(f'<li><a href="{o["url"]}">{E(o["title"])}</a></li>' for o in related(it, items)[:3])
    return (f"<body>\n<div class=\"cookie-consent\">We use cookies to improve your experience. <button>Accept all</button></div>\n"
            f"{nav(props, l10n, 'top-nav')}<main id=\"main\"><article itemscope itemtype=\"https://schema.org/NewsArticle\"><header>"
            f'<h1 itemprop="headline">{E(it["title"])}</h1><div class="meta"><span class="author" itemprop="author">By {E(it["byline"])}</span> '
            f'{ltime(it, props, "Updated %-I:%M %p EDT, %B %-d, %Y")}</div></header>\n{fig}'
            f'<section class="article-body" itemprop="articleBody">\n' + "\n".join(ps) + f"\n</section>\n{note}\n"
            f'<div class="read-more"><h3>Read more</h3><ul>{readmore}</ul></div>\n</article></main>\n')


def t_harbour(it, props, items, l10n, ph):
    fig = ""
    if ph:
        fig = (f'<div class="hd-img"><img src="{ph["url"]}" alt=""><div class="hd-cap">{E(ph["caption"])}</div>'
               f'<div class="hd-credit">PHOTO: {E(ph["credit"])}</div></div>\n')
    note = f'<div class="hd-source">{E(it["footer_note"])}</div>' if it["footer_note"] else ""
    by = f'<div class="hd-author">{E(it["byline"])}</div>' if it["byline"] else ""
    body = "".join(f"<div class=\"hd-para\">{E(p)}</div>\n" for p in it["paras"])
    return (f"<body>\n<div id=\"cookie-bar\">This site uses cookies. By continuing you agree to our cookie policy. <a href=\"#ok\">OK</a></div>\n"
            f"{nav(props, l10n, 'hd-top')}<div class=\"hd-wrap\"><div class=\"hd-col-main\">"
            f'<h1 class="hd-title">{E(it["title"])}</h1>{by}<div class="hd-date">{ltime(it, props, "%b %-d, %Y, %-I:%M %p SGT")}</div>\n'
            f'{fig}{share(l10n, "hd-share")}<div class="hd-body">\n{body}</div>{note}</div>\n'
            f'<div class="hd-col-side">' + related_box(it, items, dict(l10n, related="Most read"), "hd-mostread", "h4") +
            '<div class="hd-promo">Get unlimited access for $0.99 a month. <a href="' + B + '/canary/promo">Subscribe</a></div></div></div>\n')


def t_northern(it, props, items, l10n, ph):
    fig = ""
    if ph:
        fig = (f'<figure class="nc-figure"><img src="{ph["url"]}" alt="{E(ph["alt"])}">'
               f'<figcaption>{E(ph["caption"])} <span class="photo-credit">{E(ph["credit"])}</span></figcaption></figure>\n')
    note = f'<p class="nc-files"><i>{E(it["footer_note"])}</i></p>' if it["footer_note"] else ""
    by = f'<p class="nc-byline">{E(it["byline"])}</p>' if it["byline"] else ""
    rel = related(it, items)
    comments = ""
    if rel:
        comments = (f'<section id="comments"><h3>Comments (2)</h3><div class="comment"><b>maplewatcher</b> '
                    f'<p>Meanwhile nobody is talking about {E(rel[0]["title"])}.</p></div>'
                    f'<div class="comment"><b>OttawaReader</b><p>Good piece, thanks.</p></div></section>\n')
    return (f"<body>\n{nav(props, l10n, 'nc-header')}<article class=\"nc-story\">"
            f'<h1>{E(it["title"])}</h1>{by}<p class="nc-published">Published {ltime(it, props, "%B %-d, %Y at %-I:%M %p EDT")}</p>\n'
            f'{fig}<div class="nc-content">\n' + "\n".join(paras_html(it)) + f"\n{note}</div>\n{share(l10n, 'nc-share')}</article>\n"
            + related_box(it, items, dict(l10n, related="Trending"), "nc-trending") + comments)


def t_vestnik(it, props, items, l10n, ph):
    fig = ""
    if ph:
        fig = (f'<div class="b-article__photo"><img src="{ph["url"]}" alt="{E(ph["alt"])}">'
               f'<div class="b-article__caption">{E(ph["caption"])}</div><div class="b-article__author">© {E(ph["credit"])}</div></div>\n')
    return (f"<body>\n{nav(props, l10n, 'b-header')}<div class=\"b-article\">"
            f'<div class="b-article__date">{ltime(it, props, "%d.%m.%Y, %H:%M")}</div><h1 class="b-article__title">{E(it["title"])}</h1>\n'
            f'{fig}<div class="b-article__text">\n' + "\n".join(paras_html(it)) + "\n</div>\n" + share(l10n, "b-share") +
            '<div class="b-promo">Подписывайтесь на наш канал в Telegram</div></div>\n' +
            related_box(it, items, l10n, "b-readalso"))


def t_hanbit(it, props, items, l10n, ph):
    fig = ""
    if ph:
        fig = (f'<table class="photo"><tr><td><img src="{ph["url"]}" alt="{E(ph["alt"])}"></td></tr>'
               f'<tr><td class="desc">{E(ph["caption"])} ({E(ph["credit"])})</td></tr></table>\n')
    text = "<br /><br />\n".join(E(p) for p in it["paras"])
    return (f"<body>\n{nav(props, l10n, 'gnb')}<div id=\"articleWrap\"><h1 class=\"headline\">{E(it['title'])}</h1>"
            f'<div class="info">송고시간 {ltime(it, props, "%Y-%m-%d %H:%M")}</div>\n{share(l10n, "sns")}'
            f'<div id="articleBody" itemprop="articleBody">\n{fig}{text}<br /><br />\n'
            f'<span class="reporter">국제부 기자 news@hanbit.example</span>\n</div>\n'
            '<p class="copyright">&lt;저작권자(c) 한빛일보, 무단 전재-재배포, AI 학습 및 활용 금지&gt;</p></div>\n' +
            related_box(it, items, l10n, "rank-news", "h4"))


def t_dnipro(it, props, items, l10n, ph):
    fig = ""
    if ph:
        fig = (f'<figure class="photo"><img src="{ph["url"]}" alt="{E(ph["alt"])}"><figcaption>{E(ph["caption"])}'
               f' <small>{E(ph["credit"])}</small></figcaption></figure>\n')
    return (f"<body>\n{nav(props, l10n, 'header')}<div class=\"article\"><h1>{E(it['title'])}</h1>"
            f'<div class="article__date">{ltime(it, props, "%d.%m.%Y %H:%M")}</div>\n{fig}<div class="article__body">\n' +
            "\n".join(paras_html(it)) + '\n<p class="source-ref">За матеріалами Укрінформу</p></div>\n' +
            share(l10n, "article__share") + "</div>\n" + related_box(it, items, l10n, "also-read"))


def t_sahil(it, props, items, l10n, ph):
    fig = ""
    if ph:
        fig = (f'<figure><img src="{ph["url"]}" alt="{E(ph["alt"])}"><figcaption>{E(ph["caption"])} '
               f'<cite>({E(ph["credit"])})</cite></figcaption></figure>\n')
    return (f"<body>\n{nav(props, l10n, 'main-header')}<main><article class=\"news-details\"><h1>{E(it['title'])}</h1>"
            f'<div class="date">{ltime(it, props, "%Y/%m/%d %H:%M")}</div>\n{fig}<div class="news-content">\n' +
            "\n".join(paras_html(it)) + "\n</div>\n" + share(l10n, "share-icons") + "</article>\n" +
            related_box(it, items, l10n, "related-news") + "</main>\n")


TEMPLATES = {"gsw": t_gsw, "pacific-ledger": t_pacific, "meridian-post": t_meridian, "harbour-daily": t_harbour,
             "northern-courier": t_northern, "vestnik": t_vestnik, "hanbit": t_hanbit, "dnipro": t_dnipro,
             "sahil": t_sahil}


def render_index(o, props, items):
    """A plain front page per outlet (the feeds' channel link), listing every story newest first."""
    enc = props["enc"]
    lis = "\n".join(f'<li><a href="{i["url"]}">{E(i["title"])}</a> <small>{local(i["time"], props):%Y-%m-%d %H:%M}</small></li>'
                    for i in sorted(items, key=lambda i: i["time"], reverse=True))
    page = (f'<!DOCTYPE html>\n<html lang="{props["lang"]}"><head><meta charset="{enc}"><title>{E(props["name"])}</title></head>\n'
            f'<body><h1>{E(props["name"])}</h1><ul>\n{lis}\n</ul></body></html>\n')
    return page.encode(enc)
