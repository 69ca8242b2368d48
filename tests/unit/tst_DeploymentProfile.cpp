// DeploymentProfile from Microsoft's samples and hand-written JSON: both subtypes, unknown
// @odata.type kept, the deprecated properties read only when their replacements are absent, OOBE
// from the deprecated object mapped field by field, unknown enum values, wrong JSON types.

#include "SampleJson.h"
#include "models/DeploymentProfile.h"

#include <QTest>

using namespace ed;
using namespace ed::test;
using namespace Qt::StringLiterals;

using Profile = DeploymentProfile;

class TestDeploymentProfile final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listSample();
    void deprecatedOnlySample();
    void deprecatedOobeMapping_data();
    void deprecatedOobeMapping();
    void newOobeWins();
    void fallbacks_data();
    void fallbacks();
    void kinds_data();
    void kinds();
    void unknownEnums();
    void wrongTypes();
    void expandedAssignments();
};

void TestDeploymentProfile::listSample()
{
    const QJsonObject json = sampleValues(u"autopilot-profiles-list-beta.json"_s).at(0).toObject();
    QVERIFY(!json.isEmpty());
    const Profile p = Profile::fromJson(json);
    QCOMPARE(p.kind, Profile::Kind::AzureADJoin);
    QCOMPARE(p.odataType, u"#microsoft.graph.azureADWindowsAutopilotDeploymentProfile"_s);
    QVERIFY(!p.isHybridJoin());
    QCOMPARE(p.id, u"e2ec4e69-4e69-e2ec-694e-ece2694eece2"_s);
    QCOMPARE(p.displayName, u"Display Name value"_s);
    QCOMPARE(p.description, u"Description value"_s);
    QCOMPARE(p.locale, u"Locale value"_s); // not the deprecated language
    QCOMPARE(p.createdDateTime, QDateTime(QDate(2017, 1, 1), QTime(8, 2, 43, 578), Qt::UTC));
    QCOMPARE(p.lastModifiedDateTime, QDateTime(QDate(2017, 1, 1), QTime(8, 0, 35, 133), Qt::UTC));
    QVERIFY(p.outOfBoxExperience.has_value());
    QVERIFY(!p.outOfBoxExperience->fromDeprecatedSettings);
    QVERIFY(p.outOfBoxExperience->privacySettingsHidden);
    QVERIFY(p.outOfBoxExperience->eulaHidden);
    QVERIFY(p.outOfBoxExperience->keyboardSelectionPageSkipped);
    QVERIFY(p.outOfBoxExperience->escapeLinkHidden);
    QCOMPARE(p.outOfBoxExperience->userType, Profile::UserType::Standard);
    QCOMPARE(p.outOfBoxExperience->deviceUsageType, Profile::DeviceUsageType::Shared);
    QVERIFY(p.enrollmentStatusScreen.has_value());
    QVERIFY(p.enrollmentStatusScreen->hideInstallationProgress);
    QVERIFY(p.enrollmentStatusScreen->allowDeviceUseBeforeProfileAndAppInstallComplete);
    QVERIFY(p.enrollmentStatusScreen->blockDeviceSetupRetryByUser);
    QVERIFY(p.enrollmentStatusScreen->allowLogCollectionOnInstallFailure);
    QVERIFY(p.enrollmentStatusScreen->allowDeviceUseOnInstallFailure);
    QCOMPARE(p.enrollmentStatusScreen->installProgressTimeoutInMinutes, 15);
    QCOMPARE(p.enrollmentStatusScreen->customErrorMessage, u"Custom Error Message value"_s);
    QCOMPARE(p.deviceNameTemplate, u"Device Name Template value"_s);
    QCOMPARE(p.deviceType, Profile::DeviceType::HoloLens);
    QVERIFY(p.hardwareHashExtractionEnabled);
    QVERIFY(p.preprovisioningAllowed);
    QVERIFY(!p.hybridAzureADJoinSkipConnectivityCheck);
    QCOMPARE(p.roleScopeTagIds, QStringList{u"Role Scope Tag Ids value"_s});
    QCOMPARE(p.managementServiceAppId, u"Management Service App Id value"_s);
    QVERIFY(!p.assignmentsExpanded);
    QVERIFY(p.unknownEnums.isEmpty());
    QCOMPARE(p.json, json); // raw JSON one click away
}

void TestDeploymentProfile::deprecatedOnlySample()
{
    // The create response carries only the deprecated names: language, outOfBoxExperienceSettings,
    // extractHardwareHash, enableWhiteGlove.
    const QJsonObject json = sampleObject(u"autopilot-profile-create-response-beta.json"_s);
    QVERIFY(!json.isEmpty());
    const Profile p = Profile::fromJson(json);
    QCOMPARE(p.kind, Profile::Kind::AzureADJoin);
    QCOMPARE(p.locale, u"Language value"_s);
    QVERIFY(p.outOfBoxExperience.has_value());
    QVERIFY(p.outOfBoxExperience->fromDeprecatedSettings);
    QVERIFY(p.outOfBoxExperience->privacySettingsHidden);
    QVERIFY(p.outOfBoxExperience->eulaHidden);
    QVERIFY(p.outOfBoxExperience->keyboardSelectionPageSkipped);
    QVERIFY(p.outOfBoxExperience->escapeLinkHidden);
    QCOMPARE(p.outOfBoxExperience->userType, Profile::UserType::Standard);
    QCOMPARE(p.outOfBoxExperience->deviceUsageType, Profile::DeviceUsageType::Shared);
    QVERIFY(p.hardwareHashExtractionEnabled);
    QVERIFY(p.preprovisioningAllowed);
    QCOMPARE(p.deviceType, Profile::DeviceType::SurfaceHub2);
}

void TestDeploymentProfile::deprecatedOobeMapping_data()
{
    QTest::addColumn<QString>("deprecatedKey");
    QTest::addColumn<int>("field"); // 0 privacy, 1 EULA, 2 keyboard, 3 escape link
    QTest::newRow("hidePrivacySettings → privacySettingsHidden") << u"hidePrivacySettings"_s << 0;
    QTest::newRow("hideEULA → eulaHidden") << u"hideEULA"_s << 1;
    QTest::newRow("skipKeyboardSelectionPage → keyboardSelectionPageSkipped") << u"skipKeyboardSelectionPage"_s << 2;
    QTest::newRow("hideEscapeLink → escapeLinkHidden") << u"hideEscapeLink"_s << 3;
}

void TestDeploymentProfile::deprecatedOobeMapping()
{
    QFETCH(QString, deprecatedKey);
    QFETCH(int, field);
    // Only this one flag set: it lands in its own field and nowhere else.
    const QJsonObject json{{u"outOfBoxExperienceSettings"_s,
                            QJsonObject{{deprecatedKey, true},
                                        {u"userType"_s, u"administrator"_s},
                                        {u"deviceUsageType"_s, u"singleUser"_s}}}};
    const Profile p = Profile::fromJson(json);
    QVERIFY(p.outOfBoxExperience.has_value());
    const Profile::OutOfBoxExperience &oobe = *p.outOfBoxExperience;
    QVERIFY(oobe.fromDeprecatedSettings);
    const bool flags[] = {oobe.privacySettingsHidden, oobe.eulaHidden, oobe.keyboardSelectionPageSkipped,
                          oobe.escapeLinkHidden};
    for (int i = 0; i < 4; ++i)
        QCOMPARE(flags[i], i == field);
    QCOMPARE(oobe.userType, Profile::UserType::Administrator);
    QCOMPARE(oobe.deviceUsageType, Profile::DeviceUsageType::SingleUser);
}

void TestDeploymentProfile::newOobeWins()
{
    const Profile p = Profile::fromJson(jsonObject(R"({
        "outOfBoxExperienceSetting":{"privacySettingsHidden":false,"userType":"administrator"},
        "outOfBoxExperienceSettings":{"hidePrivacySettings":true,"userType":"standard"}})"));
    QVERIFY(!p.outOfBoxExperience->fromDeprecatedSettings);
    QVERIFY(!p.outOfBoxExperience->privacySettingsHidden);
    QCOMPARE(p.outOfBoxExperience->userType, Profile::UserType::Administrator);

    // The new object null: the deprecated one is used.
    const Profile q = Profile::fromJson(jsonObject(R"({"outOfBoxExperienceSetting":null,
        "outOfBoxExperienceSettings":{"hideEULA":true,"deviceUsageType":"shared"}})"));
    QVERIFY(q.outOfBoxExperience->fromDeprecatedSettings);
    QVERIFY(q.outOfBoxExperience->eulaHidden);
    QCOMPARE(q.outOfBoxExperience->deviceUsageType, Profile::DeviceUsageType::Shared);

    QVERIFY(!Profile::fromJson(QJsonObject()).outOfBoxExperience.has_value());
}

void TestDeploymentProfile::fallbacks_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("hardwareHash");
    QTest::addColumn<bool>("preprovisioning");
    QTest::addColumn<QString>("locale");
    QTest::newRow("new names only") << QByteArray(
            R"({"hardwareHashExtractionEnabled":true,"preprovisioningAllowed":true,"locale":"en-GB"})")
                                    << true << true << u"en-GB"_s;
    QTest::newRow("deprecated only") << QByteArray(
            R"({"extractHardwareHash":true,"enableWhiteGlove":true,"language":"de-DE"})")
                                     << true << true << u"de-DE"_s;
    QTest::newRow("new wins over deprecated") << QByteArray(
            R"({"hardwareHashExtractionEnabled":false,"extractHardwareHash":true,"preprovisioningAllowed":false,"enableWhiteGlove":true,"locale":"os-default","language":"de-DE"})")
                                              << false << false << u"os-default"_s;
    QTest::newRow("new of the wrong type") << QByteArray(
            R"({"hardwareHashExtractionEnabled":"yes","extractHardwareHash":true,"preprovisioningAllowed":null,"enableWhiteGlove":true,"locale":5,"language":"fr-FR"})")
                                           << true << true << u"fr-FR"_s;
    QTest::newRow("neither") << QByteArray("{}") << false << false << QString();
}

void TestDeploymentProfile::fallbacks()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, hardwareHash);
    QFETCH(bool, preprovisioning);
    QFETCH(QString, locale);
    const Profile p = Profile::fromJson(jsonObject(json));
    QCOMPARE(p.hardwareHashExtractionEnabled, hardwareHash);
    QCOMPARE(p.preprovisioningAllowed, preprovisioning);
    QCOMPARE(p.locale, locale);
}

void TestDeploymentProfile::kinds_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("skipConnectivityCheck");
    QTest::newRow("Entra join") << QByteArray(
            R"({"@odata.type":"#microsoft.graph.azureADWindowsAutopilotDeploymentProfile"})")
                                << int(Profile::Kind::AzureADJoin) << false;
    QTest::newRow("hybrid join") << QByteArray(
            R"({"@odata.type":"#microsoft.graph.activeDirectoryWindowsAutopilotDeploymentProfile","hybridAzureADJoinSkipConnectivityCheck":true})")
                                 << int(Profile::Kind::HybridAzureADJoin) << true;
    QTest::newRow("unknown subtype") << QByteArray(
            R"({"@odata.type":"#microsoft.graph.cloudKioskWindowsAutopilotDeploymentProfile"})")
                                     << int(Profile::Kind::Other) << false;
    QTest::newRow("base type") << QByteArray(R"({"@odata.type":"#microsoft.graph.windowsAutopilotDeploymentProfile"})")
                               << int(Profile::Kind::Other) << false;
    QTest::newRow("no type") << QByteArray("{}") << int(Profile::Kind::Other) << false;
}

void TestDeploymentProfile::kinds()
{
    QFETCH(QByteArray, json);
    QFETCH(int, kind);
    QFETCH(bool, skipConnectivityCheck);
    const QJsonObject object = jsonObject(json);
    const Profile p = Profile::fromJson(object);
    QCOMPARE(int(p.kind), kind);
    QCOMPARE(p.odataType, object.value("@odata.type"_L1).toString()); // kept, known or not
    QCOMPARE(p.isHybridJoin(), p.kind == Profile::Kind::HybridAzureADJoin);
    QCOMPARE(p.hybridAzureADJoinSkipConnectivityCheck, skipConnectivityCheck);
}

void TestDeploymentProfile::unknownEnums()
{
    const Profile p = Profile::fromJson(jsonObject(R"({"deviceType":"surfaceHub3",
        "outOfBoxExperienceSetting":{"userType":"guest","deviceUsageType":"shared"}})"));
    QCOMPARE(p.deviceType, Profile::DeviceType::Other);
    QCOMPARE(p.outOfBoxExperience->userType, Profile::UserType::Other);
    QCOMPARE(p.outOfBoxExperience->deviceUsageType, Profile::DeviceUsageType::Shared);
    QCOMPARE(p.unknownEnums.toString(), u"deviceType=surfaceHub3, userType=guest"_s);
    QCOMPARE(GraphEnum::wireName(p.deviceType, p.unknownEnums, "deviceType"_L1), u"surfaceHub3"_s);
}

void TestDeploymentProfile::wrongTypes()
{
    const Profile p = Profile::fromJson(jsonObject(R"({"@odata.type":5,"id":[],"displayName":{},"description":true,
        "locale":null,"language":7,"createdDateTime":12,"lastModifiedDateTime":"soon",
        "outOfBoxExperienceSetting":"hidden","outOfBoxExperienceSettings":[true],
        "enrollmentStatusScreenSettings":{"installProgressTimeoutInMinutes":"60","customErrorMessage":3,
                                          "hideInstallationProgress":"true"},
        "deviceNameTemplate":null,"deviceType":3,"hardwareHashExtractionEnabled":1,"preprovisioningAllowed":"true",
        "roleScopeTagIds":"0","managementServiceAppId":false,"assignments":{}})"));
    QCOMPARE(p.kind, Profile::Kind::Other);
    QVERIFY(p.odataType.isEmpty());
    QVERIFY(p.id.isEmpty());
    QVERIFY(p.displayName.isEmpty());
    QVERIFY(p.description.isEmpty());
    QVERIFY(p.locale.isEmpty());
    QVERIFY(!p.createdDateTime.isValid());
    QVERIFY(!p.lastModifiedDateTime.isValid());
    QVERIFY(!p.outOfBoxExperience.has_value());
    QVERIFY(p.enrollmentStatusScreen.has_value());
    QCOMPARE(p.enrollmentStatusScreen->installProgressTimeoutInMinutes, 0);
    QVERIFY(p.enrollmentStatusScreen->customErrorMessage.isEmpty());
    QVERIFY(!p.enrollmentStatusScreen->hideInstallationProgress);
    QVERIFY(p.deviceNameTemplate.isEmpty());
    QCOMPARE(p.deviceType, Profile::DeviceType::WindowsPc);
    QVERIFY(!p.hardwareHashExtractionEnabled);
    QVERIFY(!p.preprovisioningAllowed);
    QVERIFY(p.roleScopeTagIds.isEmpty());
    QVERIFY(p.managementServiceAppId.isEmpty());
    QVERIFY(!p.assignmentsExpanded);
    QVERIFY(p.unknownEnums.isEmpty());
}

void TestDeploymentProfile::expandedAssignments()
{
    const Profile p = Profile::fromJson(jsonObject(R"({"id":"p1","assignments":[
        {"id":"p1_g1","target":{"@odata.type":"#microsoft.graph.groupAssignmentTarget","groupId":"g1"},"source":"direct"},
        {"id":"p1_g2","target":{"@odata.type":"#microsoft.graph.exclusionGroupAssignmentTarget","groupId":"g2"}}]})"));
    QVERIFY(p.assignmentsExpanded);
    QCOMPARE(p.assignments.size(), 2);
    QCOMPARE(p.assignments.at(0).target.kind, AssignmentTarget::Kind::Group);
    QCOMPARE(p.assignments.at(1).target.kind, AssignmentTarget::Kind::ExclusionGroup);
    QCOMPARE(p.assignments.at(1).target.groupId, u"g2"_s);
}

QTEST_GUILESS_MAIN(TestDeploymentProfile)
#include "tst_DeploymentProfile.moc"
