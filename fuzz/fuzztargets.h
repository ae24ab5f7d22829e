#pragma once

// The fuzzed entry points, shared by the libFuzzer harnesses (clang, WW_FUZZ=ON) and the regression test
// that replays kept crash inputs with the normal build (tests/durability/tst_fuzzregressions.cpp).
#include <QByteArray>
#include <QString>
#include <QStringList>

namespace wwfuzz {

// Runs one input through a target. Returns the broken invariants (empty when the output is sound); the
// harness aborts on any, so libFuzzer keeps the input.
using TargetFunction = QStringList (*)(const QByteArray &input);

struct Target
{
    const char *name;
    TargetFunction run;
};

// feedparser, articleextractor, htmlsanitizer, datetime, creditparser, textdecoder, pagedecoder
const QList<Target> &targets();
TargetFunction find(const QString &name);

} // namespace wwfuzz
