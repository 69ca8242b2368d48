#pragma once

#include <QMessageBox>
#include <QString>

#include <optional>

class QKeyEvent;
class QWidget;

namespace ed {

// What the dialogs that change Intune (assign a profile, edit assignments) share.

// Return or Enter without a modifier (the keypad's Enter included).
bool isPlainEnter(const QKeyEvent *key);

// A window-modal question before a change: the heading in plain text, the details below it, and
// two buttons. Tests answer in advance (scriptedAnswer) instead of clicking.
struct ConfirmBox
{
    struct Button
    {
        QString text; // empty: the standard Cancel button (for `stop` only)
        QMessageBox::ButtonRole role = QMessageBox::AcceptRole;
        QString objectName;
        QString accessibleName;
    };

    QString objectName;
    QString windowTitle;
    QString accessibleName;
    QString heading;
    QString details;
    bool warning = false; // a warning icon instead of the question mark
    Button go;
    Button stop; // also what Escape clicks
    bool stopIsDefault = false; // Enter clicks stop (when going on takes something away)

    // True when `go` was clicked. A scriptedAnswer is used (and reset) instead of showing the box.
    bool ask(QWidget *parent, std::optional<bool> &scriptedAnswer) const;
};

} // namespace ed
