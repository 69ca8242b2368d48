#pragma once

#include <QCoreApplication>
#include <QString>

namespace ed {

// Texts the writes share in their activity journal entries.
struct JournalText
{
    Q_DECLARE_TR_FUNCTIONS(JournalText)
public:
    JournalText() = delete;

    // The entry keeps what was intended; a failure adds why: "Device limit 5 → 10 — Graph refused
    // the request: …". Either part may be empty.
    static QString combined(const QString &intent, const QString &message)
    {
        if (intent.isEmpty())
            return message;
        if (message.isEmpty())
            return intent;
        //: Activity detail: what was intended, then the error sentence
        return tr("%1 — %2").arg(intent, message);
    }
};

} // namespace ed
