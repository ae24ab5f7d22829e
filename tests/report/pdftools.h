#pragma once

// poppler-utils from the tests: pdftotext for the words, pdfinfo for the paper, pdftoppm for the pixels.
#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

inline bool havePoppler()
{
    return !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty() &&
           !QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty() &&
           !QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty();
}

inline QByteArray runTool(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.start(program, arguments);
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return {};
    return p.readAllStandardOutput();
}

// The text of pages [first, last] (0: all), NFKC-folded (pdftotext returns Arabic presentation forms and
// some CJK compatibility ideographs), bidi marks removed, whitespace collapsed.
inline QString pdfText(const QString &pdf, int first = 0, int last = 0)
{
    QStringList args;
    if (first > 0)
        args << QStringLiteral("-f") << QString::number(first) << QStringLiteral("-l")
             << QString::number(last);
    args << QStringLiteral("-enc") << QStringLiteral("UTF-8") << pdf << QStringLiteral("-");
    QString text = QString::fromUtf8(runTool(QStringLiteral("pdftotext"), args))
                       .normalized(QString::NormalizationForm_KC);
    QString out;
    for (const QChar c : text) {
        const ushort u = c.unicode();
        if ((u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069) || u == 0x200E || u == 0x200F)
            continue;
        out += c;
    }
    return out.simplified();
}

inline QString pdfInfo(const QString &pdf, const QString &field)
{
    const QString info = QString::fromUtf8(runTool(QStringLiteral("pdfinfo"), {pdf}));
    for (const QString &line : info.split(QLatin1Char('\n'))) {
        if (line.startsWith(field + QLatin1Char(':')))
            return line.mid(field.size() + 1).trimmed();
    }
    return {};
}

// Renders every page to PNG files prefix-N.png and returns their paths.
inline QStringList renderPages(const QString &pdf, const QString &prefix, int dpi)
{
    runTool(QStringLiteral("pdftoppm"),
            {QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-png"), pdf, prefix});
    const QFileInfo info(prefix);
    QStringList out;
    for (const QString &name :
         QDir(info.absolutePath())
             .entryList({info.fileName() + QStringLiteral("-*.png")}, QDir::Files, QDir::Name))
        out << info.absoluteDir().filePath(name);
    return out;
}
