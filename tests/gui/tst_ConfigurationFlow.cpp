// Issue 7 through the main window, against the emulator over loopback: the configurations page
// loads; "Edit device limit…" opens the dialog for the current configuration and its save updates
// the row with the server's limit, version and time; "Assignments…" opens the dialog and its save
// updates the row's assignments; a read-only token disables the writes with the permission named
// and opens the assignments read-only. Also saves the screenshots the docs show.
#include "ConfigurationFixtures.h"
#include "GraphTestEnvironment.h"
#include "WindowTestRig.h"
#include "app/Translator.h"
#include "dialogs/ConfigurationAssignmentsDialog.h"
#include "dialogs/EditLimitDialog.h"
#include "emulator/RequestLog.h"
#include "models/ConfigurationLoader.h"
#include "models/EnrollmentConfigurationModel.h"
#include "models/GroupSearchModel.h"
#include "views/EnrollmentConfigurationsView.h"
#include "views/MainWindow.h"
#include "widgets/GroupPicker.h"

#include <QAction>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace ed;
using namespace ed::test;
using namespace Qt::StringLiterals;

namespace {

using M = EnrollmentConfigurationModel;

} // namespace

class TestConfigurationFlow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void pageLoadsEveryConfiguration();
    void editLimitUpdatesTheRow();
    void assignmentsSaveUpdatesTheRow();
    void readOnlyTokenDisablesWrites();

private:
    EnrollmentConfigurationsView *view() const { return m_window->configurationsView(); }
    // The first custom device-limit configuration with at least `targets` assignments.
    QString customLimit(int targets) const;
    QJsonObject served(const QString &id) { return configurationJson(m_env->fixture(), id); }

    Translator m_translator;
    std::unique_ptr<GraphTestEnvironment> m_env;
    std::unique_ptr<MainWindowRig> m_rig;
    MainWindow *m_window = nullptr; // m_rig's
};

void TestConfigurationFlow::initTestCase()
{
    m_translator.install(u"en"_s);
    m_env = std::make_unique<GraphTestEnvironment>(GraphTestOptions{.journalFile = true});
    QVERIFY(m_env->fixture().started());
    m_rig = std::make_unique<MainWindowRig>(*m_env);
    m_window = &m_rig->window();
    QVERIFY(m_rig->showSignedIn());
    m_rig->setConnected(GrantedPermissions{}); // the demo tenant, connected: the status bar says so
    QVERIFY(m_window->showView(u"configurations"_s));
    QTRY_COMPARE_WITH_TIMEOUT(view()->loader()->state(), ConfigurationLoader::State::Ready, 30'000);
}

void TestConfigurationFlow::cleanupTestCase()
{
    m_window = nullptr;
    m_rig.reset();
    m_env.reset();
}

QString TestConfigurationFlow::customLimit(int targets) const
{
    const M *model = view()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const EnrollmentConfiguration &c = model->configuration(row);
        if (c.kind == EnrollmentConfiguration::Kind::DeviceLimit && !c.isDefault && c.assignments.size() >= targets)
            return c.id;
    }
    return {};
}

void TestConfigurationFlow::pageLoadsEveryConfiguration()
{
    const QJsonArray listed = m_env->fixture().get(configurationsPath).json().value(u"value"_s).toArray();
    QVERIFY(!listed.isEmpty());
    QCOMPARE(view()->model()->rowCount(), listed.size());
    QVERIFY2(view()->summary().contains(QString::number(listed.size())), qPrintable(view()->summary()));
    QVERIFY(view()->selectConfiguration(customLimit(1)));
    saveScreenshot(*m_window, u"configurations-view.png"_s);
}

void TestConfigurationFlow::editLimitUpdatesTheRow()
{
    const QString id = customLimit(0);
    QVERIFY(!id.isEmpty());
    QVERIFY(view()->selectConfiguration(id));
    const QJsonObject before = served(id);
    const int newLimit = before.value(u"limit"_s).toInt() == 7 ? 8 : 7;

    QVERIFY(view()->editLimitAction()->isEnabled());
    view()->editLimitAction()->trigger();
    auto *dialog = m_window->findChild<EditLimitDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->configuration().id, id);
    auto *spin = dialog->findChild<QSpinBox *>(u"limitSpin"_s);
    QCOMPARE(spin->value(), before.value(u"limit"_s).toInt());
    spin->setValue(newLimit);
    saveScreenshot(*dialog, u"edit-limit-dialog.png"_s);
    QPointer<EditLimitDialog> guard(dialog);
    dialog->findChild<QPushButton *>(u"saveButton"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(guard.isNull(), 15'000); // saved: closed and deleted

    // The emulator has it, and the row shows what the server answered.
    const QJsonObject after = served(id);
    QCOMPARE(after.value(u"limit"_s).toInt(), newLimit);
    QCOMPARE(after.value(u"version"_s).toInt(), before.value(u"version"_s).toInt() + 1);
    QCOMPARE(m_env->log().writeCounts().value(u"patchConfiguration:"_s + id), 1);
    const int row = view()->model()->rowOfId(id);
    QCOMPARE(view()->model()->configuration(row).limit.value_or(-1), newLimit);
    QCOMPARE(view()->model()->configuration(row).version, after.value(u"version"_s).toInt());
    QCOMPARE(view()->model()->data(view()->model()->index(row, M::LimitColumn)).toString(), QString::number(newLimit));
    QCOMPARE(view()->currentConfigurationId(), id);
    // Journalled with before and after.
    const ActivityModel &activity = m_env->activity();
    const ActivityEntry &entry = activity.entry(activity.rowCount() - 1);
    QCOMPARE(entry.targetId, id);
    QCOMPARE(entry.outcome, ActivityEntry::Outcome::Succeeded);
    QVERIFY2(entry.detail.contains(QString::number(newLimit)), qPrintable(entry.detail));
}

void TestConfigurationFlow::assignmentsSaveUpdatesTheRow()
{
    const QString id = customLimit(2);
    QVERIFY(!id.isEmpty());
    QVERIFY(view()->selectConfiguration(id));
    const int row = view()->model()->rowOfId(id);
    const int before = view()->model()->configuration(row).assignments.size();

    QVERIFY(view()->assignmentsAction()->isEnabled());
    view()->assignmentsAction()->trigger();
    auto *dialog = m_window->findChild<ConfigurationAssignmentsDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->state() == ConfigurationAssignmentsDialog::State::Editing
                                     && !dialog->names().missingAny(dialog->editor().result()),
                             30'000);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->picker()->model()->state() == GroupSearchModel::State::Ready, 30'000);
    QCOMPARE(dialog->editor().result().size(), before);

    // Remove the first included target; the preview says so, Save posts the rest.
    auto *included = dialog->findChild<QTreeWidget *>(u"includedList"_s);
    QVERIFY(included->topLevelItemCount() > 0);
    const QString removed = included->topLevelItem(0)->text(0);
    included->topLevelItem(0)->setSelected(true);
    dialog->findChild<QPushButton *>(u"removeTargetButton"_s)->click();
    QVERIFY(dialog->previewText().contains(removed));
    saveScreenshot(*dialog, u"configuration-assignments.png"_s);
    ConfigurationAssignmentsDialog::setNextConfirmAnswer(true);
    dialog->findChild<QPushButton *>(u"saveAssignmentsButton"_s)->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_env->log().writeCounts().value(u"assignConfiguration:"_s + id), 1, 15'000);
    QTRY_COMPARE_WITH_TIMEOUT(view()->model()->configuration(view()->model()->rowOfId(id)).assignments.size(),
                              before - 1, 15'000);
    QTRY_VERIFY(!view()->model()->assignmentsText(view()->model()->rowOfId(id)).contains(removed));
    dialog->close();
}

void TestConfigurationFlow::readOnlyTokenDisablesWrites()
{
    const QString id = customLimit(1);
    QVERIFY(view()->selectConfiguration(id));
    m_rig->setConnected(GrantedPermissions::of({configRead, groupRead}));
    QVERIFY(!view()->editLimitAction()->isEnabled());
    QVERIFY(view()->editLimitAction()->toolTip().contains(configReadWrite));
    QVERIFY(!view()->moveDownAction()->isEnabled());
    // Assignments can still be looked at: the dialog opens read-only and says why.
    QVERIFY(view()->assignmentsAction()->isEnabled());
    view()->assignmentsAction()->trigger();
    auto *dialog = m_window->findChild<ConfigurationAssignmentsDialog *>();
    QVERIFY(dialog);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->state(), ConfigurationAssignmentsDialog::State::ReadOnly, 30'000);
    QVERIFY(dialog->readOnlyReason().contains(configReadWrite));
    QVERIFY(!dialog->findChild<QPushButton *>(u"saveAssignmentsButton"_s)->isEnabled());
    dialog->close();
    // The same window after signing in with write permission again.
    m_rig->setConnected(GrantedPermissions{});
    QVERIFY(view()->editLimitAction()->isEnabled());
}

QTEST_MAIN(TestConfigurationFlow)
#include "tst_ConfigurationFlow.moc"
