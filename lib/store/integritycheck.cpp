#include "store/integritycheck.h"

#include "store/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace ww {

namespace {

QString tr(const char *text)
{
    // The same context as Database's own messages: the damaged-file text is shared with it.
    return QCoreApplication::translate("ww::Database", text);
}

quint32 bigEndian(const QByteArray &bytes, int at, int size)
{
    quint32 value = 0;
    for (int i = 0; i < size; ++i)
        value = (value << 8) | quint8(bytes.at(at + i));
    return value;
}

} // namespace

Error IntegrityCheck::damaged(const QString &path, const QString &detail)
{
    return Error(Error::Code::DatabaseCorrupt,
                 tr("The database %1 is damaged or is not a Wirewatch database (%2). It was left "
                    "unchanged; restore it from a backup or open another file.")
                     .arg(QDir::toNativeSeparators(path), detail));
}

bool IntegrityCheck::hasHotWal(const QString &path)
{
    const QFileInfo wal(path + QStringLiteral("-wal"));
    return wal.exists() && wal.size() > 0;
}

Status IntegrityCheck::header(const QString &path)
{
    QFile file(path);
    if (!file.exists() || file.size() == 0)
        return {};
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Code::Io, tr("Cannot read the database %1.").arg(QDir::toNativeSeparators(path)));
    // The layout is SQLite's file format (https://www.sqlite.org/fileformat.html, section 1.3).
    const QByteArray head = file.read(100);
    if (head.size() < 100)
        return damaged(path, tr("the file is shorter than an SQLite header"));
    if (!head.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return damaged(path, tr("the file does not start with an SQLite header"));
    quint32 pageSize = bigEndian(head, 16, 2);
    if (pageSize == 1)
        pageSize = 65536;
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0)
        return damaged(path, tr("the header gives an invalid page size"));
    if (quint8(head.at(21)) != 64 || quint8(head.at(22)) != 32 || quint8(head.at(23)) != 32)
        return damaged(path, tr("the header's payload fractions are invalid"));
    // The page count is only valid when the header says so (its "version-valid-for" equals the change
    // counter). With a hot -wal the file may legitimately be shorter: an interrupted checkpoint writes page 1
    // first, and the missing pages are still in the -wal.
    const quint32 pages = bigEndian(head, 28, 4);
    const bool countValid = pages > 0 && bigEndian(head, 24, 4) == bigEndian(head, 92, 4);
    if (countValid && !hasHotWal(path) && file.size() < qint64(pages) * pageSize)
        return damaged(
            path, tr("the file is truncated: %1 of %2 bytes").arg(file.size()).arg(qint64(pages) * pageSize));
    return {};
}

Result<QStringList> IntegrityCheck::quickCheck(const QString &path)
{
    Database db;
    Database::Options options;
    options.mode = Database::Mode::ReadOnly;
    options.quickCheck = false; // run below, to return the problems rather than one error
    options.requireCurrentSchema = false;
    if (Status s = db.open(path, options); !s)
        return s.error();
    return db.quickCheck();
}

} // namespace ww
