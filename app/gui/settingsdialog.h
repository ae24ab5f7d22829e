#pragma once

#include "appsettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

// Polling, proxy, remote images, language (takes effect after a restart) and database location.
class SettingsDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)
public:
    explicit SettingsDialog(const AppSettings &settings, QWidget *parent = nullptr);

    AppSettings settings() const;

private:
    void updateProxyFields();
    void updateLanguageNote();

    AppSettings m_initial;
    QSpinBox *m_poll;
    QComboBox *m_proxy;
    QLineEdit *m_proxyHost;
    QSpinBox *m_proxyPort;
    QCheckBox *m_remoteImages;
    QComboBox *m_language;
    QLabel *m_languageNote;
    QLineEdit *m_database;
};
