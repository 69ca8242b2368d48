#include "Settings.h"

#include <QSettings>

namespace ed {

using namespace Qt::StringLiterals;

Settings::Settings(QSettings &store)
    : m_store(store)
{ }

QByteArray Settings::windowGeometry() const
{
    return m_store.value("window/geometry"_L1).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    m_store.setValue("window/geometry"_L1, geometry);
}

QByteArray Settings::windowState() const
{
    return m_store.value("window/state"_L1).toByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    m_store.setValue("window/state"_L1, state);
}

QByteArray Settings::splitterState() const
{
    return m_store.value("window/splitter"_L1).toByteArray();
}

void Settings::setSplitterState(const QByteArray &state)
{
    m_store.setValue("window/splitter"_L1, state);
}

QVariant Settings::viewValue(const QString &view, const QString &name) const
{
    return m_store.value(u"views/%1/%2"_s.arg(view, name));
}

void Settings::setViewValue(const QString &view, const QString &name, const QVariant &value)
{
    m_store.setValue(u"views/%1/%2"_s.arg(view, name), value);
}

QByteArray Settings::headerState(const QString &view) const
{
    return m_store.value(u"views/%1/header"_s.arg(view)).toByteArray();
}

void Settings::setHeaderState(const QString &view, const QByteArray &state)
{
    m_store.setValue(u"views/%1/header"_s.arg(view), state);
}

QString Settings::currentView() const
{
    return m_store.value("window/currentView"_L1).toString();
}

void Settings::setCurrentView(const QString &view)
{
    m_store.setValue("window/currentView"_L1, view);
}

bool Settings::http2Enabled() const
{
    if (qEnvironmentVariableIsSet("ED_HTTP2"))
        return qEnvironmentVariableIntValue("ED_HTTP2") != 0;
    return m_store.value("network/http2"_L1, false).toBool();
}

void Settings::setHttp2Enabled(bool enabled)
{
    m_store.setValue("network/http2"_L1, enabled);
}

void Settings::sync()
{
    m_store.sync();
}

QString Settings::fileName() const
{
    return m_store.fileName();
}

} // namespace ed
