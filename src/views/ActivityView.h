#pragma once

#include "ViewPage.h"
#include "core/Expected.h"

class QLabel;
class QPushButton;
class QTableView;

namespace ed {

class ActivityJournal;
class ActivityModel;
class SearchFilterProxyModel;

// Every change Enrollment Desk made in the tenant, this session and earlier ones, and its result,
// with the Graph request-id to quote to Microsoft support. The shown rows (search and sort
// applied) can be exported as CSV.
class ActivityView final : public ViewPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityView)
public:
    explicit ActivityView(ActivityModel *model, QWidget *parent = nullptr);
    // journal: shows its write errors in a banner above the table (may be null).
    ActivityView(ActivityModel *model, ActivityJournal *journal, QWidget *parent = nullptr);

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

    // Writes the shown rows, in the shown order, as CSV to path; reports the result inline.
    // Returns the number of rows written. The Export… button asks for the path, then calls this.
    Expected<qsizetype> exportTo(const QString &path);

private:
    void chooseExportFile();
    void updateEmptyState();
    void showJournalError(const QString &error);

    ActivityModel *m_model;
    SearchFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLabel *m_emptyLabel;
    QLabel *m_journalErrorLabel;
    QLabel *m_exportStatusLabel;
    QPushButton *m_exportButton;
};

} // namespace ed
