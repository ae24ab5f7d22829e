#pragma once

#include <QByteArray>
#include <QFile>
#include <QStringList>

#include <vector>

namespace wwbench {

// The files named on a benchmark's command line, read once before timing; `bytes` is their total size.
inline std::vector<QByteArray> readInputs(const QStringList &paths, qint64 &bytes)
{
    std::vector<QByteArray> inputs;
    bytes = 0;
    for (const QString &path : paths) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly)) {
            inputs.push_back(file.readAll());
            bytes += inputs.back().size();
        }
    }
    return inputs;
}

} // namespace wwbench
