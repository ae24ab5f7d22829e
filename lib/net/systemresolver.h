#pragma once

#include "net/resolver.h"

namespace ww {

// The operating system's resolver through QHostInfo.
class SystemResolver : public Resolver
{
public:
    void lookup(const QString &host, QObject *context, Callback done) override;
};

} // namespace ww
