#pragma once

#include "core/result.h"

#include <QString>
#include <QStringList>

namespace ww {

// The integrity checks of an SQLite archive, split by cost so a large archive can show its first page
// before the full check has read every page (issue 5 "Scale"; RELIABILITY b.45):
// - header(): reads the first 100 bytes and the file size. Catches what is not an SQLite file, a broken
//   header and a truncated copy at once, at every start.
// - quickCheck(): SQLite's quick_check over the whole file (seconds to minutes at millions of articles), on a
//   read-only connection of its own, so it can run on another thread after the desk is shown.
class IntegrityCheck
{
public:
    // The file's header: magic, page size and payload fractions valid, and (when the file has no hot -wal) a
    // file at least as long as the page count the header claims. A missing or empty file passes (a new
    // archive). Fails with Error::Code::DatabaseCorrupt, worded like damaged().
    static Status header(const QString &path);
    // A non-empty -wal next to the file: the last writer did not close the archive (crash, kill, power
    // loss) or another process has it open. SQLite removes the -wal when the last connection closes.
    static bool hasHotWal(const QString &path);
    // PRAGMA quick_check on a read-only connection opened and closed on the calling thread (any thread):
    // the problems found (empty when healthy), or an error when the file cannot be read.
    static Result<QStringList> quickCheck(const QString &path);
    // The error shown for a damaged archive: names the file and the problem, says it was left unchanged and
    // how to restore it.
    static Error damaged(const QString &path, const QString &detail);
};

} // namespace ww
