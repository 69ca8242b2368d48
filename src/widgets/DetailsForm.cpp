#include "DetailsForm.h"

#include <QApplication>
#include <QClipboard>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace ed {

DetailsForm::DetailsForm(const QString &valuePrefix, const QString &copyPrefix, QObject *parent)
    : QObject(parent)
    , m_valuePrefix(valuePrefix)
    , m_copyPrefix(copyPrefix)
{ }

DetailsForm::~DetailsForm() = default;

QFormLayout *DetailsForm::createLayout(QWidget *parent)
{
    auto *form = new QFormLayout(parent);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight);
    return form;
}

QLabel *DetailsForm::addField(QFormLayout *form, const QString &key, const QString &label, bool copyable)
{
    Q_ASSERT(!m_values.contains(key));
    auto *value = new QLabel;
    value->setObjectName(m_valuePrefix + key);
    value->setAccessibleName(label);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setTextFormat(Qt::PlainText);
    value->setWordWrap(true);
    m_values.insert(key, value);
    if (!copyable) {
        form->addRow(label, value);
        return value;
    }
    auto *row = new QWidget;
    auto *rowLayout = new QHBoxLayout(row);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    rowLayout->addWidget(value, 1);
    auto *copy = new QToolButton(row);
    copy->setObjectName(m_copyPrefix + key);
    copy->setText(tr("Copy"));
    copy->setAccessibleName(tr("Copy %1").arg(label));
    copy->setToolTip(tr("Copy the %1 to the clipboard").arg(label));
    connect(copy, &QToolButton::clicked, value, [value] {
        if (!value->text().isEmpty())
            QApplication::clipboard()->setText(value->text());
    });
    rowLayout->addWidget(copy);
    form->addRow(label, row);
    return value;
}

void DetailsForm::setField(const QString &key, const QString &text, const QString &toolTip)
{
    if (QLabel *label = m_values.value(key)) {
        label->setText(text);
        label->setToolTip(toolTip);
    }
}

QString DetailsForm::fieldText(const QString &key) const
{
    const QLabel *label = m_values.value(key);
    return label ? label->text() : QString();
}

void DetailsForm::clear()
{
    for (QLabel *label : std::as_const(m_values)) {
        label->clear();
        label->setToolTip({});
    }
}

} // namespace ed
