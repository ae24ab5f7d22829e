#pragma once

// A write-failure shim for SQLite (header-only, tests only): an in-process VFS registered as the default,
// wrapping the real "unix" VFS. For files whose name starts with a chosen prefix (the database, its -wal
// and -journal) it lets a budget of bytes through and then fails writes with SQLITE_FULL (what the unix VFS
// reports for ENOSPC) or SQLITE_IOERR_WRITE (EIO), and can fail fsync with SQLITE_IOERR_FSYNC.
// Qt's QSQLITE plugin uses the system libsqlite3, the same library this test links, so every connection
// the application opens goes through it. No mount privileges, no LD_PRELOAD.
#include <QByteArray>

#include <sqlite3.h>

#include <cstring>

namespace wwtest {

class FaultyVfs
{
public:
    enum class Fault { None, DiskFull, WriteError, SyncError };

    static void install()
    {
        if (state().real)
            return;
        state().real = sqlite3_vfs_find(nullptr);
        static sqlite3_vfs vfs;
        vfs = *state().real;
        vfs.zName = "wirewatch-faulty";
        vfs.szOsFile = int(sizeof(File)) + state().real->szOsFile;
        vfs.xOpen = &open;
        vfs.pAppData = nullptr;
        sqlite3_vfs_register(&vfs, 1);
    }

    // Files under `prefix` fail after `budget` more bytes (DiskFull/WriteError) or at the next sync.
    static void arm(const QByteArray &prefix, Fault fault, qint64 budget = 0)
    {
        state().prefix = prefix;
        state().fault = fault;
        state().budget = budget;
        state().failures = 0;
    }
    static void disarm() { state().fault = Fault::None; }
    static int failures() { return state().failures; }

private:
    struct State
    {
        sqlite3_vfs *real = nullptr;
        QByteArray prefix;
        Fault fault = Fault::None;
        qint64 budget = 0;
        int failures = 0;
    };
    struct File
    {
        sqlite3_file base;
        const char *name; // SQLite keeps it valid until xClose
        bool watched() const
        {
            const State &s = state();
            return name && !s.prefix.isEmpty() &&
                   std::strncmp(name, s.prefix.constData(), size_t(s.prefix.size())) == 0;
        }
        sqlite3_file *real() { return reinterpret_cast<sqlite3_file *>(this + 1); }
    };

    static State &state()
    {
        static State s;
        return s;
    }
    static File *self(sqlite3_file *f) { return reinterpret_cast<File *>(f); }
    static sqlite3_file *real(sqlite3_file *f) { return self(f)->real(); }

    static int open(sqlite3_vfs *, const char *name, sqlite3_file *file, int flags, int *outFlags)
    {
        File *f = self(file);
        f->name = name; // judged at each write: the database may be opened before the fault is armed
        const int rc = state().real->xOpen(state().real, name, f->real(), flags, outFlags);
        if (rc != SQLITE_OK || !f->real()->pMethods) {
            file->pMethods = nullptr;
            return rc;
        }
        static sqlite3_io_methods methods = [] {
            sqlite3_io_methods m{};
            m.iVersion = 3;
            m.xClose = [](sqlite3_file *f) {
                const int rc = real(f)->pMethods->xClose(real(f));
                f->pMethods = nullptr;
                return rc;
            };
            m.xRead = [](sqlite3_file *f, void *b, int n, sqlite3_int64 o) {
                return real(f)->pMethods->xRead(real(f), b, n, o);
            };
            m.xWrite = &write;
            m.xTruncate = [](sqlite3_file *f, sqlite3_int64 s) {
                return real(f)->pMethods->xTruncate(real(f), s);
            };
            m.xSync = &sync;
            m.xFileSize = [](sqlite3_file *f, sqlite3_int64 *s) {
                return real(f)->pMethods->xFileSize(real(f), s);
            };
            m.xLock = [](sqlite3_file *f, int l) { return real(f)->pMethods->xLock(real(f), l); };
            m.xUnlock = [](sqlite3_file *f, int l) { return real(f)->pMethods->xUnlock(real(f), l); };
            m.xCheckReservedLock = [](sqlite3_file *f, int *r) {
                return real(f)->pMethods->xCheckReservedLock(real(f), r);
            };
            m.xFileControl = [](sqlite3_file *f, int op, void *a) {
                return real(f)->pMethods->xFileControl(real(f), op, a);
            };
            m.xSectorSize = [](sqlite3_file *f) { return real(f)->pMethods->xSectorSize(real(f)); };
            m.xDeviceCharacteristics = [](sqlite3_file *f) {
                return real(f)->pMethods->xDeviceCharacteristics(real(f));
            };
            m.xShmMap = [](sqlite3_file *f, int i, int s, int e, void volatile **p) {
                return real(f)->pMethods->xShmMap(real(f), i, s, e, p);
            };
            m.xShmLock = [](sqlite3_file *f, int o, int n, int fl) {
                return real(f)->pMethods->xShmLock(real(f), o, n, fl);
            };
            m.xShmBarrier = [](sqlite3_file *f) { real(f)->pMethods->xShmBarrier(real(f)); };
            m.xShmUnmap = [](sqlite3_file *f, int d) { return real(f)->pMethods->xShmUnmap(real(f), d); };
            m.xFetch = [](sqlite3_file *f, sqlite3_int64 o, int n, void **p) {
                return real(f)->pMethods->xFetch(real(f), o, n, p);
            };
            m.xUnfetch = [](sqlite3_file *f, sqlite3_int64 o, void *p) {
                return real(f)->pMethods->xUnfetch(real(f), o, p);
            };
            return m;
        }();
        file->pMethods = &methods;
        return rc;
    }

    static int write(sqlite3_file *f, const void *buffer, int amount, sqlite3_int64 offset)
    {
        State &s = state();
        if (self(f)->watched() && (s.fault == Fault::DiskFull || s.fault == Fault::WriteError)) {
            if (s.budget < amount) {
                s.budget = 0;
                ++s.failures;
                return s.fault == Fault::DiskFull ? SQLITE_FULL : SQLITE_IOERR_WRITE;
            }
            s.budget -= amount;
        }
        return real(f)->pMethods->xWrite(real(f), buffer, amount, offset);
    }

    static int sync(sqlite3_file *f, int flags)
    {
        if (self(f)->watched() && state().fault == Fault::SyncError) {
            ++state().failures;
            return SQLITE_IOERR_FSYNC;
        }
        return real(f)->pMethods->xSync(real(f), flags);
    }
};

} // namespace wwtest
