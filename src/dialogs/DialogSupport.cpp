#include "DialogSupport.h"

#include <QKeyEvent>
#include <QPushButton>

#include <utility>

namespace ed {

bool isPlainEnter(const QKeyEvent *key)
{
    return (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
}

bool ConfirmBox::ask(QWidget *parent, std::optional<bool> &scriptedAnswer) const
{
    if (const std::optional<bool> answer = std::exchange(scriptedAnswer, std::nullopt))
        return *answer;
    QMessageBox box(parent);
    box.setObjectName(objectName);
    box.setWindowTitle(windowTitle);
    box.setAccessibleName(accessibleName);
    box.setIcon(warning ? QMessageBox::Warning : QMessageBox::Question);
    box.setTextFormat(Qt::PlainText);
    box.setText(heading);
    box.setInformativeText(details);
    QPushButton *goButton = box.addButton(go.text, go.role);
    goButton->setObjectName(go.objectName);
    goButton->setAccessibleName(go.accessibleName);
    QPushButton *stopButton =
            stop.text.isEmpty() ? box.addButton(QMessageBox::Cancel) : box.addButton(stop.text, stop.role);
    stopButton->setObjectName(stop.objectName);
    stopButton->setAccessibleName(stop.accessibleName);
    box.setDefaultButton(stopIsDefault ? stopButton : goButton);
    box.setEscapeButton(stopButton);
    box.setWindowModality(Qt::WindowModal);
    box.exec();
    return box.clickedButton() == goButton;
}

} // namespace ed
