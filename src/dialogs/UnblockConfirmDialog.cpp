#include "UnblockConfirmDialog.h"

#include "dialogs/BulkUnblockDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace ed {

using namespace Qt::StringLiterals;

namespace {

std::function<bool(UnblockConfirmDialog &)> &nextAnswer()
{
    static std::function<bool(UnblockConfirmDialog &)> answer;
    return answer;
}

// Below this the wait is not worth a sentence.
constexpr qint64 mentionDurationFromMs = 10'000;

QString deviceLine(const UnblockTarget &device)
{
    QStringList parts{device.serial.isEmpty() ? device.deviceId : device.serial};
    if (!device.model.isEmpty())
        parts.append(device.model);
    if (!device.user.isEmpty())
        parts.append(device.user);
    return parts.join(u" · "_s);
}

} // namespace

UnblockConfirmDialog::UnblockConfirmDialog(const QList<UnblockTarget> &devices, qint64 minimumDurationMs,
                                           QWidget *parent)
    : QDialog(parent)
    , m_heading(new QLabel(this))
    , m_explanation(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_more(new QLabel(this))
{
    setObjectName(u"UnblockConfirmDialog"_s);
    const int count = static_cast<int>(devices.size());
    const QString heading = count == 1
            ? tr("Unblock %1?")
                      .arg(devices.constFirst().serial.isEmpty() ? devices.constFirst().deviceId
                                                                 : devices.constFirst().serial)
            : tr("Unblock %Ln devices?", nullptr, count);
    setWindowTitle(heading);
    setAccessibleName(heading);

    m_heading->setObjectName(u"heading"_s);
    m_heading->setText(heading);
    m_heading->setAccessibleName(tr("Question"));
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    m_heading->setFont(headingFont);

    QStringList paragraphs{
            tr("Unblocking (allow next enrollment) lets a device whose userless enrollment was blocked enroll "
               "through Windows Autopilot once more, for example after a reset. Nothing else about the device "
               "changes.")};
    const auto notBlocked = std::count_if(devices.cbegin(), devices.cend(),
                                          [](const UnblockTarget &device) { return !device.blocked; });
    if (notBlocked > 0 && count == 1)
        paragraphs.append(tr("The device is not blocked; unblocking it changes nothing."));
    else if (notBlocked > 0)
        paragraphs.append(tr("%Ln of them are not blocked; unblocking them changes nothing.", nullptr,
                             static_cast<int>(notBlocked)));
    if (minimumDurationMs >= mentionDurationFromMs)
        paragraphs.append(tr("Microsoft Graph accepts only so many changes at a time: this takes at least %1. "
                             "You can cancel at any point; devices already sent stay unblocked.")
                                  .arg(BulkUnblockDialog::durationText(minimumDurationMs)));
    m_explanation->setObjectName(u"explanation"_s);
    m_explanation->setText(paragraphs.join(u"\n\n"_s));
    m_explanation->setWordWrap(true);
    m_explanation->setAccessibleName(tr("What unblocking does"));

    m_list->setObjectName(u"deviceList"_s);
    m_list->setAccessibleName(tr("Devices to unblock"));
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setFocusPolicy(Qt::NoFocus);
    for (int i = 0; i < std::min(count, listedDevices); ++i)
        m_list->addItem(deviceLine(devices.at(i)));
    m_list->setVisible(
            count > 1
            || (count == 1 && (!devices.constFirst().model.isEmpty() || !devices.constFirst().user.isEmpty())));
    if (count > 0)
        m_list->setFixedHeight(m_list->sizeHintForRow(0) * std::min(count, listedDevices) + 2 * m_list->frameWidth()
                               + 4);

    m_more->setObjectName(u"moreDevices"_s);
    m_more->setAccessibleName(tr("More devices"));
    if (count > listedDevices)
        m_more->setText(tr("…and %Ln more.", nullptr, count - listedDevices));
    m_more->setVisible(count > listedDevices);

    auto *buttons = new QDialogButtonBox(this);
    buttons->setObjectName(u"buttons"_s);
    m_unblock = buttons->addButton(count == 1 ? tr("Unblock") : tr("Unblock %Ln", nullptr, count),
                                   QDialogButtonBox::AcceptRole);
    m_unblock->setObjectName(u"unblockButton"_s);
    m_unblock->setAccessibleName(tr("Unblock"));
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(u"cancelButton"_s);
    m_cancel->setAccessibleName(tr("Cancel"));
    // Unblocking takes nothing away (a device may enroll once more) and the question names the
    // count: the action asked for is the default; Esc cancels.
    m_unblock->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_explanation);
    layout->addWidget(m_list);
    layout->addWidget(m_more);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

UnblockConfirmDialog::~UnblockConfirmDialog() = default;

bool UnblockConfirmDialog::confirm(QWidget *parent, const QList<UnblockTarget> &devices, qint64 minimumDurationMs)
{
    if (devices.isEmpty())
        return false;
    UnblockConfirmDialog dialog(devices, minimumDurationMs, parent);
    if (std::function<bool(UnblockConfirmDialog &)> answer = std::exchange(nextAnswer(), {}))
        return answer(dialog);
    dialog.setWindowModality(parent ? Qt::WindowModal : Qt::ApplicationModal);
    return dialog.exec() == QDialog::Accepted;
}

void UnblockConfirmDialog::setNextAnswer(std::function<bool(UnblockConfirmDialog &)> answer)
{
    nextAnswer() = std::move(answer);
}

QString UnblockConfirmDialog::heading() const
{
    return m_heading->text();
}

QString UnblockConfirmDialog::explanation() const
{
    return m_explanation->text();
}

QStringList UnblockConfirmDialog::listedLines() const
{
    QStringList lines;
    for (int i = 0; i < m_list->count(); ++i)
        lines.append(m_list->item(i)->text());
    return lines;
}

QString UnblockConfirmDialog::moreText() const
{
    return m_more->isHidden() ? QString() : m_more->text();
}

} // namespace ed
