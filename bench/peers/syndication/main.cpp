// Parses each file given on the command line N times with KDE Syndication and prints one JSON line:
// {"peer":"syndication","files":F,"bytes":B,"items":I,"seconds":S}. Bytes are read once, before timing.
#include <Syndication/DocumentSource>
#include <Syndication/Feed>
#include <Syndication/Item>
#include <Syndication/ParserCollection>

#include <QCoreApplication>
#include <QElapsedTimer>

#include <QFile>
#include <QUrl>
#include <ctime>

#include <cstdio>
#include <vector>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: syndication_bench ITERATIONS FILE...\n");
        return 2;
    }
    const int iterations = args.first().toInt();
    std::vector<QByteArray> inputs;
    qint64 bytes = 0;
    for (const QString &path : args.mid(1)) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly)) {
            inputs.push_back(file.readAll());
            bytes += inputs.back().size();
        }
    }
    qint64 items = 0;
    const std::clock_t cpuStart = std::clock();
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < iterations; ++i) {
        for (const QByteArray &input : inputs) {
            Syndication::DocumentSource source(input, QStringLiteral("http://127.0.0.1/feed"));
            const Syndication::FeedPtr feed = Syndication::parse(source);
            if (feed)
                items += feed->items().size();
        }
    }
    const double seconds = timer.nsecsElapsed() / 1e9;
    std::printf("{\"peer\":\"syndication\",\"files\":%zu,\"bytes\":%lld,\"items\":%lld,\"seconds\":%.6f,"
                "\"cpu_seconds\":%.6f}\n",
                inputs.size(), static_cast<long long>(bytes * iterations), static_cast<long long>(items),
                seconds, double(std::clock() - cpuStart) / CLOCKS_PER_SEC);
    return 0;
}
