#pragma once

#include "net/resolver.h"

#include <QHash>
#include <QObject>
#include <QTimer>

// A resolver stub for tests: names answer whatever the test says, unknown names fail like NXDOMAIN.
class FakeResolver : public ww::Resolver
{
public:
    void set(const QString &host, const QList<QHostAddress> &addresses) { m_answers.insert(host, addresses); }
    int lookups() const { return m_lookups; }

    void lookup(const QString &host, QObject *context, Callback done) override
    {
        ++m_lookups;
        const QList<QHostAddress> answer = m_answers.value(host);
        QTimer::singleShot(0, context, [answer, done] {
            done(answer, answer.isEmpty() ? QStringLiteral("Host not found") : QString());
        });
    }

private:
    QHash<QString, QList<QHostAddress>> m_answers;
    int m_lookups = 0;
};
