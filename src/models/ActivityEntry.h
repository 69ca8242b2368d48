#pragma once

#include <QDateTime>
#include <QString>

namespace ed {

// One change Enrollment Desk made (or tried to make) in the tenant: an unblock, a sync, a profile
// assignment, a limit edit, an assignment change. One entry per Graph write (a bulk unblock of
// 1,000 devices is 1,000 entries), recorded by ActivityJournal before the request is sent.
struct ActivityEntry
{
    // Unknown: the journal holds the intent but no answer (the app stopped before it came).
    enum class Outcome { Pending, Succeeded, Failed, Cancelled, Unknown };

    QString id; // the journal's key for this entry (a UUID); ActivityJournal::record() assigns it
    QDateTime time; // when the write was recorded (UTC)
    QString tenant; // tenant domain or id the write went to
    QString action; // translated, "Unblock", "Sync with Intune", …
    QString target; // what a person recognises: the device serial, profile or configuration name
    QString targetId; // the Graph id of the target
    Outcome outcome = Outcome::Pending;
    QString detail; // the server's error sentence on failure
    QString requestId; // Graph request-id, for Microsoft support
    QString clientRequestId; // the client-request-id we sent
};

} // namespace ed
