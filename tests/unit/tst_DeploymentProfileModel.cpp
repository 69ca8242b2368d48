// DeploymentProfileModel: the profiles table (issue 6 point 1). Model invariants under every change
// (QAbstractItemModelTester, fatal), every column's text, join types from the subtype (unknown ones
// shown as Graph sent them), group targets resolved to names with deleted groups kept, the three
// states of the later facts (reading "…", known, failed "—" with the reason), and sorting on the
// raw values (numbers and times, not their text) through the app's proxy.

#include "SampleJson.h"
#include "models/DeploymentProfileModel.h"
#include "models/SearchFilterProxyModel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace ed;
using namespace ed::test;
using namespace Qt::StringLiterals;

using M = DeploymentProfileModel;

namespace {

constexpr auto fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

const QString salesId = u"11111111-0000-4000-8000-000000000001"_s;
const QString kioskId = u"22222222-0000-4000-8000-000000000002"_s;
const QString goneId = u"33333333-0000-4000-8000-000000000003"_s;

QJsonObject groupTarget(const QString &groupId, bool exclusion = false)
{
    return QJsonObject{{u"@odata.type"_s,
                        exclusion ? u"#microsoft.graph.exclusionGroupAssignmentTarget"_s
                                  : u"#microsoft.graph.groupAssignmentTarget"_s},
                       {u"groupId"_s, groupId}};
}

Assignment assignment(const QJsonObject &target)
{
    return Assignment::fromJson(
            QJsonObject{{u"id"_s, QString(u"a-"_s + target.value(u"groupId"_s).toString())}, {u"target"_s, target}});
}

Assignment allDevices()
{
    return assignment(QJsonObject{{u"@odata.type"_s, u"#microsoft.graph.allDevicesAssignmentTarget"_s}});
}

DeploymentProfile profile(const QString &id, const QString &name, const QJsonObject &extra = {})
{
    QJsonObject json{{u"@odata.type"_s, u"#microsoft.graph.azureADWindowsAutopilotDeploymentProfile"_s},
                     {u"id"_s, id},
                     {u"displayName"_s, name},
                     {u"description"_s, QString(u"Description of "_s + name)},
                     {u"locale"_s, u"os-default"_s},
                     {u"deviceType"_s, u"windowsPc"_s},
                     {u"createdDateTime"_s, u"2024-01-10T08:00:00Z"_s},
                     {u"lastModifiedDateTime"_s, u"2024-06-01T12:30:00Z"_s}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        json.insert(it.key(), it.value());
    return DeploymentProfile::fromJson(json);
}

QString text(const M &model, int row, int column, int role = Qt::DisplayRole)
{
    return model.data(model.index(row, column), role).toString();
}

} // namespace

class TestDeploymentProfileModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headerTitles();
    void columnsShowTheProfile();
    void joinTypeAndDeviceType_data();
    void joinTypeAndDeviceType();
    void groupAssignmentsResolveToNames();
    void deletedGroupsAreKept();
    void groupNamesThatFailShowIds();
    void assignmentStates();
    void expandedAssignmentsAreKnownAtOnce();
    void assignedCountStates();
    void rawValuesSortNumbersAndTimes();
    void searchFindsGroupNames();
    void reloadKeepsNamesAndIds();
};

void TestDeploymentProfileModel::headerTitles()
{
    M model;
    const QStringList expected{u"Name"_s,     u"Join type"_s,        u"Device type"_s,
                               u"Locale"_s,   u"Description"_s,      u"Created"_s,
                               u"Modified"_s, u"Assigned devices"_s, u"Group assignments"_s};
    QCOMPARE(model.columnCount(), int(expected.size()));
    for (int column = 0; column < M::ColumnCount; ++column)
        QCOMPARE(model.headerData(column, Qt::Horizontal).toString(), expected.at(column));
    QVERIFY(!model.headerData(M::ColumnCount, Qt::Horizontal).isValid());
}

void TestDeploymentProfileModel::columnsShowTheProfile()
{
    M model;
    QAbstractItemModelTester tester(&model, fatal);
    DeploymentProfile hybrid = DeploymentProfile::fromJson(
            QJsonObject{{u"@odata.type"_s, u"#microsoft.graph.activeDirectoryWindowsAutopilotDeploymentProfile"_s},
                        {u"id"_s, u"p-hybrid"_s},
                        {u"displayName"_s, u"Hybrid join – Head office"_s},
                        {u"description"_s, u"Hybrid Microsoft Entra join for head-office desktops."_s},
                        {u"language"_s, u"en-GB"_s}, // the deprecated name only
                        {u"deviceType"_s, u"windowsPc"_s},
                        {u"createdDateTime"_s, u"2023-03-14T10:00:00Z"_s},
                        {u"lastModifiedDateTime"_s, u"2024-02-01T09:15:00Z"_s}});
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setProfiles({profile(u"p-entra"_s, u"Autopilot – Standard user laptops"_s), hybrid});
    QCOMPARE(resets.size(), 1);
    QCOMPARE(model.rowCount(), 2);

    QCOMPARE(text(model, 0, M::NameColumn), u"Autopilot – Standard user laptops"_s);
    QCOMPARE(text(model, 0, M::JoinTypeColumn), u"Microsoft Entra join"_s);
    QCOMPARE(text(model, 0, M::DeviceTypeColumn), u"Windows PC"_s);
    QCOMPARE(text(model, 0, M::LocaleColumn), u"Operating system default"_s);
    QCOMPARE(text(model, 0, M::DescriptionColumn), u"Description of Autopilot – Standard user laptops"_s);
    const QDateTime created(QDate(2024, 1, 10), QTime(8, 0), Qt::UTC);
    QCOMPARE(text(model, 0, M::CreatedColumn), QLocale().toString(created.toLocalTime(), QLocale::ShortFormat));
    QCOMPARE(text(model, 0, M::AssignedDevicesColumn), u"…"_s);
    QCOMPARE(text(model, 0, M::GroupAssignmentsColumn), u"…"_s);
    QCOMPARE(text(model, 0, M::NameColumn, M::ProfileIdRole), u"p-entra"_s);
    QVERIFY(text(model, 0, M::NameColumn, Qt::ToolTipRole).contains(u"p-entra"_s));

    QCOMPARE(text(model, 1, M::JoinTypeColumn), u"Microsoft Entra hybrid join"_s);
    QCOMPARE(text(model, 1, M::LocaleColumn), u"en-GB"_s);
    QCOMPARE(text(model, 1, M::LocaleColumn, Qt::ToolTipRole), u"en-GB (English, United Kingdom)"_s);
    QCOMPARE(text(model, 1, M::ModifiedColumn, M::RawValueRole).toLongLong(),
             QDateTime(QDate(2024, 2, 1), QTime(9, 15), Qt::UTC).toMSecsSinceEpoch());

    QCOMPARE(model.rowOfId(u"p-hybrid"_s), 1);
    QCOMPARE(model.rowOfId(u"nope"_s), -1);
    QCOMPARE(model.profile(1).displayName, u"Hybrid join – Head office"_s);
    QCOMPARE(model.profiles().size(), 2);
    QCOMPARE(model.profiles().at(0).id, u"p-entra"_s);

    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.rowOfId(u"p-entra"_s), -1);
}

void TestDeploymentProfileModel::joinTypeAndDeviceType_data()
{
    QTest::addColumn<QString>("odataType");
    QTest::addColumn<QString>("deviceType");
    QTest::addColumn<QString>("joinText");
    QTest::addColumn<QString>("deviceText");
    QTest::newRow("entra, hololens") << u"#microsoft.graph.azureADWindowsAutopilotDeploymentProfile"_s << u"holoLens"_s
                                     << u"Microsoft Entra join"_s << u"HoloLens"_s;
    QTest::newRow("hybrid, surface hub 2S")
            << u"#microsoft.graph.activeDirectoryWindowsAutopilotDeploymentProfile"_s << u"surfaceHub2S"_s
            << u"Microsoft Entra hybrid join"_s << u"Surface Hub 2S"_s;
    QTest::newRow("without #") << u"microsoft.graph.azureADWindowsAutopilotDeploymentProfile"_s << u"virtualMachine"_s
                               << u"Microsoft Entra join"_s << u"Virtual machine"_s;
    // Types Graph may add later: shown as Graph sent them, never dropped.
    QTest::newRow("future subtype and device type")
            << u"#microsoft.graph.cloudOnlyWindowsAutopilotDeploymentProfile"_s << u"surfaceHub3"_s
            << u"cloudOnlyWindowsAutopilotDeploymentProfile"_s << u"surfaceHub3"_s;
    QTest::newRow("no type") << QString() << u"windowsPc"_s << u"Unknown (no @odata.type)"_s << u"Windows PC"_s;
}

void TestDeploymentProfileModel::joinTypeAndDeviceType()
{
    QFETCH(QString, odataType);
    QFETCH(QString, deviceType);
    QFETCH(QString, joinText);
    QFETCH(QString, deviceText);
    QJsonObject json{{u"id"_s, u"p"_s}, {u"displayName"_s, u"P"_s}, {u"deviceType"_s, deviceType}};
    if (!odataType.isEmpty())
        json.insert(u"@odata.type"_s, odataType);
    M model;
    model.setProfiles({DeploymentProfile::fromJson(json)});
    QCOMPARE(text(model, 0, M::JoinTypeColumn), joinText);
    QCOMPARE(text(model, 0, M::DeviceTypeColumn), deviceText);
}

void TestDeploymentProfileModel::groupAssignmentsResolveToNames()
{
    M model;
    QAbstractItemModelTester tester(&model, fatal);
    model.setProfiles({profile(u"p1"_s, u"One"_s), profile(u"p2"_s, u"Two"_s)});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    // Exclusions listed last, whatever order Graph sent.
    model.setAssignments(u"p1"_s,
                         {assignment(groupTarget(kioskId, true)), assignment(groupTarget(salesId)), allDevices()});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(0, M::GroupAssignmentsColumn));
    // The names are not known yet.
    QCOMPARE(text(model, 0, M::GroupAssignmentsColumn), u"…"_s);
    QCOMPARE(text(model, 0, M::GroupAssignmentsColumn, Qt::ToolTipRole), u"Reading the group names…"_s);
    model.setAssignments(u"p2"_s, {assignment(groupTarget(salesId))});
    // Every group once, included and excluded.
    QCOMPARE(model.assignedGroupIds(), QStringList({kioskId, salesId}));

    model.setGroupNames({{salesId, u"Sales laptops"_s}, {kioskId, u"Kiosk test"_s}});
    QCOMPARE(text(model, 0, M::GroupAssignmentsColumn), u"Sales laptops; All devices; Excluded: Kiosk test"_s);
    QCOMPARE(text(model, 0, M::GroupAssignmentsColumn, Qt::ToolTipRole),
             u"Sales laptops\nAll devices\nExcluded: Kiosk test"_s);
    QCOMPARE(text(model, 1, M::GroupAssignmentsColumn), u"Sales laptops"_s);
    QCOMPARE(text(model, 0, M::GroupAssignmentsColumn, M::RawValueRole), text(model, 0, M::GroupAssignmentsColumn));

    // An assignment to a profile the model does not have changes nothing.
    changed.clear();
    model.setAssignments(u"unknown"_s, {allDevices()});
    model.setAssignedCount(u"unknown"_s, 3);
    QCOMPARE(changed.size(), 0);
}

void TestDeploymentProfileModel::deletedGroupsAreKept()
{
    M model;
    model.setProfiles({profile(u"p1"_s, u"One"_s)});
    model.setAssignments(
            u"p1"_s,
            {assignment(groupTarget(salesId)), assignment(groupTarget(goneId)), assignment(groupTarget(goneId, true))});
    // The directory answered for sales, not for the other: it no longer has it.
    model.setGroupNames({{salesId, u"Sales laptops"_s}, {goneId, QString()}});
    QCOMPARE(text(model, 0, M::GroupAssignmentsColumn),
             u"Sales laptops; Deleted group (%1); Excluded: Deleted group (%1)"_s.arg(goneId));
    QCOMPARE(model.targetText(AssignmentTarget::group(goneId)), u"Deleted group (%1)"_s.arg(goneId));
    QCOMPARE(model.assignedGroupIds(), QStringList({salesId, goneId}));
}

void TestDeploymentProfileModel::groupNamesThatFailShowIds()
{
    M model;
    model.setProfiles({profile(u"p1"_s, u"One"_s)});
    model.setAssignments(u"p1"_s, {assignment(groupTarget(salesId)), allDevices()});
    QCOMPARE(text(model, 0, M::GroupAssignmentsColumn), u"…"_s);
    model.setGroupNamesFailed(u"You do not have permission (Directory.Read.All)."_s);
    QCOMPARE(text(model, 0, M::GroupAssignmentsColumn), u"Group %1; All devices"_s.arg(salesId));
    const QString tip = text(model, 0, M::GroupAssignmentsColumn, Qt::ToolTipRole);
    QVERIFY2(tip.contains(u"Group names could not be read: You do not have permission"_s), qPrintable(tip));

    // A new load forgets the failure and waits for the names again.
    model.setProfiles({profile(u"p1"_s, u"One"_s)});
    model.setAssignments(u"p1"_s, {assignment(groupTarget(salesId))});
    QCOMPARE(text(model, 0, M::GroupAssignmentsColumn), u"…"_s);
}

void TestDeploymentProfileModel::assignmentStates()
{
    M model;
    QAbstractItemModelTester tester(&model, fatal);
    model.setProfiles({profile(u"p1"_s, u"One"_s), profile(u"p2"_s, u"Two"_s)});
    QVERIFY(!model.assignmentsKnown(0));
    QCOMPARE(text(model, 0, M::GroupAssignmentsColumn, Qt::ToolTipRole), u"Reading the assignments…"_s);

    model.setAssignments(u"p1"_s, {});
    QVERIFY(model.assignmentsKnown(0));
    QCOMPARE(text(model, 0, M::GroupAssignmentsColumn), u"Not assigned"_s);

    model.setAssignmentsFailed(u"p2"_s, u"Microsoft Graph is busy."_s);
    QVERIFY(!model.assignmentsKnown(1));
    QCOMPARE(text(model, 1, M::GroupAssignmentsColumn), u"—"_s);
    QCOMPARE(text(model, 1, M::GroupAssignmentsColumn, Qt::ToolTipRole),
             u"The assignments could not be read: Microsoft Graph is busy."_s);

    // Every kind of target reads as words.
    QCOMPARE(model.targetText(AssignmentTarget::allLicensedUsers()), u"All users"_s);
    QCOMPARE(model.targetText(AssignmentTarget::configurationManagerCollection(u"SMS00001"_s)),
             u"Configuration Manager collection SMS00001"_s);
    QCOMPARE(model.targetText(AssignmentTarget::fromJson(
                     QJsonObject{{u"@odata.type"_s, u"#microsoft.graph.someNewAssignmentTarget"_s}})),
             u"Other target (someNewAssignmentTarget)"_s);
    AssignmentTarget filtered =
            AssignmentTarget::fromJson(QJsonObject{{u"@odata.type"_s, u"#microsoft.graph.allDevicesAssignmentTarget"_s},
                                                   {u"deviceAndAppManagementAssignmentFilterId"_s, u"f-1"_s},
                                                   {u"deviceAndAppManagementAssignmentFilterType"_s, u"include"_s}});
    QCOMPARE(model.targetText(filtered), u"All devices (include filter f-1)"_s);
}

void TestDeploymentProfileModel::expandedAssignmentsAreKnownAtOnce()
{
    M model;
    const DeploymentProfile expanded =
            profile(u"p1"_s, u"One"_s,
                    QJsonObject{{u"assignments"_s,
                                 QJsonArray{QJsonObject{{u"id"_s, u"a1"_s},
                                                        {u"target"_s,
                                                         QJsonObject{{u"@odata.type"_s,
                                                                      u"#microsoft.graph."
                                                                      "allDevicesAssignmentTarget"_s}}}}}}});
    QVERIFY(expanded.assignmentsExpanded);
    model.setProfiles({expanded});
    QVERIFY(model.assignmentsKnown(0));
    QCOMPARE(text(model, 0, M::GroupAssignmentsColumn), u"All devices"_s);
}

void TestDeploymentProfileModel::assignedCountStates()
{
    M model;
    QAbstractItemModelTester tester(&model, fatal);
    model.setProfiles({profile(u"p1"_s, u"One"_s)});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(!model.assignedCount(0));
    QCOMPARE(text(model, 0, M::AssignedDevicesColumn, Qt::ToolTipRole),
             u"Counting the devices this profile is assigned to…"_s);
    QCOMPARE(model.data(model.index(0, M::AssignedDevicesColumn), M::RawValueRole).toLongLong(), -1);

    model.setAssignedCount(u"p1"_s, 12345);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(0, M::AssignedDevicesColumn));
    QCOMPARE(model.assignedCount(0).value_or(-1), qint64(12345));
    QCOMPARE(text(model, 0, M::AssignedDevicesColumn), QLocale().toString(qint64(12345)));
    QCOMPARE(model.data(model.index(0, M::AssignedDevicesColumn), M::RawValueRole).toLongLong(), 12345);
    QCOMPARE(text(model, 0, M::AssignedDevicesColumn, Qt::ToolTipRole),
             u"Assigned to %1 device(s)"_s.arg(QLocale().toString(qint64(12345))));
    QCOMPARE(model.data(model.index(0, M::AssignedDevicesColumn), Qt::TextAlignmentRole).value<Qt::Alignment>(),
             Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));

    model.setAssignedCountPending(u"p1"_s);
    QCOMPARE(text(model, 0, M::AssignedDevicesColumn), u"…"_s);

    model.setAssignedCountFailed(u"p1"_s, u"The request timed out."_s);
    QVERIFY(!model.assignedCount(0));
    QCOMPARE(text(model, 0, M::AssignedDevicesColumn), u"—"_s);
    QCOMPARE(text(model, 0, M::AssignedDevicesColumn, Qt::ToolTipRole),
             u"The assigned devices could not be counted: The request timed out."_s);

    model.setAssignedCount(u"p1"_s, 0);
    QCOMPARE(text(model, 0, M::AssignedDevicesColumn), u"0"_s);
}

void TestDeploymentProfileModel::rawValuesSortNumbersAndTimes()
{
    M model;
    model.setProfiles({profile(u"a"_s, u"Beta profile"_s, {{u"createdDateTime"_s, u"2025-05-01T00:00:00Z"_s}}),
                       profile(u"b"_s, u"Alpha profile"_s, {{u"createdDateTime"_s, u"2023-01-01T00:00:00Z"_s}}),
                       profile(u"c"_s, u"Gamma profile"_s, {{u"createdDateTime"_s, u"2024-12-31T23:00:00Z"_s}})});
    model.setAssignedCount(u"a"_s, 9);
    model.setAssignedCount(u"b"_s, 100);
    model.setAssignedCount(u"c"_s, 10);
    SearchFilterProxyModel proxy(M::RawValueRole);
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, fatal);

    const auto order = [&proxy] {
        QStringList ids;
        for (int row = 0; row < proxy.rowCount(); ++row)
            ids.append(proxy.index(row, 0).data(M::ProfileIdRole).toString());
        return ids;
    };
    // As numbers: 9 < 10 < 100 (as text "100" would come first).
    proxy.sort(M::AssignedDevicesColumn, Qt::AscendingOrder);
    QCOMPARE(order(), QStringList({u"a"_s, u"c"_s, u"b"_s}));
    proxy.sort(M::CreatedColumn, Qt::DescendingOrder);
    QCOMPARE(order(), QStringList({u"a"_s, u"c"_s, u"b"_s}));
    proxy.sort(M::CreatedColumn, Qt::AscendingOrder);
    QCOMPARE(order(), QStringList({u"b"_s, u"c"_s, u"a"_s}));
    // Names as text.
    proxy.sort(M::NameColumn, Qt::AscendingOrder);
    QCOMPARE(order(), QStringList({u"b"_s, u"a"_s, u"c"_s}));
    // A count that failed or is being read sorts first, not as "—".
    model.setAssignedCountFailed(u"b"_s, u"x"_s);
    proxy.sort(M::AssignedDevicesColumn, Qt::AscendingOrder);
    QCOMPARE(order(), QStringList({u"b"_s, u"a"_s, u"c"_s}));
}

void TestDeploymentProfileModel::searchFindsGroupNames()
{
    M model;
    model.setProfiles({profile(u"p1"_s, u"One"_s), profile(u"p2"_s, u"Two"_s)});
    model.setAssignments(u"p1"_s, {assignment(groupTarget(salesId))});
    model.setAssignments(u"p2"_s, {assignment(groupTarget(kioskId))});
    model.setGroupNames({{salesId, u"Sales laptops"_s}, {kioskId, u"Kiosk test"_s}});
    SearchFilterProxyModel proxy(M::RawValueRole);
    proxy.setSourceModel(&model);
    proxy.setSearchText(u"kiosk"_s);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data(M::ProfileIdRole).toString(), u"p2"_s);
    proxy.setSearchText(u"entra join"_s);
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setSearchText(u"Description of One"_s);
    QCOMPARE(proxy.rowCount(), 1);
}

void TestDeploymentProfileModel::reloadKeepsNamesAndIds()
{
    M model;
    model.setProfiles({profile(u"p1"_s, u"One"_s)});
    model.setAssignments(u"p1"_s, {assignment(groupTarget(salesId))});
    model.setGroupNames({{salesId, u"Sales laptops"_s}});
    model.setAssignedCount(u"p1"_s, 5);
    // A reload: new rows, counts to read again, names known at once.
    model.setProfiles({profile(u"p0"_s, u"Zero"_s), profile(u"p1"_s, u"One renamed"_s)});
    QCOMPARE(model.rowOfId(u"p1"_s), 1);
    QVERIFY(!model.assignedCount(1));
    model.setAssignments(u"p1"_s, {assignment(groupTarget(salesId))});
    QCOMPARE(text(model, 1, M::GroupAssignmentsColumn), u"Sales laptops"_s);
    QCOMPARE(text(model, 1, M::NameColumn), u"One renamed"_s);
}

QTEST_GUILESS_MAIN(TestDeploymentProfileModel)
#include "tst_DeploymentProfileModel.moc"
