#include "ConnectionMenu.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QToolButton>

namespace ed {

using namespace Qt::StringLiterals;

ConnectionMenu::ConnectionMenu(QWidget *parent)
    : QObject(parent)
    , m_menu(new QMenu(tr("&Connection"), parent))
    , m_button(new QToolButton(parent))
    , m_group(new QActionGroup(this))
    , m_signIn(new QAction(tr("&Sign in or manage connections…"), this))
    , m_writeMode(new QAction(tr("Allow &changes (sign in with write permissions)"), this))
    , m_signOut(new QAction(tr("Sign &out"), this))
{
    m_menu->setObjectName(u"menuConnection"_s);
    m_group->setExclusive(true);
    m_signIn->setObjectName(u"actionSignIn"_s);
    m_signIn->setShortcut(QKeySequence(u"Ctrl+Shift+O"_s));
    m_signIn->setToolTip(tr("Sign in to a tenant, add a connection, or change one"));
    m_writeMode->setObjectName(u"actionWriteMode"_s);
    m_writeMode->setCheckable(true);
    m_writeMode->setToolTip(tr("Read-only connections ask only for %1. Changes (unblock, assign, device limit) "
                               "need %2: turning this on signs in again asking for it.")
                                    .arg(ConnectionProfile::readOnlyScopes().join(u", "_s),
                                         ConnectionProfile::writeScopes().constFirst()));
    m_signOut->setObjectName(u"actionSignOut"_s);
    m_signOut->setToolTip(tr("Forget the token of the live connection, in memory and in the keychain"));

    m_separator = m_menu->addSeparator();
    m_menu->addAction(m_signIn);
    m_menu->addAction(m_writeMode);
    m_menu->addAction(m_signOut);

    m_button->setObjectName(u"connectionButton"_s);
    m_button->setPopupMode(QToolButton::InstantPopup);
    m_button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_button->setMenu(m_menu);
    m_button->setAccessibleName(tr("Connection"));
    m_button->setAccessibleDescription(tr("The tenant Enrollment Desk works on; click to switch tenant"));

    connect(m_signIn, &QAction::triggered, this, &ConnectionMenu::signInRequested);
    connect(m_signOut, &QAction::triggered, this, &ConnectionMenu::signOutRequested);
    connect(m_writeMode, &QAction::triggered, this, [this](bool checked) {
        // The check mark follows the token actually held, not the click.
        m_writeMode->setChecked(m_live.access == AccessMode::ReadWrite);
        Q_EMIT accessModeRequested(checked ? AccessMode::ReadWrite : AccessMode::ReadOnly);
    });
    rebuild();
}

ConnectionMenu::~ConnectionMenu() = default;

QList<QAction *> ConnectionMenu::connectionActions() const
{
    return m_group->actions();
}

void ConnectionMenu::setConnections(const QList<ConnectionProfile> &profiles, const ConnectionProfile &live)
{
    m_profiles = profiles;
    m_live = live;
    rebuild();
}

void ConnectionMenu::setBusy(bool busy)
{
    m_busy = busy;
    rebuild();
}

void ConnectionMenu::rebuild()
{
    for (QAction *action : m_group->actions()) {
        m_group->removeAction(action);
        m_menu->removeAction(action);
        action->deleteLater();
    }
    for (const ConnectionProfile &profile : std::as_const(m_profiles)) {
        auto *action = new QAction(profile.displayText(), m_group);
        action->setObjectName(u"connection_"_s + (profile.demo ? u"demo"_s : profile.id));
        action->setCheckable(true);
        const bool live = !m_live.tenant.isEmpty() && profile.id == m_live.id && profile.demo == m_live.demo;
        action->setChecked(live);
        action->setEnabled(!m_busy);
        action->setToolTip(profile.account.isEmpty()
                                   ? ConnectionProfile::methodName(profile.method)
                                   : tr("%1, last signed in as %2")
                                             .arg(ConnectionProfile::methodName(profile.method), profile.account));
        m_menu->insertAction(m_separator, action);
        connect(action, &QAction::triggered, this, [this, id = profile.id, live] {
            if (!live)
                Q_EMIT connectionChosen(id);
            rebuild(); // the check mark follows the connection actually live
        });
    }
    m_separator->setVisible(!m_profiles.isEmpty());

    const bool signedIn = !m_live.tenant.isEmpty();
    m_writeMode->setEnabled(signedIn && m_live.isDelegated() && !m_busy);
    m_writeMode->setChecked(signedIn && m_live.access == AccessMode::ReadWrite);
    m_signOut->setEnabled(signedIn && !m_busy);
    if (m_busy)
        m_button->setText(tr("Signing in…"));
    else if (signedIn)
        m_button->setText(tr("%1 ▾", "connection button: live connection").arg(m_live.displayText()));
    else
        m_button->setText(tr("Not signed in ▾"));
    m_button->setToolTip(signedIn ? tr("Working on %1. Click to switch tenant.").arg(m_live.displayText())
                                  : tr("Click to sign in"));
}

} // namespace ed
