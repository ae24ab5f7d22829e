#pragma once

#include <QFile>
#include <QString>

#include <cstdint>

namespace wwbench {

// Peak resident set size in MiB, from /proc/self/status (VmHWM).
inline double peakRssMiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

// Small deterministic PRNG so every run measures the same input.
struct Rng
{
    uint64_t s = 0x9E3779B97F4A7C15ULL;
    uint64_t next()
    {
        s ^= s << 13;
        s ^= s >> 7;
        s ^= s << 17;
        return s;
    }
    int below(int n) { return int(next() % uint64_t(n)); }
};

inline QString readSeed()
{
    QFile f(QStringLiteral(WW_SHARED_DIR "/seed/article.txt"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QString t = QString::fromUtf8(f.readAll());
    const qsizetype cut = t.indexOf(QStringLiteral("You may be interested in"));
    return cut > 0 ? t.left(cut) : t;
}

} // namespace wwbench
