#include "UnavailableView.h"

#include <QLabel>
#include <QVBoxLayout>

namespace ed {

UnavailableView::UnavailableView(QString key, QString title, QIcon icon, const QString &purpose, QWidget *parent)
    : ViewPage(parent)
    , m_key(std::move(key))
    , m_title(std::move(title))
    , m_icon(std::move(icon))
{
    setObjectName(m_key + QLatin1StringView("View"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 24, 48, 24);
    layout->addStretch(1);

    auto *iconLabel = new QLabel(this);
    iconLabel->setPixmap(m_icon.pixmap(64, 64));
    iconLabel->setAlignment(Qt::AlignCenter);
    iconLabel->setAccessibleName(m_title);
    layout->addWidget(iconLabel);

    auto *heading = new QLabel(tr("%1 is not available in this build yet").arg(m_title), this);
    heading->setObjectName(QStringLiteral("unavailableHeading"));
    heading->setAlignment(Qt::AlignCenter);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    layout->addWidget(heading);

    auto *text = new QLabel(purpose, this);
    text->setObjectName(QStringLiteral("unavailablePurpose"));
    text->setAlignment(Qt::AlignCenter);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(text);
    layout->addStretch(2);
}

QString UnavailableView::summary() const
{
    return tr("Not available yet");
}

} // namespace ed
