#pragma once

#include <QString>

class QSettings;

// The analyst's preferences, as one value. Read and written through a QSettings passed in, so tests use a
// temporary INI file and never touch the real configuration.
struct AppSettings
{
    enum class Proxy { System, None, Manual };

    int pollMinutes = 60;
    Proxy proxy = Proxy::System;
    QString proxyHost;
    int proxyPort = 8080;
    bool remoteImages = false; // off by default: images are fetched only on the analyst's opt-in
    QString language;          // empty: follow the system
    QString databasePath;      // empty: the default location

    static AppSettings load(const QSettings &settings);
    void save(QSettings &settings) const;
    friend bool operator==(const AppSettings &, const AppSettings &) = default;

    static constexpr int kMinPollMinutes = 5;
    static constexpr int kMaxPollMinutes = 24 * 60;
};
