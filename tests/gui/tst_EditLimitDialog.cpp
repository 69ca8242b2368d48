// "Edit device limit" offscreen, driven by object names (issue 7 point 3): the spin box starts at
// the current value and takes only 1–15 (typing 0 or 16 is refused), Save waits for a change,
// Save updates the emulator and saved() carries the server's version and last change, the autopilot
// note is there; Graph's refusals (400 with Intune's embedded message, 403, 404, 409, 429 after
// the retries, an unreadable error body, a timeout) are shown inline with details to copy while the
// value entered stays and Save works again; a read-only token disables Save with the permission in
// the tooltip, and a server 403 names it inline; closing while saving is clean either way.
#include "ConfigurationFixtures.h"
#include "FakeGraphEnvironment.h"
#include "GraphTestEnvironment.h"
#include "WindowTestRig.h"
#include "dialogs/EditLimitDialog.h"
#include "emulator/RequestLog.h"
#include "models/ConfigurationWriter.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

#include <memory>

using namespace ed;
using namespace ed::test;
using namespace Qt::StringLiterals;
using Answer = FakeGraphNetwork::Answer;
using Outcome = ActivityEntry::Outcome;

namespace {

// Replaces the spin box's text the way a user does: select all, type.
void typeInto(QSpinBox *spin, const QString &text)
{
    spin->setFocus();
    QLineEdit *edit = spin->findChild<QLineEdit *>();
    QVERIFY(edit);
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

// The dialog on the fake network's Graph stack.
struct FakeRig : FakeGraphEnvironment
{
    using FakeGraphEnvironment::FakeGraphEnvironment;

    std::unique_ptr<EditLimitDialog> dialog(GrantedPermissions permissions = {})
    {
        auto d = std::make_unique<EditLimitDialog>(intune, &journal, u"contoso.onmicrosoft.com"_s, configuration,
                                                   std::move(permissions));
        d->show();
        return d;
    }

    EnrollmentConfiguration configuration = EnrollmentConfiguration::fromJson(fakeLimitJson(5, 3));
};

} // namespace

class TestEditLimitDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsTheConfigurationAndStartsAtTheCurrentValue();
    void onlyOneToFifteenCanBeEntered();
    void saveUpdatesTheServerAndCarriesItsVersion();
    void refusalsAreShownInlineAndKeepTheValue_data();
    void refusalsAreShownInlineAndKeepTheValue();
    void deletedMeanwhileSaysSoInline();
    void readOnlyTokenDisablesSave();
    void serverForbiddenNamesThePermissionInline();
    void closingWhileSavingIsClean();
    void closingBeforeSendingSendsNothing();
    void notADeviceLimitConfiguration();
    void everyControlIsNamed();
};

void TestEditLimitDialog::showsTheConfigurationAndStartsAtTheCurrentValue()
{
    FakeRig rig;
    rig.configuration.limit = 7;
    auto dialog = rig.dialog();
    QCOMPARE(dialog->windowTitle(), u"Edit device limit — Fake limit"_s);
    QCOMPARE(child<QLabel>(*dialog, u"configurationName"_s)->text(), u"Fake limit"_s);
    QVERIFY(child<QLabel>(*dialog, u"currentLimit"_s)->text().contains(u'7'));
    auto *spin = child<QSpinBox>(*dialog, u"limitSpin"_s);
    QCOMPARE(spin->value(), 7);
    QCOMPARE(spin->minimum(), 1);
    QCOMPARE(spin->maximum(), 15);
    QCOMPARE(dialog->currentLimit(), 7);
    const QString note = child<QLabel>(*dialog, u"autopilotNote"_s)->text();
    QVERIFY2(note.contains(u"Windows Autopilot"_s) && note.contains(u"Microsoft Entra join"_s)
                     && note.contains(u"bulk enrollment"_s) && note.contains(u"device enrollment manager"_s),
             qPrintable(note));
    QVERIFY(child<QLabel>(*dialog, u"autopilotNote"_s)->isVisible());

    // Save waits for a change.
    auto *save = child<QPushButton>(*dialog, u"saveButton"_s);
    QVERIFY(!save->isEnabled());
    QVERIFY(!save->toolTip().isEmpty());
    spin->stepUp();
    QCOMPARE(spin->value(), 8);
    QVERIFY(save->isEnabled());
    spin->stepDown();
    QVERIFY(!save->isEnabled());
    QVERIFY(!child<QWidget>(*dialog, u"errorRow"_s)->isVisible());
    QVERIFY(!child<QWidget>(*dialog, u"busyRow"_s)->isVisible());
    QVERIFY(!child<QLabel>(*dialog, u"permissionNote"_s)->isVisible());
    QVERIFY(rig.network.exchanges().isEmpty());
}

void TestEditLimitDialog::onlyOneToFifteenCanBeEntered()
{
    FakeRig rig;
    int patches = 0;
    QList<int> sent;
    rig.network.setHandler([&](const FakeGraphNetwork::Exchange &e) {
        ++patches;
        const int limit = QJsonDocument::fromJson(e.body).object().value(u"limit"_s).toInt();
        sent.append(limit);
        return Answer::json(200, QJsonDocument(fakeLimitJson(limit, 4)).toJson());
    });
    auto dialog = rig.dialog();
    auto *spin = child<QSpinBox>(*dialog, u"limitSpin"_s);

    // 0: not a value the spin box takes; it falls back into the range.
    typeInto(spin, u"0"_s);
    spin->interpretText();
    QVERIFY2(spin->value() >= 1 && spin->value() <= 15, qPrintable(QString::number(spin->value())));
    QTest::keyClick(spin, Qt::Key_Tab); // leaving the field puts a valid value back
    QVERIFY(spin->value() >= 1);
    QCOMPARE(spin->text(), QString::number(spin->value()));

    // 16: the second digit is refused while typing.
    typeInto(spin, u"16"_s);
    QCOMPARE(spin->text(), u"1"_s);
    spin->interpretText();
    QVERIFY(spin->value() <= 15);
    QVERIFY(spin->value() != 16);

    // 15 and 1 are fine; stepping stops at the ends.
    typeInto(spin, u"15"_s);
    spin->interpretText();
    QCOMPARE(spin->value(), 15);
    QTest::keyClick(spin, Qt::Key_Up);
    QCOMPARE(spin->value(), 15);
    typeInto(spin, u"1"_s);
    spin->interpretText();
    QCOMPARE(spin->value(), 1);
    QTest::keyClick(spin, Qt::Key_Down);
    QCOMPARE(spin->value(), 1);
    spin->setValue(99); // even from code
    QCOMPARE(spin->value(), 15);

    // Typing 0 then Enter (Save is the default button) never sends 0.
    typeInto(spin, u"0"_s);
    QTest::keyClick(spin, Qt::Key_Return);
    QTest::qWait(200);
    for (int limit : std::as_const(sent))
        QVERIFY2(limit >= 1 && limit <= 15, qPrintable(QString::number(limit)));
    QVERIFY(patches <= 1);
}

void TestEditLimitDialog::saveUpdatesTheServerAndCarriesItsVersion()
{
    GraphTestEnvironment env({.client = quickRetries()});
    QVERIFY(env.fixture().started());
    const EnrollmentConfiguration before = configurationNamed(env.fixture(), demo.executives);
    QCOMPARE(before.limit.value_or(-1), 10);
    EditLimitDialog dialog(env.intune(), env.journal(), env.tenant(), before,
                           GrantedPermissions::of({configReadWrite}));
    dialog.show();
    QList<EnrollmentConfiguration> saved;
    connect(&dialog, &EditLimitDialog::saved, this, [&saved](const EnrollmentConfiguration &c) { saved.append(c); });

    auto *spin = child<QSpinBox>(dialog, u"limitSpin"_s);
    auto *save = child<QPushButton>(dialog, u"saveButton"_s);
    QCOMPARE(spin->value(), 10);
    typeInto(spin, u"12"_s);
    QCOMPARE(spin->value(), 12);
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    // Busy at once: indicator shown, value locked, Save off.
    QVERIFY(dialog.isSaving());
    QVERIFY(child<QWidget>(dialog, u"busyRow"_s)->isVisible());
    QVERIFY(child<QProgressBar>(dialog, u"busyIndicator"_s)->isVisible());
    QVERIFY(!child<QLabel>(dialog, u"busyText"_s)->text().isEmpty());
    QVERIFY(spin->isReadOnly());
    QVERIFY(!save->isEnabled());

    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 30'000);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.isVisible());

    const QJsonObject server = configurationJson(env.fixture(), before.id);
    QCOMPARE(server.value(u"limit"_s).toInt(), 12);
    QCOMPARE(server.value(u"version"_s).toInt(), before.version + 1);
    QCOMPARE(saved.first().limit.value_or(-1), 12);
    QCOMPARE(saved.first().version, before.version + 1);
    QCOMPARE(saved.first().lastModifiedDateTime,
             QDateTime::fromString(server.value(u"lastModifiedDateTime"_s).toString(), Qt::ISODateWithMs));
    QVERIFY(saved.first().lastModifiedDateTime > before.lastModifiedDateTime);
    QCOMPARE(saved.first().assignments.size(), before.assignments.size());
    QCOMPARE(env.log().writes(u"patchConfiguration:"_s + before.id), 1);
    QCOMPARE(env.activity().rowCount(), 1);
    QCOMPARE(env.activity().entry(0).detail, u"Device limit 10 → 12"_s);
    QCOMPARE(env.activity().entry(0).outcome, Outcome::Succeeded);
}

void TestEditLimitDialog::refusalsAreShownInlineAndKeepTheValue_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected"); // in the inline sentence
    QTest::addColumn<QString>("inDetails"); // in what Copy details copies
    QTest::addColumn<int>("hangMs"); // > 0: no answer at all; the client's deadline

    QTest::newRow("400 Intune JSON")
            << 400
            << QByteArray(
                       R"({"error":{"code":"BadRequest","message":"{\r\n  \"_version\": 3,\r\n  \"Message\": \"The device limit must be between 1 and 15. - Operation ID (for customer support): 00000000-0000-0000-0000-000000000000 - Activity ID: 9a0b1c2d-0000-4000-8000-000000000001 - Url: https://fef.msua06.manage.microsoft.com/x\",\r\n  \"CustomApiErrorPhrase\": \"\",\r\n  \"RetryAfter\": null,\r\n  \"ErrorSourceService\": \"\",\r\n  \"HttpHeaders\": \"{}\"\r\n}","innerError":{"date":"2025-03-01T10:00:00","request-id":"rq-400","client-request-id":"c-400"}}})")
            << u"The device limit must be between 1 and 15."_s << u"rq-400"_s << 0;
    QTest::newRow("409")
            << 409
            << QByteArray(
                       R"({"error":{"code":"Conflict","message":"The configuration was changed by someone else.","innerError":{"request-id":"rq-409"}}})")
            << u"changed by someone else"_s << u"rq-409"_s << 0;
    QTest::newRow("429 after retries")
            << 429
            << QByteArray(
                       R"({"error":{"code":"TooManyRequests","message":"Too many requests.","innerError":{"request-id":"rq-429"}}})")
            << QString() << u"rq-429"_s << 0;
    QTest::newRow("unreadable error body")
            << 400 << QByteArray("{\"error\": {\"code\": \"Bad") << QString() << u"400"_s << 0;
    QTest::newRow("timeout") << 0 << QByteArray() << QString() << QString() << 400;
}

void TestEditLimitDialog::refusalsAreShownInlineAndKeepTheValue()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    QFETCH(QString, inDetails);
    QFETCH(int, hangMs);
    GraphClientOptions options = quickRetries();
    options.maxAttempts = 2;
    if (hangMs > 0) {
        options.deadlineMs = hangMs;
        options.maxAttempts = 1;
    }
    FakeRig rig(options);
    bool refuse = true;
    rig.network.setHandler([&](const FakeGraphNetwork::Exchange &e) {
        if (!refuse)
            return Answer::json(
                    200,
                    QJsonDocument(fakeLimitJson(QJsonDocument::fromJson(e.body).object().value(u"limit"_s).toInt(), 4))
                            .toJson());
        if (hangMs > 0) {
            Answer a;
            a.hang = true;
            return a;
        }
        return Answer::json(status, body, {std::pair<QByteArray, QByteArray>("Retry-After", "0")});
    });
    auto dialog = rig.dialog();
    QList<EnrollmentConfiguration> saved;
    connect(dialog.get(), &EditLimitDialog::saved, this,
            [&saved](const EnrollmentConfiguration &c) { saved.append(c); });
    auto *spin = child<QSpinBox>(*dialog, u"limitSpin"_s);
    auto *save = child<QPushButton>(*dialog, u"saveButton"_s);
    typeInto(spin, u"9"_s);
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isSaving(), 10'000);

    // Inline: the sentence, the details to copy; the dialog stays with the value entered.
    auto *errorLabel = child<QLabel>(*dialog, u"errorLabel"_s);
    QVERIFY(child<QWidget>(*dialog, u"errorRow"_s)->isVisible());
    QVERIFY(errorLabel->isVisible());
    QVERIFY(!errorLabel->text().isEmpty());
    QVERIFY2(errorLabel->text().contains(expected), qPrintable(errorLabel->text()));
    QCOMPARE(errorLabel->text(), dialog->errorText());
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->result(), 0);
    QVERIFY(saved.isEmpty());
    QCOMPARE(spin->value(), 9);
    QVERIFY(!spin->isReadOnly());
    QVERIFY(!child<QWidget>(*dialog, u"busyRow"_s)->isVisible());
    QVERIFY(save->isEnabled());

    auto *copy = child<QPushButton>(*dialog, u"copyDetailsButton"_s);
    QVERIFY(copy->isVisible());
    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(copy, Qt::LeftButton);
    const QString copied = QGuiApplication::clipboard()->text();
    QCOMPARE(copied, dialog->errorDetails());
    QVERIFY(copied.startsWith(errorLabel->text()));
    QVERIFY2(copied.contains(inDetails), qPrintable(copied));
    QVERIFY(!child<QLabel>(*dialog, u"copyStatus"_s)->text().isEmpty());
    if (status == 429)
        QCOMPARE(rig.network.exchanges().size(), 2); // the client's retries came first
    QCOMPARE(rig.activity.entry(0).outcome, Outcome::Failed);

    // Save again: this time it goes through and the dialog closes.
    refuse = false;
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(!child<QWidget>(*dialog, u"errorRow"_s)->isVisible()); // cleared when saving again
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 10'000);
    QCOMPARE(saved.first().limit.value_or(-1), 9);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QCOMPARE(rig.activity.rowCount(), 2);
    QCOMPARE(rig.activity.entry(1).outcome, Outcome::Succeeded);
}

void TestEditLimitDialog::deletedMeanwhileSaysSoInline()
{
    GraphTestEnvironment env({.client = quickRetries()});
    const EnrollmentConfiguration before = configurationNamed(env.fixture(), demo.contractors);
    QVERIFY(!before.id.isEmpty());
    EditLimitDialog dialog(env.intune(), env.journal(), env.tenant(), before, GrantedPermissions{});
    dialog.show();
    // Someone else deletes it while the dialog is open.
    QCOMPARE(env.fixture().send("DELETE", configurationsPath + u'/' + before.id).status, 204);
    typeInto(child<QSpinBox>(dialog, u"limitSpin"_s), u"4"_s);
    QTest::mouseClick(child<QPushButton>(dialog, u"saveButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isSaving(), 30'000);
    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.errorText().isEmpty());
    QVERIFY(dialog.errorDetails().contains(u"404"_s));
    QCOMPARE(child<QSpinBox>(dialog, u"limitSpin"_s)->value(), 4);
    QCOMPARE(env.activity().entry(0).outcome, Outcome::Failed);
}

void TestEditLimitDialog::readOnlyTokenDisablesSave()
{
    FakeRig rig;
    auto dialog = rig.dialog(GrantedPermissions::of({configRead}));
    auto *save = child<QPushButton>(*dialog, u"saveButton"_s);
    auto *spin = child<QSpinBox>(*dialog, u"limitSpin"_s);
    QVERIFY(!save->isEnabled());
    spin->setValue(9);
    QVERIFY(!save->isEnabled());
    QVERIFY(!dialog->canSave());
    QVERIFY2(save->toolTip().contains(configReadWrite), qPrintable(save->toolTip()));
    QCOMPARE(save->toolTip(), GrantedPermissions::of({configRead}).denialText(EditLimitDialog::requiredPermissions()));
    auto *note = child<QLabel>(*dialog, u"permissionNote"_s);
    QVERIFY(note->isVisible());
    QVERIFY(note->text().contains(configReadWrite));
    // Even Enter or a direct call sends nothing.
    QTest::keyClick(spin, Qt::Key_Return);
    dialog->save();
    QTest::qWait(100);
    QVERIFY(rig.network.exchanges().isEmpty());
    QCOMPARE(rig.activity.rowCount(), 0);

    // DeviceManagementConfiguration.ReadWrite.All also allows it (any of the operation's permissions).
    auto other = rig.dialog(GrantedPermissions::of({u"DeviceManagementConfiguration.ReadWrite.All"_s}));
    child<QSpinBox>(*other, u"limitSpin"_s)->setValue(9);
    QVERIFY(child<QPushButton>(*other, u"saveButton"_s)->isEnabled());
}

void TestEditLimitDialog::serverForbiddenNamesThePermissionInline()
{
    // The token's permissions are not known (not a readable JWT): Save is allowed, and the
    // emulator's 403 names the permission inline.
    GraphTestEnvironment env({.client = quickRetries(), .scopes = {configRead}});
    const EnrollmentConfiguration before = configurationNamed(env.fixture(), demo.executives);
    EditLimitDialog dialog(env.intune(), env.journal(), env.tenant(), before, GrantedPermissions{});
    dialog.show();
    typeInto(child<QSpinBox>(dialog, u"limitSpin"_s), u"11"_s);
    QVERIFY(child<QPushButton>(dialog, u"saveButton"_s)->isEnabled());
    QTest::mouseClick(child<QPushButton>(dialog, u"saveButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isSaving(), 30'000);
    const QString text = child<QLabel>(dialog, u"errorLabel"_s)->text();
    QVERIFY2(text.contains(configReadWrite), qPrintable(text));
    QCOMPARE(child<QSpinBox>(dialog, u"limitSpin"_s)->value(), 11);
    QCOMPARE(env.log().writes(u"patchConfiguration:"_s + before.id), 0);

    // The same from the fake network's exact 403 body.
    FakeRig rig;
    rig.network.setHandler([](const FakeGraphNetwork::Exchange &) {
        return Answer::json(
                403,
                R"({"error":{"code":"Forbidden","message":"Application is not authorized to perform this operation. Application must have one of the following scopes: DeviceManagementServiceConfig.ReadWrite.All","innerError":{"request-id":"rq-403"}}})");
    });
    auto fake = rig.dialog();
    typeInto(child<QSpinBox>(*fake, u"limitSpin"_s), u"6"_s);
    QTest::mouseClick(child<QPushButton>(*fake, u"saveButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!fake->isSaving(), 10'000);
    QVERIFY2(fake->errorText().contains(configReadWrite), qPrintable(fake->errorText()));
    QVERIFY(fake->errorDetails().contains(u"rq-403"_s));
}

void TestEditLimitDialog::closingWhileSavingIsClean()
{
    FakeRig rig;
    rig.network.setHandler([](const FakeGraphNetwork::Exchange &) {
        Answer a = Answer::json(200, QJsonDocument(fakeLimitJson(9, 4)).toJson(),
                                {std::pair<QByteArray, QByteArray>("request-id", "rq-late")});
        a.delayMs = 400;
        return a;
    });
    auto dialog = rig.dialog();
    int savedCount = 0;
    connect(dialog.get(), &EditLimitDialog::saved, this, [&savedCount] { ++savedCount; });
    typeInto(child<QSpinBox>(*dialog, u"limitSpin"_s), u"9"_s);
    QTest::mouseClick(child<QPushButton>(*dialog, u"saveButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(rig.network.exchanges().size(), qsizetype(1), 5'000);
    QTest::mouseClick(child<QPushButton>(*dialog, u"cancelButton"_s), Qt::LeftButton);
    QCOMPARE(dialog->result(), int(QDialog::Rejected));
    QVERIFY(!dialog->isVisible());
    QVERIFY(dialog->closedWhileSaving());
    dialog.reset(); // gone before the answer
    // The answer still completes the journal entry truthfully.
    QTRY_COMPARE_WITH_TIMEOUT(rig.activity.entry(0).outcome, Outcome::Succeeded, 5'000);
    QCOMPARE(rig.activity.entry(0).requestId, u"rq-late"_s);
    QCOMPARE(savedCount, 0);
}

void TestEditLimitDialog::closingBeforeSendingSendsNothing()
{
    FakeRig rig;
    rig.network.setHandler([](const FakeGraphNetwork::Exchange &) {
        return Answer::json(200, QJsonDocument(fakeLimitJson(9, 4)).toJson());
    });
    rig.client.noteRetryAfter(u"deviceManagement"_s, 5'000); // the write waits in the queue
    auto dialog = rig.dialog();
    typeInto(child<QSpinBox>(*dialog, u"limitSpin"_s), u"9"_s);
    QTest::mouseClick(child<QPushButton>(*dialog, u"saveButton"_s), Qt::LeftButton);
    QVERIFY(dialog->isSaving());
    QTest::keyClick(dialog.get(), Qt::Key_Escape);
    QCOMPARE(dialog->result(), int(QDialog::Rejected));
    QCOMPARE(rig.activity.entry(0).outcome, Outcome::Cancelled);
    dialog.reset();
    QTest::qWait(100);
    QVERIFY(rig.network.exchanges().isEmpty());
}

void TestEditLimitDialog::notADeviceLimitConfiguration()
{
    FakeRig rig;
    rig.configuration = EnrollmentConfiguration::fromJson(
            QJsonObject{{u"@odata.type"_s, u"#microsoft.graph.windows10EnrollmentCompletionPageConfiguration"_s},
                        {u"id"_s, u"e1_Windows10EnrollmentCompletionPageConfiguration"_s},
                        {u"displayName"_s, u"Kiosk ESP"_s},
                        {u"priority"_s, 1}});
    auto dialog = rig.dialog();
    auto *spin = child<QSpinBox>(*dialog, u"limitSpin"_s);
    spin->setValue(4);
    QVERIFY(!child<QPushButton>(*dialog, u"saveButton"_s)->isEnabled());
    QVERIFY(dialog->errorText().contains(u"Kiosk ESP"_s));
    dialog->save();
    QTest::qWait(50);
    QVERIFY(rig.network.exchanges().isEmpty());
}

void TestEditLimitDialog::everyControlIsNamed()
{
    FakeRig rig;
    rig.network.setHandler([](const FakeGraphNetwork::Exchange &) {
        return Answer::json(400, R"({"error":{"code":"BadRequest","message":"No."}})");
    });
    auto dialog = rig.dialog(GrantedPermissions{});
    QVERIFY(!dialog->accessibleName().isEmpty());
    typeInto(child<QSpinBox>(*dialog, u"limitSpin"_s), u"3"_s);
    QTest::mouseClick(child<QPushButton>(*dialog, u"saveButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->errorText().isEmpty(), 10'000);
    int controls = 0;
    for (QWidget *w : dialog->findChildren<QWidget *>()) {
        if (w->objectName().startsWith(u"qt_"_s) || w->parentWidget()->inherits("QAbstractSpinBox"))
            continue;
        ++controls;
        QVERIFY2(!w->objectName().isEmpty(), w->metaObject()->className());
        QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
    }
    QVERIFY(controls >= 14);

    // Tab order: the spin box, then the buttons.
    QStringList order;
    QWidget *start = child<QSpinBox>(*dialog, u"limitSpin"_s);
    QWidget *w = start;
    for (int i = 0; i < 100; ++i) {
        if (w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus))
            order.append(w->objectName());
        w = w->nextInFocusChain();
        if (w == start)
            break;
    }
    for (const QString &name : {u"limitSpin"_s, u"copyDetailsButton"_s, u"saveButton"_s, u"cancelButton"_s})
        QVERIFY2(order.contains(name), qPrintable(name + u" not in "_s + order.join(u", "_s)));
}

QTEST_MAIN(TestEditLimitDialog)
#include "tst_EditLimitDialog.moc"
