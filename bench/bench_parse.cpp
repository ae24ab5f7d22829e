// Parses each file given on the command line N times with Wirewatch's parser and prints one JSON line in
// the same shape as the peer harnesses in bench/peers/. Bytes are read once, before timing.
// `bench_parse --dump FILE...` prints every field of each result instead, to check that a speed change
// leaves the parser's output identical (diff the dumps of two builds).
#include "feeds/feedparser.h"

#include "benchinput.h"
#include "parsedump.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <QFile>
#include <ctime>

#include <cstdio>
#include <vector>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments().mid(1);
    if (args.value(0) == QLatin1String("--dump")) {
        QTextStream out(stdout);
        for (const QString &path : args.mid(1)) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            out << "==== " << path << '\n';
            wwbench::dumpResult(
                out, ww::parseFeed(file.readAll(), {}, QUrl(QStringLiteral("http://127.0.0.1/feed"))));
        }
        return 0;
    }
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_parse ITERATIONS FILE...\n");
        return 2;
    }
    const int iterations = args.first().toInt();
    qint64 bytes = 0;
    const std::vector<QByteArray> inputs = wwbench::readInputs(args.mid(1), bytes);
    const ww::HttpHeaders headers;
    const QUrl base(QStringLiteral("http://127.0.0.1/feed"));
    qint64 items = 0;
    const std::clock_t cpuStart = std::clock();
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < iterations; ++i) {
        for (const QByteArray &input : inputs) {
            const auto feed = ww::parseFeed(input, headers, base);
            if (feed)
                items += feed->items.size();
        }
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    std::printf("{\"peer\":\"wirewatch\",\"files\":%zu,\"bytes\":%lld,\"items\":%lld,\"seconds\":%.6f,\"cpu_"
                "seconds\":%.6f}\n",
                inputs.size(), static_cast<long long>(bytes * iterations), static_cast<long long>(items),
                seconds, double(std::clock() - cpuStart) / CLOCKS_PER_SEC);
    return 0;
}
