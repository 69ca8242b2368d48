#pragma once

#include "ViewPage.h"

class QLabel;
class QTableView;

namespace ed {

class ActivityModel;
class SearchFilterProxyModel;

// Every change made in this session and its result, with the Graph request-id to quote to
// Microsoft support.
class ActivityView final : public ViewPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityView)
public:
    explicit ActivityView(ActivityModel *model, QWidget *parent = nullptr);

    QString key() const override;
    QString title() const override;
    QIcon icon() const override;
    QString searchPlaceholder() const override;
    void setSearchText(const QString &text) override;
    QString searchText() const override;
    void saveState(Settings &settings) const override;
    void restoreState(const Settings &settings) override;
    QString summary() const override;

    QTableView *table() const { return m_table; }

private:
    void updateEmptyState();

    ActivityModel *m_model;
    SearchFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLabel *m_emptyLabel;
};

} // namespace ed
