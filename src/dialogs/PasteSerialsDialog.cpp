#include "PasteSerialsDialog.h"

#include "models/SerialList.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ed {

using namespace Qt::StringLiterals;

PasteSerialsDialog::PasteSerialsDialog(QWidget *parent)
    : QDialog(parent)
    , m_text(new QPlainTextEdit(this))
    , m_count(new QLabel(this))
{
    setObjectName(u"pasteSerialsDialog"_s);
    setWindowTitle(tr("Select devices by serial number"));
    auto *intro = new QLabel(tr("Paste serial numbers from a ticket, an e-mail or a spreadsheet column. New lines, "
                                "commas, semicolons, spaces and tabs all separate them."),
                             this);
    intro->setWordWrap(true);
    m_text->setObjectName(u"serialsEdit"_s);
    m_text->setAccessibleName(tr("Serial numbers"));
    m_text->setPlaceholderText(tr("5CG1234XYZ\nPF2ABCDE\n…"));
    m_text->setTabChangesFocus(true);
    m_count->setObjectName(u"serialsCount"_s);
    m_count->setAccessibleName(tr("Serial numbers recognised"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_select = buttons->addButton(tr("Select devices"), QDialogButtonBox::AcceptRole);
    m_select->setObjectName(u"selectSerialsButton"_s);
    m_select->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_text, &QPlainTextEdit::textChanged, this, &PasteSerialsDialog::updateCount);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_count);
    layout->addWidget(buttons);
    resize(460, 380);
    updateCount();
}

void PasteSerialsDialog::setText(const QString &text)
{
    m_text->setPlainText(text);
}

QStringList PasteSerialsDialog::serials() const
{
    return SerialList::parse(m_text->toPlainText());
}

void PasteSerialsDialog::updateCount()
{
    const auto count = serials().size();
    m_count->setText(count == 0 ? tr("No serial numbers yet.")
                                : tr("%n serial number(s) recognised.", nullptr, static_cast<int>(count)));
    m_select->setEnabled(count > 0);
}

std::optional<QStringList> PasteSerialsDialog::ask(QWidget *parent)
{
    PasteSerialsDialog dialog(parent);
    const QString clipboard = QApplication::clipboard()->text();
    // Offer the clipboard when it is a list, not a paragraph.
    if (!clipboard.isEmpty() && clipboard.size() < 1'000'000 && !SerialList::parse(clipboard).isEmpty()
        && !clipboard.contains(u"  "_s))
        dialog.setText(clipboard);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.serials();
}

} // namespace ed
