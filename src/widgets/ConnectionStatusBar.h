#pragma once

#include "auth/ConnectionStatus.h"

#include <QWidget>

class QLabel;

namespace ed {

// The permanent right-hand part of the status bar: tenant, cloud, signed-in identity and
// connection state, each its own label so screen readers and tests can read them apart.
class ConnectionStatusBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionStatusBar)
public:
    explicit ConnectionStatusBar(QWidget *parent = nullptr);

    void setStatus(const ConnectionStatus &status);

private:
    QLabel *m_tenant;
    QLabel *m_cloud;
    QLabel *m_identity;
    QLabel *m_state;
};

} // namespace ed
