#pragma once

// Loads the hand-written snippets of tests/data/analysis (format in its README.md) for the analysis tests.

#include "extract/article.h"

#include <QDir>
#include <QFile>
#include <QMultiMap>
#include <QString>

namespace wwtest {

struct Snippet
{
    QString name;
    ww::Article article;
    QMultiMap<QString, QString> expect; // "producer" -> "Reuters"; "quote" may repeat
};

inline QStringList splitList(const QString &value)
{
    QStringList out;
    for (const QString &s : value.split(QLatin1Char('|'), Qt::SkipEmptyParts))
        out.append(s.trimmed());
    return out;
}

inline QList<Snippet> loadSnippets()
{
    QList<Snippet> out;
    const QDir dir(QStringLiteral(WW_TEST_DATA_DIR "/analysis"));
    for (const QString &file : dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QString all = QString::fromUtf8(f.readAll());
        const qsizetype split = all.indexOf(QStringLiteral("\n---\n"));
        Snippet s;
        s.name = file.chopped(4);
        s.article.text = all.mid(split + 5).trimmed();
        ww::ArticleImage image;
        for (const QString &line : all.left(split).split(QLatin1Char('\n'))) {
            const qsizetype colon = line.indexOf(QLatin1Char(':'));
            if (colon < 0)
                continue;
            const QString key = line.left(colon).trimmed();
            const QString value = line.mid(colon + 1).trimmed();
            if (key == QLatin1String("site"))
                s.article.siteName = value;
            else if (key == QLatin1String("title"))
                s.article.title = value;
            else if (key == QLatin1String("byline"))
                s.article.byline = value;
            else if (key == QLatin1String("image.caption"))
                image.caption = value;
            else if (key == QLatin1String("image.credit"))
                image.credit = value;
            else if (key.startsWith(QLatin1String("expect.")))
                s.expect.insert(key.mid(7), value);
        }
        if (!image.caption.isEmpty() || !image.credit.isEmpty())
            s.article.images.append(image);
        out.append(s);
    }
    return out;
}

} // namespace wwtest
