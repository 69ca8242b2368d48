#pragma once

#include "graph/GraphError.h"

#include <QCoreApplication>
#include <QList>
#include <QWidget>

#include <functional>
#include <optional>

class QAbstractItemModel;
class QAction;
class QHeaderView;
class QKeySequence;
class QLabel;
class QModelIndex;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;
class QToolBar;
class QVBoxLayout;

namespace ed {

struct GrantedPermissions;

class Settings;

// The two rows a data view shows above its table: how far a load has come (bar, text, Cancel)
// and a message (what went wrong or what was done; error-styled for an error, with "Try again"
// where trying again can help). The widget hides itself while neither row has anything to say.
class ViewStatusRows final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ViewStatusRows)
public:
    // How tests, scripts and screen readers find a part: its object name and, where one is
    // given, its accessible name.
    struct Name
    {
        QString objectName;
        QString accessibleName;
    };
    struct Names
    {
        Name progressRow;
        Name progressBar;
        Name progressLabel;
        Name cancelButton;
        Name messageRow;
        Name message;
        Name retryButton;
    };

    explicit ViewStatusRows(const Names &names, QWidget *parent = nullptr);
    ~ViewStatusRows() override;

    // done of total, described by text; total <= 0: busy, the total is not known yet. Changes
    // what the progress row says, not whether it is shown.
    void setProgress(qint64 done, qint64 total, const QString &text);
    void setProgressVisible(bool visible);
    void setCancelVisible(bool visible);

    // An empty text hides the message row. details: the tooltip (the full error, for example).
    void showMessage(const QString &text, bool isError, bool offerRetry, const QString &details = {});
    void clearMessage();

Q_SIGNALS:
    void cancelRequested();
    void retryRequested();

private:
    void updateVisibility();

    QWidget *m_progressRow;
    QProgressBar *m_progressBar;
    QLabel *m_progressLabel;
    QPushButton *m_cancel;
    QWidget *m_messageRow;
    QLabel *m_message;
    QPushButton *m_retry;
};

// What the data views' toolbars and tables have in common.
class ViewTools final
{
    Q_DECLARE_TR_FUNCTIONS(ViewTools)
public:
    ViewTools() = delete;

    // An action of a view: added to the view, its shortcut works while the focus is inside the
    // view, and its tooltip names the shortcut.
    static QAction *addAction(QWidget *view, const QString &objectName, const QString &text,
                              const QKeySequence &shortcut);
    // Enables the action when `enabled` and the signed-in token has one of anyOf. A disabled
    // action's tooltip says why: reasonWhenDisabled when given (and `enabled` is false), else the
    // permission it needs; an enabled one gets its own tooltip back.
    static void setActionAllowed(QAction *action, bool enabled, const GrantedPermissions &permissions,
                                 const QStringList &anyOf, const QString &reasonWhenDisabled = {});
    // A toolbar with text beside the icons.
    static QToolBar *createToolBar(QWidget *parent, const QString &objectName, const QString &accessibleName);
    // Adds the action to the toolbar and names its button.
    static void addToolBarButton(QToolBar *toolBar, QAction *action, const QString &objectName,
                                 const QString &accessibleName);
    // The actions in a context menu at pos (in the table's viewport); nullptr stands for a
    // separator. A disabled entry's tooltip says why.
    static void execContextMenu(QTableView *table, const QString &objectName, const QList<QAction *> &actions,
                                const QPoint &pos);
    // The view's layout, top to bottom and without margins: toolbar, status rows, then the
    // table/details splitter (which takes the height), each added by the view.
    static QVBoxLayout *createPageLayout(QWidget *view);
    // The splitter of a table above its details: the details get the larger share.
    static void setUpSplitter(QSplitter *splitter, const QString &objectName, QWidget *table, QWidget *details,
                              int tableHeight, int detailsHeight);
    // A read-only table of whole rows, sortable, with movable columns and custom context menus
    // (rows and header): the settings every data view's table shares.
    static void setUpTable(QTableView *table, const QString &objectName, const QString &accessibleName);
    // The column chooser of a table: on a right-click on the header and on columnsAction (it
    // opens below the action's toolbar button). One checkable entry a column (fixedColumn, which
    // identifies a row, always stays) and "Reset columns", which calls reset.
    static void installColumnMenu(QHeaderView *header, QToolBar *toolBar, QAction *columnsAction,
                                  const QString &menuObjectName, int fixedColumn, void (*reset)(QHeaderView *));
    static void execColumnMenu(QHeaderView *header, const QString &menuObjectName, int fixedColumn,
                               void (*reset)(QHeaderView *), const QPoint &globalPos);
    // Puts the header's columns in their first-start order, widths and visibility.
    static void applyColumnDefaults(QHeaderView *header, int columnCount, int (*width)(int column),
                                    bool (*hidden)(int column) = nullptr);
    // Calls changed whenever the rows the model shows change: rows in or out, a reset, a new order.
    static void onRowsChanged(QAbstractItemModel *model, QObject *context, const std::function<void()> &changed);
    // The source row of the table's current index (through its proxy); -1 when there is none.
    static int currentSourceRow(const QTableView *table, const QSortFilterProxyModel *proxy);
    // Makes the source index's row current, selected and scrolled to. When the search hides it,
    // clearSearch() shows everything first. False when the row stays hidden.
    static bool makeSourceRowCurrent(QTableView *table, const QSortFilterProxyModel *proxy, const QModelIndex &source,
                                     const std::function<void()> &clearSearch);
    // Keeps the current object current when the model is reset (a reload). Before the reset
    // *kept gets currentId() (unless the view has set it already); after it select(kept) runs
    // and, when nothing was kept or it is gone, noneKept().
    static void keepCurrentAcrossReset(QAbstractItemModel *model, QObject *context, QString *kept,
                                       const std::function<QString()> &currentId,
                                       const std::function<bool(const QString &)> &select,
                                       const std::function<void()> &noneKept);
    // When the action is triggered, puts text() on the clipboard (nothing when it is empty).
    static void copyOnTrigger(QAction *action, QObject *context, const std::function<QString()> &text);

    // What a data view says when its loader ends. A load whose later steps failed: "Some details
    // could not be read: the assignments (…); the group names (…)." (extraParts after those);
    // empty when none did.
    static QString unreadDetailsText(const std::optional<GraphError> &assignments,
                                     const std::optional<GraphError> &groupNames, const QStringList &extraParts = {});
    // A failed load: what failed and why, what the table still shows (empty when it is empty),
    // and the request id support asks for.
    static QString loadFailedText(const QString &failed, const QString &kept, const GraphError &error);
    // The text with " Request ID: …" when the error has one.
    static QString withRequestId(const QString &text, const GraphError &error);
    // A load the user cancelled: what was not read yet shows "—".
    static QString loadCancelledText();
    // The table's columns (order, widths, hidden ones, sorting) and the table/details splitter,
    // kept between runs under the view's key. Nothing saved yet: the layout stays as it is.
    static void saveLayout(Settings &settings, const QString &key, const QTableView *table, const QSplitter *splitter);
    static void restoreLayout(const Settings &settings, const QString &key, QTableView *table, QSplitter *splitter);
};

} // namespace ed
