#include "ProfileDetailsPane.h"

#include "dialogs/RawJsonDialog.h"
#include "models/DeploymentProfileModel.h"
#include "widgets/DetailsForm.h"
#include "widgets/DeviceDetailsPane.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace ed {

using namespace Qt::StringLiterals;

ProfileDetailsPane::ProfileDetailsPane(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(this))
    , m_content(new QWidget)
    , m_title(new QLabel(m_content))
    , m_rawJson(new QPushButton(m_content))
    , m_oobeNote(new QLabel(m_content))
    , m_fields(new DetailsForm(u"profileDetail_"_s, u"profileCopy_"_s, this))
{
    setObjectName(u"profileDetailsPane"_s);
    setAccessibleName(tr("Deployment profile settings"));

    m_placeholder->setObjectName(u"profileDetailsPlaceholder"_s);
    m_placeholder->setAccessibleName(tr("No profile selected"));
    m_placeholder->setText(tr("Select a deployment profile to see all its settings."));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);

    m_title->setObjectName(u"profileDetailsTitle"_s);
    m_title->setAccessibleName(tr("Profile name"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setWordWrap(true);

    m_rawJson->setObjectName(u"profileRawJsonButton"_s);
    m_rawJson->setText(tr("Raw JSON…"));
    m_rawJson->setAccessibleName(tr("Show the profile's JSON as Microsoft Graph sent it"));
    m_rawJson->setToolTip(m_rawJson->accessibleName());
    connect(m_rawJson, &QPushButton::clicked, this, &ProfileDetailsPane::showRawJson);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_rawJson, 0, Qt::AlignTop);

    // Two columns of groups: what the profile is and does on the left, the screens on the right.
    auto *columns = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    auto *right = new QVBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);

    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->addLayout(header);
    contentLayout->addLayout(columns);
    contentLayout->addStretch(1);

    const auto group = [this](QVBoxLayout *column, const QString &objectName, const QString &title) {
        auto *box = new QGroupBox(title, m_content);
        box->setObjectName(objectName);
        box->setAccessibleName(title);
        column->addWidget(box);
        return DetailsForm::createLayout(box);
    };
    const auto addField = [this](QFormLayout *form, const QString &key, const QString &label, bool copyable = false) {
        m_fields->addField(form, key, label, copyable);
    };

    QFormLayout *general = group(left, u"profileGeneralGroup"_s, tr("General"));
    addField(general, u"name"_s, tr("Name"));
    addField(general, u"description"_s, tr("Description"));
    addField(general, u"joinType"_s, tr("Join type"));
    addField(general, u"deviceType"_s, tr("Device type"));
    addField(general, u"locale"_s, tr("Language (region)"));
    addField(general, u"created"_s, tr("Created"));
    addField(general, u"modified"_s, tr("Last modified"));
    addField(general, u"assignedDevices"_s, tr("Assigned devices"));
    addField(general, u"groupAssignments"_s, tr("Group assignments"));
    addField(general, u"id"_s, tr("Profile ID"), true);
    addField(general, u"managementServiceAppId"_s, tr("Management service app ID"));

    QFormLayout *device = group(left, u"profileDeviceGroup"_s, tr("Device name and registration"));
    addField(device, u"deviceNameTemplate"_s, tr("Device name template"));
    addField(device, u"preprovisioning"_s, tr("Pre-provisioning (white glove) allowed"));
    addField(device, u"convertDevices"_s, tr("Convert all targeted devices to Autopilot"));

    QFormLayout *hybrid = group(left, u"profileHybridGroup"_s, tr("Microsoft Entra hybrid join"));
    addField(hybrid, u"skipConnectivityCheck"_s, tr("Skip Active Directory connectivity check"));

    QFormLayout *scope = group(left, u"profileScopeGroup"_s, tr("Scope tags and other values"));
    addField(scope, u"scopeTags"_s, tr("Scope tags"));
    addField(scope, u"unknownValues"_s, tr("Values not recognised"));

    QFormLayout *oobe = group(right, u"profileOobeGroup"_s, tr("Out-of-box experience (OOBE)"));
    m_oobeNote->setObjectName(u"profileOobeNote"_s);
    m_oobeNote->setAccessibleName(tr("Where the OOBE settings come from"));
    m_oobeNote->setWordWrap(true);
    m_oobeNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    oobe->addRow(m_oobeNote);
    addField(oobe, u"deploymentMode"_s, tr("Deployment mode"));
    addField(oobe, u"userType"_s, tr("User account type"));
    addField(oobe, u"privacySettings"_s, tr("Privacy settings"));
    addField(oobe, u"eula"_s, tr("Microsoft Software License Terms"));
    addField(oobe, u"keyboardPage"_s, tr("Keyboard selection page"));
    addField(oobe, u"escapeLink"_s, tr("Change account options (escape link)"));

    QFormLayout *esp = group(right, u"profileEspGroup"_s, tr("Enrollment Status Page"));
    addField(esp, u"espHideProgress"_s, tr("Hide installation progress"));
    addField(esp, u"espAllowUseBeforeComplete"_s, tr("Allow use before profile and apps are installed"));
    addField(esp, u"espBlockRetry"_s, tr("Block device setup retry by the user"));
    addField(esp, u"espLogCollection"_s, tr("Allow log collection on installation failure"));
    addField(esp, u"espAllowUseOnFailure"_s, tr("Allow use on installation failure"));
    addField(esp, u"espTimeout"_s, tr("Installation timeout"));
    addField(esp, u"espErrorMessage"_s, tr("Custom error message"));
    right->addStretch(1);
    left->addStretch(1);

    auto *scroll = new QScrollArea;
    scroll->setObjectName(u"profileDetailsScroll"_s);
    scroll->setAccessibleName(tr("Deployment profile settings"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_content);

    m_stack->setObjectName(u"profileDetailsStack"_s);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(scroll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    clear();
}

ProfileDetailsPane::~ProfileDetailsPane() = default;

QString ProfileDetailsPane::fieldText(const QString &key) const
{
    return m_fields->fieldText(key);
}

QStringList ProfileDetailsPane::fieldKeys() const
{
    return m_fields->keys();
}

bool ProfileDetailsPane::isShowingProfile() const
{
    return m_stack->currentWidget() != m_placeholder;
}

void ProfileDetailsPane::clear()
{
    m_profile = {};
    m_fields->clear();
    m_title->clear();
    m_oobeNote->clear();
    m_rawJson->setEnabled(false);
    m_stack->setCurrentWidget(m_placeholder);
}

void ProfileDetailsPane::showProfile(const DeploymentProfile &p, const QString &groupAssignments,
                                     const QString &assignedDevices)
{
    using M = DeploymentProfileModel;
    m_profile = p;
    m_stack->setCurrentIndex(1);
    m_rawJson->setEnabled(true);

    const QString notSet = tr("Not set");
    const QString notConfigured = tr("Not configured");
    const QString yes = tr("Yes");
    const QString no = tr("No");
    const auto yesNo = [&yes, &no](bool value) { return value ? yes : no; };
    const auto orNotSet = [&notSet](const QString &text) { return text.isEmpty() ? notSet : text; };
    const QDateTime now = QDateTime::currentDateTimeUtc();

    m_title->setText(p.displayName.isEmpty() ? p.id : p.displayName);
    m_fields->setField(u"name"_s, orNotSet(p.displayName));
    m_fields->setField(u"description"_s, p.description.isEmpty() ? tr("None") : p.description);
    m_fields->setField(u"joinType"_s, M::joinTypeText(p));
    m_fields->setField(u"deviceType"_s, M::deviceTypeText(p));
    m_fields->setField(u"locale"_s, M::localeDescription(p.locale));
    m_fields->setField(u"created"_s, DeviceDetailsPane::timeText(p.createdDateTime, now, tr("Unknown")));
    m_fields->setField(u"modified"_s, DeviceDetailsPane::timeText(p.lastModifiedDateTime, now, tr("Unknown")));
    m_fields->setField(u"assignedDevices"_s, assignedDevices);
    m_fields->setField(u"groupAssignments"_s, groupAssignments);
    m_fields->setField(u"id"_s, p.id);
    m_fields->setField(u"managementServiceAppId"_s, orNotSet(p.managementServiceAppId));

    m_fields->setField(u"deviceNameTemplate"_s, orNotSet(p.deviceNameTemplate));
    m_fields->setField(u"preprovisioning"_s, yesNo(p.preprovisioningAllowed));
    m_fields->setField(u"convertDevices"_s, yesNo(p.hardwareHashExtractionEnabled));
    m_fields->setField(u"skipConnectivityCheck"_s,
                       p.isHybridJoin() ? yesNo(p.hybridAzureADJoinSkipConnectivityCheck)
                                        : tr("Not applicable (not a hybrid join profile)"));

    QStringList tags;
    for (const QString &tag : p.roleScopeTagIds)
        tags.append(tag == u"0"_s ? tr("Default (0)") : tag);
    m_fields->setField(u"scopeTags"_s, tags.isEmpty() ? tr("None") : tags.join(", "_L1));
    m_fields->setField(u"unknownValues"_s, p.unknownEnums.isEmpty() ? tr("None") : p.unknownEnums.toString());

    if (const auto &oobe = p.outOfBoxExperience) {
        const QString hidden = tr("Hidden");
        const QString shown = tr("Shown");
        const auto deprecated = [&oobe](const QString &text) {
            return oobe->fromDeprecatedSettings ? tr("%1 (from the deprecated outOfBoxExperienceSettings)").arg(text)
                                                : text;
        };
        m_oobeNote->setText(oobe->fromDeprecatedSettings
                                    ? tr("This profile reports only the deprecated outOfBoxExperienceSettings; "
                                         "the settings below are read from it.")
                                    : QString());
        m_oobeNote->setVisible(oobe->fromDeprecatedSettings);
        m_fields->setField(u"deploymentMode"_s, deprecated(M::deviceUsageText(p)));
        m_fields->setField(u"userType"_s, deprecated(M::userTypeText(p)));
        m_fields->setField(u"privacySettings"_s, oobe->privacySettingsHidden ? hidden : shown);
        m_fields->setField(u"eula"_s, oobe->eulaHidden ? hidden : shown);
        m_fields->setField(u"keyboardPage"_s, oobe->keyboardSelectionPageSkipped ? tr("Skipped") : shown);
        m_fields->setField(u"escapeLink"_s, oobe->escapeLinkHidden ? hidden : shown);
    } else {
        m_oobeNote->setText(tr("The profile reports no out-of-box experience settings."));
        m_oobeNote->setVisible(true);
        for (const QString &key :
             {u"deploymentMode"_s, u"userType"_s, u"privacySettings"_s, u"eula"_s, u"keyboardPage"_s, u"escapeLink"_s})
            m_fields->setField(key, notConfigured);
    }

    if (const auto &esp = p.enrollmentStatusScreen) {
        m_fields->setField(u"espHideProgress"_s, yesNo(esp->hideInstallationProgress));
        m_fields->setField(u"espAllowUseBeforeComplete"_s,
                           yesNo(esp->allowDeviceUseBeforeProfileAndAppInstallComplete));
        m_fields->setField(u"espBlockRetry"_s, yesNo(esp->blockDeviceSetupRetryByUser));
        m_fields->setField(u"espLogCollection"_s, yesNo(esp->allowLogCollectionOnInstallFailure));
        m_fields->setField(u"espAllowUseOnFailure"_s, yesNo(esp->allowDeviceUseOnInstallFailure));
        m_fields->setField(u"espTimeout"_s,
                           esp->installProgressTimeoutInMinutes > 0
                                   ? tr("%n minute(s)", nullptr, esp->installProgressTimeoutInMinutes)
                                   : notSet);
        m_fields->setField(u"espErrorMessage"_s,
                           esp->customErrorMessage.isEmpty() ? tr("None") : esp->customErrorMessage);
    } else {
        for (const QString &key :
             {u"espHideProgress"_s, u"espAllowUseBeforeComplete"_s, u"espBlockRetry"_s, u"espLogCollection"_s,
              u"espAllowUseOnFailure"_s, u"espTimeout"_s, u"espErrorMessage"_s})
            m_fields->setField(key, notConfigured);
    }
}

RawJsonDialog *ProfileDetailsPane::showRawJson()
{
    if (!isShowingProfile())
        return nullptr;
    const QString title = m_profile.displayName.isEmpty() ? m_profile.id : m_profile.displayName;
    return RawJsonDialog::open(this, title, m_profile.json);
}

} // namespace ed
