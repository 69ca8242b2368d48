// The "Sync with Intune" widget (issue 5), offscreen, on a tracker talking to the emulator: last
// sync text, running with a busy indicator, the cooldown as a countdown that ticks every second
// with the button disabled until it ends, failures as a sentence with the details in the tooltip,
// and an accessible name on every part.

#include "EmulatorFixture.h"
#include "FakeTokenSource.h"
#include "app/Translator.h"
#include "emulator/GraphEmulator.h"
#include "graph/GraphClient.h"
#include "graph/IntuneService.h"
#include "models/ActivityJournal.h"
#include "models/ActivityModel.h"
#include "models/AutopilotSyncTracker.h"
#include "widgets/AutopilotSyncWidget.h"

#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QRegularExpression>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace ed;
using namespace ed::test;
using namespace Qt::StringLiterals;

namespace {
struct Stack
{
    Stack(QNetworkAccessManager &network, const QString &token, const QUrl &baseUrl)
        : tokens(token)
        , client(network, tokens, options(baseUrl))
        , intune(client)
        , journal(model, QString())
        , tracker(intune, &journal, u"contoso.onmicrosoft.com"_s)
    {
        tracker.setPollIntervalMs(100);
    }
    static GraphClientOptions options(const QUrl &baseUrl)
    {
        GraphClientOptions o;
        o.graphBaseUrl = baseUrl;
        return o;
    }
    FakeTokenSource tokens;
    GraphClient client;
    IntuneService intune;
    ActivityModel model;
    ActivityJournal journal;
    AutopilotSyncTracker tracker;
};

struct Parts
{
    explicit Parts(AutopilotSyncWidget &w)
        : button(w.findChild<QToolButton *>(u"syncButton"_s))
        , busy(w.findChild<QProgressBar *>(u"syncBusyIndicator"_s))
        , state(w.findChild<QLabel *>(u"syncStateLabel"_s))
        , lastSync(w.findChild<QLabel *>(u"lastSyncLabel"_s))
        , error(w.findChild<QLabel *>(u"syncErrorLabel"_s))
    { }
    bool complete() const { return button && busy && state && lastSync && error; }
    QToolButton *button;
    QProgressBar *busy;
    QLabel *state;
    QLabel *lastSync;
    QLabel *error;
};

const QRegularExpression countdownPattern(u"^Next sync possible in (\\d+):(\\d\\d)$"_s);

// The English catalogue's plural forms ("5 minutes ago"), the same way the widget gets them.
QString ago(const char *source, int n)
{
    return QCoreApplication::translate("ed::AutopilotSyncWidget", source, nullptr, n);
}

int countdownSeconds(const QString &text)
{
    const QRegularExpressionMatch m = countdownPattern.match(text);
    return m.hasMatch() ? m.captured(1).toInt() * 60 + m.captured(2).toInt() : -1;
}
} // namespace

class TestAutopilotSyncWidget final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void countdownText_data();
    void countdownText();
    void lastSyncText();
    void withoutTracker();
    void accessibleParts();
    void lastSyncAndSync();
    void countdownTicksAndEnds();
    void failureSentenceWithDetails();
    void intuneReportedFailure();

private:
    void setSettings(const std::function<void(emu::AutopilotSettings &)> &change)
    {
        m_fixture->host().runOnEmulatorThread(
                [&change](emu::GraphEmulator &emulator) { change(emulator.tenant().autopilotSettings); });
    }
    std::unique_ptr<Stack> stack(const QString &token = {})
    {
        return std::make_unique<Stack>(*m_network, token.isEmpty() ? m_fixture->token() : token,
                                       m_fixture->host().baseUrl());
    }

    Translator m_translator;
    std::unique_ptr<EmulatorFixture> m_fixture;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

void TestAutopilotSyncWidget::initTestCase()
{
    QCOMPARE(m_translator.install(u"en"_s), u"en"_s);
    emu::EmulatorOptions options = EmulatorFixture::smallTenant();
    options.syncDurationMs = 1200;
    m_fixture = std::make_unique<EmulatorFixture>(options);
    QVERIFY2(m_fixture->started(), qPrintable(m_fixture->startError()));
    m_network = std::make_unique<QNetworkAccessManager>();
}

void TestAutopilotSyncWidget::init()
{
    setSettings([](emu::AutopilotSettings &s) {
        s.lastSyncDateTime = {};
        s.lastManualSyncTriggerDateTime = {};
        s.syncRunningUntilMs = 0;
        s.syncStatus = 2;
    });
}

void TestAutopilotSyncWidget::cleanupTestCase()
{
    m_network.reset();
    m_fixture.reset();
}

void TestAutopilotSyncWidget::countdownText_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("text");
    QTest::newRow("none") << qint64(0) << u"0:00"_s;
    QTest::newRow("negative") << qint64(-5000) << u"0:00"_s;
    QTest::newRow("a millisecond") << qint64(1) << u"0:01"_s;
    QTest::newRow("a second") << qint64(1000) << u"0:01"_s;
    QTest::newRow("rounded up") << qint64(1001) << u"0:02"_s;
    QTest::newRow("7:42") << qint64(462'000) << u"7:42"_s;
    QTest::newRow("ten minutes") << qint64(600'000) << u"10:00"_s;
    QTest::newRow("an hour") << qint64(3'600'000) << u"1:00:00"_s;
    QTest::newRow("hours") << qint64(3'661'000) << u"1:01:01"_s;
}

void TestAutopilotSyncWidget::countdownText()
{
    QFETCH(qint64, ms);
    QFETCH(QString, text);
    QCOMPARE(AutopilotSyncWidget::countdownText(ms), text);
}

void TestAutopilotSyncWidget::lastSyncText()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QLocale locale;
    const auto time = [&](const QDateTime &t) { return locale.toString(t.toLocalTime().time(), QLocale::ShortFormat); };
    QCOMPARE(AutopilotSyncWidget::lastSyncText({}, now), u"Last sync: never"_s);
    QCOMPARE(AutopilotSyncWidget::lastSyncText(now.addSecs(-20), now),
             u"Last sync: just now (%1)"_s.arg(time(now.addSecs(-20))));
    QCOMPARE(AutopilotSyncWidget::lastSyncText(now.addSecs(30), now),
             u"Last sync: just now (%1)"_s.arg(time(now.addSecs(30))));
    QCOMPARE(AutopilotSyncWidget::lastSyncText(now.addSecs(-61), now),
             u"Last sync: %1 (%2)"_s.arg(ago("%n minute(s) ago", 1), time(now.addSecs(-61))));
    QCOMPARE(AutopilotSyncWidget::lastSyncText(now.addSecs(-5 * 60 - 10), now),
             u"Last sync: %1 (%2)"_s.arg(ago("%n minute(s) ago", 5), time(now.addSecs(-5 * 60 - 10))));
    // Another day: the date is shown too.
    const QDateTime noon(QDate(2025, 3, 12), QTime(12, 0), Qt::LocalTime);
    const QDateTime days = noon.addDays(-2).addSecs(-3600);
    QCOMPARE(AutopilotSyncWidget::lastSyncText(days, noon),
             u"Last sync: %1 (%2)"_s.arg(ago("%n day(s) ago", 2), locale.toString(days, QLocale::ShortFormat)));
    const QDateTime hours = noon.addSecs(-3 * 3600 - 5);
    QCOMPARE(AutopilotSyncWidget::lastSyncText(hours, noon),
             u"Last sync: %1 (%2)"_s.arg(ago("%n hour(s) ago", 3), time(hours)));
}

void TestAutopilotSyncWidget::withoutTracker()
{
    AutopilotSyncWidget widget(nullptr);
    widget.show();
    Parts parts(widget);
    QVERIFY(parts.complete());
    QVERIFY(!parts.button->isEnabled());
    QCOMPARE(parts.state->text(), u"Not connected to Intune."_s);
    QVERIFY(parts.state->isVisible());
    QVERIFY(!parts.busy->isVisible());
    QVERIFY(!parts.lastSync->isVisible());
    QVERIFY(!parts.error->isVisible());

    // Connecting later reads the state.
    auto s = stack();
    widget.setTracker(&s->tracker);
    QVERIFY(QTest::qWaitFor([&] { return parts.lastSync->isVisible(); }, 10'000));
    QCOMPARE(parts.lastSync->text(), u"Last sync: never"_s);
    QVERIFY(parts.button->isEnabled());
    QVERIFY(!parts.state->isVisible());

    // The tracker going away leaves a disabled button, not a dangling pointer.
    s.reset();
    QCOMPARE(widget.tracker(), nullptr);
    QVERIFY(!parts.button->isEnabled());
    QCOMPARE(parts.state->text(), u"Not connected to Intune."_s);
    QVERIFY(!parts.lastSync->isVisible());
}

void TestAutopilotSyncWidget::accessibleParts()
{
    auto s = stack();
    AutopilotSyncWidget widget(&s->tracker);
    QVERIFY(!widget.objectName().isEmpty());
    QVERIFY(!widget.accessibleName().isEmpty());
    const QList<QWidget *> children = widget.findChildren<QWidget *>();
    QCOMPARE(children.size(), 5);
    for (QWidget *child : children) {
        QVERIFY2(!child->objectName().isEmpty(), child->metaObject()->className());
        QVERIFY2(!child->accessibleName().isEmpty(), qPrintable(child->objectName()));
    }
    Parts parts(widget);
    QVERIFY(parts.complete());
    QCOMPARE(parts.button->text(), u"Sync with Intune"_s);
    QCOMPARE(parts.button->accessibleName(), u"Sync with Intune"_s);
    QVERIFY(parts.button->toolTip().contains(u"newly registered with Windows Autopilot"_s));
    QCOMPARE(parts.button->accessibleDescription(), parts.button->toolTip());
    QVERIFY(!parts.button->icon().isNull());
}

void TestAutopilotSyncWidget::lastSyncAndSync()
{
    const QDateTime lastSync = QDateTime::currentDateTimeUtc().addSecs(-5 * 60 - 10);
    setSettings([&](emu::AutopilotSettings &st) { st.lastSyncDateTime = lastSync; });
    auto s = stack();
    AutopilotSyncWidget widget(&s->tracker);
    Parts parts(widget);
    widget.show(); // showing reads the state
    QVERIFY(QTest::qWaitFor([&] { return parts.lastSync->isVisible(); }, 10'000));
    QCOMPARE(parts.lastSync->text(),
             u"Last sync: %1 (%2)"_s.arg(ago("%n minute(s) ago", 5),
                                         QLocale().toString(lastSync.toLocalTime().time(), QLocale::ShortFormat)));
    QVERIFY(parts.button->isEnabled());
    QVERIFY(!parts.busy->isVisible());
    QVERIFY(!parts.state->isVisible());
    QVERIFY(!parts.error->isVisible());

    QTest::mouseClick(parts.button, Qt::LeftButton);
    QVERIFY(!parts.button->isEnabled());
    QCOMPARE(parts.state->text(), u"Starting sync…"_s);
    QVERIFY(parts.busy->isVisible());
    QCOMPARE(s->model.rowCount(), 1); // journalled

    QVERIFY(QTest::qWaitFor([&] { return parts.state->text() == u"Sync running…"_s; }, 10'000));
    QVERIFY(parts.busy->isVisible());
    QVERIFY(!parts.button->isEnabled());
    QVERIFY(parts.button->toolTip().contains(u"A sync is running"_s));
    QVERIFY(!parts.error->isVisible());

    // Finished: the countdown to the next possible sync, the button off, the new last sync.
    QVERIFY(QTest::qWaitFor([&] { return countdownSeconds(parts.state->text()) >= 0; }, 10'000));
    const int seconds = countdownSeconds(parts.state->text());
    QVERIFY2(seconds > 9 * 60 && seconds <= 10 * 60, qPrintable(parts.state->text()));
    QVERIFY(!parts.busy->isVisible());
    QVERIFY(!parts.button->isEnabled());
    QVERIFY(parts.button->toolTip().contains(u"Intune allows one sync every 10 minutes; next possible at"_s));
    QVERIFY(parts.state->toolTip().startsWith(u"Intune allows one sync every 10 minutes"_s));
    QVERIFY(parts.lastSync->text().startsWith(u"Last sync: just now"_s));
    QVERIFY(!parts.error->isVisible()); // a cooldown is not an error
}

void TestAutopilotSyncWidget::countdownTicksAndEnds()
{
    const qint64 left = 5'000;
    setSettings([&](emu::AutopilotSettings &st) {
        st.lastManualSyncTriggerDateTime =
                QDateTime::currentDateTimeUtc().addMSecs(-(AutopilotSyncTracker::cooldownMs - left));
        st.lastSyncDateTime = st.lastManualSyncTriggerDateTime;
    });
    auto s = stack();
    AutopilotSyncWidget widget(&s->tracker);
    Parts parts(widget);
    widget.show();
    QVERIFY(QTest::qWaitFor([&] { return countdownSeconds(parts.state->text()) >= 0; }, 10'000));
    const int first = countdownSeconds(parts.state->text());
    QVERIFY2(first >= 2 && first <= 7, qPrintable(parts.state->text()));
    QVERIFY(!parts.button->isEnabled());
    QVERIFY(!parts.error->isVisible());

    // It ticks every second by itself.
    QVERIFY(QTest::qWaitFor(
            [&] {
                const int now = countdownSeconds(parts.state->text());
                return now >= 0 && now < first;
            },
            2'500));
    QVERIFY(!parts.button->isEnabled());

    // And ends: the button comes back, the countdown goes.
    QVERIFY(QTest::qWaitFor([&] { return parts.button->isEnabled(); }, first * 1000 + 1'500));
    QVERIFY(!parts.state->isVisible());
    QVERIFY(parts.lastSync->isVisible());
}

void TestAutopilotSyncWidget::failureSentenceWithDetails()
{
    auto s = stack(m_fixture->token({u"DeviceManagementServiceConfig.Read.All"_s}));
    AutopilotSyncWidget widget(&s->tracker);
    Parts parts(widget);
    widget.show();
    QVERIFY(QTest::qWaitFor([&] { return parts.button->isEnabled(); }, 10'000));
    QTest::mouseClick(parts.button, Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return parts.error->isVisible(); }, 10'000));
    QVERIFY2(parts.error->text().startsWith(u"The sync could not be started. "_s), qPrintable(parts.error->text()));
    QVERIFY(parts.error->text().contains(u"DeviceManagementServiceConfig.ReadWrite.All"_s));
    const std::optional<GraphError> error = s->tracker.error();
    QVERIFY(error);
    QVERIFY(parts.error->toolTip().contains(u"request-id: "_s + error->requestId));
    QVERIFY(parts.button->isEnabled()); // nothing happened: trying again is allowed
    QVERIFY(!parts.busy->isVisible());
    QVERIFY(!parts.state->isVisible());
}

void TestAutopilotSyncWidget::intuneReportedFailure()
{
    setSettings([](emu::AutopilotSettings &st) { st.syncStatus = 3; });
    auto s = stack();
    AutopilotSyncWidget widget(&s->tracker);
    Parts parts(widget);
    widget.show();
    QVERIFY(QTest::qWaitFor([&] { return parts.error->isVisible(); }, 10'000));
    QCOMPARE(parts.error->text(), u"Intune reports that the last sync failed."_s);
    QVERIFY(parts.error->toolTip().contains(u"Intune admin center"_s));
    QVERIFY(parts.button->isEnabled());
}

QTEST_MAIN(TestAutopilotSyncWidget)
#include "tst_AutopilotSyncWidget.moc"
