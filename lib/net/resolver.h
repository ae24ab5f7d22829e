#pragma once

#include <QHostAddress>
#include <QList>
#include <QString>

#include <functional>

class QObject;

namespace ww {

// Name lookup behind an interface, so tests can make a name resolve to anything (DNS rebinding, private
// answers) without real DNS. `done` runs later in `context`'s thread and never if `context` is gone.
class Resolver
{
public:
    using Callback = std::function<void(const QList<QHostAddress> &addresses, const QString &error)>;

    virtual ~Resolver() = default;
    virtual void lookup(const QString &host, QObject *context, Callback done) = 0;
};

} // namespace ww
