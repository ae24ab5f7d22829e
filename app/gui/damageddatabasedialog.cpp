#include "damageddatabasedialog.h"

#include "store/backupservice.h"

#include <QAbstractButton>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QPushButton>

namespace {
ww::BackupService::Options options(const QString &directory)
{
    ww::BackupService::Options o;
    o.directory = directory;
    return o;
}
} // namespace

DamagedDatabaseDialog::DamagedDatabaseDialog(const QString &databasePath, const QString &problem,
                                             const QString &backupDirectory, QWidget *parent)
    : QMessageBox(parent), m_path(databasePath), m_directory(backupDirectory),
      m_outcome(ww::Error(ww::Error::Code::Cancelled, tr("Nothing was restored.")))
{
    setIcon(QMessageBox::Critical);
    setWindowTitle(tr("Wirewatch"));
    setText(tr("The database %1 cannot be opened.").arg(QDir::toNativeSeparators(databasePath)));
    m_latest = ww::BackupService(databasePath, options(backupDirectory)).latestBackup();
    QString info = problem;
    if (!m_latest.isEmpty()) {
        const QFileInfo backup(m_latest);
        info += QStringLiteral("\n\n") +
                tr("The latest backup is %1 (%2). Restoring it keeps the damaged file next to it for "
                   "inspection; changes made after the backup are not in it.")
                    .arg(QDir::toNativeSeparators(m_latest),
                         QLocale().toString(backup.lastModified(), QLocale::ShortFormat));
        m_restore = addButton(tr("&Restore from the latest backup"), QMessageBox::AcceptRole);
        connect(m_restore, &QAbstractButton::clicked, this, &DamagedDatabaseDialog::restore);
    } else {
        info += QStringLiteral("\n\n") +
                tr("No backup of it was found in %1.")
                    .arg(QDir::toNativeSeparators(
                        ww::BackupService(databasePath, options(backupDirectory)).directory()));
    }
    setInformativeText(info);
    setDefaultButton(addButton(tr("&Quit"), QMessageBox::RejectRole));
}

void DamagedDatabaseDialog::restore()
{
    m_outcome = ww::BackupService(m_path, options(m_directory)).restore(m_latest);
}
