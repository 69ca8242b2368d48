#pragma once

#include "AssignmentTarget.h"
#include "EnrollmentConfiguration.h"
#include "graph/GraphError.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>

namespace ed {

class ActivityJournal;
class GraphReply;
struct GraphResponse;
class IntuneService;

// The three writes the configurations view makes, one at a time, each journalled with its before
// and after values (ARCHITECTURE.md rule 6) and each followed by a re-read, so the caller shows
// what the server has, not what was sent:
//   - updateLimit: PATCH with only `limit` and the subtype `@odata.type` (graph.md §3.5);
//     succeeded() carries the entity the PATCH answered (re-read with GET when it answered 204);
//   - assign: POST …/assign with the complete resulting set (assign replaces the whole set), then
//     the assignments are listed again; succeeded() carries the configuration with them;
//   - setPriority: POST …/setPriority; succeeded() carries the configuration re-read.
// A failed write emits failed() with Graph's error (403 names the permission); a failed re-read
// after a successful write still emits succeeded() with what is known and sets rereadError(). A
// 2xx whose body cannot be parsed is a write that was made: it is re-read, never sent again.
class ConfigurationWriter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfigurationWriter)
public:
    enum class Change { Limit, Assignments, Priority };

    ConfigurationWriter(IntuneService &intune, ActivityJournal *journal, QString tenant, QObject *parent = nullptr);
    ~ConfigurationWriter() override;

    // Each returns false (and does nothing) when a write is already running or the request makes
    // no sense (not a device-limit configuration, a default configuration for assign/priority,
    // a limit outside 1–15, a priority < 1 or equal to the current one, a group both included and
    // excluded). beforeText/afterText: the journal's description of the targets before and after
    // ("Sales laptops; Excluded: Kiosks", TargetNames::summary), by name.
    bool updateLimit(const EnrollmentConfiguration &configuration, int newLimit);
    bool assign(const EnrollmentConfiguration &configuration, const QList<Assignment> &assignments,
                const QString &beforeText, const QString &afterText);
    bool setPriority(const EnrollmentConfiguration &configuration, int newPriority);

    bool isBusy() const;
    // Abandons the write; nothing more is emitted. A write not sent yet is never sent (its journal
    // entry says Cancelled); one already sent is left to finish and its answer still completes the
    // journal entry (Succeeded or Failed: never a guess). A re-read still running is cancelled.
    void cancel();
    // The re-read after the last successful write failed: what succeeded() carried is what was
    // sent, not what the server has. Empty otherwise.
    const std::optional<GraphError> &rereadError() const { return m_rereadError; }

    static constexpr int minLimit = 1; // the portal's range (docs/EMULATOR-CONFIGURATIONS.md)
    static constexpr int maxLimit = 15;

Q_SIGNALS:
    void started(ed::ConfigurationWriter::Change change);
    void succeeded(ed::ConfigurationWriter::Change change, const ed::EnrollmentConfiguration &configuration);
    void failed(ed::ConfigurationWriter::Change change, const ed::GraphError &error);

private:
    enum class Stage { Idle, Writing, Rereading };

    bool canStart() const;
    // Records the intent, sends the write (send() builds it), and leaves the journal entry's
    // outcome to the write's answer, whether or not this writer is still there to see it.
    void begin(Change change, const EnrollmentConfiguration &before, const EnrollmentConfiguration &expected,
               const QString &action, const QString &intent, const std::function<GraphReply *(IntuneService &)> &send);
    void journalAnswerOf(GraphReply *reply, int row, const QString &intent);
    void onWritten(const GraphResponse &response);
    void onWriteFailed(const GraphError &error);
    void reread();
    void onReread(const GraphResponse &response);
    void onRereadFailed(const GraphError &error);
    void fail(const GraphError &error);
    void succeed(const EnrollmentConfiguration &configuration);

    IntuneService &m_intune;
    QPointer<IntuneService> m_service; // m_intune while it exists: no write is started after it is gone
    QPointer<ActivityJournal> m_journal;
    QString m_tenant;
    QPointer<GraphReply> m_reply;
    std::optional<GraphError> m_rereadError;
    Stage m_stage = Stage::Idle;
    Change m_change = Change::Limit;
    EnrollmentConfiguration m_before; // as the caller had it
    EnrollmentConfiguration m_expected; // what the write sets, as far as the client knows
};

} // namespace ed
