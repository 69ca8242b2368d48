#include "DeviceDetailsPane.h"

#include "graph/GraphReply.h"
#include "graph/IntuneService.h"
#include "models/AutopilotDeviceModel.h"
#include "models/DeploymentProfile.h"
#include "widgets/DetailsForm.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace ed {

using namespace Qt::StringLiterals;

namespace {
constexpr int fetchDelayMs = 250; // arrowing through rows does not fire a request per row
}

DeviceDetailsPane::DeviceDetailsPane(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(this))
    , m_title(new QLabel(this))
    , m_fields(new DetailsForm(u"detail_"_s, u"copy_"_s, this))
    , m_fetchDelay(new QTimer(this))
{
    setObjectName(u"deviceDetailsPane"_s);
    setAccessibleName(tr("Device details"));

    m_placeholder->setObjectName(u"deviceDetailsPlaceholder"_s);
    m_placeholder->setText(tr("Select a device to see all its properties."));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);

    m_title->setObjectName(u"deviceDetailsTitle"_s);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);

    QFormLayout *form = DetailsForm::createLayout();
    const auto addField = [this, form](const QString &key, const QString &label, bool copyable = false) {
        m_fields->addField(form, key, label, copyable);
    };
    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(m_title);
    contentLayout->addLayout(form);
    contentLayout->addStretch(1);

    addField(u"serialNumber"_s, tr("Serial number"), true);
    addField(u"displayName"_s, tr("Device name"));
    addField(u"manufacturer"_s, tr("Manufacturer"));
    addField(u"model"_s, tr("Model"));
    addField(u"systemFamily"_s, tr("System family"));
    addField(u"skuNumber"_s, tr("SKU"));
    addField(u"groupTag"_s, tr("Group tag"));
    addField(u"purchaseOrder"_s, tr("Purchase order"));
    addField(u"productKey"_s, tr("Product key"));
    addField(u"userPrincipalName"_s, tr("Assigned user"));
    addField(u"addressableUserName"_s, tr("User display name"));
    addField(u"resourceName"_s, tr("Resource account"));
    addField(u"userless"_s, tr("Userless enrollment"));
    addField(u"enrollmentState"_s, tr("Enrollment state"));
    addField(u"profileStatus"_s, tr("Profile status"));
    addField(u"profileDetail"_s, tr("Profile status detail"));
    addField(u"assignedProfile"_s, tr("Assigned profile"));
    addField(u"deploymentProfile"_s, tr("Current deployment profile"));
    addField(u"intendedProfile"_s, tr("Intended deployment profile"));
    addField(u"dateAssigned"_s, tr("Date assigned"));
    addField(u"lastContacted"_s, tr("Last contacted"));
    addField(u"remediation"_s, tr("Remediation"));
    addField(u"remediationChanged"_s, tr("Remediation changed"));
    addField(u"id"_s, tr("Autopilot device ID"), true);
    addField(u"azureAdDeviceId"_s, tr("Entra device ID"), true);
    addField(u"managedDeviceId"_s, tr("Intune device ID"), true);
    addField(u"unknownValues"_s, tr("Values not recognised"));

    auto *scroll = new QScrollArea;
    scroll->setObjectName(u"deviceDetailsScroll"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(scroll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    m_fetchDelay->setSingleShot(true);
    m_fetchDelay->setInterval(fetchDelayMs);
    connect(m_fetchDelay, &QTimer::timeout, this, &DeviceDetailsPane::fetchProfiles);
}

DeviceDetailsPane::~DeviceDetailsPane()
{
    for (const QPointer<GraphReply> &r : std::as_const(m_replies))
        if (GraphReply *reply = r.data())
            reply->cancel();
}

void DeviceDetailsPane::setService(IntuneService *service)
{
    m_service = service;
}

QString DeviceDetailsPane::fieldText(const QString &key) const
{
    return m_fields->fieldText(key);
}

QString DeviceDetailsPane::relativeTime(const QDateTime &time, const QDateTime &now)
{
    const qint64 seconds = time.secsTo(now);
    const qint64 magnitude = std::abs(seconds);
    const bool future = seconds < 0;
    if (magnitude < 60)
        return tr("just now");
    const auto phrase = [future](const char *past, const char *ahead, qint64 n) {
        return future ? tr(ahead, nullptr, static_cast<int>(n)) : tr(past, nullptr, static_cast<int>(n));
    };
    if (magnitude < 3600)
        return phrase(QT_TR_N_NOOP("%n minute(s) ago"), QT_TR_N_NOOP("in %n minute(s)"), magnitude / 60);
    if (magnitude < 86400)
        return phrase(QT_TR_N_NOOP("%n hour(s) ago"), QT_TR_N_NOOP("in %n hour(s)"), magnitude / 3600);
    if (magnitude < 86400 * 45)
        return phrase(QT_TR_N_NOOP("%n day(s) ago"), QT_TR_N_NOOP("in %n day(s)"), magnitude / 86400);
    if (magnitude < 86400 * 365)
        return phrase(QT_TR_N_NOOP("%n month(s) ago"), QT_TR_N_NOOP("in %n month(s)"), magnitude / (86400 * 30));
    return phrase(QT_TR_N_NOOP("%n year(s) ago"), QT_TR_N_NOOP("in %n year(s)"), magnitude / (86400 * 365));
}

QString DeviceDetailsPane::timeText(const QDateTime &time, const QDateTime &now, const QString &unset)
{
    if (!time.isValid())
        return unset;
    return tr("%1 (%2)").arg(relativeTime(time, now), QLocale().toString(time.toLocalTime(), QLocale::LongFormat));
}

void DeviceDetailsPane::clear()
{
    m_device = {};
    m_fetchDelay->stop();
    m_stack->setCurrentWidget(m_placeholder);
}

void DeviceDetailsPane::showDevice(const AutopilotDevice &d, const QString &assignedProfile)
{
    const bool sameDevice = d.id == m_device.id && m_stack->currentWidget() != m_placeholder;
    m_device = d;
    m_stack->setCurrentIndex(1);
    const QString none = tr("None");
    const auto orNone = [&none](const QString &text) { return text.isEmpty() ? none : text; };
    const QDateTime now = QDateTime::currentDateTimeUtc();
    using M = AutopilotDeviceModel;

    m_title->setText(d.displayName.isEmpty() ? d.serialNumber : tr("%1 — %2").arg(d.displayName, d.serialNumber));
    m_fields->setField(u"serialNumber"_s, d.serialNumber);
    m_fields->setField(u"displayName"_s, orNone(d.displayName));
    m_fields->setField(u"manufacturer"_s, orNone(d.manufacturer));
    m_fields->setField(u"model"_s, orNone(d.model));
    m_fields->setField(u"systemFamily"_s, orNone(d.systemFamily));
    m_fields->setField(u"skuNumber"_s, orNone(d.skuNumber));
    m_fields->setField(u"groupTag"_s, orNone(d.groupTag));
    m_fields->setField(u"purchaseOrder"_s, orNone(d.purchaseOrderIdentifier));
    m_fields->setField(u"productKey"_s, orNone(d.productKey));
    m_fields->setField(u"userPrincipalName"_s, orNone(d.userPrincipalName));
    m_fields->setField(u"addressableUserName"_s, orNone(d.addressableUserName));
    m_fields->setField(u"resourceName"_s, orNone(d.resourceName));
    const auto withRaw = [&d](const QString &label, QLatin1StringView property) {
        const QString raw = d.unknownEnums.value(property);
        return raw.isNull() ? label : tr("%1 (Graph sent \"%2\")").arg(label, raw);
    };
    m_fields->setField(u"userless"_s,
                       withRaw(M::userlessStatusText(d.userlessEnrollmentStatus), "userlessEnrollmentStatus"_L1));
    m_fields->setField(u"enrollmentState"_s, withRaw(M::enrollmentStateText(d.enrollmentState), "enrollmentState"_L1));
    m_fields->setField(
            u"profileStatus"_s,
            withRaw(M::profileStatusText(d.deploymentProfileAssignmentStatus), "deploymentProfileAssignmentStatus"_L1));
    m_fields->setField(u"profileDetail"_s,
                       withRaw(M::detailedStatusText(d.deploymentProfileAssignmentDetailedStatus),
                               "deploymentProfileAssignmentDetailedStatus"_L1));
    m_fields->setField(u"assignedProfile"_s, orNone(assignedProfile));
    m_fields->setField(u"dateAssigned"_s, timeText(d.deploymentProfileAssignedDateTime, now, tr("Not assigned")));
    m_fields->setField(u"lastContacted"_s, timeText(d.lastContactedDateTime, now, tr("Never")));
    m_fields->setField(u"remediation"_s, withRaw(M::remediationStateText(d.remediationState), "remediationState"_L1));
    m_fields->setField(u"remediationChanged"_s, timeText(d.remediationStateLastModifiedDateTime, now, tr("Never")));
    m_fields->setField(u"id"_s, d.id);
    m_fields->setField(u"azureAdDeviceId"_s, orNone(d.azureAdDeviceId));
    m_fields->setField(u"managedDeviceId"_s, d.managedDeviceId.isEmpty() ? tr("Not enrolled") : d.managedDeviceId);
    m_fields->setField(u"unknownValues"_s, d.unknownEnums.isEmpty() ? none : d.unknownEnums.toString());

    if (sameDevice)
        return; // a refresh of the same device keeps the profiles already read
    const QString pending = m_service ? tr("Loading…") : tr("Not connected");
    m_fields->setField(u"deploymentProfile"_s, pending);
    m_fields->setField(u"intendedProfile"_s, pending);
    if (m_service)
        m_fetchDelay->start();
}

void DeviceDetailsPane::fetchProfiles()
{
    for (const QPointer<GraphReply> &r : std::as_const(m_replies))
        if (GraphReply *reply = r.data())
            reply->cancel();
    m_replies.clear();
    if (!m_service || m_device.id.isEmpty())
        return;
    fetchProfile(false);
    fetchProfile(true);
}

void DeviceDetailsPane::fetchProfile(bool intended)
{
    const QString key = intended ? u"intendedProfile"_s : u"deploymentProfile"_s;
    const QString deviceId = m_device.id;
    GraphReply *reply = m_service->getDeviceDeploymentProfile(deviceId, intended);
    m_replies.append(reply);
    reply->then(
            this,
            [this, key, deviceId](const GraphResponse &response) {
                if (deviceId != m_device.id)
                    return;
                const DeploymentProfile profile = DeploymentProfile::fromJson(response.json);
                m_fields->setField(key, profile.displayName.isEmpty() ? profile.id : profile.displayName);
            },
            [this, key, deviceId](const GraphError &error) {
                if (deviceId != m_device.id || error.kind == GraphError::Kind::Cancelled)
                    return;
                if (error.httpStatus == 404) {
                    m_fields->setField(key, tr("None"));
                    return;
                }
                m_fields->setField(key, tr("Could not be read: %1").arg(error.summary()), error.details());
            });
}

} // namespace ed
