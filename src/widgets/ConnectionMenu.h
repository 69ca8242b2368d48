#pragma once

#include "auth/ConnectionProfile.h"

#include <QObject>

class QAction;
class QActionGroup;
class QMenu;
class QToolButton;
class QWidget;

namespace ed {

// The "Connection" menu and its toolbar button: every saved connection (the live one checked), so
// switching tenant is two clicks — the button, then the tenant — plus sign-in, write mode and
// sign-out. The button's text names the live connection, tenant and cloud at all times.
class ConnectionMenu final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionMenu)
public:
    explicit ConnectionMenu(QWidget *parent);
    ~ConnectionMenu() override;

    QMenu *menu() const { return m_menu; }
    QToolButton *button() const { return m_button; }
    QAction *signInAction() const { return m_signIn; }
    QAction *writeModeAction() const { return m_writeMode; }
    QAction *signOutAction() const { return m_signOut; }
    // The actions of the listed connections, in order (object names "connection_<id>").
    QList<QAction *> connectionActions() const;

    // `profiles`: the demo first when there is one, then the saved ones. `live`: the connection
    // signed in now (empty id: none).
    void setConnections(const QList<ConnectionProfile> &profiles, const ConnectionProfile &live);
    // While a sign-in runs, choosing another connection is refused (the button says so).
    void setBusy(bool busy);

Q_SIGNALS:
    void connectionChosen(const QString &id);
    void signInRequested();
    // The user asked for write access (true) or back to read-only (false) for the live connection.
    void accessModeRequested(ed::AccessMode mode);
    void signOutRequested();

private:
    void rebuild();

    QMenu *m_menu;
    QToolButton *m_button;
    QActionGroup *m_group;
    QAction *m_signIn;
    QAction *m_writeMode;
    QAction *m_signOut;
    QAction *m_separator;
    QList<ConnectionProfile> m_profiles;
    ConnectionProfile m_live;
    bool m_busy = false;
};

} // namespace ed
