#pragma once

#include <QDateTime>
#include <QString>

namespace ed {

// One change Enrollment Desk made (or tried to make) in the tenant: an unblock, a profile
// assignment, a limit edit, an assignment change. Written by the write journal.
struct ActivityEntry
{
    enum class Outcome { Pending, Succeeded, Failed };

    QDateTime time;
    QString action; // "Unblock", "Assign profile", …
    QString target; // the device serial, profile or configuration name
    Outcome outcome = Outcome::Pending;
    QString detail; // the server's message on failure
    QString requestId; // Graph request-id, for Microsoft support
};

} // namespace ed
