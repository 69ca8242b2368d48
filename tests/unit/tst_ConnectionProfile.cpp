// ConnectionProfile: validation sentences, least-privilege scopes per mode, and ConnectionStore's
// round trip through the settings file — which must never hold a secret.

#include "auth/ConnectionProfile.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace ed;
using namespace Qt::StringLiterals;

class TestConnectionProfile final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tenantsAndClientIds_data();
    void tenantsAndClientIds();
    void validationNamesTheField();
    void scopesFollowTheMode();
    void storeRoundTripKeepsOrderAndLastUsed();
    void storeNeverWritesTheDemoOrSecrets();
    void methodKeysRoundTrip();
};

void TestConnectionProfile::tenantsAndClientIds_data()
{
    QTest::addColumn<QString>("tenant");
    QTest::addColumn<bool>("valid");
    QTest::newRow("domain") << u"contoso.onmicrosoft.com"_s << true;
    QTest::newRow("custom domain") << u"corp.contoso.de"_s << true;
    QTest::newRow("guid") << u"5c2f9e33-7a1d-4b6e-9f0a-2d8c4e1b7a55"_s << true;
    QTest::newRow("organizations") << u"organizations"_s << true;
    QTest::newRow("no dot") << u"contoso"_s << false;
    QTest::newRow("space") << u"contoso .com"_s << false;
    QTest::newRow("url") << u"https://contoso.com"_s << false;
    QTest::newRow("path") << u"contoso.com/../x"_s << false;
    QTest::newRow("quote") << u"contoso'.com"_s << false;
    QTest::newRow("short guid") << u"5c2f9e33-7a1d-4b6e-9f0a"_s << false;
}

void TestConnectionProfile::tenantsAndClientIds()
{
    QFETCH(QString, tenant);
    QFETCH(bool, valid);
    QCOMPARE(ConnectionProfile::isValidTenant(tenant), valid);
    QVERIFY(ConnectionProfile::isValidClientId(QString(ConnectionProfile::defaultClientId)));
    QVERIFY(!ConnectionProfile::isValidClientId(u"14d82eec-204b-4c2f-b7e8-296a70dab67"_s));
    QVERIFY(!ConnectionProfile::isValidClientId(u"{14d82eec-204b-4c2f-b7e8-296a70dab67e}"_s));
}

void TestConnectionProfile::validationNamesTheField()
{
    ConnectionProfile p;
    QVERIFY(p.validate().contains(u"name"_s));
    p.name = u"Contoso"_s;
    QVERIFY(p.validate().contains(u"tenant"_s));
    p.tenant = u"contoso"_s;
    QVERIFY(p.validate().contains(u"“contoso”"_s));
    p.tenant = u"contoso.onmicrosoft.com"_s;
    QCOMPARE(p.validate(), QString());
    p.clientId = u"my app"_s;
    QVERIFY(p.validate().contains(u"client ID"_s));
    p.clientId = QString(ConnectionProfile::defaultClientId);
    p.method = SignInMethod::AppCertificate;
    QVERIFY(p.validate().contains(u"certificate"_s));
    p.certificatePath = u"/tmp/app.pfx"_s;
    QCOMPARE(p.validate(), QString());
    p.tenant = u"organizations"_s;
    QVERIFY(p.validate().contains(u"App-only"_s));
    p.method = SignInMethod::AccessToken;
    p.tenant = u"contoso.onmicrosoft.com"_s;
    p.clientId.clear(); // a pasted token needs no client id
    QCOMPARE(p.validate(), QString());
}

void TestConnectionProfile::scopesFollowTheMode()
{
    ConnectionProfile p;
    p.method = SignInMethod::DeviceCode;
    QCOMPARE(p.scopes(),
             (QStringList{u"openid"_s, u"profile"_s, u"offline_access"_s, u"DeviceManagementServiceConfig.Read.All"_s,
                          u"Group.Read.All"_s}));
    p.access = AccessMode::ReadWrite;
    QVERIFY(p.scopes().contains(u"DeviceManagementServiceConfig.ReadWrite.All"_s));
    QVERIFY(!p.scopes().contains(u"DeviceManagementServiceConfig.Read.All"_s));
    p.method = SignInMethod::AppSecret;
    p.cloud = Cloud::UsGov;
    QCOMPARE(p.scopes(), QStringList{u"https://graph.microsoft.us/.default"_s});
    QCOMPARE(p.effectiveLoginUrl(), CloudInfo::loginBaseUrl(Cloud::UsGov));
    p.graphUrl = QUrl(u"http://127.0.0.1:8080"_s);
    QCOMPARE(p.effectiveGraphUrl(), p.graphUrl);
}

void TestConnectionProfile::storeRoundTripKeepsOrderAndLastUsed()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    ConnectionStore store(settings);
    QVERIFY(store.all().isEmpty());

    ConnectionProfile a;
    a.id = ConnectionProfile::newId();
    a.name = u"Contoso production"_s;
    a.tenant = u"contoso.onmicrosoft.com"_s;
    a.cloud = Cloud::UsGovDod;
    a.method = SignInMethod::DeviceCode;
    a.access = AccessMode::ReadWrite;
    a.account = u"adele@contoso.com"_s;
    ConnectionProfile b;
    b.id = ConnectionProfile::newId();
    b.name = u"Fabrikam"_s;
    b.tenant = u"5c2f9e33-7a1d-4b6e-9f0a-2d8c4e1b7a55"_s;
    b.method = SignInMethod::AppCertificate;
    b.clientId = u"d3b07384-d9a0-4c9b-8f7e-2b8c1a5e6f70"_s;
    b.certificatePath = u"/home/adele/app.pfx"_s;
    store.save(a);
    store.save(b);
    store.setLastUsedId(b.id);

    ConnectionStore reread(settings);
    QCOMPARE(reread.all(), (QList<ConnectionProfile>{a, b}));
    QCOMPARE(reread.lastUsedId(), b.id);

    a.name = u"Contoso (prod)"_s;
    store.save(a); // replaces, keeps the order
    QCOMPARE(store.all().first().name, a.name);
    QCOMPARE(store.all().size(), 2);
    QCOMPARE(store.lastUsedId(), b.id);

    store.remove(b.id);
    QCOMPARE(store.all(), QList<ConnectionProfile>{a});
    QCOMPARE(store.lastUsedId(), QString()); // it was the last used one
    QVERIFY(!store.find(b.id).has_value());
    QCOMPARE(store.find(a.id)->tenant, a.tenant);
}

void TestConnectionProfile::storeNeverWritesTheDemoOrSecrets()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"settings.ini"_s);
    {
        QSettings settings(path, QSettings::IniFormat);
        ConnectionStore store(settings);
        ConnectionProfile demo;
        demo.id = ConnectionProfile::newId();
        demo.name = u"Demo"_s;
        demo.demo = true;
        store.save(demo);
        QVERIFY(store.all().isEmpty());
        ConnectionProfile p;
        p.id = ConnectionProfile::newId();
        p.name = u"Contoso"_s;
        p.tenant = u"contoso.onmicrosoft.com"_s;
        store.save(p);
        settings.sync();
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll().toLower();
    QVERIFY(text.contains("contoso.onmicrosoft.com"));
    for (const char *word : {"secret", "password", "token", "eyj"})
        QVERIFY2(!text.contains(word), word);
}

void TestConnectionProfile::methodKeysRoundTrip()
{
    for (SignInMethod method : {SignInMethod::Browser, SignInMethod::DeviceCode, SignInMethod::AppSecret,
                                SignInMethod::AppCertificate, SignInMethod::AccessToken}) {
        QCOMPARE(ConnectionProfile::methodFromKey(ConnectionProfile::methodKey(method)), method);
        QVERIFY(!ConnectionProfile::methodName(method).isEmpty());
    }
    QVERIFY(!ConnectionProfile::methodFromKey(u"kerberos"_s).has_value());
}

QTEST_GUILESS_MAIN(TestConnectionProfile)
#include "tst_ConnectionProfile.moc"
