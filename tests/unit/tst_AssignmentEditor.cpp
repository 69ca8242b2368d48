// AssignmentEditor (issue 7 point 4): every add and remove, contradictions and duplicates refused
// with their reason and changing nothing, Configuration Manager collection ids validated, targets
// of unknown kinds kept verbatim, the result keeping every assignment read exactly as read (id and
// JSON), restore on re-add, and the preview lines.
//
// Texts are compared in their source form ("Unchanged: 4 target(s)"): no catalogue is installed.

#include "models/AssignmentEditor.h"
#include "models/TargetNames.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace ed;
using namespace Qt::StringLiterals;

using Kind = AssignmentTarget::Kind;

namespace {

const QString sales = u"aaaaaaaa-0000-4000-8000-000000000001"_s;
const QString kiosks = u"bbbbbbbb-0000-4000-8000-000000000002"_s;
const QString finance = u"cccccccc-0000-4000-8000-000000000003"_s;
const QString temps = u"dddddddd-0000-4000-8000-000000000004"_s;
const QString gone = u"eeeeeeee-0000-4000-8000-000000000005"_s;

// What Intune sent (beta): an included group with a filter, an excluded group, a collection, a
// target of a kind the app does not know (with properties of its own), and a scope tag group.
const QByteArray readJson = R"([
  {"id":"cfg_aaaaaaaa-0000-4000-8000-000000000001","source":"direct","sourceId":null,
   "target":{"@odata.type":"#microsoft.graph.groupAssignmentTarget","groupId":"aaaaaaaa-0000-4000-8000-000000000001",
             "deviceAndAppManagementAssignmentFilterId":"f1","deviceAndAppManagementAssignmentFilterType":"include"}},
  {"id":"cfg_bbbbbbbb-0000-4000-8000-000000000002","source":"direct","sourceId":null,
   "target":{"@odata.type":"#microsoft.graph.exclusionGroupAssignmentTarget","groupId":"bbbbbbbb-0000-4000-8000-000000000002",
             "deviceAndAppManagementAssignmentFilterId":null,"deviceAndAppManagementAssignmentFilterType":"none"}},
  {"id":"cfg_P0100023","source":"policySets","sourceId":"ps1",
   "target":{"@odata.type":"#microsoft.graph.configurationManagerCollectionAssignmentTarget","collectionId":"P0100023"}},
  {"id":"cfg_future","source":"direct","sourceId":null,
   "target":{"@odata.type":"#microsoft.graph.someFutureAssignmentTarget","answer":42,"nested":{"a":[1,2]}}},
  {"id":"cfg_scope","source":"direct","sourceId":null,
   "target":{"@odata.type":"#microsoft.graph.scopeTagGroupAssignmentTarget","targetType":"device","entraObjectId":"e1"}}
])";

QJsonArray readArray()
{
    return QJsonDocument::fromJson(readJson).array();
}

QList<Assignment> readAssignments()
{
    return Assignment::listFromJson(readArray());
}

TargetNames names()
{
    TargetNames n;
    n.add({{sales, u"Sales"_s}, {kiosks, u"Kiosks"_s}, {finance, u"Finance"_s}, {temps, u"Temps"_s}});
    return n;
}

Group group(const QString &id, const QString &name)
{
    Group g;
    g.id = id;
    g.displayName = name;
    g.securityEnabled = true;
    return g;
}

QJsonArray resultJson(const AssignmentEditor &editor)
{
    QJsonArray out;
    for (const Assignment &a : editor.result())
        out.append(a.toJson(true));
    return out;
}

int keyOf(const AssignmentEditor &editor, const std::function<bool(const AssignmentTarget &)> &match)
{
    for (const AssignmentEditor::Entry &entry : editor.entries())
        if (match(entry.assignment.target))
            return entry.key;
    return -1;
}

} // namespace

class TestAssignmentEditor final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void startsUnchanged();
    void includeKeepsEverythingRead();
    void excludeAdds();
    void addAllUsersAndDevices();
    void contradictionsAreRefused();
    void duplicatesAreRefused();
    void emptyIdsAndUsersAreRefused();
    void severalGroupsPartlyRefused();
    void groupIdsCompareWithoutCase();
    void collectionIds_data();
    void collectionIds();
    void addCollection();
    void removeReadAndAdded();
    void readdRestoresTheOneRead();
    void unknownKindsKeptVerbatim();
    void previewLines();
    void removesAllAndExcludesOnly();
    void deletedGroupsStay();
    void resetForgetsChanges();
};

void TestAssignmentEditor::startsUnchanged()
{
    const AssignmentEditor editor(readAssignments());
    QVERIFY(!editor.hasChanges());
    QCOMPARE(editor.result().size(), 5);
    QCOMPARE(resultJson(editor), QJsonArray(readArray())); // what was read, written back as read
    QCOMPARE(editor.unchangedCount(), 5);
    QVERIFY(editor.added().isEmpty());
    QVERIFY(editor.removed().isEmpty());
    QCOMPARE(editor.previewLines(names()), QStringList{u"No changes."_s});
    // Keys are distinct.
    QSet<int> keys;
    for (const AssignmentEditor::Entry &e : editor.entries()) {
        QVERIFY(!e.added);
        keys.insert(e.key);
    }
    QCOMPARE(keys.size(), 5);
}

void TestAssignmentEditor::includeKeepsEverythingRead()
{
    AssignmentEditor editor(readAssignments());
    const AssignmentEditor::Outcome outcome = editor.includeGroups({group(finance, u"Finance"_s)});
    QVERIFY(outcome.ok());
    QCOMPARE(outcome.added, 1);
    QVERIFY(editor.hasChanges());
    const QList<Assignment> result = editor.result();
    QCOMPARE(result.size(), 6);
    // The five read come first, exactly as read (ids, filters, sources, unknown properties).
    const QJsonArray json = resultJson(editor);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(json.at(i), readArray().at(i));
    QCOMPARE(result.at(5).target.kind, Kind::Group);
    QCOMPARE(result.at(5).target.groupId, finance);
    QVERIFY(result.at(5).id.isEmpty()); // Graph gives it an id
    QCOMPARE(editor.added().size(), 1);
    QVERIFY(editor.removed().isEmpty());
    QVERIFY(editor.entries().last().added);
}

void TestAssignmentEditor::excludeAdds()
{
    AssignmentEditor editor(readAssignments());
    QVERIFY(editor.excludeGroups({group(temps, u"Temps"_s)}).ok());
    QCOMPARE(editor.added().size(), 1);
    QCOMPARE(editor.added().first().target.kind, Kind::ExclusionGroup);
    QCOMPARE(editor.added().first().target.groupId, temps);
    QCOMPARE(editor.result().size(), 6);
}

void TestAssignmentEditor::addAllUsersAndDevices()
{
    AssignmentEditor editor;
    QVERIFY(editor.addAllUsers().ok());
    QVERIFY(editor.addAllDevices().ok());
    const QList<Assignment> result = editor.result();
    QCOMPARE(result.size(), 2);
    QCOMPARE(result.at(0).target.kind, Kind::AllLicensedUsers);
    QCOMPARE(result.at(1).target.kind, Kind::AllDevices);
    QCOMPARE(result.at(0).target.toJson().value(u"@odata.type"_s).toString(),
             u"#microsoft.graph.allLicensedUsersAssignmentTarget"_s);
}

void TestAssignmentEditor::contradictionsAreRefused()
{
    AssignmentEditor editor(readAssignments());
    // Sales is included: excluding it too is a contradiction, said with the reason.
    AssignmentEditor::Outcome outcome = editor.excludeGroups({group(sales, u"Sales"_s)});
    QCOMPARE(outcome.added, 0);
    QCOMPARE(outcome.refused,
             QStringList{u"“Sales” is already included; a group cannot be both included and excluded."_s});
    // Kiosks is excluded: including it too, likewise.
    outcome = editor.includeGroups({group(kiosks, u"Kiosks"_s)});
    QCOMPARE(outcome.refused,
             QStringList{u"“Kiosks” is already excluded; a group cannot be both included and excluded."_s});
    QVERIFY(!editor.hasChanges());
    QCOMPARE(resultJson(editor), readArray());

    // A group added here counts the same way.
    QVERIFY(editor.includeGroup(finance, u"Finance"_s).ok());
    outcome = editor.excludeGroup(finance, u"Finance"_s);
    QCOMPARE(outcome.refused,
             QStringList{u"“Finance” is already included; a group cannot be both included and excluded."_s});
    QCOMPARE(editor.added().size(), 1);
    // Without a name the reason uses the id.
    outcome = editor.excludeGroup(finance);
    QCOMPARE(outcome.refused,
             QStringList{u"“%1” is already included; a group cannot be both included and excluded."_s.arg(finance)});

    // Once Kiosks' exclusion is removed, including it is fine.
    editor.remove({keyOf(editor, [](const AssignmentTarget &t) { return t.isExclusion(); })});
    QVERIFY(editor.includeGroup(kiosks, u"Kiosks"_s).ok());
}

void TestAssignmentEditor::duplicatesAreRefused()
{
    AssignmentEditor editor(readAssignments());
    QCOMPARE(editor.includeGroup(sales, u"Sales"_s).refused, QStringList{u"“Sales” is already included."_s});
    QCOMPARE(editor.excludeGroup(kiosks, u"Kiosks"_s).refused, QStringList{u"“Kiosks” is already excluded."_s});
    QCOMPARE(editor.addCollection(u"p0100023 "_s).refused,
             QStringList{u"“Configuration Manager collection P0100023” is already included."_s});
    QVERIFY(editor.addAllUsers().ok());
    QCOMPARE(editor.addAllUsers().refused, QStringList{u"“All users” is already included."_s});
    QVERIFY(editor.addAllDevices().ok());
    QCOMPARE(editor.addAllDevices().refused, QStringList{u"“All devices” is already included."_s});
    QCOMPARE(editor.added().size(), 2);
    QCOMPARE(editor.result().size(), 7);
}

void TestAssignmentEditor::emptyIdsAndUsersAreRefused()
{
    AssignmentEditor editor;
    QCOMPARE(editor.includeGroup(u"  "_s, u"Nameless"_s).refused,
             QStringList{u"“Nameless” has no group ID and cannot be assigned."_s});
    QCOMPARE(editor.excludeGroup(QString()).refused, QStringList{u"A group without an ID cannot be assigned."_s});
    Group user = group(u"u1"_s, u"Adele Vance"_s);
    user.kind = Group::Kind::User;
    QCOMPARE(editor.includeGroups({user}).refused, QStringList{u"“Adele Vance” is not a group."_s});
    QVERIFY(!editor.hasChanges());
    QVERIFY(editor.result().isEmpty());
}

void TestAssignmentEditor::severalGroupsPartlyRefused()
{
    AssignmentEditor editor(readAssignments());
    const AssignmentEditor::Outcome outcome =
            editor.includeGroups({group(finance, u"Finance"_s), group(kiosks, u"Kiosks"_s), group(temps, u"Temps"_s)});
    QCOMPARE(outcome.added, 2);
    QCOMPARE(outcome.refused.size(), 1);
    QVERIFY(outcome.refused.first().startsWith(u"“Kiosks” is already excluded"_s));
    QCOMPARE(editor.added().size(), 2);
}

void TestAssignmentEditor::groupIdsCompareWithoutCase()
{
    AssignmentEditor editor(readAssignments());
    QCOMPARE(editor.includeGroup(sales.toUpper(), u"Sales"_s).refused, QStringList{u"“Sales” is already included."_s});
    QVERIFY(!editor.excludeGroup(u"  "_s + sales.toUpper()).ok());
    QVERIFY(!editor.hasChanges());
}

void TestAssignmentEditor::collectionIds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("normalized"); // empty: refused
    QTest::newRow("co-management example") << u"P0100023"_s << u"P0100023"_s;
    QTest::newRow("built-in, lower case, spaces") << u"  sms00001 "_s << u"SMS00001"_s;
    QTest::newRow("letters in the hex part") << u"ABCDEFAB"_s << u"ABCDEFAB"_s;
    QTest::newRow("site code with digits") << u"C0100A1F"_s << u"C0100A1F"_s;
    QTest::newRow("seven characters") << u"P010002"_s << QString();
    QTest::newRow("nine characters") << u"P01000234"_s << QString();
    QTest::newRow("not hex") << u"P01G0023"_s << QString();
    QTest::newRow("inner space") << u"P01 0023"_s << QString();
    QTest::newRow("punctuation in site code") << u"P-100023"_s << QString();
    QTest::newRow("a group id") << sales << QString();
}

void TestAssignmentEditor::collectionIds()
{
    QFETCH(QString, text);
    QFETCH(QString, normalized);
    QString reason;
    const std::optional<QString> id = AssignmentEditor::normalizedCollectionId(text, &reason);
    if (normalized.isEmpty()) {
        QVERIFY(!id);
        QCOMPARE(reason,
                 u"“%1” is not a Configuration Manager collection ID: that is 8 characters, a 3-character site code "
                 "followed by 5 hexadecimal digits, such as P0100023 or SMS00001."_s.arg(text.trimmed()));
    } else {
        QCOMPARE(id.value_or(QString()), normalized);
        QVERIFY(reason.isEmpty());
    }
}

void TestAssignmentEditor::addCollection()
{
    AssignmentEditor editor;
    QCOMPARE(editor.addCollection(u"   "_s).refused,
             QStringList{u"Enter a Configuration Manager collection ID, such as P0100023."_s});
    QCOMPARE(editor.addCollection(u"P01"_s).refused.size(), 1);
    QVERIFY(!editor.hasChanges());
    QVERIFY(editor.addCollection(u" c0100a1f"_s).ok());
    QCOMPARE(editor.result().size(), 1);
    QCOMPARE(editor.result().first().target.kind, Kind::ConfigurationManagerCollection);
    QCOMPARE(editor.result().first().target.collectionId, u"C0100A1F"_s);
    QCOMPARE(editor.result().first().target.toJson().value(u"collectionId"_s).toString(), u"C0100A1F"_s);
}

void TestAssignmentEditor::removeReadAndAdded()
{
    AssignmentEditor editor(readAssignments());
    QVERIFY(editor.includeGroup(finance, u"Finance"_s).ok());
    const int financeKey = keyOf(editor, [](const AssignmentTarget &t) { return t.groupId == finance; });
    const int kioskKey = keyOf(editor, [](const AssignmentTarget &t) { return t.groupId == kiosks; });
    QVERIFY(financeKey >= 0 && kioskKey >= 0);
    QCOMPARE(editor.remove({financeKey, kioskKey, 9999}), 2);
    QCOMPARE(editor.remove({kioskKey}), 0); // already gone
    // The added one leaves no trace; the read one is a removal.
    QVERIFY(editor.added().isEmpty());
    QCOMPARE(editor.removed().size(), 1);
    QCOMPARE(editor.removed().first().id, u"cfg_bbbbbbbb-0000-4000-8000-000000000002"_s);
    QCOMPARE(editor.result().size(), 4);
    QVERIFY(editor.hasChanges());
    // What stays is still exactly as read.
    QJsonArray expected = readArray();
    expected.removeAt(1);
    QCOMPARE(resultJson(editor), expected);
}

void TestAssignmentEditor::readdRestoresTheOneRead()
{
    AssignmentEditor editor(readAssignments());
    const int salesKey = keyOf(editor, [](const AssignmentTarget &t) { return t.groupId == sales; });
    QCOMPARE(editor.remove({salesKey}), 1);
    QVERIFY(editor.hasChanges());
    // Included again: the assignment read comes back, filter and id included, in its place.
    QVERIFY(editor.includeGroup(sales, u"Sales"_s).ok());
    QVERIFY(!editor.hasChanges());
    QCOMPARE(resultJson(editor), readArray());
    QCOMPARE(editor.result().first().target.filterId, u"f1"_s);
}

void TestAssignmentEditor::unknownKindsKeptVerbatim()
{
    AssignmentEditor editor(readAssignments());
    QVERIFY(editor.addAllDevices().ok());
    const QJsonArray json = resultJson(editor);
    QCOMPARE(json.at(3), readArray().at(3));
    QCOMPARE(json.at(3).toObject().value(u"target"_s).toObject().value(u"answer"_s).toInt(), 42);
    QCOMPARE(json.at(4), readArray().at(4));
    QCOMPARE(editor.result().at(3).target.kind, Kind::Other);
    QCOMPARE(editor.result().at(4).target.kind, Kind::ScopeTagGroup);
    // They can be removed, and say so in the preview.
    const int futureKey = keyOf(editor, [](const AssignmentTarget &t) { return t.kind == Kind::Other; });
    QCOMPARE(editor.remove({futureKey}), 1);
    QVERIFY(editor.previewLines(names()).contains(u"− Include Other target (someFutureAssignmentTarget)"_s));
    // Two unknown targets never count as the same one.
    QList<Assignment> twins = readAssignments().mid(3, 1);
    twins.append(twins.first());
    AssignmentEditor twin(twins);
    QCOMPARE(twin.result().size(), 2);
}

void TestAssignmentEditor::previewLines()
{
    AssignmentEditor editor(readAssignments());
    QVERIFY(editor.includeGroup(finance, u"Finance"_s).ok());
    QVERIFY(editor.excludeGroup(temps, u"Temps"_s).ok());
    QVERIFY(editor.addAllUsers().ok());
    QVERIFY(editor.addCollection(u"SMS00001"_s).ok());
    editor.remove({keyOf(editor, [](const AssignmentTarget &t) { return t.groupId == kiosks; }),
                   keyOf(editor, [](const AssignmentTarget &t) { return t.groupId == sales; })});
    QCOMPARE(editor.previewLines(names()),
             (QStringList{u"+ Include Finance"_s, u"+ Exclude Temps"_s, u"+ Include All users"_s,
                          u"+ Include Configuration Manager collection SMS00001"_s,
                          u"− Include Sales (include filter f1)"_s, u"− Exclude Kiosks"_s,
                          u"Unchanged: 3 target(s)"_s}));
    QCOMPARE(editor.previewText(names()), editor.previewLines(names()).join(u'\n'));
    // Groups not named yet show their id.
    AssignmentEditor bare;
    QVERIFY(bare.includeGroup(u"g-1"_s).ok());
    QCOMPARE(bare.previewLines(TargetNames()), QStringList{u"+ Include Group g-1"_s});
}

void TestAssignmentEditor::removesAllAndExcludesOnly()
{
    AssignmentEditor editor(readAssignments());
    QVERIFY(!editor.removesAll());
    QList<int> keys;
    for (const AssignmentEditor::Entry &e : editor.entries())
        if (!e.assignment.target.isExclusion())
            keys.append(e.key);
    editor.remove(keys);
    QVERIFY(!editor.removesAll());
    QVERIFY(editor.excludesOnly());
    editor.remove({editor.entries().first().key});
    QVERIFY(editor.result().isEmpty());
    QVERIFY(editor.removesAll());
    QVERIFY(!editor.excludesOnly());
    QVERIFY(editor.previewLines(names()).contains(u"− Exclude Kiosks"_s));
    QCOMPARE(editor.previewLines(names()).size(), 5); // five removals, nothing unchanged
    QVERIFY(editor.addAllDevices().ok());
    QVERIFY(!editor.removesAll());
    // Nothing read, nothing kept: not a removal of everything.
    QVERIFY(!AssignmentEditor().removesAll());
}

void TestAssignmentEditor::deletedGroupsStay()
{
    QList<Assignment> read = readAssignments();
    Assignment orphan;
    orphan.id = u"cfg_gone"_s;
    orphan.target = AssignmentTarget::group(gone);
    read.append(orphan);
    AssignmentEditor editor(read);
    TargetNames n = names();
    n.addDeleted({gone});
    QCOMPARE(editor.deletedGroups(n).size(), 1);
    QCOMPARE(editor.deletedGroups(n).first().target.groupId, gone);
    QVERIFY(editor.addAllDevices().ok());
    // Still in the result, as read.
    QCOMPARE(editor.result().size(), 7);
    QCOMPARE(editor.result().at(5).id, u"cfg_gone"_s);
    QCOMPARE(editor.previewLines(n), (QStringList{u"+ Include All devices"_s, u"Unchanged: 6 target(s)"_s}));
    editor.remove({keyOf(editor, [](const AssignmentTarget &t) { return t.groupId == gone; })});
    QVERIFY(editor.deletedGroups(n).isEmpty());
    QVERIFY(editor.previewLines(n).contains(u"− Include Deleted group (%1)"_s.arg(gone)));
}

void TestAssignmentEditor::resetForgetsChanges()
{
    AssignmentEditor editor(readAssignments());
    QVERIFY(editor.includeGroup(finance, u"Finance"_s).ok());
    editor.remove({editor.entries().first().key});
    QVERIFY(editor.hasChanges());
    editor.reset(editor.result());
    QVERIFY(!editor.hasChanges());
    QCOMPARE(editor.result().size(), 5);
    QCOMPARE(editor.original().size(), 5);
}

QTEST_GUILESS_MAIN(TestAssignmentEditor)
#include "tst_AssignmentEditor.moc"
