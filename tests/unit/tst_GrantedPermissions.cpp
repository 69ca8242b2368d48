// GrantedPermissions (issue 7 point 6): what the token's scp/roles allow, the tooltip that names
// the missing permission, and ConnectionStatus carrying them from a real (test) JWT.
#include "auth/ConnectionProfile.h"
#include "auth/ConnectionStatus.h"
#include "auth/GrantedPermissions.h"
#include "auth/StaticTokenSource.h"
#include "auth/TokenClaims.h"

#include "TestJwt.h"

#include <QJsonArray>
#include <QTest>

using namespace ed;
using namespace Qt::StringLiterals;

namespace {

const QStringList writeAnyOf{u"DeviceManagementServiceConfig.ReadWrite.All"_s,
                             u"DeviceManagementConfiguration.ReadWrite.All"_s};
const QDateTime now = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);

} // namespace

class TestGrantedPermissions final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void unknownAllowsEverything();
    void delegatedScopes();
    void appRoles();
    void caseInsensitive();
    void tooltipNamesThePermission();
    void connectionStatusCarriesThem();
};

void TestGrantedPermissions::unknownAllowsEverything()
{
    const GrantedPermissions unknown;
    QVERIFY(!unknown.known);
    QVERIFY(unknown.allowsAny(writeAnyOf));
    QVERIFY(unknown.denialText(writeAnyOf).isEmpty());
    // A token without scp or roles (an opaque or foreign token) says nothing either.
    QVERIFY(!GrantedPermissions::fromClaims(TokenClaims{}).known);
}

void TestGrantedPermissions::delegatedScopes()
{
    TokenClaims claims;
    claims.scopes = {u"DeviceManagementServiceConfig.Read.All"_s, u"Group.Read.All"_s};
    const GrantedPermissions granted = GrantedPermissions::fromClaims(claims);
    QVERIFY(granted.known);
    QVERIFY(!granted.allowsAny(writeAnyOf));
    QVERIFY(granted.allowsAny({u"GroupMember.Read.All"_s, u"Group.Read.All"_s}));
    QVERIFY(granted.allowsAny({})); // nothing needed
    QVERIFY(!granted.allowsAny({u"Directory.Read.All"_s}));
}

void TestGrantedPermissions::appRoles()
{
    TokenClaims claims;
    claims.roles = {u"DeviceManagementConfiguration.ReadWrite.All"_s};
    const GrantedPermissions granted = GrantedPermissions::fromClaims(claims);
    QVERIFY(granted.known);
    QVERIFY(granted.allowsAny(writeAnyOf)); // the second of the list is enough
    QVERIFY(granted.denialText(writeAnyOf).isEmpty());
}

void TestGrantedPermissions::caseInsensitive()
{
    QVERIFY(GrantedPermissions::of({u"devicemanagementserviceconfig.readwrite.all"_s}).allowsAny(writeAnyOf));
}

void TestGrantedPermissions::tooltipNamesThePermission()
{
    const GrantedPermissions readOnly = GrantedPermissions::of({u"DeviceManagementServiceConfig.Read.All"_s});
    const QString text = readOnly.denialText(writeAnyOf);
    QVERIFY2(text.startsWith(u"Needs the DeviceManagementServiceConfig.ReadWrite.All permission"_s), qPrintable(text));
    QVERIFY2(text.contains(u"or DeviceManagementConfiguration.ReadWrite.All"_s), qPrintable(text));
    QCOMPARE(GrantedPermissions::missingText({u"Directory.Read.All"_s}),
             u"Needs the Directory.Read.All permission, which the signed-in account does not have."_s);
    QVERIFY(GrantedPermissions::missingText({}).isEmpty());
}

void TestGrantedPermissions::connectionStatusCarriesThem()
{
    // makeUserToken's scp: DeviceManagementServiceConfig.ReadWrite.All Group.Read.All
    auto source = StaticTokenSource::fromText(test::makeUserToken(now.addSecs(3600)), u"token.txt"_s);
    QVERIFY(source.ok());
    const ConnectionStatus status = ConnectionStatus::fromConnection(ConnectionProfile{}, source.value().get(), now);
    QVERIFY(status.permissions.known);
    QVERIFY(status.permissions.allowsAny(writeAnyOf));
    QVERIFY(!status.permissions.allowsAny({u"Directory.Read.All"_s}));
    // Signed out: nothing known, nothing denied (the sign-in prompt is the message then).
    QVERIFY(!ConnectionStatus::fromConnection(ConnectionProfile{}, nullptr, now).permissions.known);
}

QTEST_GUILESS_MAIN(TestGrantedPermissions)
#include "tst_GrantedPermissions.moc"
