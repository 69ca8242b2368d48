#pragma once

#include "models/BulkUnblockJob.h"

#include <QDialog>

#include <functional>

class QLabel;
class QListWidget;
class QPushButton;

namespace ed {

// "Unblock 250 devices?": names the count, lists the first devices (serial, model, user) and says
// how many more, explains what allowNextEnrollment does, and how long Graph's limits make it take.
// A typed function: confirm() returns whether to go ahead.
class UnblockConfirmDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UnblockConfirmDialog)
public:
    static constexpr int listedDevices = 10;

    // minimumDurationMs: the shortest time the writes can take (BulkUnblockJob::minimumDurationMs);
    // mentioned when it is long enough to matter, never when negative.
    explicit UnblockConfirmDialog(const QList<UnblockTarget> &devices, qint64 minimumDurationMs = -1,
                                  QWidget *parent = nullptr);
    ~UnblockConfirmDialog() override;

    // Runs the dialog (window-modal); true: unblock. False at once for an empty list.
    static bool confirm(QWidget *parent, const QList<UnblockTarget> &devices, qint64 minimumDurationMs = -1);
    // Test seam: the next confirm() builds the dialog and hands it to `answer` instead of running
    // it; answer's result is confirm()'s. Used once, then cleared.
    static void setNextAnswer(std::function<bool(UnblockConfirmDialog &)> answer);

    QString heading() const;
    QString explanation() const;
    // The listed devices, one line each, and the "…and 240 more" line (empty when all are listed).
    QStringList listedLines() const;
    QString moreText() const;
    QPushButton *unblockButton() const { return m_unblock; }
    QPushButton *cancelButton() const { return m_cancel; }

private:
    QLabel *m_heading;
    QLabel *m_explanation;
    QListWidget *m_list;
    QLabel *m_more;
    QPushButton *m_unblock;
    QPushButton *m_cancel;
};

} // namespace ed
