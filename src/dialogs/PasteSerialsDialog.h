#pragma once

#include <QDialog>
#include <QStringList>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace ed {

// "Paste a list": serial numbers from a ticket, an e-mail or a spreadsheet column, separated by
// new lines, commas, semicolons, spaces or tabs. Shows how many distinct serials it recognised
// as you type; returns them (SerialList::parse) or nothing when cancelled.
class PasteSerialsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasteSerialsDialog)
public:
    explicit PasteSerialsDialog(QWidget *parent = nullptr);

    void setText(const QString &text);
    QStringList serials() const;

    // Opens the dialog (with the clipboard's text when it looks like serials); empty when cancelled.
    static std::optional<QStringList> ask(QWidget *parent);

private:
    void updateCount();

    QPlainTextEdit *m_text;
    QLabel *m_count;
    QPushButton *m_select;
};

} // namespace ed
