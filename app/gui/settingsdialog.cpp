#include "settingsdialog.h"

#include "core/translations.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

SettingsDialog::SettingsDialog(const AppSettings &settings, QWidget *parent)
    : QDialog(parent), m_initial(settings)
{
    setWindowTitle(tr("Settings"));

    m_poll = new QSpinBox(this);
    m_poll->setRange(AppSettings::kMinPollMinutes, AppSettings::kMaxPollMinutes);
    m_poll->setSuffix(tr(" min"));
    m_poll->setValue(settings.pollMinutes);
    m_poll->setAccessibleName(tr("Polling interval in minutes"));

    m_proxy = new QComboBox(this);
    m_proxy->addItem(tr("System proxy"), int(AppSettings::Proxy::System));
    m_proxy->addItem(tr("No proxy"), int(AppSettings::Proxy::None));
    m_proxy->addItem(tr("Manual"), int(AppSettings::Proxy::Manual));
    m_proxy->setCurrentIndex(m_proxy->findData(int(settings.proxy)));
    m_proxy->setAccessibleName(tr("Proxy"));
    m_proxyHost = new QLineEdit(settings.proxyHost, this);
    m_proxyHost->setPlaceholderText(tr("proxy.example.org"));
    m_proxyHost->setAccessibleName(tr("Proxy host"));
    m_proxyPort = new QSpinBox(this);
    m_proxyPort->setRange(1, 65535);
    m_proxyPort->setValue(settings.proxyPort);
    m_proxyPort->setAccessibleName(tr("Proxy port"));
    auto *proxyRow = new QHBoxLayout;
    proxyRow->addWidget(m_proxyHost, 1);
    proxyRow->addWidget(m_proxyPort);

    m_remoteImages = new QCheckBox(tr("Load remote images in articles"), this);
    m_remoteImages->setChecked(settings.remoteImages);
    m_remoteImages->setToolTip(
        tr("Off by default: remote images reveal to the sites that you read the article."));
    m_remoteImages->setAccessibleName(tr("Load remote images"));

    m_language = new QComboBox(this);
    m_language->addItem(tr("System language"), QString());
    for (const QString &code : ww::Translations::shippedLanguages()) {
        const QLocale locale(code);
        // Each language in its own name, so the analyst can find theirs whatever the current UI language.
        QString name = locale.nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name.at(0).toUpper();
        m_language->addItem(name.isEmpty() ? code : name, code);
    }
    m_language->setCurrentIndex(qMax(0, m_language->findData(settings.language)));
    m_language->setAccessibleName(tr("Language"));
    m_languageNote = new QLabel(tr("The new language takes effect after a restart."), this);
    m_languageNote->setWordWrap(true);

    m_database = new QLineEdit(settings.databasePath, this);
    m_database->setPlaceholderText(tr("Default location"));
    m_database->setAccessibleName(tr("Database file"));
    auto *browse = new QPushButton(tr("Browse\u2026"), this);
    browse->setAccessibleName(tr("Choose the database file"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Database file"), m_database->text(),
                                                          tr("Wirewatch database (*.sqlite *.db)"), nullptr,
                                                          QFileDialog::DontConfirmOverwrite);
        if (!path.isEmpty())
            m_database->setText(path);
    });
    auto *dbRow = new QHBoxLayout;
    dbRow->addWidget(m_database, 1);
    dbRow->addWidget(browse);
    auto *dbNote = new QLabel(tr("A different database is opened after a restart."), this);
    dbNote->setWordWrap(true);

    auto *polling = new QGroupBox(tr("Feeds"), this);
    auto *pollingForm = new QFormLayout(polling);
    pollingForm->addRow(tr("&Check feeds every:"), m_poll);

    auto *network = new QGroupBox(tr("Network"), this);
    auto *networkForm = new QFormLayout(network);
    networkForm->addRow(tr("&Proxy:"), m_proxy);
    networkForm->addRow(tr("&Host and port:"), proxyRow);
    networkForm->addRow(m_remoteImages);

    auto *appearance = new QGroupBox(tr("Interface"), this);
    auto *appearanceForm = new QFormLayout(appearance);
    appearanceForm->addRow(tr("&Language:"), m_language);
    appearanceForm->addRow(m_languageNote);

    auto *storage = new QGroupBox(tr("Storage"), this);
    auto *storageForm = new QFormLayout(storage);
    storageForm->addRow(tr("&Database:"), dbRow);
    storageForm->addRow(dbNote);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(polling);
    layout->addWidget(network);
    layout->addWidget(appearance);
    layout->addWidget(storage);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_proxy, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateProxyFields);
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateLanguageNote);
    updateProxyFields();
    updateLanguageNote();
    setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 34);
}

void SettingsDialog::updateProxyFields()
{
    const bool manual = m_proxy->currentData().toInt() == int(AppSettings::Proxy::Manual);
    m_proxyHost->setEnabled(manual);
    m_proxyPort->setEnabled(manual);
}

void SettingsDialog::updateLanguageNote()
{
    const QFont base = font();
    QFont f = base;
    f.setBold(m_language->currentData().toString() != m_initial.language);
    m_languageNote->setFont(f);
}

AppSettings SettingsDialog::settings() const
{
    AppSettings s = m_initial;
    s.pollMinutes = m_poll->value();
    s.proxy = AppSettings::Proxy(m_proxy->currentData().toInt());
    s.proxyHost = m_proxyHost->text().trimmed();
    s.proxyPort = m_proxyPort->value();
    s.remoteImages = m_remoteImages->isChecked();
    s.language = m_language->currentData().toString();
    s.databasePath = m_database->text().trimmed();
    return s;
}
