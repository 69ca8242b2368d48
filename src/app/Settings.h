#pragma once

#include <QByteArray>
#include <QString>

class QSettings;

namespace ed {

// Typed access to what Enrollment Desk remembers between runs. One place knows the keys.
// Secrets never go here: tokens live in the OS keychain or in memory.
class Settings final
{
    Q_DISABLE_COPY_MOVE(Settings)
public:
    explicit Settings(QSettings &store);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    QByteArray splitterState() const;
    void setSplitterState(const QByteArray &state);
    // Column order, widths, visibility and sort of one view's table.
    QByteArray headerState(const QString &view) const;
    void setHeaderState(const QString &view, const QByteArray &state);
    QString currentView() const;
    void setCurrentView(const QString &view);

    void sync();
    QString fileName() const;

private:
    QSettings &m_store;
};

} // namespace ed
