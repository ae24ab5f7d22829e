#pragma once

#include "core/result.h"

#include <QMessageBox>

class QAbstractButton;

// The start-up message for a database that failed its integrity check. When a backup of it exists, it
// offers "Restore from the latest backup": the backup is verified, the damaged file is moved aside (kept,
// never deleted) and the backup copied in. Otherwise, or when declined, the app quits with the file as it
// was.
class DamagedDatabaseDialog : public QMessageBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DamagedDatabaseDialog)

public:
    // backupDirectory: where BackupService keeps this database's backups (empty: the default folder).
    DamagedDatabaseDialog(const QString &databasePath, const QString &problem,
                          const QString &backupDirectory = {}, QWidget *parent = nullptr);

    QString latestBackup() const { return m_latest; }
    QAbstractButton *restoreButton() const { return m_restore; }
    // After the restore button was clicked: where the damaged file went, or why the restore failed.
    // Without a click: a Cancelled error.
    const ww::Result<QString> &outcome() const { return m_outcome; }

private:
    void restore();

    QString m_path;
    QString m_directory;
    QString m_latest;
    QAbstractButton *m_restore = nullptr;
    ww::Result<QString> m_outcome;
};
