// One libFuzzer harness per target (WW_FUZZ_TARGET names it); the targets live in fuzztargets.cpp so the
// regression test replays kept inputs through exactly the same code.
#include "fuzztargets.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

// Parsers warn about hostile input on purpose; printing millions of warnings would only slow fuzzing down.
void quiet(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg) {
        std::fprintf(stderr, "qFatal: %s\n", qPrintable(message));
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    if (!qEnvironmentVariableIsSet("WW_FUZZ_VERBOSE"))
        qInstallMessageHandler(quiet);
    if (!wwfuzz::find(QStringLiteral(WW_FUZZ_TARGET))) {
        std::fprintf(stderr, "unknown fuzz target %s\n", WW_FUZZ_TARGET);
        std::abort();
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const wwfuzz::TargetFunction run = wwfuzz::find(QStringLiteral(WW_FUZZ_TARGET));
    // A real copy (not fromRawData): the library sees the same kind of buffer it gets from the network.
    const QStringList problems = run(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!problems.isEmpty()) {
        std::fprintf(stderr, "%s: broken invariant: %s\n", WW_FUZZ_TARGET, qPrintable(problems.join(u'\n')));
        std::abort();
    }
    return 0;
}
