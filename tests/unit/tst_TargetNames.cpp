// TargetNames: assignment targets in words, shared by the profiles table, the configurations
// table, the assignments dialog and the activity log.
#include "models/TargetNames.h"

#include <QJsonObject>
#include <QTest>

using namespace ed;
using namespace Qt::StringLiterals;

class TestTargetNames final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void groupNamesResolvedDeletedAndUnknown();
    void everyKindInWords();
    void filtersAreNamed();
    void summaryListsInclusionsFirst();
    void missingAnyWatchesGroupsOnly();
};

void TestTargetNames::groupNamesResolvedDeletedAndUnknown()
{
    TargetNames names;
    names.add({{u"g-1"_s, u"Sales laptops"_s}});
    names.addDeleted({u"g-2"_s});
    QCOMPARE(names.groupName(u"g-1"_s), u"Sales laptops"_s);
    QVERIFY(names.isDeleted(u"g-2"_s));
    QVERIFY(!names.isDeleted(u"g-1"_s));
    QVERIFY(!names.isDeleted(u"g-3"_s));
    QCOMPARE(names.groupName(u"g-2"_s), u"Deleted group (g-2)"_s);
    QCOMPARE(names.groupName(u"g-3"_s), u"Group g-3"_s);
    QCOMPARE(names.groupName(QString()), u"Group without an ID"_s);
    QCOMPARE(names.text(AssignmentTarget::exclusionGroup(u"g-1"_s)), u"Excluded: Sales laptops"_s);
    QCOMPARE(names.name(AssignmentTarget::exclusionGroup(u"g-1"_s)), u"Sales laptops"_s);
    // A later answer renames; knowing an id is what stops the "…" in the tables.
    names.add({{u"g-3"_s, u"Kiosks"_s}});
    QVERIFY(names.knows(u"g-3"_s));
    QCOMPARE(names.groupName(u"g-3"_s), u"Kiosks"_s);
}

void TestTargetNames::everyKindInWords()
{
    const TargetNames names;
    QCOMPARE(names.text(AssignmentTarget::allLicensedUsers()), u"All users"_s);
    QCOMPARE(names.text(AssignmentTarget::allDevices()), u"All devices"_s);
    QCOMPARE(names.text(AssignmentTarget::configurationManagerCollection(u"P0100023"_s)),
             u"Configuration Manager collection P0100023"_s);
    QCOMPARE(names.text(AssignmentTarget::fromJson(
                     QJsonObject{{u"@odata.type"_s, u"#microsoft.graph.scopeTagGroupAssignmentTarget"_s},
                                 {u"entraObjectId"_s, u"e-1"_s}})),
             u"Scope tag group e-1"_s);
    QCOMPARE(names.text(AssignmentTarget::fromJson(
                     QJsonObject{{u"@odata.type"_s, u"#microsoft.graph.deviceAndAppManagementAssignmentTarget"_s}})),
             u"Assignment target without a type"_s);
    QCOMPARE(names.text(AssignmentTarget::fromJson(
                     QJsonObject{{u"@odata.type"_s, u"#microsoft.graph.someFutureTarget"_s}})),
             u"Other target (someFutureTarget)"_s);
    QCOMPARE(names.text(AssignmentTarget::fromJson(QJsonObject{})), u"Other target (no type)"_s);
}

void TestTargetNames::filtersAreNamed()
{
    const TargetNames names;
    AssignmentTarget include = AssignmentTarget::allDevices();
    include.filterType = AssignmentTarget::FilterType::Include;
    include.filterId = u"f-1"_s;
    QCOMPARE(names.text(include), u"All devices (include filter f-1)"_s);
    AssignmentTarget exclude = AssignmentTarget::allLicensedUsers();
    exclude.filterType = AssignmentTarget::FilterType::Exclude;
    exclude.filterId = u"f-2"_s;
    QCOMPARE(names.text(exclude), u"All users (exclude filter f-2)"_s);
}

void TestTargetNames::summaryListsInclusionsFirst()
{
    TargetNames names;
    names.add({{u"g-1"_s, u"Sales"_s}, {u"g-2"_s, u"Kiosks"_s}});
    Assignment excluded;
    excluded.target = AssignmentTarget::exclusionGroup(u"g-2"_s);
    Assignment included;
    included.target = AssignmentTarget::group(u"g-1"_s);
    Assignment all;
    all.target = AssignmentTarget::allDevices();
    QCOMPARE(names.summary({excluded, included, all}), u"Sales; All devices; Excluded: Kiosks"_s);
    QCOMPARE(names.summary({}), u"Not assigned"_s);
}

void TestTargetNames::missingAnyWatchesGroupsOnly()
{
    TargetNames names;
    Assignment group;
    group.target = AssignmentTarget::group(u"g-1"_s);
    Assignment all;
    all.target = AssignmentTarget::allDevices();
    QVERIFY(!names.missingAny({all}));
    QVERIFY(names.missingAny({all, group}));
    names.addDeleted({u"g-1"_s}); // a deleted group is known (as deleted)
    QVERIFY(!names.missingAny({all, group}));
}

QTEST_GUILESS_MAIN(TestTargetNames)
#include "tst_TargetNames.moc"
