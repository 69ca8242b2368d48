#pragma once

#include "models/Group.h"

#include <QList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace ed {

class GroupSearchModel;
class IntuneService;

// Finds Entra ID groups and hands the chosen ones on: a search field (searches as you type,
// 300 ms after the last key; Enter searches at once), the results (name, mail, type, object ID;
// several can be selected), what the search found ("Showing 100 of 300 group(s)", "No group
// matches “x”.", Graph's error), "Load more" while more pages exist (scrolling to the end loads
// them too), and Include / Exclude for the selected groups. It sends nothing itself: the
// assignments dialog decides what Include and Exclude do.
class GroupPicker final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupPicker)
public:
    explicit GroupPicker(IntuneService &intune, QWidget *parent = nullptr);
    ~GroupPicker() override;

    GroupSearchModel *model() const { return m_model; }
    // Lists the groups for the text in the field now (the first page): call when the picker is shown.
    void searchNow();
    QList<Group> selectedGroups() const;
    QString statusText() const;

    // Include and Exclude can be used (false: disabled, reason as their tooltip).
    void setActionsEnabled(bool enabled, const QString &reason = {});
    // The signed-in account may read groups (false: the search is disabled, reason shown instead).
    void setSearchAllowed(bool allowed, const QString &reason = {});

Q_SIGNALS:
    void includeRequested(const QList<ed::Group> &groups);
    void excludeRequested(const QList<ed::Group> &groups);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateState();

    GroupSearchModel *m_model;
    QLineEdit *m_search;
    QLabel *m_note;
    QTableView *m_results;
    QLabel *m_status;
    QPushButton *m_loadMore;
    QPushButton *m_include;
    QPushButton *m_exclude;
    QString m_actionsDisabledReason;
    QString m_searchDisabledReason;
    bool m_actionsEnabled = true;
    bool m_searchAllowed = true;
};

} // namespace ed
