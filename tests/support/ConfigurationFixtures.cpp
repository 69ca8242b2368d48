#include "ConfigurationFixtures.h"

#include <QStringList>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace ed::test {

HttpResult getReliably(EmulatorFixture &fixture, const QString &pathAndQuery)
{
    HttpResult r;
    for (int attempt = 0; attempt < 30; ++attempt) {
        r = fixture.get(pathAndQuery);
        if (r.status != 429 && r.status < 500)
            return r;
        const int seconds = r.header("retry-after").toInt();
        QTest::qWait(seconds > 0 ? seconds * 1000 + 100 : 50);
    }
    return r;
}

QJsonObject configurationJson(EmulatorFixture &fixture, const QString &id)
{
    return getReliably(fixture, configurationsPath + u'/' + id + u"?$expand=assignments"_s).json();
}

EnrollmentConfiguration configurationWithId(EmulatorFixture &fixture, const QString &id)
{
    return EnrollmentConfiguration::fromJson(configurationJson(fixture, id));
}

EnrollmentConfiguration configurationNamed(EmulatorFixture &fixture, const QString &displayName)
{
    for (const QJsonValue &v : getReliably(fixture, configurationsPath).value())
        if (v.toObject().value(u"displayName"_s).toString() == displayName)
            return configurationWithId(fixture, v.toObject().value(u"id"_s).toString());
    return {};
}

QList<EnrollmentConfiguration> listConfigurations(EmulatorFixture &fixture)
{
    return EnrollmentConfiguration::listFromJson(
            getReliably(fixture, configurationsPath + u"?$expand=assignments"_s).value());
}

QString groupId(EmulatorFixture &fixture, const QString &displayName)
{
    const HttpResult r = getReliably(
            fixture,
            u"/v1.0/groups?$filter="_s
                    + QString::fromLatin1(QUrl::toPercentEncoding(u"displayName eq '%1'"_s.arg(displayName))));
    return r.value().size() == 1 ? r.value().first().toObject().value(u"id"_s).toString() : QString();
}

QString expectedAssignmentsText(EmulatorFixture &fixture, const QJsonArray &assignments)
{
    QStringList included;
    QStringList excluded;
    for (const QJsonValue &value : assignments) {
        const QJsonObject target = value.toObject().value(u"target"_s).toObject();
        const QString type = target.value(u"@odata.type"_s).toString();
        if (type.endsWith(u"allDevicesAssignmentTarget"_s)) {
            included.append(u"All devices"_s);
            continue;
        }
        if (type.endsWith(u"configurationManagerCollectionAssignmentTarget"_s)) {
            included.append(u"Configuration Manager collection "_s + target.value(u"collectionId"_s).toString());
            continue;
        }
        const QString id = target.value(u"groupId"_s).toString();
        const HttpResult group = fixture.get(u"/v1.0/groups/"_s + id);
        const QString name =
                group.status == 200 ? group.json().value(u"displayName"_s).toString() : u"Deleted group (%1)"_s.arg(id);
        if (type.endsWith(u"exclusionGroupAssignmentTarget"_s))
            excluded.append(u"Excluded: "_s + name);
        else
            included.append(name);
    }
    if (included.isEmpty() && excluded.isEmpty())
        return u"Not assigned"_s;
    return (included + excluded).join(u"; "_s);
}

QJsonObject groupTarget(const QString &groupId, bool exclusion)
{
    return QJsonObject{{u"@odata.type"_s,
                        exclusion ? u"#microsoft.graph.exclusionGroupAssignmentTarget"_s
                                  : u"#microsoft.graph.groupAssignmentTarget"_s},
                       {u"groupId"_s, groupId}};
}

QJsonObject assignmentJson(const QJsonObject &target)
{
    return QJsonObject{{u"@odata.type"_s, u"#microsoft.graph.enrollmentConfigurationAssignment"_s},
                       {u"target"_s, target}};
}

QJsonObject assignBody(const QJsonArray &targets)
{
    QJsonArray items;
    for (const QJsonValue &t : targets)
        items.append(assignmentJson(t.toObject()));
    return QJsonObject{{u"enrollmentConfigurationAssignments"_s, items}};
}

QJsonObject fakeLimitJson(int limit, int version)
{
    return QJsonObject{{u"@odata.type"_s, limitType},
                       {u"id"_s, u"c1_Limit"_s},
                       {u"displayName"_s, u"Fake limit"_s},
                       {u"priority"_s, 1},
                       {u"version"_s, version},
                       {u"lastModifiedDateTime"_s, u"2025-02-03T04:05:06Z"_s},
                       {u"createdDateTime"_s, u"2024-01-01T00:00:00Z"_s},
                       {u"limit"_s, limit}};
}

} // namespace ed::test
