#include "DeviceDetailsPane.h"

#include "graph/GraphReply.h"
#include "graph/IntuneService.h"
#include "models/AutopilotDeviceModel.h"
#include "models/DeploymentProfile.h"

#include <QApplication>
#include <QClipboard>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
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
    , m_form(new QFormLayout)
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

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(m_title);
    contentLayout->addLayout(m_form);
    contentLayout->addStretch(1);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignRight);

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

void DeviceDetailsPane::addField(const QString &key, const QString &label, bool copyable)
{
    auto *value = new QLabel;
    value->setObjectName(u"detail_"_s + key);
    value->setAccessibleName(label);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setWordWrap(true);
    m_values.insert(key, value);
    if (!copyable) {
        m_form->addRow(label, value);
        return;
    }
    auto *row = new QWidget;
    auto *rowLayout = new QHBoxLayout(row);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    rowLayout->addWidget(value, 1);
    auto *copy = new QToolButton(row);
    copy->setObjectName(u"copy_"_s + key);
    copy->setText(tr("Copy"));
    copy->setAccessibleName(tr("Copy %1").arg(label));
    copy->setToolTip(tr("Copy the %1 to the clipboard").arg(label));
    connect(copy, &QToolButton::clicked, this, [value] {
        if (!value->text().isEmpty())
            QApplication::clipboard()->setText(value->text());
    });
    rowLayout->addWidget(copy);
    m_form->addRow(label, row);
}

void DeviceDetailsPane::setField(const QString &key, const QString &text)
{
    if (QLabel *label = m_values.value(key))
        label->setText(text);
}

QString DeviceDetailsPane::fieldText(const QString &key) const
{
    const QLabel *label = m_values.value(key);
    return label ? label->text() : QString();
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
    setField(u"serialNumber"_s, d.serialNumber);
    setField(u"displayName"_s, orNone(d.displayName));
    setField(u"manufacturer"_s, orNone(d.manufacturer));
    setField(u"model"_s, orNone(d.model));
    setField(u"systemFamily"_s, orNone(d.systemFamily));
    setField(u"skuNumber"_s, orNone(d.skuNumber));
    setField(u"groupTag"_s, orNone(d.groupTag));
    setField(u"purchaseOrder"_s, orNone(d.purchaseOrderIdentifier));
    setField(u"productKey"_s, orNone(d.productKey));
    setField(u"userPrincipalName"_s, orNone(d.userPrincipalName));
    setField(u"addressableUserName"_s, orNone(d.addressableUserName));
    setField(u"resourceName"_s, orNone(d.resourceName));
    const auto withRaw = [&d](const QString &label, QLatin1StringView property) {
        const QString raw = d.unknownEnums.value(property);
        return raw.isNull() ? label : tr("%1 (Graph sent \"%2\")").arg(label, raw);
    };
    setField(u"userless"_s, withRaw(M::userlessStatusText(d.userlessEnrollmentStatus), "userlessEnrollmentStatus"_L1));
    setField(u"enrollmentState"_s, withRaw(M::enrollmentStateText(d.enrollmentState), "enrollmentState"_L1));
    setField(
            u"profileStatus"_s,
            withRaw(M::profileStatusText(d.deploymentProfileAssignmentStatus), "deploymentProfileAssignmentStatus"_L1));
    setField(u"profileDetail"_s,
             withRaw(M::detailedStatusText(d.deploymentProfileAssignmentDetailedStatus),
                     "deploymentProfileAssignmentDetailedStatus"_L1));
    setField(u"assignedProfile"_s, orNone(assignedProfile));
    setField(u"dateAssigned"_s, timeText(d.deploymentProfileAssignedDateTime, now, tr("Not assigned")));
    setField(u"lastContacted"_s, timeText(d.lastContactedDateTime, now, tr("Never")));
    setField(u"remediation"_s, withRaw(M::remediationStateText(d.remediationState), "remediationState"_L1));
    setField(u"remediationChanged"_s, timeText(d.remediationStateLastModifiedDateTime, now, tr("Never")));
    setField(u"id"_s, d.id);
    setField(u"azureAdDeviceId"_s, orNone(d.azureAdDeviceId));
    setField(u"managedDeviceId"_s, d.managedDeviceId.isEmpty() ? tr("Not enrolled") : d.managedDeviceId);
    setField(u"unknownValues"_s, d.unknownEnums.isEmpty() ? none : d.unknownEnums.toString());

    if (sameDevice)
        return; // a refresh of the same device keeps the profiles already read
    const QString pending = m_service ? tr("Loading…") : tr("Not connected");
    setField(u"deploymentProfile"_s, pending);
    setField(u"intendedProfile"_s, pending);
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
                setField(key, profile.displayName.isEmpty() ? profile.id : profile.displayName);
            },
            [this, key, deviceId](const GraphError &error) {
                if (deviceId != m_device.id || error.kind == GraphError::Kind::Cancelled)
                    return;
                if (error.httpStatus == 404) {
                    setField(key, tr("None"));
                    return;
                }
                setField(key, tr("Could not be read: %1").arg(error.summary()));
                if (QLabel *label = m_values.value(key))
                    label->setToolTip(error.details());
            });
}

} // namespace ed
