#include "RawJsonDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ed {

using namespace Qt::StringLiterals;

RawJsonDialog::RawJsonDialog(const QString &objectTitle, const QJsonDocument &json, QWidget *parent)
    : QDialog(parent)
    , m_text(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
{
    setObjectName(u"rawJsonDialog"_s);
    setWindowTitle(objectTitle.isEmpty() ? tr("Raw JSON") : tr("Raw JSON — %1").arg(objectTitle));
    setAccessibleName(windowTitle());

    m_text->setObjectName(u"rawJsonText"_s);
    m_text->setAccessibleName(tr("JSON as Microsoft Graph sent it"));
    m_text->setReadOnly(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setPlainText(QString::fromUtf8(json.toJson(QJsonDocument::Indented)));

    m_status->setObjectName(u"rawJsonStatus"_s);
    m_status->setAccessibleName(tr("Copy status"));

    auto *buttons = new QDialogButtonBox(this);
    m_copy = buttons->addButton(tr("Copy"), QDialogButtonBox::ActionRole);
    m_copy->setObjectName(u"copyJsonButton"_s);
    m_copy->setAccessibleName(tr("Copy the JSON to the clipboard"));
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(u"closeJsonButton"_s);
    m_close->setAccessibleName(tr("Close"));
    m_close->setDefault(true);
    connect(m_copy, &QPushButton::clicked, this, &RawJsonDialog::copyToClipboard);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addLayout(bottom);
    resize(640, 560);
}

RawJsonDialog::RawJsonDialog(const QString &objectTitle, const QJsonObject &json, QWidget *parent)
    : RawJsonDialog(objectTitle, QJsonDocument(json), parent)
{ }

RawJsonDialog::~RawJsonDialog() = default;

RawJsonDialog *RawJsonDialog::open(QWidget *parent, const QString &objectTitle, const QJsonObject &json)
{
    auto *dialog = new RawJsonDialog(objectTitle, json, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

QString RawJsonDialog::text() const
{
    return m_text->toPlainText();
}

void RawJsonDialog::copyToClipboard()
{
    const QString json = text();
    QApplication::clipboard()->setText(json);
    m_status->setText(tr("Copied %1 characters.").arg(QLocale().toString(json.size())));
}

} // namespace ed
