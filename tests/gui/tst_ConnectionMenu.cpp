// The Connection menu: every saved connection is one click away from the toolbar button, the live
// one is checked, the button names the live tenant and cloud, and write mode / sign-out follow it.

#include "auth/ConnectionProfile.h"
#include "widgets/ConnectionMenu.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>

using namespace ed;
using namespace Qt::StringLiterals;

namespace {
ConnectionProfile connection(const QString &name, const QString &tenant, Cloud cloud)
{
    ConnectionProfile p;
    p.id = ConnectionProfile::newId();
    p.name = name;
    p.tenant = tenant;
    p.cloud = cloud;
    p.method = SignInMethod::DeviceCode;
    return p;
}
} // namespace

class TestConnectionMenu final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void switchingTenantIsTwoClicks();
    void liveConnectionIsNamedAndChecked();
    void busyRefusesSwitching();
};

void TestConnectionMenu::switchingTenantIsTwoClicks()
{
    QMainWindow window;
    ConnectionMenu menu(&window);
    const ConnectionProfile contoso = connection(u"Contoso"_s, u"contoso.onmicrosoft.com"_s, Cloud::Global);
    const ConnectionProfile fabrikam = connection(u"Fabrikam GCC High"_s, u"fabrikam.onmicrosoft.us"_s, Cloud::UsGov);
    menu.setConnections({contoso, fabrikam}, contoso);
    window.addToolBar(u"t"_s)->addWidget(menu.button());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy chosen(&menu, &ConnectionMenu::connectionChosen);

    // Click 1: the button pops the menu up at once (no separate arrow).
    QCOMPARE(menu.button()->popupMode(), QToolButton::InstantPopup);
    bool clickedInMenu = false;
    QTimer::singleShot(200, this, [&] {
        QMenu *popup = menu.menu();
        if (!popup->isVisible())
            return;
        QAction *target = nullptr;
        for (QAction *action : popup->actions())
            if (action->objectName() == u"connection_"_s + fabrikam.id)
                target = action;
        if (!target)
            return;
        // Click 2: the tenant.
        QTest::mouseClick(popup, Qt::LeftButton, {}, popup->actionGeometry(target).center());
        clickedInMenu = true;
    });
    QTest::mouseClick(menu.button(), Qt::LeftButton);
    QTRY_VERIFY(clickedInMenu);
    QTRY_COMPARE(chosen.count(), 1);
    QCOMPARE(chosen.at(0).at(0).toString(), fabrikam.id);
}

void TestConnectionMenu::liveConnectionIsNamedAndChecked()
{
    QMainWindow window;
    ConnectionMenu menu(&window);
    ConnectionProfile contoso = connection(u"Contoso"_s, u"contoso.onmicrosoft.com"_s, Cloud::Global);
    const ConnectionProfile dod = connection(u"Army"_s, u"army.onmicrosoft.us"_s, Cloud::UsGovDod);
    menu.setConnections({contoso, dod}, {});
    QCOMPARE(menu.button()->text(), u"Not signed in ▾"_s);
    QVERIFY(!menu.signOutAction()->isEnabled());
    QVERIFY(!menu.writeModeAction()->isEnabled());

    menu.setConnections({contoso, dod}, dod);
    QVERIFY(menu.button()->text().contains(u"army.onmicrosoft.us"_s));
    QVERIFY(menu.button()->text().contains(CloudInfo::displayName(Cloud::UsGovDod)));
    const QList<QAction *> actions = menu.connectionActions();
    QCOMPARE(actions.size(), 2);
    QVERIFY(!actions.at(0)->isChecked());
    QVERIFY(actions.at(1)->isChecked());
    QVERIFY(menu.signOutAction()->isEnabled());
    QVERIFY(menu.writeModeAction()->isEnabled());
    QVERIFY(!menu.writeModeAction()->isChecked());

    // Write mode is asked for, and stays unchecked until a token with the write scopes is live.
    QSignalSpy mode(&menu, &ConnectionMenu::accessModeRequested);
    menu.writeModeAction()->trigger();
    QCOMPARE(mode.count(), 1);
    QCOMPARE(mode.at(0).at(0).value<AccessMode>(), AccessMode::ReadWrite);
    QVERIFY(!menu.writeModeAction()->isChecked());
    ConnectionProfile writable = dod;
    writable.access = AccessMode::ReadWrite;
    menu.setConnections({contoso, writable}, writable);
    QVERIFY(menu.writeModeAction()->isChecked());

    // App-only connections have no write mode: the app's roles decide.
    contoso.method = SignInMethod::AppSecret;
    menu.setConnections({contoso}, contoso);
    QVERIFY(!menu.writeModeAction()->isEnabled());
}

void TestConnectionMenu::busyRefusesSwitching()
{
    QMainWindow window;
    ConnectionMenu menu(&window);
    const ConnectionProfile contoso = connection(u"Contoso"_s, u"contoso.onmicrosoft.com"_s, Cloud::Global);
    menu.setConnections({contoso}, {});
    menu.setBusy(true);
    QCOMPARE(menu.button()->text(), u"Signing in…"_s);
    QVERIFY(!menu.connectionActions().at(0)->isEnabled());
    menu.setBusy(false);
    QVERIFY(menu.connectionActions().at(0)->isEnabled());
}

QTEST_MAIN(TestConnectionMenu)
#include "tst_ConnectionMenu.moc"
