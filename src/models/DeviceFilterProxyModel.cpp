#include "DeviceFilterProxyModel.h"

#include "AutopilotDeviceModel.h"

namespace ed {

DeviceFilterProxyModel::DeviceFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(AutopilotDeviceModel::RawValueRole);
    // A reset may give the model another string table (a refresh's adopt(), a clear()): the
    // filter's verdicts and facet indexes name texts of the old one. Setting the words again
    // drops them, so the first row judged after the reset prepares the filter afresh.
    connect(this, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_filter.setSearchText(m_filter.searchText()); });
}

void DeviceFilterProxyModel::setDeviceModel(AutopilotDeviceModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    setSourceModel(model);
    if (model)
        connect(model, &AutopilotDeviceModel::sortRanksReady, this, [this](int column) {
            if (column != m_pendingSortColumn)
                return;
            m_pendingSortColumn = -1;
            QSortFilterProxyModel::sort(column, m_pendingSortOrder);
        });
}

void DeviceFilterProxyModel::setFilter(const DeviceFilter &filter)
{
    m_filter = filter;
    refilter();
}

void DeviceFilterProxyModel::setSearchText(const QString &text)
{
    if (text == m_filter.searchText())
        return;
    m_filter.setSearchText(text);
    refilter();
}

void DeviceFilterProxyModel::refilter()
{
    if (m_model) {
        m_filter.prepare(*m_model);
        // Ranks make the re-sort that comes with invalidate() one integer compare per step.
        if (sortColumn() >= 0)
            m_model->sortRanks(sortColumn());
    }
    invalidate();
}

void DeviceFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    m_pendingSortColumn = -1;
    if (m_model && column >= 0 && !m_model->hasSortRanks(column) && m_model->rowCount() > 0) {
        if (m_backgroundSorting) {
            m_pendingSortColumn = column;
            m_pendingSortOrder = order;
            m_model->prepareSortRanks(column);
            return;
        }
        m_model->sortRanks(column);
    }
    QSortFilterProxyModel::sort(column, order);
}

QList<int> DeviceFilterProxyModel::sourceRows() const
{
    QList<int> rows;
    const int count = rowCount();
    rows.reserve(count);
    for (int row = 0; row < count; ++row)
        rows.append(mapToSource(index(row, 0)).row());
    return rows;
}

bool DeviceFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || !m_model)
        return false;
    return m_filter.accepts(*m_model, sourceRow);
}

bool DeviceFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_model)
        return QSortFilterProxyModel::lessThan(left, right);
    const int column = left.column();
    if (m_model->hasSortRanks(column)) {
        const auto &ranks = m_model->sortRanks(column);
        return ranks[static_cast<std::size_t>(left.row())] < ranks[static_cast<std::size_t>(right.row())];
    }
    return m_model->compare(left.row(), right.row(), column) < 0;
}

} // namespace ed
