#!/usr/bin/env python3
"""Generate the labelled extraction dev set in tests/data/devset/ (NN-slug.html + NN-slug.expected.json).

Texts: tools/demo-devset-texts.py (hand-written). Templates below imitate typical news-site markup (WordPress,
Bootstrap div soup, old table layouts, BBC-like components, AMP-like, microdata, RTL) with traps: related boxes
naming other countries, comments, cookie banners, "Read more" lists, inline ads, newsletter sign-ups.
The expected body is built from the same paragraphs as the page, so page and label cannot drift apart.
Deterministic; re-runnable. Usage: tools/demo-devset.py
"""
import html
import importlib.util
import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "data" / "devset"
E = html.escape

spec = importlib.util.spec_from_file_location("devset_texts", ROOT / "tools" / "demo-devset-texts.py")
TX = importlib.util.module_from_spec(spec)
spec.loader.exec_module(TX)

# credit key -> (credit string as printed, parsed)
CREDITS = {
    "reuters-yimou": ("REUTERS/Ann Wang", ("Reuters", "Ann Wang", False, "Reuters", False)),
    "afp-jose": ("JOSE JORDAN / AFP", ("AFP", "Jose Jordan", False, "AFP", False)),
    "ap-eugene": ("AP Photo/Eugene Hoshiko", ("AP", "Eugene Hoshiko", False, "AP", False)),
    "ap-ramon": ("AP Photo/Ramon Espinosa", ("AP", "Ramon Espinosa", False, "AP", False)),
    "reuters-willy-pool": ("Willy Kurniawan/Pool via REUTERS", ("Reuters", "Willy Kurniawan", True, "Reuters", False)),
    "epa-zurab": ("EPA-EFE/ZURAB KURTSIKIDZE", ("EPA-EFE", "ZURAB KURTSIKIDZE", False, "EPA-EFE", False)),
    "afp-ted": ("Photo by Ted Aljibe / AFP", ("AFP", "Ted Aljibe", False, "AFP", False)),
    "staff-ade": ("Photo: Adeola Bankole/Savanna Post", (None, "Adeola Bankole", False, None, False)),
    "ap-fernando": ("AP Photo/Fernando Vergara", ("AP", "Fernando Vergara", False, "AP", False)),
    "ria-pool": ("Alexander Kazakov/Pool via REUTERS/File Photo", ("Reuters", "Alexander Kazakov", True, "Reuters", True)),
    "ap-marco": ("AP Photo/Marco Ugarte", ("AP", "Marco Ugarte", False, "AP", False)),
    "reuters-jim": ("REUTERS/Jim Urquhart", ("Reuters", "Jim Urquhart", False, "Reuters", False)),
    "afp-simon": ("SIMON MAINA/AFP via Getty Images", ("AFP", "Simon Maina", False, "Getty Images", False)),
    "staff-leah": ("Leah Brandt/Gulf Coast Record", (None, "Leah Brandt", False, None, False)),
    "yonhap": ("Yonhap", ("Yonhap", None, False, "Yonhap", False)),
    "reuters-blair": ("REUTERS/Blair Gable/File Photo", ("Reuters", "Blair Gable", False, "Reuters", True)),
    "ap-natacha": ("AP Photo/Natacha Pisarenko", ("AP", "Natacha Pisarenko", False, "AP", False)),
    "reuters-siphiwe": ("REUTERS/Siphiwe Sibeko", ("Reuters", "Siphiwe Sibeko", False, "Reuters", False)),
    "tass-pool": ("Фото: Максим Блинов/пул/ТАСС", ("TASS", "Максим Блинов", True, "TASS", False)),
    "staff-ru": ("Фото: Олег Рябов", (None, "Олег Рябов", False, None, False)),
    "staff-ru2": ("Фото: Дальневосточный вестник", (None, None, False, None, False)),
    "reuters-ru": ("Фото: REUTERS/Антон Ванюшкин", ("Reuters", "Антон Ванюшкин", False, "Reuters", False)),
    "epa-ru": ("Фото: EPA/МОХАММЕД САБЕР", ("EPA", "МОХАММЕД САБЕР", False, "EPA", False)),
    "ukrinform-photo": ("Фото: Вячеслав Мадієвський, Укрінформ", ("Ukrinform", "Вячеслав Мадієвський", False, "Ukrinform", False)),
    "staff-uk": ("Фото: Південний кур'єр", (None, None, False, None, False)),
    "staff-uk2": ("Фото: Ірина Мельник", (None, "Ірина Мельник", False, None, False)),
    "yonhap-ko": ("[합동참모본부 제공. 재판매 및 DB 금지] 연합뉴스", ("Yonhap", None, False, "Yonhap", False)),
    "staff-ko": ("경제일보 온라인 자료사진", (None, None, False, None, False)),
    "staff-ko2": ("사진=문화저널 K DB", (None, None, False, None, False)),
    "afp-ko": ("AFP 연합뉴스", ("AFP", None, False, "Yonhap", False)),
    "afp-ar": ("(أ ف ب)", ("AFP", None, False, "AFP", False)),
    "reuters-ar": ("رويترز", ("Reuters", None, False, "Reuters", False)),
    "ap-ar": ("(أ ب)", ("AP", None, False, "AP", False)),
    "reuters-eva": ("REUTERS/Eva Manez", ("Reuters", "Eva Manez", False, "Reuters", False)),
    "epa-biel": ("EPA-EFE/BIEL ALINO", ("EPA-EFE", "BIEL ALINO", False, "EPA-EFE", False)),
    "tass-kazan": ("Фото: Егор Алеев/ТАСС", ("TASS", "Егор Алеев", False, "TASS", False)),
    "yonhap-paju": ("[연합뉴스 자료사진]", ("Yonhap", None, False, "Yonhap", False)),
}

# Related-box entries (traps): key -> (title, country code)
RELATED = {
    "brazil": ("Brazil's Lula hosts G20 finance ministers in Rio", "BR"),
    "kenya": ("Kenya's tea exports hit record as shilling steadies", "KE"),
    "peru": ("Peru declares emergency as forest fires spread in Amazonas", "PE"),
    "canada": ("Canada's wildfire season ends with record area burned", "CA"),
    "thailand": ("Floods hit northern Thailand's Chiang Mai", "TH"),
    "chile": ("Chile's copper output rises for third month", "CL"),
    "portugal": ("Portugal battles wildfires near Aveiro", "PT"),
    "nz": ("New Zealand's central bank cuts rates by half a point", "NZ"),
    "ru-argentina": ("Инфляция в Аргентине замедлилась", "AR"),
    "ru-cuba": ("Куба объявила о переходе на новую систему карточек", "CU"),
    "ru-serbia": ("Сербия закупит французские истребители", "RS"),
    "ru-indonesia": ("В Индонезии открылась новая столица", "ID"),
    "uk-finland": ("Фінляндія добудовує паркан на кордоні", "FI"),
    "uk-japan": ("Японія обрала нового прем'єр-міністра", "JP"),
    "uk-brazil": ("Бразилія прийматиме саміт G20", "BR"),
    "ko-brazil": ("브라질, G20 정상회의 준비 박차", "BR"),
    "ko-mexico": ("멕시코 첫 여성 대통령 취임", "MX"),
    "ko-australia": ("호주, 16세 미만 SNS 금지 추진", "AU"),
    "ar-brazil": ("البرازيل تستضيف اجتماعات مجموعة العشرين", "BR"),
    "ar-morocco": ("المغرب يفتتح ميناء جديداً على المتوسط", "MA"),
    "ar-tunisia": ("تونس: ارتفاع صادرات زيت الزيتون", "TN"),
    "ar-sudan": ("السودان: فيضانات تجرف قرى في الشمال", "SD"),
}

FURN = {
    "en": dict(rel="Related stories", more="Read more", news="Sign up for our morning newsletter", cookie="We value your privacy. We and our partners use cookies.",
               accept="Accept all", ad="Advertisement", comments="Comments", c1="Great reporting, as always.", share="Share this article",
               rights="All rights reserved."),
    "ru": dict(rel="Читайте также", more="Еще по теме", news="Подпишитесь на рассылку", cookie="Мы используем файлы cookie.", accept="Принять",
               ad="Реклама", comments="Комментарии", c1="Спасибо за новость!", share="Поделиться", rights="Все права защищены."),
    "uk": dict(rel="Читайте також", more="Більше новин", news="Підпишіться на розсилку", cookie="Ми використовуємо файли cookie.", accept="Погоджуюсь",
               ad="Реклама", comments="Коментарі", c1="Дякую за новину.", share="Поділитися", rights="Усі права захищені."),
    "ko": dict(rel="관련기사", more="많이 본 기사", news="뉴스레터 신청", cookie="이 사이트는 쿠키를 사용합니다.", accept="동의",
               ad="광고", comments="댓글", c1="좋은 기사 감사합니다.", share="공유하기", rights="무단전재 및 재배포 금지."),
    "ar": dict(rel="أخبار ذات صلة", more="اقرأ المزيد", news="اشترك في نشرتنا البريدية", cookie="نستخدم ملفات تعريف الارتباط.", accept="موافق",
               ad="إعلان", comments="التعليقات", c1="شكراً على التغطية.", share="شارك", rights="جميع الحقوق محفوظة."),
}


def local_iso(a):
    import datetime as dt
    t = dt.datetime.strptime("2024-" + a["utc"], "%Y-%m-%d %H:%M").replace(tzinfo=dt.timezone.utc)
    lt = t.astimezone(dt.timezone(dt.timedelta(minutes=a["tz"])))
    return t, lt


def charset_tag(a, style):
    if style == "http-equiv":
        return f'<meta http-equiv="Content-Type" content="text/html; charset={a["enc"]}">'
    return f'<meta charset="{a["enc"]}">'


def jsonld(a, c):
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
            "datePublished": c["iso"], "publisher": {"@type": "Organization", "name": a["pub"]},
            "mainEntityOfPage": {"@type": "WebPage", "@id": c["canonical"]}}
    if c["img"]:
        data["image"] = {"@type": "ImageObject", "url": c["img"]["abs"]}
    return '<script type="application/ld+json">' + json.dumps(data, ensure_ascii=False) + "</script>"


def head(a, c, extra="", charset="meta", canonical=True, ld=True, og=True):
    rtl = ' dir="rtl"' if a["lang"] == "ar" else ""
    parts = ["<!DOCTYPE html>", f'<html lang="{a["lang"]}"{rtl}>', "<head>",
             charset_tag(a, charset), f"<title>{E(a['title'])} - {E(a['pub'])}</title>"]
    if og:
        parts += [f'<meta property="og:site_name" content="{E(a["pub"])}">', f'<meta property="og:title" content="{E(a["title"])}">',
                  f'<meta property="og:url" content="{c["canonical"]}">', '<meta property="og:type" content="article">']
        if c["img"]:
            parts.append(f'<meta property="og:image" content="{c["img"]["abs"]}">')
    if canonical:
        parts.append(f'<link rel="canonical" href="{c["canonical"]}">')
    if ld:
        parts.append(jsonld(a, c))
    parts += ['<script async src="https://cdn.ads-network.example/tag.js"></script>', extra, "</head>"]
    return "\n".join(p for p in parts if p)


def rel_links(c, f):
    return "".join(f'<li><a href="{u}">{E(t)}</a></li>' for t, u in c["related"])


def byline_text(a):
    if a.get("byline"):
        return a["byline"]
    return a["ev"] if a["producer"] == a["pub"] else ""


def bbc_figure(im):
    return (f'<div data-component="image-block"><figure><div class="img-wrap"><span class="image-copyright" role="text"><span class="visually-hidden">Image source, </span>{E(im["credit"])}</span>'
            f'<img src="{im["abs"]}" alt="{E(im["caption"])}" width="976"></div><figcaption><span class="visually-hidden">Image caption, </span>{E(im["caption"])}</figcaption></figure></div>')


def t_wp(a, c, f):
    im = c["img"]
    fig = (f'<div id="attachment_{c["n"]}" class="wp-caption aligncenter" style="width: 1034px"><img class="size-large" src="{im["rel"]}" alt="" width="1024" height="683">'
           f'<p class="wp-caption-text">{E(im["caption"])} | {E(im["credit"])}</p></div>') if im else ""
    ps = [f"<p>{E(p)}</p>" for p in a["paras"]]
    if fig:
        ps.insert(1, fig)
    by = byline_text(a)
    return head(a, c) + f"""
<body class="post-template-default single single-post">
<div id="page" class="site"><header id="masthead" class="site-header"><p class="site-title"><a href="/">{E(a['pub'])}</a></p>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu"><li><a href="/world/">World</a></li><li><a href="/business/">Business</a></li><li><a href="/opinion/">Opinion</a></li></ul></nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-{c['n']}" class="post type-post status-publish format-standard">
<header class="entry-header"><h1 class="entry-title">{E(a['title'])}</h1>
<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="{c['iso']}">{c['lt'].strftime('%B %-d, %Y')}</time></span>{f' <span class="byline"><span class="author vcard">{E(by)}</span></span>' if by else ''}</div></header>
<div class="entry-content">
{chr(10).join(ps)}
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">{E(f['share'])}:</h3><ul><li><a class="share-twitter" href="#">X</a></li><li><a class="share-facebook" href="#">Facebook</a></li></ul></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>{E(f['rel'])}</em></h3><ul>{rel_links(c, f)}</ul></div>
</div>
</article>
<div id="comments" class="comments-area"><h2 class="comments-title">2 {E(f['comments'])}</h2><ol class="comment-list">
<li class="comment"><div class="comment-author">reader_77</div><div class="comment-content"><p>{E(f['c1'])} {E(c['related'][0][0])}?</p></div></li>
<li class="comment"><div class="comment-author">J. Park</div><div class="comment-content"><p>{E(f['c1'])}</p></div></li></ol></div>
</main></div>
<aside id="secondary" class="widget-area"><section class="widget widget_newsletter"><h2 class="widget-title">{E(f['news'])}</h2><form><input type="email"></form></section></aside>
</div>
<footer id="colophon" class="site-footer"><div class="site-info">&copy; 2024 {E(a['pub'])}. {E(f['rights'])}</div></footer></div>
<div id="cookie-notice" role="dialog"><span id="cn-notice-text">{E(f['cookie'])}</span><a href="#" id="cn-accept-cookie">{E(f['accept'])}</a></div>
</body>
</html>
"""


def t_bootstrap(a, c, f):
    im = c["img"]
    fig = (f'<div class="news-img"><img class="img-fluid" src="{im["abs"]}" alt="{E(im["caption"])}"><div class="img-desc">{E(im["caption"])}<br>'
           f'<span class="img-source">{E(im["credit"])}</span></div></div>') if im else ""
    ps = [f"<p>{E(p)}</p>" for p in a["paras"]]
    ps.insert(min(2, len(ps)), f'<div class="banner-inline"><span class="ad-label">{E(f["ad"])}</span><ins class="adsbygoogle" data-ad-slot="123"></ins><a href="https://ads.example/click">{E(f["ad"])}: Bank deposits 18%</a></div>')
    by = byline_text(a)
    return head(a, c, charset="http-equiv" if a["enc"] != "utf-8" else "meta") + f"""
<body>
<div class="cookie-alert alert alert-dark fixed-bottom">{E(f['cookie'])} <button class="btn btn-sm">{E(f['accept'])}</button></div>
<nav class="navbar navbar-expand-lg"><a class="navbar-brand" href="/">{E(a['pub'])}</a><ul class="navbar-nav"><li class="nav-item"><a class="nav-link" href="/news">{E(f['more'])}</a></li></ul></nav>
<div class="container"><div class="row">
<div class="col-lg-8"><div class="news-detail">
<div class="title"><h1>{E(a['title'])}</h1></div>
<div class="date-author"><span class="date">{c['lt'].strftime('%d.%m.%Y %H:%M')}</span>{f' <span class="author">{E(by)}</span>' if by else ''}</div>
{fig}
<div class="news-text">
{chr(10).join(ps)}
</div>
<div class="share-block">{E(f['share'])}: <a href="#">Telegram</a> <a href="#">Facebook</a></div>
<div class="more-news"><h3>{E(f['more'])}</h3><ul>{rel_links(c, f)}</ul></div>
</div></div>
<div class="col-lg-4"><div class="subscribe-box"><h4>{E(f['news'])}</h4><input type="email" class="form-control"></div></div>
</div></div>
<footer class="footer"><div class="container">&copy; {E(a['pub'])}, 2024. {E(f['rights'])}</div></footer>
</body>
</html>
"""


def t_table(a, c, f):
    im = c["img"]
    fig = (f'<table class="photo_table" align="center"><tr><td><img src="{im["abs"]}" width="500" border="0"></td></tr>'
           f'<tr><td class="photo_caption">{E(im["caption"])}</td></tr><tr><td class="photo_credit">{E(im["credit"])}</td></tr></table>') if im else ""
    text = "<br><br>\n".join(E(p) for p in a["paras"])
    by = byline_text(a)
    return head(a, c, charset="http-equiv", ld=False) + f"""
<body bgcolor="#ffffff" topmargin="0">
<table width="980" cellpadding="0" cellspacing="0" align="center"><tr><td colspan="3" class="top_banner"><a href="/">{E(a['pub'])}</a> | <a href="/login">Login</a></td></tr>
<tr><td width="160" valign="top" class="left_menu"><a href="/politics">Politics</a><br><a href="/world">World</a><br><a href="/economy">Economy</a></td>
<td width="620" valign="top" class="content">
<h1 class="news_title">{E(a['title'])}</h1>
<div class="news_date">{c['lt'].strftime('%Y.%m.%d %H:%M')}{f' &nbsp; {E(by)}' if by else ''}</div>
{fig}
<div class="news_body">
{text}
</div>
<div class="news_copy">&copy; {E(a['pub'])}. {E(f['rights'])}</div>
</td>
<td width="200" valign="top" class="right"><b>{E(f['rel'])}</b><ul>{rel_links(c, f)}</ul><div class="ad_box">{E(f['ad'])}</div><div class="subscribe">{E(f['news'])}</div></td></tr></table>
</body>
</html>
"""


def t_soup(a, c, f):
    im = c["img"]
    fig = (f'<div class="art-pic"><img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" data-src="{im["rel"]}" class="lazy">'
           f'<div class="art-pic-txt"><span class="cr">{E(im["credit"])}</span> <span class="tx">{E(im["caption"])}</span></div></div>') if im else ""
    body = "\n".join(f'<div class="p">{E(p)}</div>' for p in a["paras"])
    by = byline_text(a)
    return head(a, c, extra=f'<meta property="article:published_time" content="{c["iso"]}">', ld=False, canonical=False) + f"""
<body>
<div class="wrapper"><div class="hdr"><div class="logo">{E(a['pub'])}</div><div class="menu"><div class="mi">World</div><div class="mi">Business</div></div></div>
<div class="cnt"><div class="art">
<div class="art-hd"><div class="art-ttl">{E(a['title'])}</div><div class="art-dt">{c['lt'].strftime('%d %b %Y %H:%M')}</div>{f'<div class="art-by">{E(by)}</div>' if by else ''}</div>
{fig}
<div class="art-txt">
{body}
</div>
<div class="art-more"><div class="art-more-h">{E(f['more'])}</div>{''.join(f'<div class="art-more-i"><a href="{u}">{E(t)}</a></div>' for t, u in c['related'])}</div>
<div class="art-cmts"><div class="art-cmts-h">{E(f['comments'])} (1)</div><div class="cmt"><div class="cmt-u">anon</div><div class="cmt-t">{E(f['c1'])}</div></div></div>
</div><div class="side"><div class="nl">{E(f['news'])}</div></div></div>
<div class="ftr">&copy; 2024 {E(a['pub'])}. {E(f['rights'])}</div></div>
</body>
</html>
"""


def t_bbc(a, c, f):
    im = c["img"]
    fig = bbc_figure(im) if im else ""
    blocks = [f'<div data-component="text-block"><p>{E(p)}</p></div>' for p in a["paras"]]
    if c.get("img2"):
        blocks.insert(2, bbc_figure(c["img2"]))
    if fig:
        blocks.insert(0, fig)
    by = byline_text(a)
    return head(a, c) + f"""
<body>
<div id="cookie-banner" class="cookie-banner"><p>{E(f['cookie'])}</p><button>{E(f['accept'])}</button></div>
<header><a href="/" class="brand">{E(a['pub'])}</a><nav><ul><li><a href="/news">News</a></li><li><a href="/news/world">World</a></li></ul></nav></header>
<div id="main-content"><main role="main"><article>
<header><h1 id="main-heading">{E(a['title'])}</h1></header>
<div data-component="metadata-block"><time datetime="{c['iso']}">{c['lt'].strftime('%-d %B %Y')}</time></div>
{f'<div data-component="byline-block"><span>{E(by)}</span></div>' if by else ''}
{chr(10).join(blocks)}
<div data-component="topic-list"><h2>Related topics</h2><ul><li><a href="/topics/world">World</a></li></ul></div>
</article>
<section data-component="links-block"><h2>More on this story</h2><ul>{rel_links(c, f)}</ul></section>
</main></div>
<footer><p>Copyright &copy; 2024 {E(a['pub'])}. {E(f['rights'])}</p></footer>
</body>
</html>
"""


def t_amp(a, c, f):
    im = c["img"]
    fig = (f'<figure class="c-figure"><amp-img src="{im["abs"]}" width="1200" height="800" layout="responsive"></amp-img><noscript><img src="{im["abs"]}"></noscript>'
           f'<figcaption class="c-figure__caption"><span class="c-figure__text">{E(im["caption"])}</span> <span class="c-figure__credit">Credit: {E(im["credit"])}</span></figcaption></figure>') if im else ""
    ps = [f"<p>{E(p)}</p>" for p in a["paras"]]
    ps.insert(min(2, len(ps)), f'<p class="c-readmore"><strong>{E(f["more"])}:</strong> <a href="{c["related"][0][1]}">{E(c["related"][0][0])}</a></p>')
    ps.append(f'<div class="c-newsletter"><h4>{E(f["news"])}</h4><form><input type="email"></form></div>')
    by = byline_text(a)
    return head(a, c) + f"""
<body>
<header class="c-header"><a class="c-logo" href="/">{E(a['pub'])}</a></header>
<main><article class="c-article">
<h1 class="c-article__title">{E(a['title'])}</h1>
<div class="c-article__meta">{f'<span class="c-byline">{E(by)}</span> ' if by else ''}<time datetime="{c['iso']}">{c['lt'].strftime('%b %-d, %Y %H:%M')}</time></div>
{fig}
<div class="c-article__body">
{chr(10).join(ps)}
</div>
<div class="c-share">{E(f['share'])}</div>
</article>
<aside class="c-related"><h3>{E(f['rel'])}</h3><ul>{rel_links(c, f)}</ul></aside></main>
<footer class="c-footer">&copy; {E(a['pub'])} 2024. {E(f['rights'])}</footer>
</body>
</html>
"""


def t_micro(a, c, f):
    im = c["img"]
    fig = (f'<div class="photo" itemprop="image" itemscope itemtype="https://schema.org/ImageObject"><img itemprop="url" src="{im["abs"]}">'
           f'<p class="photo-caption"><span itemprop="caption">{E(im["caption"])}</span> <span class="photo-credit" itemprop="copyrightHolder">{E(im["credit"])}</span></p></div>') if im else ""
    by = byline_text(a)
    return head(a, c, ld=False) + f"""
<body>
<div class="topbar"><a href="/">{E(a['pub'])}</a> <a href="/subscribe">{E(f['news'])}</a></div>
<div id="story" itemscope itemtype="https://schema.org/NewsArticle">
<meta itemprop="datePublished" content="{c['iso']}">
<div itemprop="publisher" itemscope itemtype="https://schema.org/Organization"><meta itemprop="name" content="{E(a['pub'])}"></div>
<h1 itemprop="headline">{E(a['title'])}</h1>
{f'<div class="author" itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">{E(by)}</span></div>' if by else ''}
<div class="dateline-time">{c['lt'].strftime('%-m/%-d/%Y %-I:%M %p')}</div>
{fig}
<div class="story-text" itemprop="articleBody">
{chr(10).join(f'<p>{E(p)}</p>' for p in a['paras'])}
</div>
</div>
<div class="trending"><h3>{E(f['more'])}</h3><ol>{rel_links(c, f)}</ol></div>
<div class="footer">&copy; 2024 {E(a['pub'])}. {E(f['rights'])}</div>
</body>
</html>
"""


def t_ukr(a, c, f):
    im = c["img"]
    fig = (f'<figure class="newsImage"><img src="{im["abs"]}" alt="{E(im["caption"])}"><figcaption>{E(im["caption"])}</figcaption></figure>'
           f'<div class="newsImageAuthor">{E(im["credit"])}</div>') if im else ""
    ps = [f"<p>{E(p)}</p>" for p in a["paras"]]
    ps.insert(min(2, len(ps)), f'<p class="read-also">{E(f["rel"])}: <a href="{c["related"][0][1]}">{E(c["related"][0][0])}</a></p>')
    return head(a, c, ld=False) + f"""
<body>
<div class="header"><a href="/" class="logo">{E(a['pub'])}</a></div>
<div class="main"><div class="newsHeading"><h1>{E(a['title'])}</h1></div>
<div class="newsDate"><time datetime="{c['iso']}">{c['lt'].strftime('%d.%m.%Y %H:%M')}</time></div>
{fig}
<div class="newsText"><div>
{chr(10).join(ps)}
</div></div>
<div class="newsTags"><a href="/tag-war">Війна</a></div>
<div class="otherNews"><h3>{E(f['more'])}</h3><ul>{rel_links(c, f)}</ul></div>
<div class="subscribe">{E(f['news'])}</div></div>
<div class="footer">&copy; 2024 {E(a['pub'])}. {E(f['rights'])}</div>
</body>
</html>
"""


def t_arabic(a, c, f):
    im = c["img"]
    fig = (f'<div class="article-image"><img src="{im["abs"]}" alt="{E(im["caption"])}"><div class="image-caption">{E(im["caption"])} '
           f'<span class="image-source">{E(im["credit"])}</span></div></div>') if im else ""
    by = byline_text(a)
    return head(a, c) + f"""
<body>
<header class="main-header"><a href="/">{E(a['pub'])}</a></header>
<div class="article-page"><h1 class="article-title">{E(a['title'])}</h1>
<div class="article-date">{c['lt'].strftime('%Y/%m/%d %H:%M')}</div>{f'<div class="article-author">{E(by)}</div>' if by else ''}
{fig}
<div class="article-body">
{chr(10).join(f'<p>{E(p)}</p>' for p in a['paras'])}
</div>
<div class="share">{E(f['share'])}</div>
<div class="related-news"><h3>{E(f['rel'])}</h3><ul>{rel_links(c, f)}</ul></div>
<div class="newsletter">{E(f['news'])}</div></div>
<footer>&copy; 2024 {E(a['pub'])}. {E(f['rights'])}</footer>
</body>
</html>
"""


TEMPLATES = {"wp": t_wp, "bootstrap": t_bootstrap, "table": t_table, "soup": t_soup, "bbc": t_bbc, "amp": t_amp,
             "micro": t_micro, "ukr": t_ukr, "arabic": t_arabic}
URL_STYLE = {"wp": "/{y}/{m}/{d}/{slug}/", "bootstrap": "/news/{slug}-{n}", "table": "/news/view.php?id=2024{m}{d}{n}",
             "soup": "/art/{y}{m}{d}/{slug}.html", "bbc": "/news/world-{n}", "amp": "/{y}/{m}/{slug}",
             "micro": "/story/{slug}-{n}", "ukr": "/news/{n}-{slug}.html", "arabic": "/article/{n}"}


def main():
    rng = random.Random(4040)
    if OUT.exists():
        for p in list(OUT.glob("*.html")) + list(OUT.glob("*.expected.json")):
            p.unlink()  # README.md stays
    OUT.mkdir(parents=True, exist_ok=True)
    for idx, a in enumerate(TX.A, start=1):
        n = 10000 + idx * 37
        t, lt = local_iso(a)
        path = URL_STYLE[a["tpl"]].format(y=lt.year, m=f"{lt.month:02}", d=f"{lt.day:02}", slug=a["slug"], n=n)
        canonical = f"https://www.{a['dom']}{path}"
        def image(spec_):
            if not spec_:
                return None
            credit, parsed = CREDITS[spec_[2]]
            return dict(rel=spec_[0], abs=f"https://www.{a['dom']}{spec_[0]}", caption=spec_[1], credit=credit,
                        parsed=dict(zip(("origin_agency", "photographer", "pool", "distributor", "file_photo"), parsed)))
        img, img2 = image(a["img"]), image(a.get("img2"))
        related = [(RELATED[k][0], f"https://www.{a['dom']}/related/{k}-{rng.randint(100, 999)}") for k in a["rel"]]
        f = FURN[a["lang"]]
        c = dict(n=n, iso=lt.isoformat(), lt=lt, canonical=canonical, img=img, img2=img2, related=related)
        page = TEMPLATES[a["tpl"]](a, c, f)
        # Labels are derived from the same data as the page; check the page really carries them.
        text = html.unescape(page)
        assert a["ev"] in text, (a["slug"], a["ev"])
        for p in a["paras"]:
            assert p in text, (a["slug"], p[:40])
        name = f"{idx:02}-{a['slug']}"
        (OUT / f"{name}.html").write_bytes(page.encode(a["enc"]))
        must_not = [RELATED[k][1] for k in a["rel"] if RELATED[k][1] not in a["must"]]
        countries = {"must": a["must"], "must_not": must_not}
        countries["top1" if len(a["top"]) == 1 else "top3_any_order"] = a["top"][0] if len(a["top"]) == 1 else a["top"]
        traps = [related[0][0], f["news"], f["rights"]]
        if a["tpl"] in ("wp", "bootstrap", "bbc", "soup"):
            traps.append(f["cookie"] if a["tpl"] != "soup" else f["c1"])
        if a["tpl"] == "bootstrap":
            traps.append(f["ad"])
        body = "\n\n".join(a["paras"])
        for trap in traps:
            assert trap not in body, (a["slug"], trap)
        expected = {
            "about": f"Dev-set page {name}: written for Wirewatch in the style of the '{a['tpl']}' template; fictional outlet.",
            "title": a["title"], "publisher": a["pub"], "producer": a["producer"], "producer_evidence": a["ev"],
            "published_utc": t.strftime("%Y-%m-%dT%H:%M:%SZ"), "canonical_url": canonical, "language": a["lang"],
            "encoding": a["enc"], "template": a["tpl"],
            "images": [dict(url=i["abs"], caption=i["caption"], credit=i["credit"], credit_parsed=i["parsed"])
                       for i in (img, img2) if i],
            "body": "\n\n".join(a["paras"]), "countries": countries, "body_must_not_contain": traps}
        (OUT / f"{name}.expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(TX.A)} pages written to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
