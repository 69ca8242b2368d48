// AutopilotDeviceModel: the compact device table. Model invariants under every change
// (QAbstractItemModelTester, fatal), every column's text and raw value, ids packed and given back
// exactly as Graph sent them, duplicates updating rows, unknown enum strings shown raw, the domain
// value round trip, typed comparison and sort ranks, interned texts and the row's size.

#include "models/AutopilotDeviceModel.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QLocale>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

#include <algorithm>

using namespace ed;
using namespace Qt::StringLiterals;

using Model = AutopilotDeviceModel;
using D = AutopilotDevice;

namespace {

constexpr auto fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

QDateTime utc(int year, int month, int day, int hour = 0, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone::utc());
}

// A canonical (lower-case, no braces) GUID that differs per n.
QString guid(int n, int variant = 0)
{
    return u"%1-%2-4000-8000-0000000000ab"_s.arg(n, 8, 16, QLatin1Char('0')).arg(variant, 4, 16, QLatin1Char('0'));
}

// A plain device: id guid(n), serial SN-<n>, Dell Latitude, nothing else set.
D device(int n)
{
    D d;
    d.id = guid(n);
    d.serialNumber = u"SN-%1"_s.arg(n, 5, 10, QLatin1Char('0'));
    d.manufacturer = u"Dell"_s;
    d.model = u"Latitude 5440"_s;
    return d;
}

QList<D> devices(int from, int count)
{
    QList<D> list;
    for (int n = from; n < from + count; ++n)
        list.append(device(n));
    return list;
}

// Every field set, as a beta response would give it.
D fullDevice()
{
    D d;
    d.id = u"6d3a1c5e-8f4b-4b7a-9c2d-1e5f7a9b3c4d"_s;
    d.serialNumber = u"5CG1234XYZ"_s;
    d.manufacturer = u"HP"_s;
    d.model = u"EliteBook 840 G8"_s;
    d.groupTag = u"Sales"_s;
    d.purchaseOrderIdentifier = u"PO-7781"_s;
    d.productKey = u"XXXXX-XXXXX-XXXXX-XXXXX-AB123"_s;
    d.skuNumber = u"6EC73EA#ABD"_s;
    d.systemFamily = u"103C_5336AN HP EliteBook"_s;
    d.userPrincipalName = u"ada@contoso.com"_s;
    d.addressableUserName = u"Ada Lovelace"_s;
    d.displayName = u"DESKTOP-ADA01"_s;
    d.resourceName = u"res-1"_s;
    d.azureAdDeviceId = u"a1b2c3d4-0000-4000-8000-000000000001"_s;
    d.managedDeviceId = u"c3d4e5f6-0000-4000-8000-000000000002"_s;
    d.lastContactedDateTime = utc(2024, 3, 5, 10, 20);
    d.deploymentProfileAssignedDateTime = utc(2024, 1, 2, 8, 0);
    d.remediationStateLastModifiedDateTime = utc(2024, 2, 1, 12, 30);
    d.deploymentProfileAssignmentStatus = D::ProfileAssignmentStatus::AssignedInSync;
    d.deploymentProfileAssignmentDetailedStatus = D::ProfileAssignmentDetailedStatus::HardwareRequirementsNotMet;
    d.enrollmentState = D::EnrollmentState::Enrolled;
    d.remediationState = D::RemediationState::ManualRemediationRequired;
    d.userlessEnrollmentStatus = D::UserlessEnrollmentStatus::Blocked;
    d.hasBetaProperties = true;
    return d;
}

QString display(const Model &model, int row, int column)
{
    return model.index(row, column).data(Qt::DisplayRole).toString();
}

QString localTime(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

int sign(int value)
{
    return value < 0 ? -1 : (value > 0 ? 1 : 0);
}

// Sets what column shows to text (enums: the number, times: ISO 8601 or "" for never). The
// assigned profile is not part of a device: the caller sets it through setAssignedProfiles().
void setColumn(D &d, int column, const QString &text)
{
    switch (column) {
    case Model::SerialColumn:
        d.serialNumber = text;
        break;
    case Model::ManufacturerColumn:
        d.manufacturer = text;
        break;
    case Model::ModelColumn:
        d.model = text;
        break;
    case Model::GroupTagColumn:
        d.groupTag = text;
        break;
    case Model::ProfileStatusColumn:
        d.deploymentProfileAssignmentStatus = static_cast<D::ProfileAssignmentStatus>(text.toInt());
        break;
    case Model::UserlessStatusColumn:
        d.userlessEnrollmentStatus = static_cast<D::UserlessEnrollmentStatus>(text.toInt());
        break;
    case Model::EnrollmentStateColumn:
        d.enrollmentState = static_cast<D::EnrollmentState>(text.toInt());
        break;
    case Model::UserColumn:
        d.userPrincipalName = text;
        break;
    case Model::DeviceNameColumn:
        d.displayName = text;
        break;
    case Model::LastContactedColumn:
        d.lastContactedDateTime = QDateTime::fromString(text, Qt::ISODate);
        break;
    case Model::PurchaseOrderColumn:
        d.purchaseOrderIdentifier = text;
        break;
    case Model::DateAssignedColumn:
        d.deploymentProfileAssignedDateTime = QDateTime::fromString(text, Qt::ISODate);
        break;
    case Model::EntraDeviceIdColumn:
        d.azureAdDeviceId = text;
        break;
    case Model::IntuneDeviceIdColumn:
        d.managedDeviceId = text;
        break;
    default:
        break;
    }
}

// A varied fleet: repeated and empty texts, every enum value, unset times, GUID and non-GUID ids.
QList<D> variedDevices(int from, int count)
{
    static const QStringList makers{u"Dell"_s, u"HP"_s, u"lenovo"_s, QString(), u"Microsoft Corporation"_s};
    static const QStringList models{u"Latitude 5440"_s, u"EliteBook 840"_s, u"latitude 5440"_s, QString()};
    static const QStringList tags{u"Sales"_s, QString(), u"Lab"_s, u"sales"_s};
    static const QStringList users{QString(), u"ada@contoso.com"_s, u"bob@contoso.com"_s, u"ADA@contoso.com"_s};
    QList<D> list;
    for (int n = from; n < from + count; ++n) {
        const auto k = static_cast<unsigned>(n) * 2654435761U; // a cheap deterministic scramble
        D d;
        d.id = n % 7 == 3 ? u"dev-%1"_s.arg(n) : guid(n);
        d.serialNumber = n % 9 == 4 ? QString() : u"SN-%1"_s.arg((k >> 8) % 997, 4, 10, QLatin1Char('0'));
        d.manufacturer = makers.at(static_cast<qsizetype>((k >> 3) % 5));
        d.model = models.at(static_cast<qsizetype>((k >> 5) % 4));
        d.groupTag = tags.at(static_cast<qsizetype>((k >> 7) % 4));
        d.purchaseOrderIdentifier = n % 3 == 0 ? QString() : u"PO-%1"_s.arg((k >> 11) % 5);
        d.userPrincipalName = users.at(static_cast<qsizetype>((k >> 9) % 4));
        d.displayName = n % 5 == 0 ? QString() : u"PC-%1"_s.arg((k >> 13) % 50);
        if (n % 4 != 0)
            d.lastContactedDateTime = utc(2024, 1 + static_cast<int>((k >> 4) % 12), 1 + static_cast<int>(k % 28));
        if (n % 3 != 1)
            d.deploymentProfileAssignedDateTime = utc(2023, 1 + static_cast<int>((k >> 6) % 3), 1);
        d.deploymentProfileAssignmentStatus = static_cast<D::ProfileAssignmentStatus>((k >> 10) % 8);
        d.userlessEnrollmentStatus = static_cast<D::UserlessEnrollmentStatus>((k >> 12) % 5);
        d.enrollmentState = static_cast<D::EnrollmentState>((k >> 14) % 7);
        d.azureAdDeviceId = n % 6 == 0 ? QString() : guid(static_cast<int>((k >> 15) % 40), 1);
        d.managedDeviceId = n % 2 == 0 ? QString() : guid(static_cast<int>((k >> 17) % 40), 2).toUpper();
        list.append(d);
    }
    return list;
}

} // namespace

class TestAutopilotDeviceModel final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void headers();
    void appendPages();
    void adopt();
    void update();
    void assignedProfiles();
    void clear();
    void displayTexts();
    void enumLabels_data();
    void enumLabels();
    void everyEnumHasALabel();
    void unknownEnumsShownRaw();
    void ids_data();
    void ids();
    void rawValueTypes();
    void duplicateIds();
    void deviceRoundTrip();
    void compare_data();
    void compare();
    void sortRanks();
    void sortRanksInvalidated();
    void sortRanksPreparedOnAWorker();
    void rowsShareStrings();
    void rowSize();
};

void TestAutopilotDeviceModel::headers()
{
    Model model;
    QAbstractItemModelTester tester(&model, fatal);
    QCOMPARE(model.columnCount(), 15);
    const QStringList expected{u"Serial number"_s,       u"Manufacturer"_s,     u"Model"_s,
                               u"Group tag"_s,           u"Profile status"_s,   u"Assigned profile"_s,
                               u"Userless enrollment"_s, u"Enrollment state"_s, u"Assigned user"_s,
                               u"Device name"_s,         u"Last contacted"_s,   u"Purchase order"_s,
                               u"Date assigned"_s,       u"Entra device ID"_s,  u"Intune device ID"_s};
    for (int column = 0; column < model.columnCount(); ++column)
        QCOMPARE(model.headerData(column, Qt::Horizontal).toString(), expected.at(column));
    QVERIFY(!model.headerData(0, Qt::Vertical).isValid());
    QVERIFY(!model.headerData(0, Qt::Horizontal, Qt::DecorationRole).isValid());
    // Nothing below the top level: a flat table.
    model.append(devices(0, 2));
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);
    QCOMPARE(model.columnCount(model.index(0, 0)), 0);
    QVERIFY(!model.index(2, 0).isValid());
    QVERIFY(!model.index(0, Model::ColumnCount).isValid());
}

void TestAutopilotDeviceModel::appendPages()
{
    Model model;
    QAbstractItemModelTester tester(&model, fatal);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy contents(&model, &Model::contentsChanged);
    model.reserve(2500);
    for (int page = 0; page < 3; ++page)
        model.append(devices(page * 1000, page == 2 ? 500 : 1000));
    model.append({});
    model.squeeze();
    QCOMPARE(model.rowCount(), 2500);
    // One insert range per page, at the end.
    QCOMPARE(inserted.count(), 3);
    QCOMPARE(inserted.at(1).at(1).toInt(), 1000);
    QCOMPARE(inserted.at(1).at(2).toInt(), 1999);
    QCOMPARE(inserted.at(2).at(1).toInt(), 2000);
    QCOMPARE(inserted.at(2).at(2).toInt(), 2499);
    QCOMPARE(contents.count(), 3);
    for (const int row : {0, 999, 1000, 2499}) {
        QCOMPARE(display(model, row, Model::SerialColumn), device(row).serialNumber);
        QCOMPARE(model.rowOfId(guid(row)), row);
        QCOMPARE(model.deviceId(row), guid(row));
    }
    QCOMPARE(model.rowOfId(guid(2500)), -1);
    QCOMPARE(model.rowOfId(QString()), -1);
    QCOMPARE(model.rowOfId(u"not-a-device"_s), -1);
}

void TestAutopilotDeviceModel::adopt()
{
    Model model;
    QAbstractItemModelTester tester(&model, fatal);
    model.append(devices(0, 5));
    model.setAssignedProfiles({{guid(1), u"Old profile"_s}});

    // A refresh loads into a staging model page by page, then the view's model takes it over.
    Model staging;
    QAbstractItemModelTester stagingTester(&staging, fatal);
    staging.setAssignedProfiles({{guid(101), u"Kiosk"_s}});
    staging.append(devices(100, 3));
    D other = device(103);
    other.manufacturer = u"Framework"_s;
    staging.append({other});

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy contents(&model, &Model::contentsChanged);
    QSignalSpy stagingReset(&staging, &QAbstractItemModel::modelReset);
    model.adopt(staging);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(contents.count(), 1);
    QCOMPARE(stagingReset.count(), 1);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.rowOfId(guid(0)), -1);
    QCOMPARE(model.rowOfId(guid(103)), 3);
    QCOMPARE(display(model, 3, Model::ManufacturerColumn), u"Framework"_s);
    QCOMPARE(display(model, 1, Model::AssignedProfileColumn), u"Kiosk"_s);
    QCOMPARE(display(model, 0, Model::AssignedProfileColumn), QString());
    QVERIFY(model.strings().find(u"Framework"_s) != 0);
    // The staging model is left empty, texts included, and usable again.
    QCOMPARE(staging.rowCount(), 0);
    QCOMPARE(staging.strings().size(), 1);
    QCOMPARE(staging.rowOfId(guid(100)), -1);
    staging.append(devices(7, 1));
    QCOMPARE(staging.rowCount(), 1);
    QCOMPARE(display(staging, 0, Model::AssignedProfileColumn), QString());
}

void TestAutopilotDeviceModel::update()
{
    Model model;
    QAbstractItemModelTester tester(&model, fatal);
    model.append(devices(0, 10));
    model.setAssignedProfiles({{guid(3), u"Standard"_s}});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy contents(&model, &Model::contentsChanged);

    // An unblock's fresh copies: rows 3, 4 and 7 (and one that is not in the model).
    QList<D> fresh;
    for (const int n : {7, 3, 4, 42}) {
        D d = device(n);
        d.userlessEnrollmentStatus = D::UserlessEnrollmentStatus::Allowed;
        d.displayName = u"PC-%1"_s.arg(n);
        fresh.append(d);
    }
    model.update(fresh);
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(contents.count(), 1);
    // One signal per run of adjacent rows, each over every column.
    QCOMPARE(changed.count(), 2);
    const auto topLeft = changed.at(0).at(0).value<QModelIndex>();
    const auto bottomRight = changed.at(0).at(1).value<QModelIndex>();
    QCOMPARE(topLeft.row(), 3);
    QCOMPARE(bottomRight.row(), 4);
    QCOMPARE(topLeft.column(), 0);
    QCOMPARE(bottomRight.column(), Model::ColumnCount - 1);
    QCOMPARE(changed.at(1).at(0).value<QModelIndex>().row(), 7);
    QCOMPARE(changed.at(1).at(1).value<QModelIndex>().row(), 7);
    for (const int row : {3, 4, 7}) {
        QCOMPARE(display(model, row, Model::UserlessStatusColumn), u"Allowed"_s);
        QCOMPARE(display(model, row, Model::DeviceNameColumn), u"PC-%1"_s.arg(row));
    }
    QCOMPARE(display(model, 5, Model::UserlessStatusColumn), u"Unknown"_s);
    // The assigned profile comes from the profiles, not the device: an update keeps it.
    QCOMPARE(display(model, 3, Model::AssignedProfileColumn), u"Standard"_s);

    // Nothing known: no signal at all.
    changed.clear();
    contents.clear();
    model.update({device(500)});
    model.update({});
    QCOMPARE(changed.count(), 0);
    QCOMPARE(contents.count(), 0);
}

void TestAutopilotDeviceModel::assignedProfiles()
{
    Model model;
    QAbstractItemModelTester tester(&model, fatal);
    // Before the rows exist: kept pending, picked up when the device arrives.
    model.setAssignedProfiles({{guid(2), u"Kiosk"_s}, {guid(40), u"Shared PC"_s}, {u"dev-9"_s, u"Lab"_s}});
    D textId = device(9);
    textId.id = u"dev-9"_s;
    model.append(devices(0, 5));
    model.append({textId});
    QCOMPARE(display(model, 2, Model::AssignedProfileColumn), u"Kiosk"_s);
    QCOMPARE(display(model, 1, Model::AssignedProfileColumn), QString());
    QCOMPARE(display(model, 5, Model::AssignedProfileColumn), u"Lab"_s);
    QCOMPARE(model.index(2, Model::AssignedProfileColumn).data(Model::RawValueRole).toString(), u"Kiosk"_s);

    // After: only the assigned-profile cells of the rows that change.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy contents(&model, &Model::contentsChanged);
    model.setAssignedProfiles({{guid(0), u"Standard"_s}, {guid(1), u"Standard"_s}, {guid(2), u"Kiosk"_s}});
    QCOMPARE(contents.count(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 0);
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>().row(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().column(), int(Model::AssignedProfileColumn));
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>().column(), int(Model::AssignedProfileColumn));
    QCOMPARE(display(model, 0, Model::AssignedProfileColumn), u"Standard"_s);
    QCOMPARE(display(model, 1, Model::AssignedProfileColumn), u"Standard"_s);
    // Two rows with the same profile share its text.
    QCOMPARE(model.row(0).assignedProfile, model.row(1).assignedProfile);

    // The same again changes nothing; an empty name clears it.
    changed.clear();
    model.setAssignedProfiles({{guid(0), u"Standard"_s}});
    QCOMPARE(changed.count(), 0);
    model.setAssignedProfiles({{guid(0), QString()}});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(display(model, 0, Model::AssignedProfileColumn), QString());

    // A device pending since the start arrives with a later page.
    model.append({device(40)});
    QCOMPARE(display(model, model.rowOfId(guid(40)), Model::AssignedProfileColumn), u"Shared PC"_s);
}

void TestAutopilotDeviceModel::clear()
{
    Model model;
    QAbstractItemModelTester tester(&model, fatal);
    model.setAssignedProfiles({{guid(50), u"Kiosk"_s}});
    model.append(devices(0, 20));
    QVERIFY(model.strings().size() > 1);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy contents(&model, &Model::contentsChanged);
    model.clear();
    QCOMPARE(reset.count(), 1);
    QCOMPARE(contents.count(), 1);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.strings().size(), 1); // only the empty string
    QCOMPARE(model.rowOfId(guid(0)), -1);
    QVERIFY(!model.hasSortRanks(Model::SerialColumn));
    // A clean start: nothing pending survives a clear.
    model.append({device(50)});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(display(model, 0, Model::AssignedProfileColumn), QString());
    QCOMPARE(display(model, 0, Model::ManufacturerColumn), u"Dell"_s);
}

void TestAutopilotDeviceModel::displayTexts()
{
    Model model;
    QAbstractItemModelTester tester(&model, fatal);
    const D d = fullDevice();
    model.append({device(1), d});
    model.setAssignedProfiles({{d.id, u"Autopilot - Sales"_s}});
    const int row = 1;
    QCOMPARE(display(model, row, Model::SerialColumn), u"5CG1234XYZ"_s);
    QCOMPARE(display(model, row, Model::ManufacturerColumn), u"HP"_s);
    QCOMPARE(display(model, row, Model::ModelColumn), u"EliteBook 840 G8"_s);
    QCOMPARE(display(model, row, Model::GroupTagColumn), u"Sales"_s);
    QCOMPARE(display(model, row, Model::ProfileStatusColumn), u"Assigned"_s);
    QCOMPARE(display(model, row, Model::AssignedProfileColumn), u"Autopilot - Sales"_s);
    QCOMPARE(display(model, row, Model::UserlessStatusColumn), u"Blocked"_s);
    QCOMPARE(display(model, row, Model::EnrollmentStateColumn), u"Enrolled"_s);
    QCOMPARE(display(model, row, Model::UserColumn), u"ada@contoso.com"_s);
    QCOMPARE(display(model, row, Model::DeviceNameColumn), u"DESKTOP-ADA01"_s);
    QCOMPARE(display(model, row, Model::LastContactedColumn), localTime(d.lastContactedDateTime));
    QVERIFY(!display(model, row, Model::LastContactedColumn).isEmpty());
    QCOMPARE(display(model, row, Model::PurchaseOrderColumn), u"PO-7781"_s);
    QCOMPARE(display(model, row, Model::DateAssignedColumn), localTime(d.deploymentProfileAssignedDateTime));
    QCOMPARE(display(model, row, Model::EntraDeviceIdColumn), u"a1b2c3d4-0000-4000-8000-000000000001"_s);
    QCOMPARE(display(model, row, Model::IntuneDeviceIdColumn), u"c3d4e5f6-0000-4000-8000-000000000002"_s);
    // Tool tips and screen readers get the same text.
    for (int column = 0; column < Model::ColumnCount; ++column) {
        const QModelIndex index = model.index(row, column);
        QCOMPARE(index.data(Qt::ToolTipRole).toString(), index.data().toString());
        QCOMPARE(index.data(Qt::AccessibleTextRole).toString(), index.data().toString());
    }

    // Unset: "Never" contacted, no date assigned, empty texts and ids.
    QCOMPARE(display(model, 0, Model::LastContactedColumn), u"Never"_s);
    QCOMPARE(Model::timeText(Model::invalidTime, true), u"Never"_s);
    QCOMPARE(display(model, 0, Model::DateAssignedColumn), QString());
    QCOMPARE(display(model, 0, Model::GroupTagColumn), QString());
    QCOMPARE(display(model, 0, Model::UserColumn), QString());
    QCOMPARE(display(model, 0, Model::EntraDeviceIdColumn), QString());
    QCOMPARE(display(model, 0, Model::IntuneDeviceIdColumn), QString());
    QCOMPARE(display(model, 0, Model::ProfileStatusColumn), u"Unknown"_s);
    QCOMPARE(display(model, 0, Model::UserlessStatusColumn), u"Unknown"_s);
    QCOMPARE(display(model, 0, Model::EnrollmentStateColumn), u"Unknown"_s);
}

void TestAutopilotDeviceModel::enumLabels_data()
{
    QTest::addColumn<QString>("property");
    QTest::addColumn<QString>("wire");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("label");
    QTest::addColumn<int>("raw");

    const QString profile = u"deploymentProfileAssignmentStatus"_s;
    const int pc = Model::ProfileStatusColumn;
    using P = D::ProfileAssignmentStatus;
    QTest::newRow("profile unknown") << profile << u"unknown"_s << pc << u"Unknown"_s << int(P::Unknown);
    QTest::newRow("profile in sync") << profile << u"assignedInSync"_s << pc << u"Assigned"_s << int(P::AssignedInSync);
    QTest::newRow("profile out of sync") << profile << u"assignedOutOfSync"_s << pc << u"Assigned, out of sync"_s
                                         << int(P::AssignedOutOfSync);
    QTest::newRow("profile sync unknown (Graph's spelling)")
            << profile << u"assignedUnkownSyncState"_s << pc << u"Assigned, sync state unknown"_s
            << int(P::AssignedUnknownSyncState);
    QTest::newRow("profile not assigned")
            << profile << u"notAssigned"_s << pc << u"Not assigned"_s << int(P::NotAssigned);
    QTest::newRow("profile pending") << profile << u"pending"_s << pc << u"Pending"_s << int(P::Pending);
    QTest::newRow("profile failed") << profile << u"failed"_s << pc << u"Failed"_s << int(P::Failed);
    QTest::newRow("profile future") << profile << u"reassigning"_s << pc << u"reassigning"_s << int(P::Other);

    const QString userless = u"userlessEnrollmentStatus"_s;
    const int uc = Model::UserlessStatusColumn;
    using U = D::UserlessEnrollmentStatus;
    QTest::newRow("userless allowed") << userless << u"allowed"_s << uc << u"Allowed"_s << int(U::Allowed);
    QTest::newRow("userless blocked") << userless << u"blocked"_s << uc << u"Blocked"_s << int(U::Blocked);
    QTest::newRow("userless unknown") << userless << u"unknown"_s << uc << u"Unknown"_s << int(U::Unknown);
    QTest::newRow("userless unknownFutureValue")
            << userless << u"unknownFutureValue"_s << uc << u"Unknown"_s << int(U::UnknownFutureValue);
    QTest::newRow("userless frozen") << userless << u"frozen"_s << uc << u"frozen"_s << int(U::Other);

    const QString enrollment = u"enrollmentState"_s;
    const int ec = Model::EnrollmentStateColumn;
    using E = D::EnrollmentState;
    QTest::newRow("enrollment unknown") << enrollment << u"unknown"_s << ec << u"Unknown"_s << int(E::Unknown);
    QTest::newRow("enrollment enrolled") << enrollment << u"enrolled"_s << ec << u"Enrolled"_s << int(E::Enrolled);
    QTest::newRow("enrollment pending reset")
            << enrollment << u"pendingReset"_s << ec << u"Pending reset"_s << int(E::PendingReset);
    QTest::newRow("enrollment failed") << enrollment << u"failed"_s << ec << u"Failed"_s << int(E::Failed);
    QTest::newRow("enrollment not contacted")
            << enrollment << u"notContacted"_s << ec << u"Not contacted"_s << int(E::NotContacted);
    QTest::newRow("enrollment blocked") << enrollment << u"blocked"_s << ec << u"Blocked"_s << int(E::Blocked);
    QTest::newRow("enrollment future") << enrollment << u"frozen"_s << ec << u"frozen"_s << int(E::Other);
}

void TestAutopilotDeviceModel::enumLabels()
{
    QFETCH(QString, property);
    QFETCH(QString, wire);
    QFETCH(int, column);
    QFETCH(QString, label);
    QFETCH(int, raw);
    Model model;
    QAbstractItemModelTester tester(&model, fatal);
    const D d = D::fromJson(QJsonObject{{u"id"_s, guid(1)}, {u"serialNumber"_s, u"SN-1"_s}, {property, wire}});
    model.append({device(0), d});
    QCOMPARE(display(model, 1, column), label);
    // Sorting goes by the enum's value, not by the (translated) label.
    const QVariant rawValue = model.index(1, column).data(Model::RawValueRole);
    QCOMPARE(rawValue.typeId(), QMetaType::Int);
    QCOMPARE(rawValue.toInt(), raw);
    // A neighbour without the value shows its own label.
    QCOMPARE(display(model, 0, column), u"Unknown"_s);
}

void TestAutopilotDeviceModel::everyEnumHasALabel()
{
    // Every value has its own human label; Other (a value the app does not know) says so.
    const auto check = [](auto last, auto text) {
        using E = decltype(last);
        // Distinct labels; an empty one would count as "" and fail the check below.
        QSet<QString> labels;
        for (int v = 0; v <= int(last); ++v)
            labels.insert(text(static_cast<E>(v)));
        return labels;
    };
    const auto profile = check(D::ProfileAssignmentStatus::Other, &Model::profileStatusText);
    const auto enrollment = check(D::EnrollmentState::Other, &Model::enrollmentStateText);
    const auto detailed = check(D::ProfileAssignmentDetailedStatus::Other, &Model::detailedStatusText);
    const auto remediation = check(D::RemediationState::Other, &Model::remediationStateText);
    const auto userless = check(D::UserlessEnrollmentStatus::Other, &Model::userlessStatusText);
    for (const auto *labels : {&profile, &enrollment, &detailed, &remediation, &userless})
        QVERIFY(!labels->contains(QString()));
    QCOMPARE(profile.size(), 8);
    QCOMPARE(enrollment.size(), 7);
    // UnknownFutureValue and Other read as "Other" for these two, as "Unknown" for userless.
    QCOMPARE(detailed.size(), 7);
    QCOMPARE(remediation.size(), 5);
    QCOMPARE(userless.size(), 3);
    QCOMPARE(Model::detailedStatusText(D::ProfileAssignmentDetailedStatus::None), u"None"_s);
    QCOMPARE(Model::detailedStatusText(D::ProfileAssignmentDetailedStatus::SurfaceHub2SProfileNotSupported),
             u"Surface Hub 2S profile not supported"_s);
    QCOMPARE(Model::remediationStateText(D::RemediationState::AutomaticRemediationRequired),
             u"Automatic remediation required"_s);
    QCOMPARE(Model::profileStatusText(D::ProfileAssignmentStatus::Other), u"Other"_s);
    QCOMPARE(Model::enrollmentStateText(D::EnrollmentState::Other), u"Other"_s);
}

void TestAutopilotDeviceModel::unknownEnumsShownRaw()
{
    Model model;
    QAbstractItemModelTester tester(&model, fatal);
    const D frozen = D::fromJson(QJsonObject{{u"id"_s, guid(1)},
                                             {u"userlessEnrollmentStatus"_s, u"frozen"_s},
                                             {u"deploymentProfileAssignmentStatus"_s, u"assignedInSync"_s}});
    const D thawed = D::fromJson(QJsonObject{{u"id"_s, guid(2)},
                                             {u"enrollmentState"_s, u"thawed"_s},
                                             {u"deploymentProfileAssignmentStatus"_s, u"reassigning"_s}});
    QCOMPARE(frozen.userlessEnrollmentStatus, D::UserlessEnrollmentStatus::Other);
    model.append({device(0), frozen, thawed});
    QCOMPARE(display(model, 1, Model::UserlessStatusColumn), u"frozen"_s);
    QCOMPARE(display(model, 1, Model::ProfileStatusColumn), u"Assigned"_s);
    QCOMPARE(display(model, 1, Model::EnrollmentStateColumn), u"Unknown"_s);
    // Each row keeps its own unknown strings.
    QCOMPARE(display(model, 2, Model::UserlessStatusColumn), u"Unknown"_s);
    QCOMPARE(display(model, 2, Model::EnrollmentStateColumn), u"thawed"_s);
    QCOMPARE(display(model, 2, Model::ProfileStatusColumn), u"reassigning"_s);
    QVERIFY(model.unknownEnums(0).isEmpty());
    QCOMPARE(model.unknownEnums(1).value("userlessEnrollmentStatus"_L1), u"frozen"_s);
    QCOMPARE(model.unknownEnums(2).size(), 2);
    QCOMPARE(model.device(2).unknownEnums, thawed.unknownEnums);
    // An update that brings a known value shows the label again.
    D fixed = frozen;
    fixed.unknownEnums = {};
    fixed.userlessEnrollmentStatus = D::UserlessEnrollmentStatus::Blocked;
    model.update({fixed});
    QCOMPARE(display(model, 1, Model::UserlessStatusColumn), u"Blocked"_s);
    QVERIFY(model.unknownEnums(1).isEmpty());
    QCOMPARE(display(model, 2, Model::EnrollmentStateColumn), u"thawed"_s);
    // An Other without a recorded string (built in code) reads "Other" rather than nothing.
    D bare = device(3);
    bare.enrollmentState = D::EnrollmentState::Other;
    model.append({bare});
    QCOMPARE(display(model, 3, Model::EnrollmentStateColumn), u"Other"_s);
}

void TestAutopilotDeviceModel::ids_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("packed");
    QTest::newRow("canonical GUID") << u"6d3a1c5e-8f4b-4b7a-9c2d-1e5f7a9b3c4d"_s << true;
    QTest::newRow("not a GUID") << u"dev-1"_s << false;
    QTest::newRow("upper-case GUID") << u"6D3A1C5E-8F4B-4B7A-9C2D-1E5F7A9B3C4D"_s << false;
    QTest::newRow("mixed-case GUID") << u"6d3a1c5e-8F4B-4b7a-9c2d-1e5f7a9b3c4d"_s << false;
    QTest::newRow("GUID in braces") << u"{6d3a1c5e-8f4b-4b7a-9c2d-1e5f7a9b3c4d}"_s << false;
    QTest::newRow("nil GUID") << u"00000000-0000-0000-0000-000000000000"_s << false;
    QTest::newRow("GUID with a suffix") << u"6d3a1c5e-8f4b-4b7a-9c2d-1e5f7a9b3c4d_x"_s << false;
}

void TestAutopilotDeviceModel::ids()
{
    QFETCH(QString, id);
    QFETCH(bool, packed);
    Model model;
    QAbstractItemModelTester tester(&model, fatal);
    D d = device(7);
    d.id = id;
    d.azureAdDeviceId = id;
    d.managedDeviceId = id;
    model.append({device(0), d, device(1)});
    QCOMPARE(model.rowCount(), 3);
    const int row = 1;
    QCOMPARE(model.rowOfId(id), row);
    QCOMPARE(model.deviceId(row), id);
    QCOMPARE(model.device(row).id, id);
    QCOMPARE(model.device(row).azureAdDeviceId, id);
    QCOMPARE(model.device(row).managedDeviceId, id);
    QCOMPARE(display(model, row, Model::EntraDeviceIdColumn), id);
    QCOMPARE(display(model, row, Model::IntuneDeviceIdColumn), id);
    for (int column = 0; column < Model::ColumnCount; ++column)
        QCOMPARE(model.index(row, column).data(Model::DeviceIdRole).toString(), id);
    // A canonical GUID takes 16 bytes and no string; anything else is kept as text.
    const Model::PackedId &packedId = model.row(row).id;
    QCOMPARE(packedId.text == 0, packed);
    QCOMPARE(!packedId.uuid.isNull(), packed);
    QCOMPARE(model.strings().find(id) != 0, !packed);
    QCOMPARE(model.rowOfId(device(1).id), 2);
}

void TestAutopilotDeviceModel::rawValueTypes()
{
    Model model;
    QAbstractItemModelTester tester(&model, fatal);
    const D d = fullDevice();
    model.append({d, device(1)});
    model.setAssignedProfiles({{d.id, u"Standard"_s}});
    for (int column = 0; column < Model::ColumnCount; ++column) {
        const QVariant raw = model.index(0, column).data(Model::RawValueRole);
        QVERIFY2(raw.isValid(), qPrintable(Model::columnTitle(column)));
        int expected = QMetaType::QString;
        if (column == Model::ProfileStatusColumn || column == Model::UserlessStatusColumn
            || column == Model::EnrollmentStateColumn)
            expected = QMetaType::Int;
        else if (column == Model::LastContactedColumn || column == Model::DateAssignedColumn)
            expected = QMetaType::QDateTime;
        QVERIFY2(raw.typeId() == expected, qPrintable(Model::columnTitle(column)));
        if (expected == QMetaType::QString)
            QCOMPARE(raw.toString(), display(model, 0, column));
    }
    QCOMPARE(model.index(0, Model::LastContactedColumn).data(Model::RawValueRole).toDateTime(),
             d.lastContactedDateTime);
    QCOMPARE(model.index(0, Model::DateAssignedColumn).data(Model::RawValueRole).toDateTime(),
             d.deploymentProfileAssignedDateTime);
    QCOMPARE(model.index(0, Model::UserlessStatusColumn).data(Model::RawValueRole).toInt(),
             int(D::UserlessEnrollmentStatus::Blocked));
    // Unset times are an invalid date, not "Never".
    const QVariant never = model.index(1, Model::LastContactedColumn).data(Model::RawValueRole);
    QCOMPARE(never.typeId(), QMetaType::QDateTime);
    QVERIFY(!never.toDateTime().isValid());
    // Roles the model does not serve.
    QVERIFY(!model.index(0, 0).data(Qt::DecorationRole).isValid());
    QVERIFY(!model.index(0, 0).data(Qt::EditRole).isValid());
}

void TestAutopilotDeviceModel::duplicateIds()
{
    Model model;
    QAbstractItemModelTester tester(&model, fatal);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    // Within one page: one row, holding the later copy.
    D later = device(1);
    later.serialNumber = u"SN-LATER"_s;
    model.append({device(1), device(2), later});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowOfId(guid(1)), 0);
    QCOMPARE(model.rowOfId(guid(2)), 1);
    QCOMPARE(display(model, 0, Model::SerialColumn), u"SN-LATER"_s);

    // Across pages: the row is updated in place, only the new device is inserted.
    D moved = device(2);
    moved.groupTag = u"Moved"_s;
    model.append({moved, device(3)});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(inserted.at(1).at(1).toInt(), 2);
    QCOMPARE(inserted.at(1).at(2).toInt(), 2);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 1);
    QCOMPARE(display(model, 1, Model::GroupTagColumn), u"Moved"_s);

    // A page of devices all known already: no insert at all.
    model.append({device(3), device(1)});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(display(model, 0, Model::SerialColumn), device(1).serialNumber);

    // Non-GUID ids too.
    D a = device(10);
    a.id = u"dev-1"_s;
    D b = a;
    b.displayName = u"PC-B"_s;
    model.append({a});
    model.append({b});
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(display(model, 3, Model::DeviceNameColumn), u"PC-B"_s);

    // A fresh model given a page with a repeated id: one row, the later copy.
    Model reloaded;
    reloaded.append({device(5), later, device(1)});
    QCOMPARE(reloaded.rowCount(), 2);
    QCOMPARE(reloaded.rowOfId(guid(1)), 1);
    QCOMPARE(display(reloaded, 1, Model::SerialColumn), device(1).serialNumber);
}

void TestAutopilotDeviceModel::deviceRoundTrip()
{
    Model model;
    QAbstractItemModelTester tester(&model, fatal);
    D full = fullDevice();
    full.unknownEnums.insert("remediationState"_L1, u"selfHealing"_s);
    full.remediationState = D::RemediationState::Other;
    D textIds = device(2);
    textIds.id = u"dev-2"_s;
    textIds.azureAdDeviceId = u"AZ-ID"_s;
    textIds.managedDeviceId = u"C3D4E5F6-0000-4000-8000-000000000002"_s;
    const D empty = device(3);
    model.append({full, textIds, empty});
    const QList<D> expected{full, textIds, empty};
    for (int row = 0; row < model.rowCount(); ++row) {
        const D &e = expected.at(row);
        const D a = model.device(row);
        QCOMPARE(a.id, e.id);
        QCOMPARE(a.serialNumber, e.serialNumber);
        QCOMPARE(a.manufacturer, e.manufacturer);
        QCOMPARE(a.model, e.model);
        QCOMPARE(a.groupTag, e.groupTag);
        QCOMPARE(a.purchaseOrderIdentifier, e.purchaseOrderIdentifier);
        QCOMPARE(a.productKey, e.productKey);
        QCOMPARE(a.skuNumber, e.skuNumber);
        QCOMPARE(a.systemFamily, e.systemFamily);
        QCOMPARE(a.userPrincipalName, e.userPrincipalName);
        QCOMPARE(a.addressableUserName, e.addressableUserName);
        QCOMPARE(a.displayName, e.displayName);
        QCOMPARE(a.resourceName, e.resourceName);
        QCOMPARE(a.azureAdDeviceId, e.azureAdDeviceId);
        QCOMPARE(a.managedDeviceId, e.managedDeviceId);
        QCOMPARE(a.lastContactedDateTime, e.lastContactedDateTime);
        QCOMPARE(a.lastContactedDateTime.isValid(), e.lastContactedDateTime.isValid());
        QCOMPARE(a.deploymentProfileAssignedDateTime, e.deploymentProfileAssignedDateTime);
        QCOMPARE(a.remediationStateLastModifiedDateTime, e.remediationStateLastModifiedDateTime);
        QCOMPARE(a.unknownEnums, e.unknownEnums);
        QCOMPARE(a.deploymentProfileAssignmentStatus, e.deploymentProfileAssignmentStatus);
        QCOMPARE(a.deploymentProfileAssignmentDetailedStatus, e.deploymentProfileAssignmentDetailedStatus);
        QCOMPARE(a.enrollmentState, e.enrollmentState);
        QCOMPARE(a.remediationState, e.remediationState);
        QCOMPARE(a.userlessEnrollmentStatus, e.userlessEnrollmentStatus);
        QCOMPARE(a.hasBetaProperties, e.hasBetaProperties);
    }
    // Times come back in UTC, to the millisecond.
    D precise = device(4);
    precise.lastContactedDateTime = QDateTime::fromMSecsSinceEpoch(1'717'171'717'123, QTimeZone::utc());
    model.append({precise});
    QCOMPARE(model.device(3).lastContactedDateTime.toMSecsSinceEpoch(), 1'717'171'717'123);
    QCOMPARE(model.device(3).lastContactedDateTime.offsetFromUtc(), 0);
}

void TestAutopilotDeviceModel::compare_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("expected"); // sign of compare(a, b)

    const QList<std::pair<int, const char *>> textColumns{{Model::SerialColumn, "serial"},
                                                          {Model::ManufacturerColumn, "manufacturer"},
                                                          {Model::ModelColumn, "model"},
                                                          {Model::GroupTagColumn, "group tag"},
                                                          {Model::AssignedProfileColumn, "assigned profile"},
                                                          {Model::UserColumn, "user"},
                                                          {Model::DeviceNameColumn, "device name"},
                                                          {Model::PurchaseOrderColumn, "purchase order"}};
    for (const auto &[column, name] : textColumns) {
        QTest::addRow("%s: ignores case", name) << column << u"alpha"_s << u"BETA"_s << -1;
        QTest::addRow("%s: upper first", name) << column << u"Zulu"_s << u"alpha"_s << 1;
        QTest::addRow("%s: equal but case", name) << column << u"Sales"_s << u"SALES"_s << 0;
        QTest::addRow("%s: equal", name) << column << u"Sales"_s << u"Sales"_s << 0;
        QTest::addRow("%s: empty last", name) << column << QString() << u"zzz"_s << 1;
        QTest::addRow("%s: text before empty", name) << column << u"zzz"_s << QString() << -1;
        QTest::addRow("%s: both empty", name) << column << QString() << QString() << 0;
    }
    const QList<std::pair<int, const char *>> idColumns{{Model::EntraDeviceIdColumn, "entra id"},
                                                        {Model::IntuneDeviceIdColumn, "intune id"}};
    for (const auto &[column, name] : idColumns) {
        QTest::addRow("%s: order", name) << column << guid(1) << guid(2) << -1;
        QTest::addRow("%s: packed and text, same GUID", name) << column << guid(9) << guid(9).toUpper() << 0;
        QTest::addRow("%s: text id", name) << column << u"zz-id"_s << guid(1) << 1;
        QTest::addRow("%s: empty last", name) << column << QString() << guid(1) << 1;
    }
    // Enums by value: the order Graph defines, not the labels' alphabetical order.
    QTest::newRow("profile status") << int(Model::ProfileStatusColumn)
                                    << QString::number(int(D::ProfileAssignmentStatus::AssignedInSync))
                                    << QString::number(int(D::ProfileAssignmentStatus::Failed)) << -1;
    QTest::newRow("profile status equal") << int(Model::ProfileStatusColumn) << u"4"_s << u"4"_s << 0;
    QTest::newRow("userless") << int(Model::UserlessStatusColumn)
                              << QString::number(int(D::UserlessEnrollmentStatus::Blocked))
                              << QString::number(int(D::UserlessEnrollmentStatus::Allowed)) << 1;
    QTest::newRow("enrollment") << int(Model::EnrollmentStateColumn)
                                << QString::number(int(D::EnrollmentState::Enrolled))
                                << QString::number(int(D::EnrollmentState::Blocked)) << -1;
    // Times: older first, never before any time.
    for (const auto &[column, name] : QList<std::pair<int, const char *>>{
                 {Model::LastContactedColumn, "last contacted"}, {Model::DateAssignedColumn, "date assigned"}}) {
        QTest::addRow("%s: older first", name)
                << column << u"2023-05-01T10:00:00Z"_s << u"2024-01-01T00:00:00Z"_s << -1;
        QTest::addRow("%s: same minute, later ms", name)
                << column << u"2024-01-01T00:00:00.500Z"_s << u"2024-01-01T00:00:00.100Z"_s << 1;
        QTest::addRow("%s: never first", name) << column << QString() << u"1990-01-01T00:00:00Z"_s << -1;
        QTest::addRow("%s: both never", name) << column << QString() << QString() << 0;
    }
}

void TestAutopilotDeviceModel::compare()
{
    QFETCH(int, column);
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, expected);
    Model model;
    D first = device(1);
    D second = device(2);
    setColumn(first, column, a);
    setColumn(second, column, b);
    model.append({first, second});
    if (column == Model::AssignedProfileColumn)
        model.setAssignedProfiles({{first.id, a}, {second.id, b}});
    QCOMPARE(sign(model.compare(0, 1, column)), expected);
    QCOMPARE(sign(model.compare(1, 0, column)), -expected);
    QCOMPARE(model.compare(0, 0, column), 0);
    QCOMPARE(model.compare(1, 1, column), 0);
    // The ranks agree.
    const auto &ranks = model.sortRanks(column);
    QCOMPARE(ranks.size(), std::size_t(2));
    QCOMPARE(sign(int(ranks[0]) - int(ranks[1])), expected);
}

void TestAutopilotDeviceModel::sortRanks()
{
    Model model;
    QAbstractItemModelTester tester(&model, fatal);
    model.append(variedDevices(0, 90));
    QHash<QString, QString> profiles;
    for (int n = 0; n < 90; n += 3)
        profiles.insert(model.deviceId(n), n % 2 ? u"Kiosk"_s : u"standard"_s);
    model.setAssignedProfiles(profiles);
    const int n = model.rowCount();
    for (int column = 0; column < Model::ColumnCount; ++column) {
        QVERIFY(!model.hasSortRanks(column));
        const std::vector<std::uint32_t> &ranks = model.sortRanks(column);
        QVERIFY(model.hasSortRanks(column));
        QCOMPARE(ranks.size(), std::size_t(n));
        QSet<std::uint32_t> distinct;
        for (int i = 0; i < n; ++i) {
            distinct.insert(ranks[std::size_t(i)]);
            for (int j = 0; j < n; ++j) {
                const int byRank = sign(int(ranks[std::size_t(i)]) - int(ranks[std::size_t(j)]));
                const int byCompare = sign(model.compare(i, j, column));
                if (byRank != byCompare)
                    QFAIL(qPrintable(u"%1: rows %2 and %3: ranks say %4, compare says %5"_s.arg(
                            Model::columnTitle(column), QString::number(i), QString::number(j), QString::number(byRank),
                            QString::number(byCompare))));
            }
        }
        // The lowest rank is 0, and the fleet is varied enough to give every column several.
        QCOMPARE(*std::min_element(ranks.begin(), ranks.end()), 0U);
        QVERIFY2(distinct.size() >= 3, qPrintable(Model::columnTitle(column)));
        // Asking again gives the same ranks without recomputing.
        QCOMPARE(&model.sortRanks(column), &ranks);
    }
    QVERIFY(!model.hasSortRanks(-1));
    QVERIFY(!model.hasSortRanks(Model::ColumnCount));
    // Empty model: no ranks, no crash.
    Model empty;
    QVERIFY(empty.sortRanks(Model::SerialColumn).empty());
}

void TestAutopilotDeviceModel::sortRanksInvalidated()
{
    Model model;
    model.append(devices(0, 5));
    const auto computeAll = [&model] {
        for (int column = 0; column < Model::ColumnCount; ++column)
            model.sortRanks(column);
    };
    const auto noneLeft = [&model] {
        for (int column = 0; column < Model::ColumnCount; ++column)
            if (model.hasSortRanks(column))
                return false;
        return true;
    };
    computeAll();
    QVERIFY(model.hasSortRanks(Model::SerialColumn));

    // Appending: the new row ranks first by serial.
    D first = device(9);
    first.serialNumber = u"AAA"_s;
    model.append({first});
    QVERIFY(noneLeft());
    QCOMPARE(model.sortRanks(Model::SerialColumn).at(5), 0U);
    QCOMPARE(model.sortRanks(Model::SerialColumn).size(), std::size_t(6));

    // Updating: row 0 moves behind everyone.
    computeAll();
    D last = device(0);
    last.serialNumber = u"ZZZ"_s;
    model.update({last});
    QVERIFY(noneLeft());
    QCOMPARE(model.sortRanks(Model::SerialColumn).at(0), 5U);

    // Assigned profiles change a column.
    computeAll();
    model.setAssignedProfiles({{guid(2), u"Kiosk"_s}});
    QVERIFY(noneLeft());
    QCOMPARE(model.sortRanks(Model::AssignedProfileColumn).at(2), 0U);
    QCOMPARE(model.sortRanks(Model::AssignedProfileColumn).at(0), 1U);

    // A profile set that changes nothing keeps them.
    computeAll();
    model.setAssignedProfiles({{guid(2), u"Kiosk"_s}});
    QVERIFY(model.hasSortRanks(Model::AssignedProfileColumn));

    // Resets drop them.
    Model staging;
    staging.append(devices(0, 4));
    model.adopt(staging);
    QVERIFY(noneLeft());
    QCOMPARE(model.sortRanks(Model::SerialColumn).size(), std::size_t(4));
    model.clear();
    QVERIFY(noneLeft());
}

void TestAutopilotDeviceModel::rowsShareStrings()
{
    static const QStringList makers{u"Dell Inc."_s, u"HP"_s, u"LENOVO"_s};
    static const QStringList models{u"Latitude 5440"_s, u"Latitude 7440"_s, u"EliteBook 840 G8"_s,
                                    u"ThinkPad T14"_s,  u"ThinkPad X1"_s,   u"Precision 3581"_s};
    static const QStringList tags{QString(), u"Sales"_s, u"Kiosk"_s, u"Lab"_s};
    // A deep copy, as parsing each device's JSON gives.
    const auto fresh = [](const QString &text) {
        return text.isEmpty() ? QString() : QString(text.constData(), text.size());
    };
    QList<D> fleet;
    fleet.reserve(10'000);
    for (int n = 0; n < 10'000; ++n) {
        D d = device(n);
        d.manufacturer = fresh(makers.at(n % 3));
        d.model = fresh(models.at(n % 6));
        d.groupTag = fresh(tags.at(n % 4));
        d.purchaseOrderIdentifier = u"PO-%1"_s.arg(n % 2);
        d.skuNumber = u"SKU-%1"_s.arg(n % 3);
        d.systemFamily = u"Family %1"_s.arg(n % 3);
        fleet.append(d);
    }
    Model model;
    model.reserve(fleet.size());
    for (qsizetype page = 0; page < 10; ++page)
        model.append(fleet.mid(page * 1000, 1000));
    QCOMPARE(model.rowCount(), 10'000);
    // "" + 3 manufacturers + 6 models + 3 group tags + 2 purchase orders + 3 SKUs + 3 families.
    QCOMPARE(model.strings().size(), 1 + 3 + 6 + 3 + 2 + 3 + 3);
    // Every Dell row names the same text, stored once.
    const StringTable::Index dell = model.row(0).manufacturer;
    QVERIFY(dell != 0);
    for (int row = 0; row < model.rowCount(); row += 3)
        QCOMPARE(model.row(row).manufacturer, dell);
    QCOMPARE(&model.text(model.row(3).manufacturer), &model.text(model.row(9999).manufacturer));
    QCOMPARE(model.index(9999, Model::ManufacturerColumn).data().toString(), u"Dell Inc."_s);
    QCOMPARE(model.row(1).groupTag, model.row(9997).groupTag);
    QCOMPARE(model.row(0).groupTag, StringTable::Index(0)); // "" costs nothing
    // Canonical GUID ids are not interned at all.
    QCOMPARE(model.strings().find(guid(5)), StringTable::Index(0));
    // Updating rows with texts already known adds none.
    model.update(fleet.mid(0, 100));
    QCOMPARE(model.strings().size(), 1 + 3 + 6 + 3 + 2 + 3 + 3);
}

void TestAutopilotDeviceModel::rowSize()
{
    // Memory sanity: a row holds three 16-byte ids, two strings, three times, eleven interned
    // texts and the enums. 100,000 devices must stay around 20 MB of rows (plus their serials
    // and names); a field added carelessly (a QString per enum, a QDateTime, a QJsonObject)
    // would blow this budget, so keep it here.
    QVERIFY2(sizeof(Model::Row) <= 200, qPrintable(u"sizeof(Row) is %1"_s.arg(sizeof(Model::Row))));
    QVERIFY(sizeof(Model::PackedId) <= 20);
}

QTEST_GUILESS_MAIN(TestAutopilotDeviceModel)

void TestAutopilotDeviceModel::sortRanksPreparedOnAWorker()
{
    Model model;
    Model reference;
    model.append(devices(0, 300));
    reference.append(devices(0, 300));
    for (int column = 0; column < Model::ColumnCount; ++column) {
        model.prepareSortRanks(column);
        QTRY_VERIFY(model.hasSortRanks(column));
        QCOMPARE(model.sortRanks(column), reference.sortRanks(column));
    }
    // Rows that change while a worker computes make its ranks stale: they are dropped and the
    // worker computes again, on the new rows; only those are ever installed.
    Model changing;
    changing.append(devices(0, 3000));
    QSignalSpy ready(&changing, &Model::sortRanksReady);
    changing.prepareSortRanks(Model::SerialColumn);
    D extra = device(5000);
    extra.serialNumber = u"AAA"_s;
    changing.append({extra});
    QTRY_COMPARE(ready.size(), 1);
    QVERIFY(changing.hasSortRanks(Model::SerialColumn));
    QCOMPARE(changing.sortRanks(Model::SerialColumn).size(), std::size_t(3001));
    QCOMPARE(changing.sortRanks(Model::SerialColumn).back(), 0U);
}

#include "tst_AutopilotDeviceModel.moc"
