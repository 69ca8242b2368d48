// SKELETON: helper B implements this file.
#include "ConfigurationWriter.h"

#include "ActivityJournal.h"
#include "graph/GraphReply.h"
#include "graph/IntuneService.h"

namespace ed {

ConfigurationWriter::ConfigurationWriter(IntuneService &intune, ActivityJournal *journal, QString tenant,
                                         QObject *parent)
    : QObject(parent)
    , m_intune(intune)
    , m_journal(journal)
    , m_tenant(std::move(tenant))
{ }

ConfigurationWriter::~ConfigurationWriter() = default;

bool ConfigurationWriter::updateLimit(const EnrollmentConfiguration &, int)
{
    return false;
}

bool ConfigurationWriter::assign(const EnrollmentConfiguration &, const QList<Assignment> &, const QString &,
                                 const QString &)
{
    return false;
}

bool ConfigurationWriter::setPriority(const EnrollmentConfiguration &, int)
{
    return false;
}

bool ConfigurationWriter::isBusy() const
{
    return !m_reply.isNull();
}

void ConfigurationWriter::cancel() { }

} // namespace ed
