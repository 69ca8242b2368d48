#include "ActivityView.h"

#include "app/Settings.h"
#include "models/ActivityModel.h"
#include "models/SearchFilterProxyModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace ed {

using namespace Qt::StringLiterals;

ActivityView::ActivityView(ActivityModel *model, QWidget *parent)
    : ViewPage(parent)
    , m_model(model)
    , m_proxy(new SearchFilterProxyModel(ActivityModel::RawValueRole, this))
    , m_table(new QTableView(this))
    , m_emptyLabel(new QLabel(this))
{
    setObjectName(u"activityView"_s);
    m_proxy->setSourceModel(m_model);

    m_emptyLabel->setObjectName(u"activityEmptyLabel"_s);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setText(tr("No changes made in this session yet. Every change Enrollment Desk makes in the "
                             "tenant (unblocking devices, assigning profiles, editing limits and assignments) is "
                             "listed here with its result and the request ID Microsoft support asks for."));

    m_table->setObjectName(u"activityTable"_s);
    m_table->setAccessibleName(tr("Activity"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ActivityModel::TimeColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_emptyLabel);
    layout->addWidget(m_table);

    const auto changed = [this] {
        updateEmptyState();
        Q_EMIT summaryChanged();
    };
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, changed);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, changed);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, changed);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, changed);
    updateEmptyState();
}

QString ActivityView::key() const
{
    return u"activity"_s;
}

QString ActivityView::title() const
{
    return tr("Activity");
}

QIcon ActivityView::icon() const
{
    return QIcon(u":/icons/activity.svg"_s);
}

QString ActivityView::searchPlaceholder() const
{
    return tr("Search activity (action, target, result, request ID)");
}

void ActivityView::setSearchText(const QString &text)
{
    m_proxy->setSearchText(text);
    updateEmptyState();
    Q_EMIT summaryChanged();
}

QString ActivityView::searchText() const
{
    return m_proxy->searchText();
}

void ActivityView::saveState(Settings &settings) const
{
    settings.setHeaderState(key(), m_table->horizontalHeader()->saveState());
}

void ActivityView::restoreState(const Settings &settings)
{
    const QByteArray state = settings.headerState(key());
    if (!state.isEmpty())
        m_table->horizontalHeader()->restoreState(state);
}

QString ActivityView::summary() const
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    if (total == shown)
        return tr("%Ln change(s)", nullptr, total);
    return tr("%Ln change(s) (%1 shown)", nullptr, total).arg(QLocale().toString(shown));
}

void ActivityView::updateEmptyState()
{
    m_emptyLabel->setVisible(m_model->rowCount() == 0);
}

} // namespace ed
