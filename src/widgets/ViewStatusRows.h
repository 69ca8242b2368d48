#pragma once

#include <QCoreApplication>
#include <QWidget>

class QAction;
class QHeaderView;
class QKeySequence;
class QLabel;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTableView;
class QToolBar;

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
    // The table's columns (order, widths, hidden ones, sorting) and the table/details splitter,
    // kept between runs under the view's key. Nothing saved yet: the layout stays as it is.
    static void saveLayout(Settings &settings, const QString &key, const QTableView *table, const QSplitter *splitter);
    static void restoreLayout(const Settings &settings, const QString &key, QTableView *table, QSplitter *splitter);
};

} // namespace ed
