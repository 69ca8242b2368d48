// EnrollmentConfigurationModel: the configurations table (issue 7 point 1). Model invariants under
// every change (QAbstractItemModelTester, fatal); the type in words for every kind, unknown
// subtypes as "Other: <type>"; the limit column only for device limits; defaults marked and
// summarised as "All users and all devices"; the portal order (families, customs by priority,
// default last) whatever order Graph sent; group names resolved with deleted groups kept, "…"
// while reading and the reason in the tooltip on failure; a replaced row keeps its names and its
// assignments and moves when its priority changed; the priority families and their ends; the
// JSON rebuilt for the raw view.

#include "models/EnrollmentConfigurationModel.h"
#include "models/SearchFilterProxyModel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <random>

using namespace ed;
using namespace Qt::StringLiterals;

using M = EnrollmentConfigurationModel;

namespace {

constexpr auto fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;
const QString tenant = u"0b6a4c1e-1111-4000-8000-00000000beef"_s;
const QString salesId = u"11111111-0000-4000-8000-000000000001"_s;
const QString kioskId = u"22222222-0000-4000-8000-000000000002"_s;
const QString goneId = u"33333333-0000-4000-8000-000000000003"_s;

QJsonObject groupAssignment(const QString &groupId, bool exclusion = false)
{
    return QJsonObject{{u"id"_s, QString(u"a_"_s + groupId)},
                       {u"target"_s,
                        QJsonObject{{u"@odata.type"_s,
                                     exclusion ? u"#microsoft.graph.exclusionGroupAssignmentTarget"_s
                                               : u"#microsoft.graph.groupAssignmentTarget"_s},
                                    {u"groupId"_s, groupId}}}};
}

// A beta configuration as Graph sends it; `extra` adds (or replaces) properties.
EnrollmentConfiguration configuration(const QString &type, const QString &id, const QString &name, int priority,
                                      const QJsonObject &extra = {}, const QJsonArray &assignments = {},
                                      bool expanded = true)
{
    QJsonObject json{{u"@odata.type"_s, QString(u"#microsoft.graph."_s + type)},
                     {u"id"_s, id},
                     {u"displayName"_s, name},
                     {u"description"_s, QString(u"About "_s + name)},
                     {u"priority"_s, priority},
                     {u"createdDateTime"_s, priority == 0 ? u"0001-01-01T00:00:00Z"_s : u"2024-02-03T04:05:06Z"_s},
                     {u"lastModifiedDateTime"_s, u"2024-06-01T12:30:00Z"_s},
                     {u"version"_s, 3},
                     {u"roleScopeTagIds"_s, QJsonArray{u"0"_s}}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        json.insert(it.key(), it.value());
    if (expanded)
        json.insert(u"assignments"_s, assignments);
    return EnrollmentConfiguration::fromJson(json);
}

EnrollmentConfiguration limit(const QString &id, const QString &name, int priority, int devices,
                              const QJsonArray &assignments = {})
{
    return configuration(u"deviceEnrollmentLimitConfiguration"_s, id, name, priority,
                         QJsonObject{{u"limit"_s, devices}, {u"deviceEnrollmentConfigurationType"_s, u"limit"_s}},
                         assignments);
}

EnrollmentConfiguration singlePlatform(const QString &id, const QString &name, int priority, const QString &platform)
{
    return configuration(u"deviceEnrollmentPlatformRestrictionConfiguration"_s, id, name, priority,
                         QJsonObject{{u"platformType"_s, platform},
                                     {u"platformRestriction"_s, QJsonObject{{u"platformBlocked"_s, false}}}});
}

// A tenant like the emulator's: five defaults and customs of every family.
QList<EnrollmentConfiguration> tenantConfigurations()
{
    return {
            limit(tenant + u"_DefaultLimit"_s, u"Default limit"_s, 0, 5),
            configuration(u"deviceEnrollmentPlatformRestrictionsConfiguration"_s,
                          tenant + u"_DefaultPlatformRestrictions"_s, u"Default restrictions"_s, 0),
            configuration(u"deviceEnrollmentWindowsHelloForBusinessConfiguration"_s,
                          tenant + u"_DefaultWindowsHelloForBusiness"_s, u"Default WHfB"_s, 0),
            configuration(u"windows10EnrollmentCompletionPageConfiguration"_s,
                          tenant + u"_DefaultWindows10EnrollmentCompletionPageConfiguration"_s, u"Default ESP"_s, 0),
            configuration(u"windowsRestoreDeviceEnrollmentConfiguration"_s, tenant + u"_WindowsRestore"_s,
                          u"Default restore"_s, 0),
            limit(u"l3_Limit"_s, u"Limit three"_s, 3, 2),
            limit(u"l1_Limit"_s, u"Limit one"_s, 1, 15, QJsonArray{groupAssignment(salesId)}),
            limit(u"l2_Limit"_s, u"Limit two"_s, 2, 10),
            singlePlatform(u"w1_SinglePlatformRestriction"_s, u"Windows one"_s, 1, u"windows"_s),
            singlePlatform(u"i1_SinglePlatformRestriction"_s, u"iOS one"_s, 1, u"ios"_s),
            singlePlatform(u"w2_SinglePlatformRestriction"_s, u"Windows two"_s, 2, u"windows"_s),
            configuration(u"deviceEnrollmentWindowsHelloForBusinessConfiguration"_s, u"h1_WindowsHelloForBusiness"_s,
                          u"WHfB one"_s, 1),
            configuration(u"windows10EnrollmentCompletionPageConfiguration"_s, u"e2_ESP"_s, u"ESP two"_s, 2),
            configuration(u"windows10EnrollmentCompletionPageConfiguration"_s, u"e1_ESP"_s, u"ESP one"_s, 1),
            configuration(u"deviceComanagementAuthorityConfiguration"_s, u"c1_Comanagement"_s, u"Co-management one"_s,
                          1),
            configuration(u"deviceEnrollmentFutureConfiguration"_s, u"f1_Future"_s, u"Future one"_s, 1),
    };
}

// The portal order of tenantConfigurations().
const QStringList portalOrder = {
        u"Limit one"_s,   u"Limit two"_s,         u"Limit three"_s,     u"Default limit"_s,
        u"iOS one"_s,     u"Windows one"_s,       u"Windows two"_s,     u"Default restrictions"_s,
        u"WHfB one"_s,    u"Default WHfB"_s,      u"ESP one"_s,         u"ESP two"_s,
        u"Default ESP"_s, u"Co-management one"_s, u"Default restore"_s, u"Future one"_s,
};

QString text(const M &model, int row, int column, int role = Qt::DisplayRole)
{
    return model.data(model.index(row, column), role).toString();
}

QStringList names(const M &model)
{
    QStringList list;
    for (int row = 0; row < model.rowCount(); ++row)
        list.append(text(model, row, M::NameColumn));
    return list;
}

} // namespace

class TestEnrollmentConfigurationModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headerTitles();
    void typeWords_data();
    void typeWords();
    void limitColumnOnlyForDeviceLimits();
    void defaultsAreMarkedAndSummarised();
    void rowsFollowThePortalOrder();
    void priorityColumnSortsByPortalOrder();
    void groupNamesResolveAndDeletedGroupsStay();
    void groupNameFailureIsInTheTooltip();
    void assignmentsReadSeparately();
    void replaceKeepsNamesAndAssignments();
    void replaceWithNewPriorityMovesTheRow();
    void familyNeighbours();
    void rawJsonIsWhatGraphSent();
};

void TestEnrollmentConfigurationModel::headerTitles()
{
    M model;
    QCOMPARE(model.columnCount(), int(M::ColumnCount));
    QStringList titles;
    for (int column = 0; column < M::ColumnCount; ++column)
        titles.append(model.headerData(column, Qt::Horizontal).toString());
    QCOMPARE(titles,
             (QStringList{u"Priority"_s, u"Name"_s, u"Type"_s, u"Device limit"_s, u"Assignments"_s, u"Version"_s,
                          u"Last modified"_s, u"Description"_s}));
}

void TestEnrollmentConfigurationModel::typeWords_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<QString>("expected");
    // A custom configuration of this subtype (@odata.type without "#microsoft.graph.").
    const auto typed = [](const QString &subtype, const QJsonObject &extra = {}) {
        QJsonObject json{{u"@odata.type"_s, QString(u"#microsoft.graph."_s + subtype)},
                         {u"id"_s, u"x_Custom"_s},
                         {u"priority"_s, 1}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            json.insert(it.key(), it.value());
        return json;
    };
    const QString single = u"deviceEnrollmentPlatformRestrictionConfiguration"_s;
    const auto onPlatform = [&](const QString &platform) { return typed(single, {{u"platformType"_s, platform}}); };
    const QString base = u"deviceEnrollmentConfiguration"_s;
    const auto betaSays = [&](const QString &type) {
        return typed(base, {{u"deviceEnrollmentConfigurationType"_s, type}});
    };
    QTest::newRow("limit") << typed(u"deviceEnrollmentLimitConfiguration"_s) << u"Device limit"_s;
    QTest::newRow("restrictions") << typed(u"deviceEnrollmentPlatformRestrictionsConfiguration"_s)
                                  << u"Device platform restrictions"_s;
    QTest::newRow("single windows") << onPlatform(u"windows"_s) << u"Device platform restriction (Windows)"_s;
    QTest::newRow("single ios") << onPlatform(u"ios"_s) << u"Device platform restriction (iOS/iPadOS)"_s;
    QTest::newRow("single android for work")
            << onPlatform(u"androidForWork"_s) << u"Device platform restriction (Android Enterprise (work profile))"_s;
    QTest::newRow("single unknown platform")
            << onPlatform(u"chromeOS"_s) << u"Device platform restriction (chromeOS)"_s;
    QTest::newRow("single without platform") << typed(single) << u"Device platform restriction"_s;
    QTest::newRow("whfb") << typed(u"deviceEnrollmentWindowsHelloForBusinessConfiguration"_s)
                          << u"Windows Hello for Business"_s;
    QTest::newRow("esp") << typed(u"windows10EnrollmentCompletionPageConfiguration"_s) << u"Enrollment Status Page"_s;
    QTest::newRow("comanagement") << typed(u"deviceComanagementAuthorityConfiguration"_s)
                                  << u"Co-management authority"_s;
    QTest::newRow("restore") << typed(u"windowsRestoreDeviceEnrollmentConfiguration"_s) << u"Windows restore"_s;
    QTest::newRow("notifications") << typed(u"deviceEnrollmentNotificationConfiguration"_s)
                                   << u"Enrollment notifications"_s;
    QTest::newRow("unknown subtype") << typed(u"deviceEnrollmentFutureConfiguration"_s)
                                     << u"Other: deviceEnrollmentFutureConfiguration"_s;
    QTest::newRow("v1.0 base type") << typed(base) << u"Other: deviceEnrollmentConfiguration"_s;
    QTest::newRow("base type, beta says limit") << betaSays(u"limit"_s) << u"Device limit"_s;
    QTest::newRow("base type, unknown beta type")
            << betaSays(u"devicePreparation"_s) << u"Other: deviceEnrollmentConfiguration (devicePreparation)"_s;
    QTest::newRow("no type at all") << QJsonObject{{u"id"_s, u"x"_s}, {u"priority"_s, 1}} << u"Other: no @odata.type"_s;
}

void TestEnrollmentConfigurationModel::typeWords()
{
    QFETCH(QJsonObject, json);
    QFETCH(QString, expected);
    const EnrollmentConfiguration c = EnrollmentConfiguration::fromJson(json);
    QCOMPARE(M::typeText(c), expected);
    M model;
    QAbstractItemModelTester tester(&model, fatal);
    model.setConfigurations({c});
    QCOMPARE(text(model, 0, M::TypeColumn), expected);
}

void TestEnrollmentConfigurationModel::limitColumnOnlyForDeviceLimits()
{
    M model;
    QAbstractItemModelTester tester(&model, fatal);
    EnrollmentConfiguration noLimit = limit(u"n_Limit"_s, u"No limit sent"_s, 4, 0);
    noLimit.limit.reset();
    model.setConfigurations({limit(u"a_Limit"_s, u"Fifteen"_s, 1, 15), limit(u"b_Limit"_s, u"Two"_s, 2, 2), noLimit,
                             configuration(u"windows10EnrollmentCompletionPageConfiguration"_s, u"e_ESP"_s, u"ESP"_s, 1,
                                           {{u"limit"_s, 9}})});
    QCOMPARE(text(model, 0, M::LimitColumn), u"15"_s);
    QCOMPARE(model.data(model.index(0, M::LimitColumn), M::RawValueRole).toInt(), 15);
    QCOMPARE(text(model, 1, M::LimitColumn), u"2"_s);
    QCOMPARE(text(model, 2, M::LimitColumn), QString());
    QCOMPARE(model.data(model.index(2, M::LimitColumn), M::RawValueRole).toInt(), -1);
    QCOMPARE(text(model, 2, M::LimitColumn, Qt::ToolTipRole), u"Graph sent no device limit."_s);
    // An ESP has no limit, even if its JSON carried one.
    QCOMPARE(text(model, 3, M::NameColumn), u"ESP"_s);
    QCOMPARE(text(model, 3, M::LimitColumn), QString());
    QCOMPARE(model.data(model.index(3, M::LimitColumn), M::RawValueRole).toInt(), -1);
    QCOMPARE(text(model, 3, M::LimitColumn, Qt::ToolTipRole),
             u"Only device limit configurations have a device limit."_s);
    QCOMPARE(text(model, 0, M::VersionColumn), u"3"_s);
    QVERIFY(!text(model, 0, M::ModifiedColumn).isEmpty());
    QCOMPARE(model.data(model.index(0, M::ModifiedColumn), M::RawValueRole).toLongLong(),
             QDateTime::fromString(u"2024-06-01T12:30:00Z"_s, Qt::ISODate).toMSecsSinceEpoch());
}

void TestEnrollmentConfigurationModel::defaultsAreMarkedAndSummarised()
{
    M model;
    QAbstractItemModelTester tester(&model, fatal);
    model.setConfigurations(tenantConfigurations());
    int defaults = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const EnrollmentConfiguration &c = model.configuration(row);
        QCOMPARE(model.data(model.index(row, M::NameColumn), M::IsDefaultRole).toBool(), c.isDefault);
        QCOMPARE(model.data(model.index(row, M::TypeColumn), M::ConfigurationIdRole).toString(), c.id);
        if (!c.isDefault) {
            QCOMPARE(text(model, row, M::PriorityColumn), QString::number(c.priority));
            QVERIFY(text(model, row, M::AssignmentsColumn) != u"All users and all devices"_s);
            continue;
        }
        ++defaults;
        QCOMPARE(text(model, row, M::PriorityColumn), u"Default"_s);
        QCOMPARE(text(model, row, M::PriorityColumn, Qt::ToolTipRole),
                 u"Default configuration: applies to all users and all devices at the lowest priority; it cannot be "
                 "assigned, reordered or deleted."_s);
        QCOMPARE(text(model, row, M::AssignmentsColumn), u"All users and all devices"_s);
        QVERIFY(model.assignmentsKnown(row));
        QCOMPARE(model.assignmentLines(row), QStringList{u"All users and all devices"_s});
    }
    QCOMPARE(defaults, 5);
    // A custom without targets says so.
    const int two = model.rowOfId(u"l2_Limit"_s);
    QCOMPARE(text(model, two, M::AssignmentsColumn), u"Not assigned"_s);
}

void TestEnrollmentConfigurationModel::rowsFollowThePortalOrder()
{
    QList<EnrollmentConfiguration> list = tenantConfigurations();
    std::mt19937 random(20240601);
    for (int round = 0; round < 5; ++round) {
        std::shuffle(list.begin(), list.end(), random);
        M model;
        QAbstractItemModelTester tester(&model, fatal);
        model.setConfigurations(list);
        QCOMPARE(names(model), portalOrder);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.rowOfId(model.configuration(row).id), row);
    }
}

void TestEnrollmentConfigurationModel::priorityColumnSortsByPortalOrder()
{
    M model;
    model.setConfigurations(tenantConfigurations());
    SearchFilterProxyModel proxy(M::RawValueRole);
    proxy.setSourceModel(&model);
    proxy.sort(M::NameColumn, Qt::AscendingOrder);
    QVERIFY(proxy.index(0, M::NameColumn).data().toString() != portalOrder.first());
    proxy.sort(M::PriorityColumn, Qt::AscendingOrder);
    QStringList shown;
    for (int row = 0; row < proxy.rowCount(); ++row)
        shown.append(proxy.index(row, M::NameColumn).data().toString());
    QCOMPARE(shown, portalOrder);
    proxy.sort(M::LimitColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, M::LimitColumn).data().toString(), u"15"_s);
    QCOMPARE(proxy.index(1, M::LimitColumn).data().toString(), u"10"_s);
    QCOMPARE(proxy.index(2, M::LimitColumn).data().toString(), u"5"_s);
    QCOMPARE(proxy.index(3, M::LimitColumn).data().toString(), u"2"_s);
}

void TestEnrollmentConfigurationModel::groupNamesResolveAndDeletedGroupsStay()
{
    M model;
    QAbstractItemModelTester tester(&model, fatal);
    model.setConfigurations({limit(
            u"a_Limit"_s, u"A"_s, 1, 3,
            QJsonArray{groupAssignment(salesId), groupAssignment(goneId, true), groupAssignment(kioskId),
                       QJsonObject{{u"id"_s, u"a_P0100023"_s},
                                   {u"target"_s,
                                    QJsonObject{{u"@odata.type"_s,
                                                 u"#microsoft.graph.configurationManagerCollectionAssignmentTarget"_s},
                                                {u"collectionId"_s, u"P0100023"_s}}}}})});
    QCOMPARE(model.assignedGroupIds(), (QStringList{salesId, goneId, kioskId}));
    QCOMPARE(model.unresolvedGroupIds(), (QStringList{salesId, goneId, kioskId}));
    QCOMPARE(text(model, 0, M::AssignmentsColumn), u"…"_s);
    QCOMPARE(text(model, 0, M::AssignmentsColumn, Qt::ToolTipRole), u"Reading the group names…"_s);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setGroupNames({{salesId, u"Sales"_s}}, {goneId});
    QVERIFY(changed.size() >= 1);
    QCOMPARE(model.unresolvedGroupIds(), QStringList{kioskId});
    QCOMPARE(text(model, 0, M::AssignmentsColumn), u"…"_s); // kiosk is still read
    model.setGroupNames({{kioskId, u"Kiosks"_s}});
    QCOMPARE(text(model, 0, M::AssignmentsColumn),
             u"Sales; Kiosks; Configuration Manager collection P0100023; Excluded: Deleted group (%1)"_s.arg(goneId));
    QCOMPARE(model.assignmentLines(0),
             (QStringList{u"Sales"_s, u"Kiosks"_s, u"Configuration Manager collection P0100023"_s,
                          u"Excluded: Deleted group (%1)"_s.arg(goneId)}));
    QVERIFY(model.unresolvedGroupIds().isEmpty());
    QVERIFY(model.targetNames().isDeleted(goneId));

    // A reload keeps the names it knows: no "…" for a moment.
    model.setConfigurations({limit(u"a_Limit"_s, u"A"_s, 1, 3, QJsonArray{groupAssignment(salesId)})});
    QCOMPARE(text(model, 0, M::AssignmentsColumn), u"Sales"_s);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.targetNames().groupNames.isEmpty());
}

void TestEnrollmentConfigurationModel::groupNameFailureIsInTheTooltip()
{
    M model;
    QAbstractItemModelTester tester(&model, fatal);
    model.setConfigurations({limit(u"a_Limit"_s, u"A"_s, 1, 3, QJsonArray{groupAssignment(salesId)}),
                             limit(u"b_Limit"_s, u"B"_s, 2, 3)});
    model.setGroupNamesFailed(u"Microsoft Graph denied access (403)."_s);
    QCOMPARE(model.groupNamesError(), u"Microsoft Graph denied access (403)."_s);
    QCOMPARE(text(model, 0, M::AssignmentsColumn), u"Group %1"_s.arg(salesId));
    QCOMPARE(text(model, 0, M::AssignmentsColumn, Qt::ToolTipRole),
             u"Group %1\nGroup names could not be read: Microsoft Graph denied access (403)."_s.arg(salesId));
    QCOMPARE(text(model, 1, M::AssignmentsColumn, Qt::ToolTipRole), u"Not assigned"_s);
    // Read again: "…" until they come.
    model.clearGroupNamesFailure();
    QCOMPARE(text(model, 0, M::AssignmentsColumn), u"…"_s);
    model.setGroupNames({{salesId, u"Sales"_s}});
    QCOMPARE(text(model, 0, M::AssignmentsColumn), u"Sales"_s);
}

void TestEnrollmentConfigurationModel::assignmentsReadSeparately()
{
    M model;
    QAbstractItemModelTester tester(&model, fatal);
    model.setConfigurations({configuration(u"deviceEnrollmentLimitConfiguration"_s, u"a_Limit"_s, u"A"_s, 1,
                                           {{u"limit"_s, 4}}, {}, false),
                             configuration(u"deviceEnrollmentLimitConfiguration"_s, u"b_Limit"_s, u"B"_s, 2,
                                           {{u"limit"_s, 4}}, {}, false),
                             configuration(u"deviceEnrollmentLimitConfiguration"_s, tenant + u"_DefaultLimit"_s, u"D"_s,
                                           0, {{u"limit"_s, 5}}, {}, false)});
    QVERIFY(!model.assignmentsKnown(0));
    QVERIFY(!model.assignmentsKnown(1));
    QVERIFY(model.assignmentsKnown(2)); // a default has nothing to read
    QCOMPARE(text(model, 0, M::AssignmentsColumn), u"…"_s);
    QCOMPARE(text(model, 0, M::AssignmentsColumn, Qt::ToolTipRole), u"Reading the assignments…"_s);
    model.setAssignments(u"a_Limit"_s, Assignment::listFromJson(QJsonArray{groupAssignment(salesId)}));
    model.setAssignmentsFailed(u"b_Limit"_s, u"Not found (404)."_s);
    model.setAssignmentsFailed(tenant + u"_DefaultLimit"_s, u"ignored"_s);
    QVERIFY(model.assignmentsKnown(0));
    QCOMPARE(model.configuration(0).assignments.size(), 1);
    QVERIFY(model.configuration(0).assignmentsExpanded);
    QCOMPARE(text(model, 1, M::AssignmentsColumn), u"—"_s);
    QCOMPARE(text(model, 1, M::AssignmentsColumn, Qt::ToolTipRole),
             u"The assignments could not be read: Not found (404)."_s);
    QCOMPARE(text(model, 2, M::AssignmentsColumn), u"All users and all devices"_s);
    QCOMPARE(model.unresolvedGroupIds(), QStringList{salesId});
}

void TestEnrollmentConfigurationModel::replaceKeepsNamesAndAssignments()
{
    M model;
    QAbstractItemModelTester tester(&model, fatal);
    model.setConfigurations(tenantConfigurations());
    model.setGroupNames({{salesId, u"Sales"_s}});
    const int row = model.rowOfId(u"l1_Limit"_s);
    QCOMPARE(text(model, row, M::AssignmentsColumn), u"Sales"_s);
    QCOMPARE(text(model, row, M::LimitColumn), u"15"_s);

    // What a PATCH answers: the entity without its assignments, a new limit and version.
    EnrollmentConfiguration patched = configuration(u"deviceEnrollmentLimitConfiguration"_s, u"l1_Limit"_s,
                                                    u"Limit one"_s, 1, {{u"limit"_s, 7}}, {}, false);
    patched.version = 4;
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(model.replaceConfiguration(patched));
    QCOMPARE(reset.size(), 0);
    QCOMPARE(moved.size(), 0);
    QVERIFY(changed.size() >= 1);
    QCOMPARE(model.rowOfId(u"l1_Limit"_s), row);
    QCOMPARE(text(model, row, M::LimitColumn), u"7"_s);
    QCOMPARE(text(model, row, M::VersionColumn), u"4"_s);
    QCOMPARE(text(model, row, M::AssignmentsColumn), u"Sales"_s); // kept, names and all
    QCOMPARE(model.configuration(row).assignments.size(), 1);

    // The assign re-read: new assignments, one group not known yet.
    EnrollmentConfiguration assigned =
            configuration(u"deviceEnrollmentLimitConfiguration"_s, u"l1_Limit"_s, u"Limit one"_s, 1, {{u"limit"_s, 7}},
                          QJsonArray{groupAssignment(salesId), groupAssignment(kioskId, true)});
    QVERIFY(model.replaceConfiguration(assigned));
    QCOMPARE(model.unresolvedGroupIds(), QStringList{kioskId});
    QCOMPARE(text(model, row, M::AssignmentsColumn), u"…"_s);
    model.setGroupNames({{kioskId, u"Kiosks"_s}});
    QCOMPARE(text(model, row, M::AssignmentsColumn), u"Sales; Excluded: Kiosks"_s);

    QVERIFY(!model.replaceConfiguration(limit(u"unknown_Limit"_s, u"?"_s, 1, 1)));
    QVERIFY(model.byId(u"unknown_Limit"_s) == nullptr);
    QCOMPARE(model.byId(u"l1_Limit"_s)->limit.value_or(0), 7);
}

void TestEnrollmentConfigurationModel::replaceWithNewPriorityMovesTheRow()
{
    M model;
    QAbstractItemModelTester tester(&model, fatal);
    model.setConfigurations(tenantConfigurations());
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    // "Limit one" goes to priority 3 (the others were renumbered by the server, not here).
    EnrollmentConfiguration down = *model.byId(u"l1_Limit"_s);
    down.priority = 3;
    const QPersistentModelIndex persistent = model.index(model.rowOfId(u"l1_Limit"_s), M::NameColumn);
    QVERIFY(model.replaceConfiguration(down));
    QCOMPARE(moved.size(), 1);
    // Ties at priority 3 go by name: "Limit one" before "Limit three".
    QCOMPARE(names(model).mid(0, 4),
             (QStringList{u"Limit two"_s, u"Limit one"_s, u"Limit three"_s, u"Default limit"_s}));
    QCOMPARE(persistent.row(), model.rowOfId(u"l1_Limit"_s));
    QCOMPARE(persistent.data().toString(), u"Limit one"_s);
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.rowOfId(model.configuration(row).id), row);
}

void TestEnrollmentConfigurationModel::familyNeighbours()
{
    M model;
    model.setConfigurations(tenantConfigurations());
    const auto row = [&model](const QString &id) { return model.rowOfId(id); };
    // Device limits 1, 2, 3, then the default.
    QCOMPARE(model.familyNeighbour(row(u"l1_Limit"_s), -1), -1);
    QCOMPARE(model.familyNeighbour(row(u"l1_Limit"_s), +1), row(u"l2_Limit"_s));
    QCOMPARE(model.familyNeighbour(row(u"l2_Limit"_s), -1), row(u"l1_Limit"_s));
    QCOMPARE(model.familyNeighbour(row(u"l3_Limit"_s), +1), -1); // the default is not a neighbour
    QCOMPARE(model.familyNeighbour(row(tenant + u"_DefaultLimit"_s), -1), -1);
    // Single-platform restrictions: a family per platform.
    QCOMPARE(model.familyNeighbour(row(u"w1_SinglePlatformRestriction"_s), +1), row(u"w2_SinglePlatformRestriction"_s));
    QCOMPARE(model.familyNeighbour(row(u"w1_SinglePlatformRestriction"_s), -1), -1); // iOS is another family
    QCOMPARE(model.familyNeighbour(row(u"i1_SinglePlatformRestriction"_s), +1), -1);
    QCOMPARE(model.familyNeighbour(row(u"e1_ESP"_s), +1), row(u"e2_ESP"_s));
    QCOMPARE(model.familyNeighbour(row(u"h1_WindowsHelloForBusiness"_s), +1), -1);
    QCOMPARE(model.familyNeighbour(row(u"f1_Future"_s), -1), -1);
    QCOMPARE(model.familyNeighbour(-1, 1), -1);
    QCOMPARE(model.familyNeighbour(row(u"l2_Limit"_s), 2), -1);
    QCOMPARE(M::familyKey(model.configuration(row(u"w1_SinglePlatformRestriction"_s))),
             u"singlePlatformRestriction:windows"_s);

    QCOMPARE(model.moveBlockedReason(row(u"l2_Limit"_s), -1), QString());
    QCOMPARE(model.moveBlockedReason(row(u"l2_Limit"_s), +1), QString());
    QCOMPARE(model.moveBlockedReason(row(u"l1_Limit"_s), -1),
             u"“Limit one” already has the highest priority of its kind."_s);
    QCOMPARE(model.moveBlockedReason(row(u"l3_Limit"_s), +1),
             u"“Limit three” already has the lowest priority of its kind; only the default comes after it."_s);
    QCOMPARE(model.moveBlockedReason(row(tenant + u"_DefaultLimit"_s), -1),
             u"Default configurations always apply last and cannot be reordered."_s);
    QCOMPARE(model.moveBlockedReason(row(u"f1_Future"_s), +1),
             u"The app does not know how Intune orders configurations of this type."_s);
}

void TestEnrollmentConfigurationModel::rawJsonIsWhatGraphSent()
{
    const QJsonObject restriction{{u"platformBlocked"_s, false},
                                  {u"personalDeviceEnrollmentBlocked"_s, true},
                                  {u"osMinimumVersion"_s, u"10.0.19045"_s},
                                  {u"osMaximumVersion"_s, QJsonValue::Null},
                                  {u"blockedManufacturers"_s, QJsonArray{u"Contoso"_s}}};
    const EnrollmentConfiguration c = configuration(
            u"deviceEnrollmentPlatformRestrictionConfiguration"_s, u"w_SinglePlatformRestriction"_s, u"Windows"_s, 2,
            {{u"platformType"_s, u"windows"_s},
             {u"platformRestriction"_s, restriction},
             {u"deviceEnrollmentConfigurationType"_s, u"singlePlatformRestriction"_s},
             {u"someFutureSetting"_s, QJsonObject{{u"a"_s, 1}}}},
            QJsonArray{groupAssignment(salesId)});
    // The raw JSON the details pane shows is the object as read, untouched.
    QCOMPARE(c.json.value(u"platformRestriction"_s).toObject(), restriction);
    QCOMPARE(c.json.value(u"someFutureSetting"_s).toObject(), (QJsonObject{{u"a"_s, 1}}));
    QCOMPARE(EnrollmentConfiguration::fromJson(c.json).json, c.json);
    QCOMPARE(c.json.value(u"assignments"_s).toArray().size(), 1);
    // Replacing the row (after a write) shows the new JSON.
    M model;
    model.setConfigurations({c});
    EnrollmentConfiguration changed = c;
    changed.json.insert(u"version"_s, 4);
    model.replaceConfiguration(changed);
    QCOMPARE(model.configuration(0).json.value(u"version"_s).toInt(), 4);
}

QTEST_GUILESS_MAIN(TestEnrollmentConfigurationModel)
#include "tst_EnrollmentConfigurationModel.moc"
