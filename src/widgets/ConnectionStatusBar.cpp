#include "ConnectionStatusBar.h"

#include <QHBoxLayout>
#include <QLabel>

namespace ed {

using namespace Qt::StringLiterals;

namespace {
QLabel *makeLabel(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setAccessibleName(accessibleName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setTextFormat(Qt::PlainText);
    return label;
}
} // namespace

ConnectionStatusBar::ConnectionStatusBar(QWidget *parent)
    : QWidget(parent)
    , m_tenant(makeLabel(u"tenantLabel"_s, tr("Tenant"), this))
    , m_cloud(makeLabel(u"cloudLabel"_s, tr("Cloud"), this))
    , m_identity(makeLabel(u"identityLabel"_s, tr("Signed-in identity"), this))
    , m_state(makeLabel(u"connectionStateLabel"_s, tr("Connection state"), this))
{
    QFont bold = m_tenant->font();
    bold.setBold(true);
    m_tenant->setFont(bold);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    for (QLabel *label : {m_tenant, m_cloud, m_identity, m_state})
        layout->addWidget(label);
}

void ConnectionStatusBar::setStatus(const ConnectionStatus &status)
{
    m_tenant->setText(status.tenantText());
    m_tenant->setToolTip(tr("Tenant: %1").arg(status.tenantText()));
    m_cloud->setText(status.cloudText());
    m_cloud->setToolTip(tr("Microsoft Graph at %1").arg(status.graphUrl.toDisplayString()));
    m_identity->setText(status.identityText());
    m_identity->setToolTip(status.method.isEmpty() ? status.identityText() : status.method);
    const QString stateText = status.stateText();
    // Text carries the meaning; the marker only reinforces it.
    const QString marker = status.hasToken() ? u"\u25CF"_s : u"\u25CB"_s;
    m_state->setText(tr("%1 %2", "connection state marker, state text").arg(marker, stateText));
    m_state->setAccessibleDescription(stateText);
    m_state->setToolTip(status.hintText().isEmpty() ? stateText : status.hintText());
}

} // namespace ed
