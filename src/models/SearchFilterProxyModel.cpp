#include "SearchFilterProxyModel.h"

namespace ed {

SearchFilterProxyModel::SearchFilterProxyModel(int rawValueRole, QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(rawValueRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void SearchFilterProxyModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidate();
}

void SearchFilterProxyModel::setSearchColumns(const QList<int> &columns)
{
    m_columns = columns;
    invalidate();
}

bool SearchFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_text.isEmpty())
        return true;
    const QAbstractItemModel *source = sourceModel();
    const auto matches = [&](int column) {
        return source->index(sourceRow, column, sourceParent)
                .data(Qt::DisplayRole)
                .toString()
                .contains(m_text, Qt::CaseInsensitive);
    };
    if (!m_columns.isEmpty())
        return std::any_of(m_columns.cbegin(), m_columns.cend(), matches);
    for (int column = 0; column < source->columnCount(sourceParent); ++column)
        if (matches(column))
            return true;
    return false;
}

} // namespace ed
