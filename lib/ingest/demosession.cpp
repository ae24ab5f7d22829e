#include "ingest/demosession.h"

#include "store/store.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace ww {

namespace {
const QByteArray kBaseToken = QByteArrayLiteral("{{BASE}}");
} // namespace

DemoSession::DemoSession(QObject *parent) : QObject(parent) {}

DemoSession::~DemoSession() = default;

QString DemoSession::defaultDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/demo.sqlite");
}

QUrl DemoSession::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.port()));
}

AddressPolicy DemoSession::addressPolicy() const
{
    AddressPolicy policy;
    policy.allow(QHostAddress(QHostAddress::LocalHost), m_server.port());
    return policy;
}

HttpFetcher::Options DemoSession::fetcherOptions()
{
    HttpFetcher::Options options;
    options.throttle.perHost = 4;
    options.throttle.global = 8;
    options.throttle.spacingMs = 0;
    return options;
}

Status DemoSession::start(const QString &bundleRoot)
{
    if (!m_server.listen(0))
        return Error(Error::Code::Network, tr("The demo server could not listen on 127.0.0.1."));
    m_dir = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid())
        return Error(Error::Code::Io,
                     tr("No temporary folder for the demo bundle: %1").arg(m_dir->errorString()));

    const QByteArray base = baseUrl().toString().toLatin1();
    QDirIterator it(bundleRoot, QDir::Files, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        const QString source = it.next();
        const QString relative = source.mid(bundleRoot.size() + 1);
        QFile in(source);
        if (!in.open(QIODevice::ReadOnly))
            return Error(Error::Code::Io, tr("Cannot read %1 from the demo bundle.").arg(relative));
        QByteArray bytes = in.readAll();
        if (!relative.startsWith(QLatin1String("images/")))
            bytes.replace(kBaseToken, base);
        if (relative == QLatin1String("manifest.json"))
            m_manifest = bytes;
        const QString target = m_dir->filePath(relative);
        QDir().mkpath(QFileInfo(target).absolutePath());
        QFile out(target);
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
            return Error(Error::Code::Io, tr("Cannot write the demo bundle to %1.").arg(target));
        ++files;
    }
    if (files == 0 || m_manifest.isEmpty())
        return Error(Error::Code::NotFound, tr("The demo bundle is missing from this build."));
    m_server.setDocumentRoot(m_dir->path());
    return {};
}

Result<int> DemoSession::subscribe(Store &store) const
{
    const QJsonObject manifest = QJsonDocument::fromJson(m_manifest).object();
    QHash<QString, qint64> sourceIds;
    const auto existingSources = store.feeds().sources();
    if (!existingSources)
        return existingSources.error();
    for (const Source &source : *existingSources)
        sourceIds.insert(source.name, source.id);

    const QJsonArray outlets = manifest.value(QLatin1String("outlets")).toArray();
    QHash<QString, QString> outletNames;
    for (const QJsonValue &value : outlets) {
        const QJsonObject outlet = value.toObject();
        const QString name = outlet.value(QLatin1String("name")).toString();
        outletNames.insert(outlet.value(QLatin1String("id")).toString(), name);
        if (sourceIds.contains(name))
            continue;
        Source source;
        source.name = name;
        source.country = outlet.value(QLatin1String("country")).toString();
        source.language = outlet.value(QLatin1String("language")).toString();
        source.kind = QStringLiteral("outlet");
        const auto id = store.feeds().addSource(source);
        if (!id)
            return id.error();
        sourceIds.insert(name, *id);
    }

    int subscribed = 0;
    const QJsonArray feeds = manifest.value(QLatin1String("feeds")).toArray();
    for (const QJsonValue &value : feeds) {
        const QJsonObject entry = value.toObject();
        Feed feed;
        feed.url = baseUrl().resolved(QUrl(entry.value(QLatin1String("path")).toString()));
        if (store.feeds().feedByUrl(feed.url).ok()) {
            ++subscribed;
            continue;
        }
        feed.title = entry.value(QLatin1String("title")).toString();
        feed.folder = entry.value(QLatin1String("folder")).toString();
        feed.language = entry.value(QLatin1String("language")).toString();
        feed.sourceId = sourceIds.value(entry.value(QLatin1String("outlet")).toString());
        feed.scheduleMinutes = 15;
        const auto id = store.feeds().addFeed(feed);
        if (!id)
            return id.error();
        ++subscribed;
    }
    return subscribed;
}

} // namespace ww
