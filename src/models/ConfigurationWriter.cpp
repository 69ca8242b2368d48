#include "ConfigurationWriter.h"

#include "ActivityJournal.h"
#include "JournalText.h"
#include "TargetNames.h"
#include "core/Logging.h"
#include "graph/GraphReply.h"
#include "graph/IntuneService.h"

#include <QJsonArray>
#include <QSet>

namespace ed {

using namespace Qt::StringLiterals;

namespace {

// A group both included and excluded: Graph refuses the whole set (400), so it is never sent.
bool contradicts(const QList<Assignment> &assignments)
{
    QSet<QString> included;
    QSet<QString> excluded;
    for (const Assignment &assignment : assignments) {
        const AssignmentTarget &target = assignment.target;
        if (target.kind == AssignmentTarget::Kind::Group)
            included.insert(target.groupId);
        else if (target.kind == AssignmentTarget::Kind::ExclusionGroup)
            excluded.insert(target.groupId);
    }
    return included.intersects(excluded);
}

// A 2xx whose body could not be parsed: Graph made the change; only its answer is lost.
bool acceptedUnreadable(const GraphError &error)
{
    return error.kind == GraphError::Kind::InvalidResponse && error.httpStatus >= 200 && error.httpStatus < 300;
}

QString targetsText(const QString &text)
{
    return text.trimmed().isEmpty() ? TargetNames{}.summary({}) : text.trimmed();
}

} // namespace

ConfigurationWriter::ConfigurationWriter(IntuneService &intune, ActivityJournal *journal, QString tenant,
                                         QObject *parent)
    : QObject(parent)
    , m_intune(intune)
    , m_service(&intune)
    , m_journal(journal)
    , m_tenant(std::move(tenant))
{ }

ConfigurationWriter::~ConfigurationWriter()
{
    cancel();
}

bool ConfigurationWriter::isBusy() const
{
    return m_stage != Stage::Idle;
}

bool ConfigurationWriter::canStart() const
{
    return m_stage == Stage::Idle && !m_service.isNull();
}

bool ConfigurationWriter::updateLimit(const EnrollmentConfiguration &configuration, int newLimit)
{
    if (!canStart() || configuration.id.isEmpty() || configuration.kind != EnrollmentConfiguration::Kind::DeviceLimit
        || newLimit < minLimit || newLimit > maxLimit)
        return false;
    QJsonObject fields = EnrollmentConfiguration::limitPatch(configuration, newLimit);
    const QString odataType = fields.take(u"@odata.type"_s).toString();
    if (odataType.isEmpty())
        return false;

    EnrollmentConfiguration expected = configuration;
    expected.limit = newLimit;
    expected.properties.insert(u"limit"_s, newLimit);
    const QString before = configuration.limit ? QString::number(*configuration.limit) : tr("not set");
    //: Activity detail of a device limit edit: the limit before and after
    const QString intent = tr("Device limit %1 → %2").arg(before, QString::number(newLimit));
    begin(Change::Limit, configuration, expected, tr("Edit device limit"), intent,
          [id = configuration.id, odataType, fields](IntuneService &intune) {
              return intune.updateEnrollmentConfiguration(id, odataType, fields);
          });
    return true;
}

bool ConfigurationWriter::assign(const EnrollmentConfiguration &configuration, const QList<Assignment> &assignments,
                                 const QString &beforeText, const QString &afterText)
{
    if (!canStart() || configuration.id.isEmpty() || configuration.isDefault
        || configuration.kind == EnrollmentConfiguration::Kind::WindowsRestore || contradicts(assignments))
        return false;
    const bool beta = IntuneService::spec(IntuneService::Operation::AssignEnrollmentConfiguration).version
            == GraphRequest::Version::Beta;
    // assignBody wraps the set as the action's body; the service builds that wrapper itself.
    const QJsonArray items = EnrollmentConfiguration::assignBody(assignments, beta)
                                     .value(u"enrollmentConfigurationAssignments"_s)
                                     .toArray();

    EnrollmentConfiguration expected = configuration;
    expected.assignments = assignments;
    expected.assignmentsExpanded = true;
    //: Activity detail of an assignment change: the targets before and after, by name
    const QString intent = tr("Before: %1. After: %2.").arg(targetsText(beforeText), targetsText(afterText));
    begin(Change::Assignments, configuration, expected, tr("Change assignments"), intent,
          [id = configuration.id, items](IntuneService &intune) {
              return intune.assignEnrollmentConfiguration(id, items);
          });
    return true;
}

bool ConfigurationWriter::setPriority(const EnrollmentConfiguration &configuration, int newPriority)
{
    // Graph answers 400 to the current priority again, and defaults stay at 0.
    if (!canStart() || configuration.id.isEmpty() || configuration.isDefault || newPriority < 1
        || newPriority == configuration.priority)
        return false;
    EnrollmentConfiguration expected = configuration;
    expected.priority = newPriority;
    //: Activity detail of a priority change: the priority before and after
    const QString intent =
            tr("Priority %1 → %2").arg(QString::number(configuration.priority), QString::number(newPriority));
    begin(Change::Priority, configuration, expected, tr("Change priority"), intent,
          [id = configuration.id, newPriority](IntuneService &intune) {
              return intune.setConfigurationPriority(id, newPriority);
          });
    return true;
}

void ConfigurationWriter::begin(Change change, const EnrollmentConfiguration &before,
                                const EnrollmentConfiguration &expected, const QString &action, const QString &intent,
                                const std::function<GraphReply *(IntuneService &)> &send)
{
    m_change = change;
    m_before = before;
    m_expected = expected;
    m_rereadError.reset();

    // The intent is on record before anything is sent.
    int row = -1;
    if (ActivityJournal *journal = m_journal.data()) {
        ActivityEntry entry;
        entry.tenant = m_tenant;
        entry.action = action;
        entry.target = before.displayName.isEmpty() ? before.id : before.displayName;
        entry.targetId = before.id;
        entry.detail = intent;
        row = journal->record(std::move(entry));
    }

    GraphReply *reply = send(m_intune);
    m_reply = reply;
    m_stage = Stage::Writing;
    journalAnswerOf(reply, row, intent);
    connect(reply, &GraphReply::finished, this, &ConfigurationWriter::onWritten);
    connect(reply, &GraphReply::failed, this, &ConfigurationWriter::onWriteFailed);
    qCInfo(lcModels).noquote() << "configuration write started:" << action << before.id;
    Q_EMIT started(change);
}

void ConfigurationWriter::journalAnswerOf(GraphReply *reply, int row, const QString &intent)
{
    ActivityJournal *journal = m_journal.data();
    if (!journal || row < 0)
        return;
    // Bound to the journal, not to this writer: a write already sent when the writer goes (its
    // dialog closed) still gets its real outcome.
    connect(reply, &GraphReply::finished, journal, [journal, row, intent](const GraphResponse &response) {
        journal->complete(row, ActivityEntry::Outcome::Succeeded, intent, response.requestId, response.clientRequestId);
    });
    connect(reply, &GraphReply::failed, journal, [journal, row, intent, reply](const GraphError &error) {
        if (acceptedUnreadable(error)) {
            journal->complete(row, ActivityEntry::Outcome::Succeeded,
                              JournalText::combined(intent,
                                                    tr("Graph accepted the change, but its answer could "
                                                       "not be read.")),
                              error.requestId, error.clientRequestId);
            return;
        }
        if (error.kind == GraphError::Kind::Cancelled) {
            // Cancelled before any attempt: nothing reached Graph. Cancelled in flight (the client
            // shut down): the outcome is not known, so the entry stays pending (Unknown later).
            if (reply->attempts() == 0)
                journal->complete(row, ActivityEntry::Outcome::Cancelled,
                                  JournalText::combined(intent, tr("Cancelled before it was sent.")), {},
                                  error.clientRequestId);
            return;
        }
        journal->complete(row, ActivityEntry::Outcome::Failed, JournalText::combined(intent, error.summary()),
                          error.requestId, error.clientRequestId);
    });
}

void ConfigurationWriter::onWritten(const GraphResponse &response)
{
    m_reply = nullptr;
    if (m_change == Change::Limit && response.status == 200) {
        // PATCH answers with the entity (without its assignments: they are the caller's).
        EnrollmentConfiguration updated = EnrollmentConfiguration::fromJson(response.json);
        if (updated.id == m_before.id && updated.kind == EnrollmentConfiguration::Kind::DeviceLimit && updated.limit) {
            updated.assignments = m_before.assignments;
            updated.assignmentsExpanded = m_before.assignmentsExpanded;
            succeed(updated);
            return;
        }
        qCInfo(lcModels) << "configuration PATCH answered without a usable entity; reading it again";
    }
    reread();
}

void ConfigurationWriter::onWriteFailed(const GraphError &error)
{
    if (acceptedUnreadable(error)) {
        // The write was made; what the server has now is read instead of guessed.
        qCWarning(lcModels).noquote() << "configuration write" << m_before.id
                                      << "was accepted but its answer could not be read; reading it again";
        m_reply = nullptr;
        reread();
        return;
    }
    fail(error);
}

void ConfigurationWriter::reread()
{
    IntuneService *service = m_service.data();
    if (!service) {
        GraphError error = GraphError::cancelled({});
        onRereadFailed(error);
        return;
    }
    m_stage = Stage::Rereading;
    GraphReply *reply = service->getEnrollmentConfiguration(m_before.id);
    m_reply = reply;
    connect(reply, &GraphReply::finished, this, &ConfigurationWriter::onReread);
    connect(reply, &GraphReply::failed, this, &ConfigurationWriter::onRereadFailed);
}

void ConfigurationWriter::onReread(const GraphResponse &response)
{
    m_reply = nullptr;
    const EnrollmentConfiguration configuration = EnrollmentConfiguration::fromJson(response.json);
    if (configuration.id != m_before.id) {
        GraphError error;
        error.kind = GraphError::Kind::InvalidResponse;
        error.httpStatus = response.status;
        error.requestId = response.requestId;
        error.clientRequestId = response.clientRequestId;
        error.transportMessage = u"The configuration read back is not the one written."_s;
        onRereadFailed(error);
        return;
    }
    succeed(configuration);
}

void ConfigurationWriter::onRereadFailed(const GraphError &error)
{
    m_reply = nullptr;
    qCWarning(lcModels).noquote() << "re-reading configuration" << m_before.id
                                  << "after a successful write failed:" << error.summary();
    m_rereadError = error;
    succeed(m_expected);
}

void ConfigurationWriter::fail(const GraphError &error)
{
    m_reply = nullptr;
    m_stage = Stage::Idle;
    qCInfo(lcModels).noquote() << "configuration write failed:" << m_before.id << error.summary();
    Q_EMIT failed(m_change, error);
}

void ConfigurationWriter::succeed(const EnrollmentConfiguration &configuration)
{
    m_stage = Stage::Idle;
    Q_EMIT succeeded(m_change, configuration);
}

void ConfigurationWriter::cancel()
{
    GraphReply *reply = m_reply.data();
    const Stage stage = m_stage;
    m_reply = nullptr;
    m_stage = Stage::Idle;
    if (!reply)
        return;
    disconnect(reply, nullptr, this, nullptr);
    // A write on the wire is not aborted: aborting would leave its outcome unknown. The journal
    // records its answer (journalAnswerOf).
    if (stage == Stage::Rereading || reply->attempts() == 0)
        reply->cancel();
}

} // namespace ed
