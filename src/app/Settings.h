#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

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
    // Other per-view state (a details splitter, whether a pane is shown), by name.
    QVariant viewValue(const QString &view, const QString &name) const;
    void setViewValue(const QString &view, const QString &name, const QVariant &value);
    QString currentView() const;
    void setCurrentView(const QString &view);

    // HTTP/2 to Graph: off unless asked for (Qt 6.4's HTTP/2 has a long bug record).
    // ED_HTTP2=1 in the environment overrides the setting.
    bool http2Enabled() const;
    void setHttp2Enabled(bool enabled);

    void sync();
    QString fileName() const;

private:
    QSettings &m_store;
};

} // namespace ed
