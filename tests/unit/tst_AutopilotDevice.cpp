// AutopilotDevice from Microsoft's beta and v1.0 samples and from hand-written edge cases: every
// enum value (the misspelt one too), unknown values kept and reported, Graph's no-date, the
// all-zero managed device id, wrong JSON types and missing keys.

#include "SampleJson.h"
#include "models/AutopilotDevice.h"

#include <QTest>

#include <utility>

using namespace ed;
using namespace ed::test;
using namespace Qt::StringLiterals;

using Device = AutopilotDevice;

namespace {

// The value of the enum behind property as a number, and the string a view would show for it
// (Graph's name, or the raw string kept for Other): one data table covers all five enums.
std::pair<int, QString> enumValue(const Device &d, const QString &property)
{
    const QByteArray name = property.toLatin1();
    const QLatin1StringView key(name);
    const UnknownEnumValues &u = d.unknownEnums;
    if (property == u"deploymentProfileAssignmentStatus")
        return {int(d.deploymentProfileAssignmentStatus),
                GraphEnum::wireName(d.deploymentProfileAssignmentStatus, u, key)};
    if (property == u"deploymentProfileAssignmentDetailedStatus")
        return {int(d.deploymentProfileAssignmentDetailedStatus),
                GraphEnum::wireName(d.deploymentProfileAssignmentDetailedStatus, u, key)};
    if (property == u"enrollmentState")
        return {int(d.enrollmentState), GraphEnum::wireName(d.enrollmentState, u, key)};
    if (property == u"remediationState")
        return {int(d.remediationState), GraphEnum::wireName(d.remediationState, u, key)};
    if (property == u"userlessEnrollmentStatus")
        return {int(d.userlessEnrollmentStatus), GraphEnum::wireName(d.userlessEnrollmentStatus, u, key)};
    return {-1, QString()};
}

template<typename E>
void addEnumRows(const char *property)
{
    const QString name = QString::fromLatin1(property);
    for (qsizetype i = 0; i < GraphEnum::count<E>(); ++i) {
        const QString wire = GraphEnum::wireName(static_cast<E>(i));
        QTest::addRow("%s=%s", property, qPrintable(wire)) << name << wire << int(i) << wire;
    }
    QTest::addRow("%s=future value", property) << name << u"someFutureValue"_s << int(E::Other) << QString();
}

} // namespace

class TestAutopilotDevice final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void samples_data();
    void samples();
    void enums_data();
    void enums();
    void unknownValuesReported();
    void dates();
    void managedDeviceId_data();
    void managedDeviceId();
    void azureAdDeviceId();
    void wrongTypes_data();
    void wrongTypes();
    void list();
};

void TestAutopilotDevice::samples_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<bool>("beta");
    QTest::newRow("beta list") << sampleValues(u"autopilot-devices-list-beta.json"_s).at(0).toObject() << true;
    QTest::newRow("beta get") << sampleObject(u"autopilot-device-get-beta.json"_s).value("value"_L1).toObject() << true;
    QTest::newRow("v1.0 list") << sampleValues(u"autopilot-devices-list-v1.json"_s).at(0).toObject() << false;
}

void TestAutopilotDevice::samples()
{
    QFETCH(QJsonObject, json);
    QFETCH(bool, beta);
    QVERIFY2(!json.isEmpty(), "sample missing from tests/data/samples");
    const Device d = Device::fromJson(json);
    QCOMPARE(d.id, u"fac6f0b1-f0b1-fac6-b1f0-c6fab1f0c6fa"_s);
    QCOMPARE(d.serialNumber, u"Serial Number value"_s);
    QCOMPARE(d.manufacturer, u"Manufacturer value"_s);
    QCOMPARE(d.model, u"Model value"_s);
    QCOMPARE(d.groupTag, u"Group Tag value"_s);
    QCOMPARE(d.purchaseOrderIdentifier, u"Purchase Order Identifier value"_s);
    QCOMPARE(d.productKey, u"Product Key value"_s);
    QCOMPARE(d.skuNumber, u"Sku Number value"_s);
    QCOMPARE(d.systemFamily, u"System Family value"_s);
    QCOMPARE(d.userPrincipalName, u"User Principal Name value"_s);
    QCOMPARE(d.addressableUserName, u"Addressable User Name value"_s);
    QCOMPARE(d.displayName, u"Display Name value"_s);
    QCOMPARE(d.resourceName, u"Resource Name value"_s);
    QCOMPARE(d.managedDeviceId, u"Managed Device Id value"_s);
    QCOMPARE(d.enrollmentState, Device::EnrollmentState::Enrolled);
    QCOMPARE(d.lastContactedDateTime, QDateTime(QDate(2017, 1, 1), QTime(7, 58, 44, 291), Qt::UTC));
    QVERIFY2(d.unknownEnums.isEmpty(), qPrintable(d.unknownEnums.toString()));
    QCOMPARE(d.hasBetaProperties, beta);
    if (beta) {
        QCOMPARE(d.azureAdDeviceId, u"Azure Ad Device Id value"_s);
        QCOMPARE(d.deploymentProfileAssignmentStatus, Device::ProfileAssignmentStatus::AssignedInSync);
        QCOMPARE(d.deploymentProfileAssignmentDetailedStatus,
                 Device::ProfileAssignmentDetailedStatus::HardwareRequirementsNotMet);
        QCOMPARE(d.deploymentProfileAssignedDateTime, QDateTime(QDate(2017, 1, 1), QTime(7, 58, 26, 245), Qt::UTC));
    } else {
        // v1.0 has neither azureAdDeviceId nor the beta statuses: defaults, no crash.
        QCOMPARE(d.azureAdDeviceId, u"Azure Active Directory Device Id value"_s);
        QCOMPARE(d.deploymentProfileAssignmentStatus, Device::ProfileAssignmentStatus::Unknown);
        QCOMPARE(d.deploymentProfileAssignmentDetailedStatus, Device::ProfileAssignmentDetailedStatus::None);
        QCOMPARE(d.userlessEnrollmentStatus, Device::UserlessEnrollmentStatus::Unknown);
        QVERIFY(!d.deploymentProfileAssignedDateTime.isValid());
        QVERIFY(!d.remediationStateLastModifiedDateTime.isValid());
    }
}

void TestAutopilotDevice::enums_data()
{
    QTest::addColumn<QString>("property");
    QTest::addColumn<QString>("wire");
    QTest::addColumn<int>("expected");
    QTest::addColumn<QString>("canonical"); // GraphEnum::wireName of the value; null for Other
    addEnumRows<Device::ProfileAssignmentStatus>("deploymentProfileAssignmentStatus");
    addEnumRows<Device::ProfileAssignmentDetailedStatus>("deploymentProfileAssignmentDetailedStatus");
    addEnumRows<Device::EnrollmentState>("enrollmentState");
    addEnumRows<Device::RemediationState>("remediationState");
    addEnumRows<Device::UserlessEnrollmentStatus>("userlessEnrollmentStatus");
    QTest::newRow("status, correct spelling")
            << u"deploymentProfileAssignmentStatus"_s << u"assignedUnknownSyncState"_s
            << int(Device::ProfileAssignmentStatus::AssignedUnknownSyncState) << u"assignedUnkownSyncState"_s;
    QTest::newRow("enrollmentState, other case") << u"enrollmentState"_s << u"PendingReset"_s
                                                 << int(Device::EnrollmentState::PendingReset) << u"pendingReset"_s;
}

void TestAutopilotDevice::enums()
{
    QFETCH(QString, property);
    QFETCH(QString, wire);
    QFETCH(int, expected);
    QFETCH(QString, canonical);
    const Device d = Device::fromJson(QJsonObject{{property, wire}});
    const auto [value, shown] = enumValue(d, property);
    QCOMPARE(value, expected);
    // What a view shows (and toJson would write): Graph's name, or the raw string kept.
    QCOMPARE(shown, canonical.isNull() ? wire : canonical);
    if (canonical.isNull()) {
        QCOMPARE(d.unknownEnums.properties(), QStringList{property});
        QVERIFY(d.unknownEnums.toString().contains(wire));
    } else {
        QVERIFY(d.unknownEnums.isEmpty());
    }
}

void TestAutopilotDevice::unknownValuesReported()
{
    const Device d = Device::fromJson(jsonObject(R"({"id":"d1","enrollmentState":"frozen",
        "deploymentProfileAssignmentStatus":"assignedLater","userlessEnrollmentStatus":"allowed",
        "remediationState":"firmwareUpdateRequired"})"));
    QCOMPARE(d.enrollmentState, Device::EnrollmentState::Other);
    QCOMPARE(d.deploymentProfileAssignmentStatus, Device::ProfileAssignmentStatus::Other);
    QCOMPARE(d.remediationState, Device::RemediationState::Other);
    QCOMPARE(d.userlessEnrollmentStatus, Device::UserlessEnrollmentStatus::Allowed);
    QCOMPARE(d.unknownEnums.toString(),
             u"deploymentProfileAssignmentStatus=assignedLater, enrollmentState=frozen, "
             "remediationState=firmwareUpdateRequired"_s);
    QCOMPARE(GraphEnum::wireName(d.enrollmentState, d.unknownEnums, "enrollmentState"_L1), u"frozen"_s);
}

void TestAutopilotDevice::dates()
{
    const Device d = Device::fromJson(jsonObject(R"({"lastContactedDateTime":"0001-01-01T00:00:00Z",
        "deploymentProfileAssignedDateTime":"2026-03-04T05:06:07.8901234Z",
        "remediationStateLastModifiedDateTime":"0001-01-01T00:00:00Z"})"));
    QVERIFY(!d.lastContactedDateTime.isValid());
    QVERIFY(!d.remediationStateLastModifiedDateTime.isValid());
    QCOMPARE(d.deploymentProfileAssignedDateTime, QDateTime(QDate(2026, 3, 4), QTime(5, 6, 7, 890), Qt::UTC));
}

void TestAutopilotDevice::managedDeviceId_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("all zeros (not enrolled)") << QJsonValue(u"00000000-0000-0000-0000-000000000000"_s) << QString();
    QTest::newRow("real id") << QJsonValue(u"9f3c4a52-0d1e-4b7a-8c6f-2e5d7a9b1c03"_s)
                             << u"9f3c4a52-0d1e-4b7a-8c6f-2e5d7a9b1c03"_s;
    QTest::newRow("zeros inside a real id")
            << QJsonValue(u"00000000-0000-0000-0000-000000000001"_s) << u"00000000-0000-0000-0000-000000000001"_s;
    QTest::newRow("empty") << QJsonValue(u""_s) << QString();
    QTest::newRow("null") << QJsonValue(QJsonValue::Null) << QString();
    QTest::newRow("number") << QJsonValue(0) << QString();
}

void TestAutopilotDevice::managedDeviceId()
{
    QFETCH(QJsonValue, value);
    QFETCH(QString, expected);
    QCOMPARE(Device::fromJson(QJsonObject{{u"managedDeviceId"_s, value}}).managedDeviceId, expected);
}

void TestAutopilotDevice::azureAdDeviceId()
{
    // beta sends both; an empty new one falls back to the old one.
    QCOMPARE(Device::fromJson(jsonObject(R"({"azureActiveDirectoryDeviceId":"old","azureAdDeviceId":""})"))
                     .azureAdDeviceId,
             u"old"_s);
    QCOMPARE(Device::fromJson(jsonObject(R"({"azureActiveDirectoryDeviceId":"old","azureAdDeviceId":"new"})"))
                     .azureAdDeviceId,
             u"new"_s);
}

void TestAutopilotDevice::wrongTypes_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("null") << QJsonValue(QJsonValue::Null);
    QTest::newRow("number") << QJsonValue(42);
    QTest::newRow("bool") << QJsonValue(true);
    QTest::newRow("array") << QJsonValue(QJsonArray{u"enrolled"_s});
    QTest::newRow("object") << QJsonValue(QJsonObject{{u"value"_s, u"enrolled"_s}});
}

void TestAutopilotDevice::wrongTypes()
{
    QFETCH(QJsonValue, value);
    // Every property of a beta device, all of the wrong type.
    QJsonObject json;
    for (const QString &key : sampleObject(u"autopilot-device-get-beta.json"_s).value("value"_L1).toObject().keys())
        json.insert(key, value);
    json.insert(u"userlessEnrollmentStatus"_s, value);
    QVERIFY(json.size() >= 28);
    const Device d = Device::fromJson(json);
    for (const QString &text : {d.id, d.serialNumber, d.manufacturer, d.model, d.groupTag, d.purchaseOrderIdentifier,
                                d.productKey, d.skuNumber, d.systemFamily, d.userPrincipalName, d.addressableUserName,
                                d.displayName, d.resourceName, d.azureAdDeviceId, d.managedDeviceId})
        QVERIFY(text.isEmpty());
    QVERIFY(!d.lastContactedDateTime.isValid());
    QVERIFY(!d.deploymentProfileAssignedDateTime.isValid());
    QVERIFY(!d.remediationStateLastModifiedDateTime.isValid());
    QCOMPARE(d.deploymentProfileAssignmentStatus, Device::ProfileAssignmentStatus::Unknown);
    QCOMPARE(d.deploymentProfileAssignmentDetailedStatus, Device::ProfileAssignmentDetailedStatus::None);
    QCOMPARE(d.enrollmentState, Device::EnrollmentState::Unknown);
    QCOMPARE(d.remediationState, Device::RemediationState::Unknown);
    QCOMPARE(d.userlessEnrollmentStatus, Device::UserlessEnrollmentStatus::Unknown);
    QVERIFY(d.unknownEnums.isEmpty());

    const Device empty = Device::fromJson(QJsonObject());
    QVERIFY(empty.id.isEmpty());
    QVERIFY(!empty.hasBetaProperties);
}

void TestAutopilotDevice::list()
{
    const QJsonArray values = jsonObject(R"({"value":[
        {"id":"a","manufacturer":"Dell Inc.","model":"Latitude 5440","enrollmentState":"enrolled"},
        42, null, "text", [],
        {"id":"b","manufacturer":"Dell Inc.","model":"Latitude 5440","enrollmentState":"notContacted"}]})")
                                      .value("value"_L1)
                                      .toArray();
    const QList<Device> devices = Device::listFromJson(values);
    QCOMPARE(devices.size(), 2);
    QCOMPARE(devices.at(0).id, u"a"_s);
    QCOMPARE(devices.at(1).id, u"b"_s);
    QCOMPARE(devices.at(1).enrollmentState, Device::EnrollmentState::NotContacted);
    // Repeated values share one string.
    QCOMPARE(devices.at(1).manufacturer, u"Dell Inc."_s);
    QCOMPARE(devices.at(0).manufacturer.constData(), devices.at(1).manufacturer.constData());
    QCOMPARE(devices.at(0).model.constData(), devices.at(1).model.constData());
    QVERIFY(Device::listFromJson(QJsonArray()).isEmpty());
}

QTEST_GUILESS_MAIN(TestAutopilotDevice)
#include "tst_AutopilotDevice.moc"
