#include "appsettings.h"

#include <QSettings>

AppSettings AppSettings::load(const QSettings &s)
{
    AppSettings a;
    a.pollMinutes = qBound(kMinPollMinutes, s.value(QStringLiteral("poll/minutes"), a.pollMinutes).toInt(),
                           kMaxPollMinutes);
    const int proxy = s.value(QStringLiteral("network/proxy"), int(a.proxy)).toInt();
    a.proxy = (proxy >= 0 && proxy <= int(Proxy::Manual)) ? Proxy(proxy) : Proxy::System;
    a.proxyHost = s.value(QStringLiteral("network/proxyHost")).toString();
    a.proxyPort = qBound(1, s.value(QStringLiteral("network/proxyPort"), a.proxyPort).toInt(), 65535);
    a.remoteImages = s.value(QStringLiteral("view/remoteImages"), false).toBool();
    a.language = s.value(QStringLiteral("ui/language")).toString();
    a.databasePath = s.value(QStringLiteral("store/path")).toString();
    return a;
}

void AppSettings::save(QSettings &s) const
{
    s.setValue(QStringLiteral("poll/minutes"), pollMinutes);
    s.setValue(QStringLiteral("network/proxy"), int(proxy));
    s.setValue(QStringLiteral("network/proxyHost"), proxyHost);
    s.setValue(QStringLiteral("network/proxyPort"), proxyPort);
    s.setValue(QStringLiteral("view/remoteImages"), remoteImages);
    s.setValue(QStringLiteral("ui/language"), language);
    s.setValue(QStringLiteral("store/path"), databasePath);
}
