#pragma once

#include "DeviceFilter.h"

#include <QSortFilterProxyModel>

namespace ed {

class AutopilotDeviceModel;

// Filters and sorts the device table without going through QVariant: rows are judged by a
// DeviceFilter on the compact rows, and sorted by the model's typed comparison (or, once the
// model has computed them, its per-column ranks: one integer compare). Filter changes re-map in
// one go with invalidate(), never through the incremental path that is quadratic with a table
// view attached (qt-notes B2).
class DeviceFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceFilterProxyModel)
public:
    explicit DeviceFilterProxyModel(QObject *parent = nullptr);

    void setDeviceModel(AutopilotDeviceModel *model);
    AutopilotDeviceModel *deviceModel() const { return m_model; }

    void setFilter(const DeviceFilter &filter);
    const DeviceFilter &filter() const { return m_filter; }
    void setSearchText(const QString &text);

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    // Sorting by a column whose ranks are not computed yet first computes them on a worker and
    // sorts when they are ready (a view stays responsive; the header shows the new order at
    // once). Off by default: sort() is then synchronous.
    void setBackgroundSorting(bool enabled) { m_backgroundSorting = enabled; }
    bool isSortPending() const { return m_pendingSortColumn >= 0; }
    // Source rows of the proxy rows, in proxy order.
    QList<int> sourceRows() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refilter();

    AutopilotDeviceModel *m_model = nullptr;
    DeviceFilter m_filter;
    bool m_backgroundSorting = false;
    int m_pendingSortColumn = -1;
    Qt::SortOrder m_pendingSortOrder = Qt::AscendingOrder;
};

} // namespace ed
