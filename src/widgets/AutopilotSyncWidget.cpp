#include "AutopilotSyncWidget.h"

#include "models/AutopilotSyncTracker.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QTimer>
#include <QToolButton>

#include <algorithm>

namespace ed {

using namespace Qt::StringLiterals;

namespace {
constexpr int idleTickMs = 30'000; // "5 minutes ago" stays right to the half minute

QLabel *makeLabel(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setAccessibleName(accessibleName);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    return label;
}

void setLabel(QLabel *label, const QString &text, const QString &toolTip = {})
{
    label->setText(text);
    label->setToolTip(toolTip);
    label->setAccessibleDescription(toolTip.isEmpty() ? text : toolTip);
    label->setVisible(!text.isEmpty());
}
} // namespace

AutopilotSyncWidget::AutopilotSyncWidget(AutopilotSyncTracker *tracker, QWidget *parent)
    : QWidget(parent)
    , m_button(new QToolButton(this))
    , m_busy(new QProgressBar(this))
    , m_state(makeLabel(u"syncStateLabel"_s, tr("Sync state"), this))
    , m_lastSync(makeLabel(u"lastSyncLabel"_s, tr("Last sync"), this))
    , m_error(makeLabel(u"syncErrorLabel"_s, tr("Sync error"), this))
    , m_tick(new QTimer(this))
{
    setObjectName(u"autopilotSyncWidget"_s);
    setAccessibleName(tr("Sync with Intune"));

    m_button->setObjectName(u"syncButton"_s);
    m_button->setText(tr("Sync with Intune"));
    m_button->setAccessibleName(tr("Sync with Intune"));
    m_button->setIcon(QIcon(u":/icons/refresh.svg"_s));
    m_button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_button->setAutoRaise(true);

    m_busy->setObjectName(u"syncBusyIndicator"_s);
    m_busy->setAccessibleName(tr("Sync in progress"));
    m_busy->setRange(0, 0); // indeterminate: Intune says nothing about progress
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(64);
    m_busy->setMaximumHeight(fontMetrics().height() / 2 + 2);
    m_busy->hide();

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_button);
    layout->addWidget(m_busy);
    layout->addWidget(m_state);
    layout->addWidget(m_lastSync);
    layout->addWidget(m_error, 1);

    m_tick->setSingleShot(true);
    connect(m_tick, &QTimer::timeout, this, &AutopilotSyncWidget::updateView);
    connect(m_button, &QToolButton::clicked, this, [this] {
        if (AutopilotSyncTracker *t = m_tracker.data())
            t->sync();
    });
    setTracker(tracker);
}

AutopilotSyncTracker *AutopilotSyncWidget::tracker() const
{
    return m_tracker.data();
}

void AutopilotSyncWidget::setTracker(AutopilotSyncTracker *tracker)
{
    disconnect(m_changedConnection);
    disconnect(m_destroyedConnection);
    m_tracker = tracker;
    if (tracker) {
        m_changedConnection = connect(tracker, &AutopilotSyncTracker::changed, this, &AutopilotSyncWidget::updateView);
        m_destroyedConnection = connect(tracker, &QObject::destroyed, this, [this] {
            m_tracker = nullptr;
            updateView();
        });
        if (isVisible() && tracker->state() == AutopilotSyncTracker::State::Unknown && !tracker->isLoading())
            tracker->refresh();
    }
    updateView();
}

void AutopilotSyncWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    AutopilotSyncTracker *t = m_tracker.data();
    if (t && t->state() == AutopilotSyncTracker::State::Unknown && !t->isLoading() && !t->isStarting())
        t->refresh();
    updateView();
}

void AutopilotSyncWidget::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_tick->stop();
}

QString AutopilotSyncWidget::lastSyncText(const QDateTime &lastSync, const QDateTime &now)
{
    if (!lastSync.isValid())
        return tr("Last sync: never");
    const QDateTime local = lastSync.toLocalTime();
    const QDateTime localNow = now.toLocalTime();
    const QLocale locale;
    const QString when = local.date() == localNow.date() ? locale.toString(local.time(), QLocale::ShortFormat)
                                                         : locale.toString(local, QLocale::ShortFormat);
    // A last sync "in the future" is the two clocks disagreeing: it was just now.
    const qint64 seconds = std::max<qint64>(0, lastSync.secsTo(now));
    QString ago;
    if (seconds < 60)
        ago = tr("just now");
    else if (seconds < 3600)
        ago = tr("%n minute(s) ago", nullptr, static_cast<int>(seconds / 60));
    else if (seconds < 86'400)
        ago = tr("%n hour(s) ago", nullptr, static_cast<int>(seconds / 3600));
    else
        ago = tr("%n day(s) ago", nullptr, static_cast<int>(std::min<qint64>(seconds / 86'400, 100'000)));
    //: %1 is how long ago ("5 minutes ago"), %2 the local time or date and time
    return tr("Last sync: %1 (%2)").arg(ago, when);
}

QString AutopilotSyncWidget::countdownText(qint64 remainingMs)
{
    const qint64 total = std::max<qint64>(0, (remainingMs + 999) / 1000);
    const qint64 hours = total / 3600;
    const qint64 minutes = (total % 3600) / 60;
    const qint64 seconds = total % 60;
    const QString ss = u"%1"_s.arg(seconds, 2, 10, QLatin1Char('0'));
    if (hours > 0)
        return u"%1:%2:%3"_s.arg(hours).arg(minutes, 2, 10, QLatin1Char('0')).arg(ss);
    return u"%1:%2"_s.arg(minutes).arg(ss);
}

void AutopilotSyncWidget::updateView()
{
    const QString explanation =
            tr("Asks Intune to import the devices newly registered with Windows Autopilot (by your OEM, reseller "
               "or a hardware hash upload) now, instead of at its next automatic sync. Intune allows one sync "
               "every 10 minutes.");
    AutopilotSyncTracker *t = m_tracker.data();
    if (!t) {
        m_tick->stop();
        m_button->setEnabled(false);
        m_button->setToolTip(explanation);
        m_button->setAccessibleDescription(explanation);
        m_busy->hide();
        setLabel(m_state, tr("Not connected to Intune."));
        setLabel(m_lastSync, {});
        setLabel(m_error, {});
        return;
    }

    using State = AutopilotSyncTracker::State;
    const State state = t->state();
    const qint64 remaining = t->cooldownRemainingMs();
    const bool running = state == State::Running;

    QString stateText;
    QString stateTip;
    if (t->isStarting()) {
        stateText = tr("Starting sync…");
    } else if (running) {
        stateText = tr("Sync running…");
        stateTip = tr("Intune is importing devices from Windows Autopilot. The list is reloaded when it finishes.");
    } else if (remaining > 0) {
        //: %1 is a countdown, minutes:seconds ("7:42")
        stateText = tr("Next sync possible in %1").arg(countdownText(remaining));
        stateTip = tr("Intune allows one sync every 10 minutes; next possible at %1.")
                           .arg(QLocale().toString(t->nextSyncPossibleAt().time(), QLocale::ShortFormat));
    } else if (!t->hasSettings() && t->isLoading()) {
        stateText = tr("Reading sync status…");
    }
    setLabel(m_state, stateText, stateTip);
    m_busy->setVisible(t->isStarting() || running);

    setLabel(m_lastSync, t->hasSettings() ? lastSyncText(t->lastSync(), QDateTime::currentDateTimeUtc()) : QString());

    QString errorText;
    QString errorTip;
    const std::optional<GraphError> error = t->error();
    switch (t->failedOperation()) {
    case AutopilotSyncTracker::FailedOperation::None:
        break;
    case AutopilotSyncTracker::FailedOperation::ReadSettings:
        //: %1 is the reason, one sentence
        errorText = tr("Could not read the sync status. %1").arg(error ? error->summary() : QString());
        errorTip = error ? error->details() : QString();
        break;
    case AutopilotSyncTracker::FailedOperation::StartSync:
        //: %1 is the reason, one sentence
        errorText = tr("The sync could not be started. %1").arg(error ? error->summary() : QString());
        errorTip = error ? error->details() : QString();
        break;
    case AutopilotSyncTracker::FailedOperation::IntuneSync:
        errorText = tr("Intune reports that the last sync failed.");
        errorTip = tr("Intune could not import the devices from Windows Autopilot. Try again; if it keeps "
                      "failing, look at the Windows Autopilot devices page of the Intune admin center.");
        break;
    }
    setLabel(m_error, errorText.trimmed(), errorTip);

    QString buttonTip = explanation;
    if (t->isStarting() || running)
        buttonTip += u"\n\n"_s + tr("A sync is running; wait for it to finish.");
    else if (remaining > 0)
        buttonTip += u"\n\n"_s + stateTip;
    m_button->setEnabled(t->canSync());
    m_button->setToolTip(buttonTip);
    m_button->setAccessibleDescription(buttonTip);

    // The countdown changes its text on each whole second; otherwise "5 minutes ago" ages slowly.
    if (isVisible())
        m_tick->start(remaining > 0 ? static_cast<int>(remaining % 1000) + 10 : idleTickMs);
    else
        m_tick->stop();
}

} // namespace ed
