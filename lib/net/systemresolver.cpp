#include "net/systemresolver.h"

#include <QHostInfo>

namespace ww {

void SystemResolver::lookup(const QString &host, QObject *context, Callback done)
{
    QHostInfo::lookupHost(host, context, [done = std::move(done)](const QHostInfo &info) {
        if (info.error() != QHostInfo::NoError || info.addresses().isEmpty())
            done({}, info.errorString());
        else
            done(info.addresses(), {});
    });
}

} // namespace ww
