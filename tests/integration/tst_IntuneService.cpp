// Every IntuneService operation against the emulator (issue 4 point 10): the path and version it
// uses exist, the call succeeds with a full-permission token, and lists map to domain structs.

#include "GraphTestEnvironment.h"
#include "emulator/RequestLog.h"
#include "models/AutopilotDevice.h"
#include "models/DeploymentProfile.h"
#include "models/EnrollmentConfiguration.h"
#include "models/Group.h"

#include <QTest>

using namespace ed;
using namespace ed::test;
using namespace Qt::StringLiterals;

class TestIntuneService final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void operations_data();
    void operations();
    void lists();

private:
    // Waits for a reply; returns its status (0 on failure) and the response.
    std::pair<int, GraphResponse> wait(GraphReply *reply)
    {
        int status = 0;
        bool done = false;
        GraphResponse response;
        reply->then(
                this,
                [&](const GraphResponse &r) {
                    status = r.status;
                    response = r;
                    done = true;
                },
                [&](const GraphError &e) {
                    qWarning().noquote() << e.details();
                    done = true;
                });
        QElapsedTimer timer;
        timer.start();
        while (!done && timer.elapsed() < 20'000)
            QTest::qWait(5);
        return {status, response};
    }
    template<typename T>
    QList<T> collect(GraphPager *pager)
    {
        QList<T> all;
        bool done = false;
        connect(pager, &GraphPager::pageReady, this,
                [&](const QJsonArray &, const QVariant &mapped) { all += mapped.value<QList<T>>(); });
        connect(pager, &GraphPager::finished, this, [&] { done = true; });
        connect(pager, &GraphPager::failed, this, [&](const GraphError &e) {
            qWarning().noquote() << e.details();
            done = true;
        });
        pager->start();
        QElapsedTimer timer;
        timer.start();
        while (!done && timer.elapsed() < 20'000)
            QTest::qWait(5);
        return all;
    }

    std::unique_ptr<GraphTestEnvironment> m_env;
    QString m_deviceId; // assigned to a profile
    QString m_profileId;
    QString m_groupId;
    QString m_customLimitId;
    int m_customPriority = 0;
};

void TestIntuneService::initTestCase()
{
    m_env = std::make_unique<GraphTestEnvironment>();
    QVERIFY(m_env->fixture().started());

    for (const AutopilotDevice &d : collect<AutopilotDevice>(m_env->intune().listAutopilotDevices())) {
        if (d.deploymentProfileAssignmentStatus == AutopilotDevice::ProfileAssignmentStatus::AssignedInSync) {
            m_deviceId = d.id;
            break;
        }
    }
    const auto profiles = collect<DeploymentProfile>(m_env->intune().listDeploymentProfiles());
    QVERIFY(!profiles.isEmpty());
    m_profileId = profiles.constFirst().id;
    const auto groups = collect<Group>(m_env->intune().searchGroups(u"Autopilot"_s));
    QVERIFY(!groups.isEmpty());
    m_groupId = groups.constFirst().id;
    for (const EnrollmentConfiguration &c :
         collect<EnrollmentConfiguration>(m_env->intune().listEnrollmentConfigurations()))
        if (c.kind == EnrollmentConfiguration::Kind::DeviceLimit && !c.isDefault) {
            m_customLimitId = c.id;
            m_customPriority = c.priority;
        }
    QVERIFY(!m_deviceId.isEmpty() && !m_customLimitId.isEmpty());
}

void TestIntuneService::cleanupTestCase()
{
    m_env.reset();
}

void TestIntuneService::operations_data()
{
    QTest::addColumn<int>("operation");
    for (int i = 0; i < 13; ++i)
        QTest::newRow(QByteArray::number(i).constData()) << i;
}

void TestIntuneService::operations()
{
    QFETCH(int, operation);
    using IS = IntuneService;
    GraphReply *reply = nullptr;
    int expected = 200;
    const QString tenant = m_env->fixture().host().options().tenantId;
    switch (operation) {
    case 0:
        reply = m_env->intune().getAutopilotDevice(m_deviceId);
        break;
    case 1:
        reply = m_env->intune().allowNextEnrollment(m_deviceId, IS::UnblockPath::Device);
        expected = 204;
        break;
    case 2:
        reply = m_env->intune().allowNextEnrollment(m_deviceId, IS::UnblockPath::DeploymentProfileAssignedDevice);
        expected = 204;
        break;
    case 3:
        reply = m_env->intune().getDeploymentProfile(m_profileId);
        break;
    case 4:
        reply = m_env->intune().listProfileAssignments(m_profileId);
        break;
    case 5:
        reply = m_env->intune().assignProfile(m_profileId, {m_deviceId}, IS::AssignPath::Profile);
        expected = 204;
        break;
    case 6:
        reply = m_env->intune().assignProfile(m_deviceId, {m_deviceId},
                                              IS::AssignPath::DeviceIntendedDeploymentProfile);
        expected = 204;
        break;
    case 7:
        reply = m_env->intune().getEnrollmentConfiguration(tenant + u"_DefaultLimit"_s);
        break;
    case 8:
        reply = m_env->intune().listConfigurationAssignments(m_customLimitId);
        break;
    case 9: {
        const QJsonArray assignments{
                QJsonObject{{u"@odata.type"_s, u"#microsoft.graph.enrollmentConfigurationAssignment"_s},
                            {u"target"_s,
                             QJsonObject{{u"@odata.type"_s, u"#microsoft.graph.groupAssignmentTarget"_s},
                                         {u"groupId"_s, m_groupId}}}}};
        reply = m_env->intune().assignEnrollmentConfiguration(m_customLimitId, assignments);
        expected = 204;
        break;
    }
    case 10:
        // A real move: Graph refuses setting the priority a configuration already has.
        reply = m_env->intune().setConfigurationPriority(m_customLimitId, m_customPriority == 1 ? 2 : 1);
        expected = 204;
        break;
    case 11:
        reply = m_env->intune().getDirectoryObjectsByIds({m_groupId});
        break;
    case 12:
        reply = m_env->intune().syncAutopilot();
        expected = 204;
        break;
    }
    const auto [status, response] = wait(reply);
    QCOMPARE(status, expected);
    if (operation == 11)
        QCOMPARE(response.json.value(u"value"_s).toArray().size(), 1);
}

void TestIntuneService::lists()
{
    const auto assigned = collect<AutopilotDevice>(m_env->intune().listProfileAssignedDevices(m_profileId));
    QVERIFY(!assigned.isEmpty());
    const auto filtered =
            collect<AutopilotDevice>(m_env->intune().listAutopilotDevices(assigned.constFirst().serialNumber.left(5)));
    QVERIFY(std::any_of(filtered.cbegin(), filtered.cend(),
                        [&](const AutopilotDevice &d) { return d.id == assigned.constFirst().id; }));
    QVERIFY(!collect<EnrollmentConfiguration>(m_env->intune().listEnrollmentConfigurations(false)).isEmpty());
    const auto settings = wait(m_env->intune().getAutopilotSettings());
    QCOMPARE(settings.first, 200);
}

QTEST_GUILESS_MAIN(TestIntuneService)
#include "tst_IntuneService.moc"
