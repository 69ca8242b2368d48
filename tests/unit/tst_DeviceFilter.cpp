// The device table's local search and quick filters: TextPattern (plain substring or anchored
// `*`/`?` glob, ignoring case), DeviceFilter (words AND, each in any searched field; facets AND
// between, OR within; texts that appear with later pages; a table swapped by a refresh) and
// DeviceFilterProxyModel (row counts, sorting by every column against the model's compare(),
// pages appended while sorted, and a 100,000-row timing sanity check).

#include "models/AutopilotDeviceModel.h"
#include "models/DeviceFilter.h"
#include "models/DeviceFilterProxyModel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QTest>
#include <QTimeZone>

using namespace ed;
using namespace Qt::StringLiterals;

using Model = AutopilotDeviceModel;
using D = AutopilotDevice;
using Userless = D::UserlessEnrollmentStatus;
using Profile = D::ProfileAssignmentStatus;
using Enrollment = D::EnrollmentState;

Q_DECLARE_METATYPE(ed::DeviceFilter)

namespace {

constexpr auto fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

QString guid(int n)
{
    return u"%1-0000-4000-8000-0000000000cd"_s.arg(n, 8, 16, QLatin1Char('0'));
}

D device(int n, const QString &serial = QString())
{
    D d;
    d.id = guid(n);
    d.serialNumber = serial.isEmpty() ? u"SN-%1"_s.arg(n, 6, 10, QLatin1Char('0')) : serial;
    return d;
}

// Rows a filter accepts, in model order.
QList<int> accepted(const DeviceFilter &filter, const Model &model)
{
    QList<int> rows;
    for (int row = 0; row < model.rowCount(); ++row)
        if (filter.accepts(model, row))
            rows.append(row);
    return rows;
}

QList<int> search(const QString &text, const Model &model)
{
    DeviceFilter filter;
    filter.setSearchText(text);
    return accepted(filter, model);
}

// Six devices for the facets (row: manufacturer, group tag, userless, profile, enrollment):
// 0 Dell Sales Blocked InSync Enrolled, 1 HP Sales Allowed NotAssigned NotContacted,
// 2 Dell "" Blocked NotAssigned Enrolled, 3 Lenovo Lab unknown Failed Failed,
// 4 HP Lab unknownFutureValue InSync Blocked, 5 Dell Sales "frozen" Pending Enrolled.
QList<D> facetDevices()
{
    struct Spec
    {
        const char16_t *maker;
        const char16_t *tag;
        Userless userless;
        Profile profile;
        Enrollment enrollment;
    };
    const Spec specs[] = {
            {u"Dell", u"Sales", Userless::Blocked, Profile::AssignedInSync, Enrollment::Enrolled},
            {u"HP", u"Sales", Userless::Allowed, Profile::NotAssigned, Enrollment::NotContacted},
            {u"Dell", u"", Userless::Blocked, Profile::NotAssigned, Enrollment::Enrolled},
            {u"Lenovo", u"Lab", Userless::Unknown, Profile::Failed, Enrollment::Failed},
            {u"HP", u"Lab", Userless::UnknownFutureValue, Profile::AssignedInSync, Enrollment::Blocked},
            {u"Dell", u"Sales", Userless::Other, Profile::Pending, Enrollment::Enrolled},
    };
    QList<D> list;
    int n = 0;
    for (const Spec &spec : specs) {
        D d = device(n++);
        d.manufacturer = QString::fromUtf16(spec.maker);
        d.groupTag = QString::fromUtf16(spec.tag);
        d.userlessEnrollmentStatus = spec.userless;
        d.deploymentProfileAssignmentStatus = spec.profile;
        d.enrollmentState = spec.enrollment;
        if (spec.userless == Userless::Other)
            d.unknownEnums.insert("userlessEnrollmentStatus"_L1, u"frozen"_s);
        list.append(d);
    }
    return list;
}

// A varied fleet for sorting: repeats, empties, every enum value, unset times, text ids.
QList<D> variedDevices(int from, int count)
{
    static const QStringList makers{u"Dell"_s, u"HP"_s, u"lenovo"_s, QString(), u"Microsoft Corporation"_s};
    static const QStringList models{u"Latitude 5440"_s, u"EliteBook 840"_s, u"latitude 5440"_s, QString()};
    static const QStringList tags{u"Sales"_s, QString(), u"Lab"_s, u"sales"_s};
    static const QStringList users{QString(), u"ada@contoso.com"_s, u"bob@contoso.com"_s, u"ADA@contoso.com"_s};
    QList<D> list;
    for (int n = from; n < from + count; ++n) {
        const auto k = static_cast<unsigned>(n) * 2654435761U;
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
            d.lastContactedDateTime = QDateTime(QDate(2024, 1 + static_cast<int>((k >> 4) % 12), 1),
                                                QTime(static_cast<int>(k % 24), 0), QTimeZone::utc());
        if (n % 3 != 1)
            d.deploymentProfileAssignedDateTime =
                    QDateTime(QDate(2023, 1 + static_cast<int>((k >> 6) % 3), 1), QTime(0, 0), QTimeZone::utc());
        d.deploymentProfileAssignmentStatus = static_cast<Profile>((k >> 10) % 8);
        d.userlessEnrollmentStatus = static_cast<Userless>((k >> 12) % 5);
        d.enrollmentState = static_cast<Enrollment>((k >> 14) % 7);
        d.azureAdDeviceId = n % 6 == 0 ? QString() : guid(static_cast<int>((k >> 15) % 40) + 1000);
        d.managedDeviceId = n % 2 == 0 ? QString() : guid(static_cast<int>((k >> 17) % 40) + 2000).toUpper();
        list.append(d);
    }
    return list;
}

// Proxy rows in order of column: every neighbour pair in the right order by the model's compare().
bool sortedBy(const DeviceFilterProxyModel &proxy, const Model &model, int column, Qt::SortOrder order, QString *why)
{
    const QList<int> rows = proxy.sourceRows();
    for (qsizetype i = 1; i < rows.size(); ++i) {
        const int c = model.compare(rows.at(i - 1), rows.at(i), column);
        if (order == Qt::AscendingOrder ? c > 0 : c < 0) {
            *why = u"%1 %2: source rows %3 then %4 (proxy %5)"_s.arg(
                    Model::columnTitle(column), order == Qt::AscendingOrder ? u"ascending"_s : u"descending"_s,
                    QString::number(rows.at(i - 1)), QString::number(rows.at(i)), QString::number(i));
            return false;
        }
    }
    return true;
}

} // namespace

class TestDeviceFilter final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void textPattern_data();
    void textPattern();
    void searchWords();
    void searchFields_data();
    void searchFields();
    void facets_data();
    void facets();
    void emptiness();
    void textsFromLaterPages();
    void tableSwappedByRefresh();
    void proxyFilters();
    void proxySortsEveryColumn();
    void proxySortsInTheBackground();
    void proxyKeepsOrderWhileLoading();
    void proxySourceRows();
    void hundredThousandRows();
};

void TestDeviceFilter::textPattern_data()
{
    QTest::addColumn<QString>("term");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("matches");

    // Plain text: a substring anywhere, ignoring case.
    QTest::newRow("substring") << u"cg12"_s << u"5CG1234XYZ"_s << true;
    QTest::newRow("substring upper") << u"CG12"_s << u"5cg1234xyz"_s << true;
    QTest::newRow("substring at end") << u"xyz"_s << u"5CG1234XYZ"_s << true;
    QTest::newRow("whole text") << u"5cg1234xyz"_s << u"5CG1234XYZ"_s << true;
    QTest::newRow("not contained") << u"cg13"_s << u"5CG1234XYZ"_s << false;
    QTest::newRow("longer than text") << u"5CG1234XYZ0"_s << u"5CG1234XYZ"_s << false;
    QTest::newRow("dot is literal") << u"a.c"_s << u"abc"_s << false;
    QTest::newRow("brackets are literal") << u"[ab]"_s << u"a"_s << false;
    QTest::newRow("empty text") << u"abc"_s << QString() << false;

    // `*` and `?`: the whole field must match.
    QTest::newRow("prefix") << u"5CG*"_s << u"5cg1234xyz"_s << true;
    QTest::newRow("prefix anchored") << u"5CG*"_s << u"X5CG1234"_s << false;
    QTest::newRow("suffix") << u"*xyz"_s << u"5CG1234XYZ"_s << true;
    QTest::newRow("suffix anchored") << u"*123"_s << u"5CG1234"_s << false;
    QTest::newRow("inner") << u"*latitude 54?0*"_s << u"Dell Latitude 5440 Laptop"_s << true;
    QTest::newRow("inner wrong digit count") << u"*latitude 54?0*"_s << u"Latitude 540"_s << false;
    QTest::newRow("question one char") << u"5CG?234"_s << u"5CG1234"_s << true;
    QTest::newRow("question not zero chars") << u"5CG?1234"_s << u"5CG1234"_s << false;
    QTest::newRow("question not two chars") << u"5CG?234"_s << u"5CG12234"_s << false;
    QTest::newRow("question anchored") << u"5CG?234"_s << u"5CG12345"_s << false;
    QTest::newRow("two stars") << u"a*b*c"_s << u"aXXbYYc"_s << true;
    QTest::newRow("two stars, no end") << u"a*b*c"_s << u"aXXbYY"_s << false;
    QTest::newRow("backtrack") << u"*ab"_s << u"aab"_s << true;
    QTest::newRow("backtrack twice") << u"a*ab"_s << u"aaab"_s << true;
    QTest::newRow("backtrack question") << u"*a?c*"_s << u"xxabxabcxx"_s << true;
    QTest::newRow("star matches empty run") << u"5CG*1234"_s << u"5CG1234"_s << true;
    QTest::newRow("glob ignores case") << u"*ELITEbook*"_s << u"HP EliteBook 840 G8"_s << true;

    // Only wildcards.
    QTest::newRow("star alone") << u"*"_s << u"anything"_s << true;
    QTest::newRow("star alone, empty text") << u"*"_s << QString() << true;
    QTest::newRow("two stars alone") << u"**"_s << u"x"_s << true;
    QTest::newRow("question alone, one char") << u"?"_s << u"x"_s << true;
    QTest::newRow("question alone, two chars") << u"?"_s << u"xy"_s << false;
    QTest::newRow("question alone, empty") << u"?"_s << QString() << false;
    QTest::newRow("three questions") << u"???"_s << u"abc"_s << true;
    QTest::newRow("three questions, two chars") << u"???"_s << u"ab"_s << false;
    QTest::newRow("question star, empty") << u"?*"_s << QString() << false;
    QTest::newRow("question star") << u"?*"_s << u"a"_s << true;
    QTest::newRow("star question star question") << u"*?*?"_s << u"a"_s << false;
    QTest::newRow("star question star question, two") << u"*?*?"_s << u"ab"_s << true;

    // Beyond ASCII: case folding, not byte comparison.
    QTest::newRow("umlaut substring") << u"\u00e4rzte"_s << u"\u00c4RZTE-PC"_s << true;
    QTest::newRow("umlaut upper term") << u"M\u00dcLLER"_s << u"m\u00fcller@contoso.com"_s << true;
    QTest::newRow("umlaut glob") << u"\u00c4*"_s << u"\u00e4rzte"_s << true;
    QTest::newRow("question is one umlaut") << u"m?ller*"_s << u"M\u00dcLLER@contoso.com"_s << true;
    QTest::newRow("sharp s and capital sharp s") << u"stra\u00dfe"_s << u"STRA\u1e9eE 1"_s << true;
    QTest::newRow("capital sharp s glob") << u"*\u1e9e*"_s << u"Stra\u00dfe"_s << true;
    QTest::newRow("sharp s glob") << u"*\u00df*"_s << u"STRA\u1e9eE"_s << true;
    QTest::newRow("umlaut is not a") << u"arzte"_s << u"\u00e4rzte"_s << false;
}

void TestDeviceFilter::textPattern()
{
    QFETCH(QString, term);
    QFETCH(QString, text);
    QFETCH(bool, matches);
    const TextPattern pattern(term);
    QCOMPARE(pattern.matches(text), matches);
    QCOMPARE(pattern.isWildcard(), term.contains(u'*') || term.contains(u'?'));
}

void TestDeviceFilter::searchWords()
{
    Model model;
    QList<D> list;
    D a = device(0, u"5CG1234XYZ"_s);
    a.manufacturer = u"HP"_s;
    a.model = u"EliteBook 840 G8"_s;
    a.userPrincipalName = u"ada@contoso.com"_s;
    D b = device(1, u"PF3ABC12"_s);
    b.manufacturer = u"LENOVO"_s;
    b.model = u"ThinkPad T14"_s;
    b.groupTag = u"Sales"_s;
    D c = device(2, u"5CG9999AAA"_s);
    c.manufacturer = u"HP"_s;
    c.model = u"ProBook 450"_s;
    c.groupTag = u"Sales"_s;
    c.displayName = u"SALES-PC-7"_s;
    model.append({a, b, c});

    QCOMPARE(search(QString(), model), QList<int>({0, 1, 2}));
    QCOMPARE(search(u"   "_s, model), QList<int>({0, 1, 2}));
    QCOMPARE(search(u"*"_s, model), QList<int>({0, 1, 2}));
    QCOMPARE(search(u"hp"_s, model), QList<int>({0, 2}));
    // Several words: all must match, each in any field.
    QCOMPARE(search(u"hp sales"_s, model), QList<int>({2}));
    QCOMPARE(search(u"sales hp"_s, model), QList<int>({2}));
    QCOMPARE(search(u"  hp   5cg*  "_s, model), QList<int>({0, 2}));
    QCOMPARE(search(u"5CG* elitebook"_s, model), QList<int>({0}));
    QCOMPARE(search(u"5CG* * thinkpad"_s, model), QList<int>());
    QCOMPARE(search(u"sales nothing"_s, model), QList<int>());
    // A glob anchors to a whole field: "sales*" is a group tag, "*pc*" a device name.
    QCOMPARE(search(u"sales*"_s, model), QList<int>({1, 2}));
    QCOMPARE(search(u"sales-*"_s, model), QList<int>({2}));
    QCOMPARE(search(u"elitebook*"_s, model), QList<int>({0}));
    QCOMPARE(search(u"*book*"_s, model), QList<int>({0, 2}));
    QCOMPARE(search(u"5CG???????"_s, model), QList<int>({0, 2}));
    QCOMPARE(search(u"5CG??????"_s, model), QList<int>());
    QCOMPARE(search(u"contoso"_s, model), QList<int>({0}));
    QCOMPARE(search(u"**"_s, model), QList<int>({0, 1, 2}));

    // Changing the words starts afresh (no verdicts kept from the old ones).
    DeviceFilter filter;
    filter.setSearchText(u"hp"_s);
    QCOMPARE(accepted(filter, model), QList<int>({0, 2}));
    filter.setSearchText(u"lenovo"_s);
    QCOMPARE(filter.searchText(), u"lenovo"_s);
    QCOMPARE(accepted(filter, model), QList<int>({1}));
}

void TestDeviceFilter::searchFields_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<bool>("searched");
    for (const char *field : {"serialNumber", "model", "manufacturer", "groupTag", "userPrincipalName",
                              "addressableUserName", "displayName"})
        QTest::newRow(field) << QString::fromLatin1(field) << true;
    for (const char *field : {"purchaseOrderIdentifier", "productKey", "skuNumber", "systemFamily", "resourceName",
                              "id", "azureAdDeviceId", "managedDeviceId", "assignedProfile"})
        QTest::newRow(field) << QString::fromLatin1(field) << false;
}

void TestDeviceFilter::searchFields()
{
    QFETCH(QString, field);
    QFETCH(bool, searched);
    const QList<int> expected = searched ? QList<int>({1}) : QList<int>();
    // Every field holds "filler"; only field holds the needle.
    D d = device(1, u"filler-serial"_s);
    for (QString *text : {&d.manufacturer, &d.model, &d.groupTag, &d.purchaseOrderIdentifier, &d.productKey,
                          &d.skuNumber, &d.systemFamily, &d.userPrincipalName, &d.addressableUserName, &d.displayName,
                          &d.resourceName, &d.azureAdDeviceId, &d.managedDeviceId})
        *text = u"filler"_s;
    const QString needle = u"x-NeedLe-7"_s;
    QHash<QString, QString *> fields{{u"serialNumber"_s, &d.serialNumber},
                                     {u"model"_s, &d.model},
                                     {u"manufacturer"_s, &d.manufacturer},
                                     {u"groupTag"_s, &d.groupTag},
                                     {u"userPrincipalName"_s, &d.userPrincipalName},
                                     {u"addressableUserName"_s, &d.addressableUserName},
                                     {u"displayName"_s, &d.displayName},
                                     {u"purchaseOrderIdentifier"_s, &d.purchaseOrderIdentifier},
                                     {u"productKey"_s, &d.productKey},
                                     {u"skuNumber"_s, &d.skuNumber},
                                     {u"systemFamily"_s, &d.systemFamily},
                                     {u"resourceName"_s, &d.resourceName},
                                     {u"id"_s, &d.id},
                                     {u"azureAdDeviceId"_s, &d.azureAdDeviceId},
                                     {u"managedDeviceId"_s, &d.managedDeviceId}};
    Model model;
    if (QString *text = fields.value(field))
        *text = needle;
    model.append({device(0, u"other"_s), d});
    if (field == u"assignedProfile")
        model.setAssignedProfiles({{d.id, needle}});
    QCOMPARE(search(u"needle"_s, model), expected);
    QCOMPARE(search(u"*NEEDLE*"_s, model), expected);
    QCOMPARE(search(u"x-needle-?"_s, model), expected);
    // The filler is found everywhere it is searched (the serial, at least).
    QCOMPARE(search(u"filler"_s, model), QList<int>({1}));
}

void TestDeviceFilter::facets_data()
{
    QTest::addColumn<DeviceFilter>("filter");
    QTest::addColumn<QList<int>>("rows");

    const auto make = [](auto set) {
        DeviceFilter f;
        set(f);
        return f;
    };
    QTest::newRow("none") << DeviceFilter() << QList<int>({0, 1, 2, 3, 4, 5});
    QTest::newRow("blocked (the one-click filter)")
            << make([](DeviceFilter &f) { f.userless = {Userless::Blocked}; }) << QList<int>({0, 2});
    QTest::newRow("blocked or allowed") << make([](DeviceFilter &f) {
        f.userless = {Userless::Blocked, Userless::Allowed};
    }) << QList<int>({0, 1, 2});
    QTest::newRow("userless unknown includes future and unrecognised values")
            << make([](DeviceFilter &f) { f.userless = {Userless::Unknown}; }) << QList<int>({3, 4, 5});
    QTest::newRow("profile not assigned")
            << make([](DeviceFilter &f) { f.profileStatus = {Profile::NotAssigned}; }) << QList<int>({1, 2});
    QTest::newRow("profile in sync or pending") << make([](DeviceFilter &f) {
        f.profileStatus = {Profile::AssignedInSync, Profile::Pending};
    }) << QList<int>({0, 4, 5});
    QTest::newRow("enrollment enrolled or blocked") << make([](DeviceFilter &f) {
        f.enrollmentState = {Enrollment::Enrolled, Enrollment::Blocked};
    }) << QList<int>({0, 2, 4, 5});
    QTest::newRow("blocked and not assigned (AND between facets)") << make([](DeviceFilter &f) {
        f.userless = {Userless::Blocked};
        f.profileStatus = {Profile::NotAssigned};
    }) << QList<int>({2});
    QTest::newRow("manufacturer Dell or HP") << make([](DeviceFilter &f) {
        f.manufacturers = {u"Dell"_s, u"HP"_s};
    }) << QList<int>({0, 1, 2, 4, 5});
    QTest::newRow("manufacturer exact text")
            << make([](DeviceFilter &f) { f.manufacturers = {u"dell"_s}; }) << QList<int>();
    QTest::newRow("manufacturer not in the model")
            << make([](DeviceFilter &f) { f.manufacturers = {u"Framework"_s}; }) << QList<int>();
    QTest::newRow("manufacturer not in the model, or HP") << make([](DeviceFilter &f) {
        f.manufacturers = {u"Framework"_s, u"HP"_s};
    }) << QList<int>({1, 4});
    QTest::newRow("manufacturer not set")
            << make([](DeviceFilter &f) { f.manufacturers = {QString()}; }) << QList<int>();
    QTest::newRow("group tag not set") << make([](DeviceFilter &f) { f.groupTags = {QString()}; }) << QList<int>({2});
    QTest::newRow("group tag not set or Lab") << make([](DeviceFilter &f) {
        f.groupTags = {QString(), u"Lab"_s};
    }) << QList<int>({2, 3, 4});
    QTest::newRow("group tag not in the model")
            << make([](DeviceFilter &f) { f.groupTags = {u"Marketing"_s}; }) << QList<int>();
    QTest::newRow("Dell and Sales") << make([](DeviceFilter &f) {
        f.manufacturers = {u"Dell"_s};
        f.groupTags = {u"Sales"_s};
    }) << QList<int>({0, 5});
    QTest::newRow("every facet") << make([](DeviceFilter &f) {
        f.userless = {Userless::Blocked, Userless::Unknown};
        f.profileStatus = {Profile::NotAssigned, Profile::Pending, Profile::Failed};
        f.enrollmentState = {Enrollment::Enrolled};
        f.manufacturers = {u"Dell"_s, u"Lenovo"_s};
        f.groupTags = {u"Sales"_s, QString()};
    }) << QList<int>({2, 5});
    QTest::newRow("facet and search") << make([](DeviceFilter &f) {
        f.userless = {Userless::Blocked};
        f.setSearchText(u"sales"_s);
    }) << QList<int>({0});
    QTest::newRow("facet and search, nothing") << make([](DeviceFilter &f) {
        f.userless = {Userless::Allowed};
        f.setSearchText(u"dell"_s);
    }) << QList<int>();
}

void TestDeviceFilter::facets()
{
    QFETCH(DeviceFilter, filter);
    QFETCH(QList<int>, rows);
    Model model;
    model.append(facetDevices());
    QCOMPARE(accepted(filter, model), rows);
    // The same through the proxy.
    DeviceFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, fatal);
    proxy.setDeviceModel(&model);
    proxy.setFilter(filter);
    QCOMPARE(proxy.sourceRows(), rows);
}

void TestDeviceFilter::emptiness()
{
    DeviceFilter filter;
    QVERIFY(filter.isEmpty());
    QVERIFY(!filter.hasFacets());
    filter.setSearchText(u"  * "_s);
    QVERIFY(filter.isEmpty());
    filter.setSearchText(u"5cg"_s);
    QVERIFY(!filter.isEmpty());
    QVERIFY(!filter.hasFacets());
    filter.setSearchText(QString());
    filter.groupTags = {QString()};
    QVERIFY(!filter.isEmpty());
    QVERIFY(filter.hasFacets());
    filter.groupTags.clear();
    filter.enrollmentState = {Enrollment::Blocked};
    QVERIFY(filter.hasFacets());
}

void TestDeviceFilter::textsFromLaterPages()
{
    Model model;
    model.append(facetDevices());
    D framework = device(10);
    framework.manufacturer = u"Framework"_s;
    framework.groupTag = u"Makers"_s;
    framework.model = u"Laptop 13"_s;

    // A filter on its own: a text that only a later page brings still matches.
    DeviceFilter facet;
    facet.manufacturers = {u"Framework"_s};
    DeviceFilter search;
    search.setSearchText(u"makers"_s);
    QCOMPARE(accepted(facet, model), QList<int>());
    QCOMPARE(accepted(search, model), QList<int>());

    // Through the proxy, while the model is loading.
    DeviceFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, fatal);
    proxy.setDeviceModel(&model);
    DeviceFilter both = facet;
    both.groupTags = {u"Makers"_s};
    proxy.setFilter(both);
    QCOMPARE(proxy.rowCount(), 0);

    model.append({framework});
    QCOMPARE(accepted(facet, model), QList<int>({6}));
    QCOMPARE(accepted(search, model), QList<int>({6}));
    QCOMPARE(proxy.sourceRows(), QList<int>({6}));

    // More pages: the verdicts already made still hold, new texts are judged.
    D another = device(11);
    another.manufacturer = u"Framework"_s;
    another.groupTag = u"makers-2"_s;
    model.append({another, device(12)});
    QCOMPARE(accepted(facet, model), QList<int>({6, 7}));
    QCOMPARE(accepted(search, model), QList<int>({6, 7}));
    QCOMPARE(proxy.sourceRows(), QList<int>({6}));
    proxy.setSearchText(u"laptop"_s);
    QCOMPARE(proxy.sourceRows(), QList<int>({6}));

    // A profile name interned by setAssignedProfiles grows the table too.
    model.setAssignedProfiles({{guid(12), u"Brand new profile"_s}});
    D renamed = device(12);
    renamed.groupTag = u"Makers"_s;
    renamed.manufacturer = u"Framework"_s;
    model.update({renamed});
    QCOMPARE(proxy.rowCount(), 1); // no "laptop" in it
    proxy.setSearchText(QString());
    QCOMPARE(proxy.sourceRows(), QList<int>({6, 8}));
}

void TestDeviceFilter::tableSwappedByRefresh()
{
    // A refresh loads into a staging model and the table adopts it: the texts are then numbered
    // differently (here HP first). The proxy's search and facets must judge the new texts.
    Model model;
    D dell = device(0);
    dell.manufacturer = u"Dell"_s;
    dell.groupTag = u"Sales"_s;
    D hp = device(1);
    hp.manufacturer = u"HP"_s;
    hp.groupTag = u"Lab"_s;
    model.append({dell, hp});

    DeviceFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, fatal);
    proxy.setDeviceModel(&model);
    proxy.setSearchText(u"dell"_s);
    QCOMPARE(proxy.sourceRows(), QList<int>({0}));

    Model staging;
    staging.setAssignedProfiles({{guid(99), u"Standard"_s}}); // interned first, shifts the numbers
    D hp2 = device(2);
    hp2.manufacturer = u"HP"_s;
    hp2.groupTag = u"Sales"_s;
    D dell2 = device(3);
    dell2.manufacturer = u"Dell"_s;
    dell2.groupTag = u"Lab"_s;
    staging.append({hp2, dell2, hp});
    model.adopt(staging);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(proxy.sourceRows(), QList<int>({1}));

    DeviceFilter facet;
    facet.groupTags = {u"Sales"_s};
    proxy.setFilter(facet);
    QCOMPARE(proxy.sourceRows(), QList<int>({0}));

    // The same size of table after the swap.
    Model again;
    D lab = device(4);
    lab.manufacturer = u"Lab"_s;
    lab.groupTag = u"Sales"_s; // the texts trade places
    D sales = device(5);
    sales.manufacturer = u"Sales"_s;
    sales.groupTag = u"Lab"_s;
    D dell3 = device(6);
    dell3.manufacturer = u"HP"_s;
    dell3.groupTag = u"Dell"_s;
    again.setAssignedProfiles({{guid(98), u"Standard"_s}});
    again.append({sales, lab, dell3});
    QCOMPARE(again.strings().size(), model.strings().size());
    model.adopt(again);
    QCOMPARE(proxy.sourceRows(), QList<int>({1}));
    DeviceFilter search;
    search.setSearchText(u"dell"_s);
    proxy.setFilter(search);
    QCOMPARE(proxy.sourceRows(), QList<int>({2}));

    // Cleared, then reloaded.
    model.clear();
    QCOMPARE(proxy.rowCount(), 0);
    D lenovo = device(7);
    lenovo.manufacturer = u"Lenovo"_s;
    model.append({lenovo, dell});
    QCOMPARE(proxy.sourceRows(), QList<int>({1}));
}

void TestDeviceFilter::proxyFilters()
{
    Model model;
    model.append(facetDevices());
    DeviceFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, fatal);
    QCOMPARE(proxy.rowCount(), 0); // no model yet
    proxy.setDeviceModel(&model);
    QCOMPARE(proxy.deviceModel(), &model);
    QCOMPARE(proxy.rowCount(), 6);
    QCOMPARE(proxy.columnCount(), int(Model::ColumnCount));

    proxy.setSearchText(u"dell"_s);
    QCOMPARE(proxy.rowCount(), 3);
    QCOMPARE(proxy.filter().searchText(), u"dell"_s);
    proxy.setSearchText(u"dell sales"_s);
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setSearchText(u"SN-00000?"_s);
    QCOMPARE(proxy.rowCount(), 6);
    proxy.setSearchText(u"nothing"_s);
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setSearchText(QString());
    QCOMPARE(proxy.rowCount(), 6);

    DeviceFilter blocked;
    blocked.userless = {Userless::Blocked};
    proxy.setFilter(blocked);
    QCOMPARE(proxy.rowCount(), 2);
    QCOMPARE(proxy.index(0, Model::UserlessStatusColumn).data().toString(), u"Blocked"_s);
    // The search keeps the facets.
    proxy.setSearchText(u"sales"_s);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.filter().userless, QSet<Userless>({Userless::Blocked}));
    proxy.setFilter(DeviceFilter());
    QCOMPARE(proxy.rowCount(), 6);

    // Changes to rows re-judge them: an unblock moves a device out of the Blocked filter.
    proxy.setFilter(blocked);
    D unblocked = facetDevices().at(0);
    unblocked.userlessEnrollmentStatus = Userless::Allowed;
    model.update({unblocked});
    QCOMPARE(proxy.sourceRows(), QList<int>({2}));
    // Data reaches the proxy unchanged.
    QCOMPARE(proxy.index(0, Model::SerialColumn).data().toString(), u"SN-000002"_s);
    QCOMPARE(proxy.index(0, 0).data(Model::DeviceIdRole).toString(), model.deviceId(2));
}

void TestDeviceFilter::proxySortsEveryColumn()
{
    Model model;
    model.append(variedDevices(0, 150));
    QHash<QString, QString> profiles;
    for (int row = 0; row < 150; row += 4)
        profiles.insert(model.deviceId(row), row % 3 ? u"Kiosk"_s : u"standard"_s);
    model.setAssignedProfiles(profiles);
    DeviceFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, fatal);
    proxy.setDeviceModel(&model);
    for (int column = 0; column < Model::ColumnCount; ++column) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            proxy.sort(column, order);
            QCOMPARE(proxy.sortColumn(), column);
            QCOMPARE(proxy.rowCount(), 150);
            QString why;
            QVERIFY2(sortedBy(proxy, model, column, order, &why), qPrintable(why));
            // Not trivially sorted: the first and last rows differ by this column.
            const QList<int> rows = proxy.sourceRows();
            QVERIFY2(model.compare(rows.first(), rows.last(), column) != 0, qPrintable(Model::columnTitle(column)));
        }
    }
    // Empty texts last when ascending, first when descending.
    proxy.sort(Model::GroupTagColumn, Qt::AscendingOrder);
    QVERIFY(!proxy.index(0, Model::GroupTagColumn).data().toString().isEmpty());
    QVERIFY(proxy.index(149, Model::GroupTagColumn).data().toString().isEmpty());
    proxy.sort(Model::GroupTagColumn, Qt::DescendingOrder);
    QVERIFY(proxy.index(0, Model::GroupTagColumn).data().toString().isEmpty());

    // Sorted and filtered together.
    proxy.sort(Model::SerialColumn, Qt::DescendingOrder);
    proxy.setSearchText(u"dell"_s);
    QVERIFY(proxy.rowCount() > 5);
    QVERIFY(proxy.rowCount() < 150);
    QString why;
    QVERIFY2(sortedBy(proxy, model, Model::SerialColumn, Qt::DescendingOrder, &why), qPrintable(why));
    for (const int row : proxy.sourceRows())
        QCOMPARE(model.index(row, Model::ManufacturerColumn).data().toString(), u"Dell"_s);
}

void TestDeviceFilter::proxyKeepsOrderWhileLoading()
{
    Model model;
    DeviceFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, fatal);
    proxy.setDeviceModel(&model);
    proxy.sort(Model::SerialColumn, Qt::AscendingOrder);
    QString why;
    for (int page = 0; page < 5; ++page) {
        model.append(variedDevices(page * 40, 40));
        QVERIFY(!model.hasSortRanks(Model::SerialColumn)); // appending dropped them: compare() sorts
        QCOMPARE(proxy.rowCount(), (page + 1) * 40);
        QVERIFY2(sortedBy(proxy, model, Model::SerialColumn, Qt::AscendingOrder, &why), qPrintable(why));
    }
    // Another column, descending, with a filter, while more pages arrive.
    proxy.sort(Model::LastContactedColumn, Qt::DescendingOrder);
    QVERIFY(model.hasSortRanks(Model::LastContactedColumn));
    DeviceFilter filter;
    filter.userless = {Userless::Blocked, Userless::Unknown};
    proxy.setFilter(filter);
    const int before = proxy.rowCount();
    QVERIFY(before > 0);
    model.append(variedDevices(200, 60));
    QVERIFY(proxy.rowCount() > before);
    QVERIFY2(sortedBy(proxy, model, Model::LastContactedColumn, Qt::DescendingOrder, &why), qPrintable(why));
    for (const int row : proxy.sourceRows())
        QVERIFY(model.row(row).userlessStatus != Userless::Allowed);

    // An update moves a row to its new place.
    proxy.sort(Model::SerialColumn, Qt::AscendingOrder);
    const int last = proxy.sourceRows().last();
    D first = model.device(last);
    first.serialNumber = u"0000-FIRST"_s;
    model.update({first});
    QCOMPARE(proxy.sourceRows().first(), last);
    QVERIFY2(sortedBy(proxy, model, Model::SerialColumn, Qt::AscendingOrder, &why), qPrintable(why));
}

void TestDeviceFilter::proxySourceRows()
{
    Model model;
    model.append(facetDevices());
    DeviceFilterProxyModel proxy;
    proxy.setDeviceModel(&model);
    // Unsorted: model order.
    QCOMPARE(proxy.sourceRows(), QList<int>({0, 1, 2, 3, 4, 5}));
    DeviceFilter hp;
    hp.manufacturers = {u"HP"_s};
    proxy.setFilter(hp);
    QCOMPARE(proxy.sourceRows(), QList<int>({1, 4}));
    // Sorted by manufacturer descending, ties in model order: Lenovo, HP, HP, Dell, Dell, Dell.
    proxy.setFilter(DeviceFilter());
    proxy.sort(Model::ManufacturerColumn, Qt::DescendingOrder);
    const QList<int> rows = proxy.sourceRows();
    QCOMPARE(rows.size(), 6);
    QCOMPARE(rows.first(), 3);
    QCOMPARE(QSet<int>(rows.begin() + 1, rows.begin() + 3), QSet<int>({1, 4}));
    QCOMPARE(QSet<int>(rows.begin() + 3, rows.end()), QSet<int>({0, 2, 5}));
    for (int i = 0; i < rows.size(); ++i)
        QCOMPARE(proxy.mapToSource(proxy.index(i, 0)).row(), rows.at(i));
    // Sorted by profile status ascending (enum order): InSync(0, 4), NotAssigned(1, 2), Pending(5), Failed(3).
    proxy.sort(Model::ProfileStatusColumn, Qt::AscendingOrder);
    const QList<int> byStatus = proxy.sourceRows();
    QCOMPARE(QSet<int>(byStatus.begin(), byStatus.begin() + 2), QSet<int>({0, 4}));
    QCOMPARE(QSet<int>(byStatus.begin() + 2, byStatus.begin() + 4), QSet<int>({1, 2}));
    QCOMPARE(byStatus.mid(4), QList<int>({5, 3}));
    // No model: no rows.
    DeviceFilterProxyModel bare;
    QVERIFY(bare.sourceRows().isEmpty());
}

void TestDeviceFilter::hundredThousandRows()
{
    // A sanity check, not a benchmark (that is separate): generous limits that never flake.
    QList<D> fleet;
    fleet.reserve(100'000);
    static const QStringList makers{u"Dell Inc."_s, u"HP"_s, u"LENOVO"_s, u"Microsoft Corporation"_s};
    static const QStringList tags{QString(), u"Sales"_s, u"Kiosk"_s, u"Lab"_s, u"Warehouse"_s};
    for (int n = 0; n < 100'000; ++n) {
        D d;
        d.id = guid(n);
        d.serialNumber = (n % 3 ? u"5CG%1"_s : u"PF%1"_s).arg(n, 7, 10, QLatin1Char('0'));
        d.manufacturer = makers.at(n % 4);
        d.model = u"Model %1"_s.arg(n % 40);
        d.groupTag = tags.at(n % 5);
        d.userPrincipalName = n % 2 ? u"user%1@contoso.com"_s.arg(n % 5000) : QString();
        d.displayName = u"PC-%1"_s.arg(n);
        d.userlessEnrollmentStatus = n % 10 == 0 ? Userless::Blocked : Userless::Allowed;
        fleet.append(d);
    }
    Model model;
    for (qsizetype page = 0; page < 100; ++page)
        model.append(fleet.mid(page * 1000, 1000));
    QCOMPARE(model.rowCount(), 100'000);
    DeviceFilterProxyModel proxy;
    proxy.setDeviceModel(&model);
    QCOMPARE(proxy.rowCount(), 100'000);

    QElapsedTimer timer;
    timer.start();
    proxy.setSearchText(u"5cg00012*"_s);
    const int globRows = proxy.rowCount();
    const qint64 globMs = timer.restart();
    proxy.setSearchText(u"contoso"_s);
    const int textRows = proxy.rowCount();
    const qint64 textMs = timer.restart();
    DeviceFilter blocked;
    blocked.userless = {Userless::Blocked};
    blocked.manufacturers = {u"HP"_s, u"LENOVO"_s};
    proxy.setFilter(blocked);
    const int facetRows = proxy.rowCount();
    const qint64 facetMs = timer.restart();
    proxy.setFilter(DeviceFilter());
    proxy.sort(Model::SerialColumn, Qt::DescendingOrder);
    const qint64 sortMs = timer.restart();
    proxy.setSearchText(u"pc-9999"_s); // re-filter while sorted
    const int sortedRows = proxy.rowCount();
    const qint64 sortedFilterMs = timer.restart();
    qInfo("100,000 rows: glob %lld ms, text %lld ms, facets %lld ms, sort %lld ms, sorted filter %lld ms", globMs,
          textMs, facetMs, sortMs, sortedFilterMs);

    // 5CG0001200..5CG0001299 minus the PF ones (n % 3 == 0).
    QCOMPARE(globRows, 66);
    QCOMPARE(textRows, 50'000);
    QCOMPARE(facetRows, 5'000);
    QCOMPARE(sortedRows, 11); // PC-9999 and PC-99990..PC-99999
    QVERIFY2(globMs < 500, qPrintable(QString::number(globMs)));
    QVERIFY2(textMs < 500, qPrintable(QString::number(textMs)));
    QVERIFY2(facetMs < 500, qPrintable(QString::number(facetMs)));
    QVERIFY2(sortMs < 3000, qPrintable(QString::number(sortMs)));
    QVERIFY2(sortedFilterMs < 500, qPrintable(QString::number(sortedFilterMs)));
    QString why;
    QVERIFY2(sortedBy(proxy, model, Model::SerialColumn, Qt::DescendingOrder, &why), qPrintable(why));
}

QTEST_GUILESS_MAIN(TestDeviceFilter)

void TestDeviceFilter::proxySortsInTheBackground()
{
    Model model;
    model.append(variedDevices(0, 150));
    DeviceFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, fatal);
    proxy.setDeviceModel(&model);
    proxy.setBackgroundSorting(true);
    for (int column = 0; column < Model::ColumnCount; ++column) {
        proxy.sort(column, Qt::DescendingOrder);
        // The ranks are computed on a worker; the sort lands when they are ready.
        QVERIFY(proxy.isSortPending());
        QTRY_VERIFY(!proxy.isSortPending());
        QCOMPARE(proxy.sortColumn(), column);
        QString why;
        QVERIFY2(sortedBy(proxy, model, column, Qt::DescendingOrder, &why), qPrintable(why));
        // Ranks known now: the next sort by it is immediate.
        proxy.sort(column, Qt::AscendingOrder);
        QVERIFY(!proxy.isSortPending());
        QVERIFY2(sortedBy(proxy, model, column, Qt::AscendingOrder, &why), qPrintable(why));
    }
}

#include "tst_DeviceFilter.moc"
