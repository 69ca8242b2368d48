#pragma once

#include "ViewPage.h"

class QLabel;

namespace ed {

// A view whose feature is not part of this build yet. It says so plainly and explains what the
// view will do, rather than showing an empty table that looks broken.
class UnavailableView final : public ViewPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnavailableView)
public:
    UnavailableView(QString key, QString title, QIcon icon, const QString &purpose, QWidget *parent = nullptr);

    QString key() const override { return m_key; }
    QString title() const override { return m_title; }
    QIcon icon() const override { return m_icon; }
    QString summary() const override;

private:
    const QString m_key;
    const QString m_title;
    const QIcon m_icon;
};

} // namespace ed
