#include "DetailsForm.h"

#include "dialogs/RawJsonDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace ed {

using namespace Qt::StringLiterals;

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

DetailsFrame::DetailsFrame(QWidget *pane, const QString &prefix, const Texts &texts)
    : m_pane(pane)
    , m_stack(new QStackedWidget(pane))
    , m_placeholder(new QLabel(pane))
    , m_content(new QWidget)
    , m_title(new QLabel(m_content))
    , m_rawJson(new QPushButton(m_content))
    , m_left(new QVBoxLayout)
    , m_right(new QVBoxLayout)
{
    m_placeholder->setObjectName(prefix + "DetailsPlaceholder"_L1);
    m_placeholder->setAccessibleName(texts.placeholderName);
    m_placeholder->setText(texts.placeholder);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);

    m_title->setObjectName(prefix + "DetailsTitle"_L1);
    m_title->setAccessibleName(texts.titleName);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setTextFormat(Qt::PlainText); // a name from Graph is never markup
    m_title->setWordWrap(true);

    m_rawJson->setObjectName(prefix + "RawJsonButton"_L1);
    m_rawJson->setText(texts.rawJson);
    m_rawJson->setAccessibleName(texts.rawJsonName);
    m_rawJson->setToolTip(texts.rawJsonName);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_rawJson, 0, Qt::AlignTop);
    auto *columns = new QHBoxLayout;
    columns->addLayout(m_left, 1);
    columns->addLayout(m_right, 1);
    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->addLayout(header);
    contentLayout->addLayout(columns);
    contentLayout->addStretch(1);

    auto *scroll = new QScrollArea;
    scroll->setObjectName(prefix + "DetailsScroll"_L1);
    scroll->setAccessibleName(texts.scrollName);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_content);

    m_stack->setObjectName(prefix + "DetailsStack"_L1);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(scroll);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
}

QFormLayout *DetailsFrame::addGroup(QVBoxLayout *column, const QString &objectName, const QString &title) const
{
    auto *box = new QGroupBox(title, m_content);
    box->setObjectName(objectName);
    box->setAccessibleName(title);
    column->addWidget(box);
    return DetailsForm::createLayout(box);
}

void DetailsFrame::showPlaceholder()
{
    m_title->clear();
    m_rawJson->setEnabled(false);
    m_stack->setCurrentWidget(m_placeholder);
}

void DetailsFrame::showPage(const QString &displayName, const QString &id)
{
    m_title->setText(displayName.isEmpty() ? id : displayName);
    m_rawJson->setEnabled(true);
    m_stack->setCurrentIndex(1);
}

bool DetailsFrame::isShowingPage() const
{
    return m_stack->currentWidget() != m_placeholder;
}

RawJsonDialog *DetailsFrame::openRawJson(const QJsonObject &json) const
{
    if (!isShowingPage())
        return nullptr;
    return RawJsonDialog::open(m_pane, m_title->text(), json);
}

QString scopeTagsText(const QStringList &tagIds, const QString &defaultTag, const QString &none)
{
    QStringList tags;
    for (const QString &tag : tagIds)
        tags.append(tag == u"0"_s ? defaultTag : tag);
    return tags.isEmpty() ? none : tags.join(", "_L1);
}

} // namespace ed
