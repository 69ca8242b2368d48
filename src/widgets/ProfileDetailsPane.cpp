#include "ProfileDetailsPane.h"

#include "models/DeploymentProfileModel.h"
#include "widgets/DeviceDetailsPane.h"

#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ed {

using namespace Qt::StringLiterals;

ProfileDetailsPane::ProfileDetailsPane(QWidget *parent)
    : QWidget(parent)
    , m_frame(this, u"profile"_s,
              {.placeholder = tr("Select a deployment profile to see all its settings."),
               .placeholderName = tr("No profile selected"),
               .titleName = tr("Profile name"),
               .rawJson = tr("Raw JSON…"),
               .rawJsonName = tr("Show the profile's JSON as Microsoft Graph sent it"),
               .scrollName = tr("Deployment profile settings")})
    , m_oobeNote(new QLabel(m_frame.content()))
    , m_fields(new DetailsForm(u"profileDetail_"_s, u"profileCopy_"_s, this))
{
    setObjectName(u"profileDetailsPane"_s);
    setAccessibleName(tr("Deployment profile settings"));
    connect(m_frame.rawJsonButton(), &QPushButton::clicked, this, &ProfileDetailsPane::showRawJson);

    // Two columns of groups: what the profile is and does on the left, the screens on the right.
    QVBoxLayout *left = m_frame.left();
    QVBoxLayout *right = m_frame.right();
    QFormLayout *general = m_frame.addGroup(left, u"profileGeneralGroup"_s, tr("General"));
    m_fields->addField(general, u"name"_s, tr("Name"));
    m_fields->addField(general, u"description"_s, tr("Description"));
    m_fields->addField(general, u"joinType"_s, tr("Join type"));
    m_fields->addField(general, u"deviceType"_s, tr("Device type"));
    m_fields->addField(general, u"locale"_s, tr("Language (region)"));
    m_fields->addField(general, u"created"_s, tr("Created"));
    m_fields->addField(general, u"modified"_s, tr("Last modified"));
    m_fields->addField(general, u"assignedDevices"_s, tr("Assigned devices"));
    m_fields->addField(general, u"groupAssignments"_s, tr("Group assignments"));
    m_fields->addField(general, u"id"_s, tr("Profile ID"), true);
    m_fields->addField(general, u"managementServiceAppId"_s, tr("Management service app ID"));

    QFormLayout *device = m_frame.addGroup(left, u"profileDeviceGroup"_s, tr("Device name and registration"));
    m_fields->addField(device, u"deviceNameTemplate"_s, tr("Device name template"));
    m_fields->addField(device, u"preprovisioning"_s, tr("Pre-provisioning (white glove) allowed"));
    m_fields->addField(device, u"convertDevices"_s, tr("Convert all targeted devices to Autopilot"));

    QFormLayout *hybrid = m_frame.addGroup(left, u"profileHybridGroup"_s, tr("Microsoft Entra hybrid join"));
    m_fields->addField(hybrid, u"skipConnectivityCheck"_s, tr("Skip Active Directory connectivity check"));

    QFormLayout *scope = m_frame.addGroup(left, u"profileScopeGroup"_s, tr("Scope tags and other values"));
    m_fields->addField(scope, u"scopeTags"_s, tr("Scope tags"));
    m_fields->addField(scope, u"unknownValues"_s, tr("Values not recognised"));

    QFormLayout *oobe = m_frame.addGroup(right, u"profileOobeGroup"_s, tr("Out-of-box experience (OOBE)"));
    m_oobeNote->setObjectName(u"profileOobeNote"_s);
    m_oobeNote->setAccessibleName(tr("Where the OOBE settings come from"));
    m_oobeNote->setWordWrap(true);
    m_oobeNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    oobe->addRow(m_oobeNote);
    m_fields->addField(oobe, u"deploymentMode"_s, tr("Deployment mode"));
    m_fields->addField(oobe, u"userType"_s, tr("User account type"));
    m_fields->addField(oobe, u"privacySettings"_s, tr("Privacy settings"));
    m_fields->addField(oobe, u"eula"_s, tr("Microsoft Software License Terms"));
    m_fields->addField(oobe, u"keyboardPage"_s, tr("Keyboard selection page"));
    m_fields->addField(oobe, u"escapeLink"_s, tr("Change account options (escape link)"));

    QFormLayout *esp = m_frame.addGroup(right, u"profileEspGroup"_s, tr("Enrollment Status Page"));
    m_fields->addField(esp, u"espHideProgress"_s, tr("Hide installation progress"));
    m_fields->addField(esp, u"espAllowUseBeforeComplete"_s, tr("Allow use before profile and apps are installed"));
    m_fields->addField(esp, u"espBlockRetry"_s, tr("Block device setup retry by the user"));
    m_fields->addField(esp, u"espLogCollection"_s, tr("Allow log collection on installation failure"));
    m_fields->addField(esp, u"espAllowUseOnFailure"_s, tr("Allow use on installation failure"));
    m_fields->addField(esp, u"espTimeout"_s, tr("Installation timeout"));
    m_fields->addField(esp, u"espErrorMessage"_s, tr("Custom error message"));
    right->addStretch(1);
    left->addStretch(1);
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
    return m_frame.isShowingPage();
}

void ProfileDetailsPane::clear()
{
    m_profile = {};
    m_fields->clear();
    m_oobeNote->clear();
    m_frame.showPlaceholder();
}

void ProfileDetailsPane::showProfile(const DeploymentProfile &p, const QString &groupAssignments,
                                     const QString &assignedDevices)
{
    using M = DeploymentProfileModel;
    m_profile = p;
    m_frame.showPage(p.displayName, p.id);

    const QString notSet = tr("Not set");
    const QString notConfigured = tr("Not configured");
    const QString yes = tr("Yes");
    const QString no = tr("No");
    const auto yesNo = [&yes, &no](bool value) { return value ? yes : no; };
    const auto orNotSet = [&notSet](const QString &text) { return text.isEmpty() ? notSet : text; };
    const QDateTime now = QDateTime::currentDateTimeUtc();

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

    m_fields->setField(u"scopeTags"_s, scopeTagsText(p.roleScopeTagIds, tr("Default (0)"), tr("None")));
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
    return m_frame.openRawJson(m_profile.json);
}

} // namespace ed
