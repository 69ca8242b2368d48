#include "ViewStatusRows.h"

#include "app/Settings.h"
#include "auth/GrantedPermissions.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCursor>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace ed {

using namespace Qt::StringLiterals;

namespace {

void applyName(QWidget *widget, const ViewStatusRows::Name &name)
{
    widget->setObjectName(name.objectName);
    if (!name.accessibleName.isEmpty())
        widget->setAccessibleName(name.accessibleName);
}

} // namespace

ViewStatusRows::ViewStatusRows(const Names &names, QWidget *parent)
    : QWidget(parent)
    , m_progressRow(new QWidget(this))
    , m_progressBar(new QProgressBar(m_progressRow))
    , m_progressLabel(new QLabel(m_progressRow))
    , m_cancel(new QPushButton(tr("Cancel"), m_progressRow))
    , m_messageRow(new QWidget(this))
    , m_message(new QLabel(m_messageRow))
    , m_retry(new QPushButton(tr("Try again"), m_messageRow))
{
    applyName(m_progressRow, names.progressRow);
    applyName(m_progressBar, names.progressBar);
    applyName(m_progressLabel, names.progressLabel);
    applyName(m_cancel, names.cancelButton);
    applyName(m_messageRow, names.messageRow);
    applyName(m_message, names.message);
    applyName(m_retry, names.retryButton);

    m_progressBar->setTextVisible(false);
    m_progressBar->setMaximumWidth(240);
    auto *progressLayout = new QHBoxLayout(m_progressRow);
    progressLayout->setContentsMargins(4, 0, 4, 0);
    progressLayout->addWidget(m_progressBar);
    progressLayout->addWidget(m_progressLabel, 1);
    progressLayout->addWidget(m_cancel);
    m_progressRow->hide();

    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *messageLayout = new QHBoxLayout(m_messageRow);
    messageLayout->setContentsMargins(4, 2, 4, 2);
    messageLayout->addWidget(m_message, 1);
    messageLayout->addWidget(m_retry);
    m_messageRow->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_progressRow);
    layout->addWidget(m_messageRow);
    updateVisibility();

    connect(m_cancel, &QPushButton::clicked, this, &ViewStatusRows::cancelRequested);
    connect(m_retry, &QPushButton::clicked, this, &ViewStatusRows::retryRequested);
}

ViewStatusRows::~ViewStatusRows() = default;

void ViewStatusRows::setProgress(qint64 done, qint64 total, const QString &text)
{
    if (total > 0) {
        // Per mille: a count beyond the range of int still fills the bar.
        m_progressBar->setRange(0, 1000);
        m_progressBar->setValue(static_cast<int>(std::clamp<qint64>(done * 1000 / total, 0, 1000)));
    } else {
        m_progressBar->setRange(0, 0); // busy
    }
    m_progressLabel->setText(text);
    m_progressBar->setAccessibleDescription(text);
}

void ViewStatusRows::setProgressVisible(bool visible)
{
    m_progressRow->setVisible(visible);
    updateVisibility();
}

void ViewStatusRows::setCancelVisible(bool visible)
{
    m_cancel->setVisible(visible);
}

void ViewStatusRows::showMessage(const QString &text, bool isError, bool offerRetry, const QString &details)
{
    m_message->setText(text);
    m_message->setToolTip(details);
    m_message->setProperty("error", isError);
    m_message->setStyleSheet(isError ? u"color: palette(highlighted-text); background: #b3261e; padding: 4px;"_s
                                     : QString());
    m_retry->setVisible(offerRetry);
    m_messageRow->setVisible(!text.isEmpty());
    updateVisibility();
}

void ViewStatusRows::clearMessage()
{
    showMessage({}, false, false);
}

void ViewStatusRows::updateVisibility()
{
    // Hidden as a whole, it takes no room (not even the layout's spacing) in the view.
    setVisible(m_progressRow->isVisibleTo(this) || m_messageRow->isVisibleTo(this));
}

QAction *ViewTools::addAction(QWidget *view, const QString &objectName, const QString &text,
                              const QKeySequence &shortcut)
{
    auto *action = new QAction(text, view);
    action->setObjectName(objectName);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    if (!shortcut.isEmpty())
        action->setToolTip(tr("%1 (%2)").arg(text, shortcut.toString(QKeySequence::NativeText)));
    view->addAction(action);
    return action;
}

void ViewTools::setActionAllowed(QAction *action, bool enabled, const GrantedPermissions &permissions,
                                 const QStringList &anyOf, const QString &reasonWhenDisabled)
{
    static const char baseToolTip[] = "ed_baseToolTip";
    QVariant base = action->property(baseToolTip);
    if (!base.isValid()) {
        base = action->toolTip();
        action->setProperty(baseToolTip, base);
    }
    const QString denial = permissions.denialText(anyOf);
    action->setEnabled(enabled && denial.isEmpty());
    if (!denial.isEmpty())
        action->setToolTip(denial);
    else if (!enabled && !reasonWhenDisabled.isEmpty())
        action->setToolTip(reasonWhenDisabled);
    else
        action->setToolTip(base.toString());
}

QToolBar *ViewTools::createToolBar(QWidget *parent, const QString &objectName, const QString &accessibleName)
{
    auto *toolBar = new QToolBar(parent);
    toolBar->setObjectName(objectName);
    toolBar->setAccessibleName(accessibleName);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    return toolBar;
}

void ViewTools::addToolBarButton(QToolBar *toolBar, QAction *action, const QString &objectName,
                                 const QString &accessibleName)
{
    toolBar->addAction(action);
    QWidget *button = toolBar->widgetForAction(action);
    button->setObjectName(objectName);
    button->setAccessibleName(accessibleName);
}

void ViewTools::execContextMenu(QTableView *table, const QString &objectName, const QList<QAction *> &actions,
                                const QPoint &pos)
{
    QMenu menu(table);
    menu.setObjectName(objectName);
    for (QAction *action : actions) {
        if (action)
            menu.addAction(action);
        else
            menu.addSeparator();
    }
    menu.setToolTipsVisible(true); // disabled entries say why
    menu.exec(table->viewport()->mapToGlobal(pos));
}

QVBoxLayout *ViewTools::createPageLayout(QWidget *view)
{
    auto *layout = new QVBoxLayout(view);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    return layout;
}

void ViewTools::setUpSplitter(QSplitter *splitter, const QString &objectName, QWidget *table, QWidget *details,
                              int tableHeight, int detailsHeight)
{
    splitter->setObjectName(objectName);
    splitter->addWidget(table);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({tableHeight, detailsHeight});
    splitter->setChildrenCollapsible(false);
}

void ViewTools::setUpTable(QTableView *table, const QString &objectName, const QString &accessibleName)
{
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setSortingEnabled(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setContextMenuPolicy(Qt::CustomContextMenu);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    QHeaderView *header = table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
}

void ViewTools::installColumnMenu(QHeaderView *header, QToolBar *toolBar, QAction *columnsAction,
                                  const QString &menuObjectName, int fixedColumn, void (*reset)(QHeaderView *))
{
    QObject::connect(header, &QWidget::customContextMenuRequested, header,
                     [header, menuObjectName, fixedColumn, reset](const QPoint &pos) {
                         execColumnMenu(header, menuObjectName, fixedColumn, reset, header->mapToGlobal(pos));
                     });
    QObject::connect(columnsAction, &QAction::triggered, header,
                     [header, toolBar, columnsAction, menuObjectName, fixedColumn, reset] {
                         QWidget *button = toolBar->widgetForAction(columnsAction);
                         const QPoint pos = button ? button->mapToGlobal(QPoint(0, button->height())) : QCursor::pos();
                         execColumnMenu(header, menuObjectName, fixedColumn, reset, pos);
                     });
}

void ViewTools::execColumnMenu(QHeaderView *header, const QString &menuObjectName, int fixedColumn,
                               void (*reset)(QHeaderView *), const QPoint &globalPos)
{
    QMenu menu(header);
    menu.setObjectName(menuObjectName);
    const QAbstractItemModel *model = header->model();
    if (!model)
        return;
    for (int column = 0; column < header->count(); ++column) {
        QAction *action = menu.addAction(model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        action->setEnabled(column != fixedColumn);
        QObject::connect(action, &QAction::toggled, header,
                         [header, column](bool on) { header->setSectionHidden(column, !on); });
    }
    menu.addSeparator();
    QObject::connect(menu.addAction(tr("Reset columns")), &QAction::triggered, header,
                     [header, reset] { reset(header); });
    menu.exec(globalPos);
}

void ViewTools::applyColumnDefaults(QHeaderView *header, int columnCount, int (*width)(int column),
                                    bool (*hidden)(int column))
{
    for (int column = 0; column < columnCount; ++column) {
        header->moveSection(header->visualIndex(column), column);
        header->setSectionHidden(column, hidden && hidden(column));
        header->resizeSection(column, width(column));
    }
}

void ViewTools::onRowsChanged(QAbstractItemModel *model, QObject *context, const std::function<void()> &changed)
{
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        QObject::connect(model, signal, context, changed);
    QObject::connect(model, &QAbstractItemModel::modelReset, context, changed);
    QObject::connect(model, &QAbstractItemModel::layoutChanged, context, changed);
}

int ViewTools::currentSourceRow(const QTableView *table, const QSortFilterProxyModel *proxy)
{
    const QModelIndex current = proxy->mapToSource(table->currentIndex());
    return current.isValid() ? current.row() : -1;
}

bool ViewTools::makeSourceRowCurrent(QTableView *table, const QSortFilterProxyModel *proxy, const QModelIndex &source,
                                     const std::function<void()> &clearSearch)
{
    QModelIndex index = proxy->mapFromSource(source);
    if (!index.isValid()) {
        clearSearch();
        index = proxy->mapFromSource(source);
        if (!index.isValid())
            return false;
    }
    table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    table->scrollTo(index);
    return true;
}

void ViewTools::keepCurrentAcrossReset(QAbstractItemModel *model, QObject *context, QString *kept,
                                       const std::function<QString()> &currentId,
                                       const std::function<bool(const QString &)> &select,
                                       const std::function<void()> &noneKept)
{
    QObject::connect(model, &QAbstractItemModel::modelAboutToBeReset, context, [kept, currentId] {
        if (kept->isEmpty())
            *kept = currentId();
    });
    QObject::connect(model, &QAbstractItemModel::modelReset, context, [kept, select, noneKept] {
        const QString id = std::exchange(*kept, {});
        if (id.isEmpty() || !select(id))
            noneKept();
    });
}

void ViewTools::copyOnTrigger(QAction *action, QObject *context, const std::function<QString()> &text)
{
    QObject::connect(action, &QAction::triggered, context, [text] {
        const QString copied = text();
        if (!copied.isEmpty())
            QApplication::clipboard()->setText(copied);
    });
}

QString ViewTools::unreadDetailsText(const std::optional<GraphError> &assignments,
                                     const std::optional<GraphError> &groupNames, const QStringList &extraParts)
{
    QStringList parts;
    if (assignments)
        parts.append(tr("the assignments (%1)").arg(assignments->summary()));
    if (groupNames)
        parts.append(tr("the group names (%1)").arg(groupNames->summary()));
    parts.append(extraParts);
    if (parts.isEmpty())
        return {};
    return tr("Some details could not be read: %1.").arg(parts.join("; "_L1));
}

QString ViewTools::loadFailedText(const QString &failed, const QString &kept, const GraphError &error)
{
    QString text = failed;
    if (!kept.isEmpty())
        text += u' ' + kept;
    return withRequestId(text, error);
}

QString ViewTools::withRequestId(const QString &text, const GraphError &error)
{
    if (error.requestId.isEmpty())
        return text;
    return text + u' ' + tr("Request ID: %1").arg(error.requestId);
}

QString ViewTools::loadCancelledText()
{
    return tr("Loading was cancelled; details not read yet show \"—\". Refresh (F5) reads them all.");
}

void ViewTools::saveLayout(Settings &settings, const QString &key, const QTableView *table, const QSplitter *splitter)
{
    settings.setHeaderState(key, table->horizontalHeader()->saveState());
    settings.setViewValue(key, u"detailsSplitter"_s, splitter->saveState());
}

void ViewTools::restoreLayout(const Settings &settings, const QString &key, QTableView *table, QSplitter *splitter)
{
    const QByteArray header = settings.headerState(key);
    if (!header.isEmpty())
        table->horizontalHeader()->restoreState(header);
    const QByteArray sizes = settings.viewValue(key, u"detailsSplitter"_s).toByteArray();
    if (!sizes.isEmpty())
        splitter->restoreState(sizes);
}

} // namespace ed
