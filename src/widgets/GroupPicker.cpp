#include "GroupPicker.h"

#include "models/GroupSearchModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace ed {

using namespace Qt::StringLiterals;

GroupPicker::GroupPicker(IntuneService &intune, QWidget *parent)
    : QWidget(parent)
    , m_model(new GroupSearchModel(intune, this))
    , m_search(new QLineEdit(this))
    , m_note(new QLabel(this))
    , m_results(new QTableView(this))
    , m_status(new QLabel(this))
    , m_loadMore(new QPushButton(this))
    , m_include(new QPushButton(this))
    , m_exclude(new QPushButton(this))
{
    setObjectName(u"groupPicker"_s);
    setAccessibleName(tr("Find groups"));

    m_search->setObjectName(u"groupSearchField"_s);
    m_search->setAccessibleName(tr("Search groups by name"));
    m_search->setPlaceholderText(tr("Search groups by name"));
    m_search->setToolTip(tr("Finds groups whose name contains the words typed; Enter searches at once"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);

    m_note->setObjectName(u"groupSearchNote"_s);
    m_note->setAccessibleName(tr("How groups are searched"));
    m_note->setWordWrap(true);
    m_note->setText(tr("Searching names that start with the text (this tenant does not support full-text search)."));
    m_note->hide();

    m_results->setObjectName(u"groupResults"_s);
    m_results->setAccessibleName(tr("Groups found"));
    m_results->setModel(m_model);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setAlternatingRowColors(true);
    m_results->setWordWrap(false);
    m_results->verticalHeader()->hide();
    m_results->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_results->verticalHeader()->setDefaultSectionSize(m_results->fontMetrics().height() + 8);
    m_results->horizontalHeader()->setStretchLastSection(true);
    m_results->setColumnWidth(GroupSearchModel::NameColumn, 220);
    m_results->setColumnWidth(GroupSearchModel::MailColumn, 150);
    m_results->setColumnWidth(GroupSearchModel::TypeColumn, 130);

    m_status->setObjectName(u"groupSearchStatus"_s);
    m_status->setAccessibleName(tr("Group search status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_loadMore->setObjectName(u"loadMoreGroupsButton"_s);
    m_loadMore->setText(tr("Load more"));
    m_loadMore->setAccessibleName(tr("Load more groups"));
    m_loadMore->setToolTip(tr("Load the next page of groups (scrolling to the end does the same)"));
    m_loadMore->setAutoDefault(false);
    m_loadMore->hide();

    m_include->setObjectName(u"includeGroupsButton"_s);
    m_include->setText(tr("Include"));
    m_include->setAccessibleName(tr("Include the selected groups"));
    m_include->setToolTip(tr("Assign the configuration to the selected groups"));
    m_include->setAutoDefault(false);
    m_exclude->setObjectName(u"excludeGroupsButton"_s);
    m_exclude->setText(tr("Exclude"));
    m_exclude->setAccessibleName(tr("Exclude the selected groups"));
    m_exclude->setToolTip(tr("Exclude the selected groups from the configuration"));
    m_exclude->setAutoDefault(false);

    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_loadMore, 0, Qt::AlignTop);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_include);
    buttons->addWidget(m_exclude);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_note);
    layout->addWidget(m_results, 1);
    layout->addLayout(statusRow);
    layout->addLayout(buttons);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (m_searchAllowed)
            m_model->setQuery(text);
    });
    connect(m_model, &GroupSearchModel::stateChanged, this, &GroupPicker::updateState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &GroupPicker::updateState);
    connect(m_results->selectionModel(), &QItemSelectionModel::selectionChanged, this, &GroupPicker::updateState);
    connect(m_loadMore, &QPushButton::clicked, this, [this] { m_model->fetchMore({}); });
    connect(m_include, &QPushButton::clicked, this, [this] {
        const QList<Group> groups = selectedGroups();
        if (!groups.isEmpty())
            Q_EMIT includeRequested(groups);
    });
    connect(m_exclude, &QPushButton::clicked, this, [this] {
        const QList<Group> groups = selectedGroups();
        if (!groups.isEmpty())
            Q_EMIT excludeRequested(groups);
    });
    updateState();
}

GroupPicker::~GroupPicker() = default;

void GroupPicker::searchNow()
{
    if (m_searchAllowed)
        m_model->searchNow(m_search->text());
}

QList<Group> GroupPicker::selectedGroups() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_results->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    return m_model->groups(rows);
}

QString GroupPicker::statusText() const
{
    return m_status->text();
}

void GroupPicker::setActionsEnabled(bool enabled, const QString &reason)
{
    m_actionsEnabled = enabled;
    m_actionsDisabledReason = enabled ? QString() : reason;
    updateState();
}

void GroupPicker::setSearchAllowed(bool allowed, const QString &reason)
{
    m_searchAllowed = allowed;
    m_searchDisabledReason = allowed ? QString() : reason;
    if (!allowed)
        m_model->cancel();
    m_search->setEnabled(allowed);
    m_search->setToolTip(allowed ? tr("Finds groups whose name contains the words typed; Enter searches at once")
                                 : reason);
    updateState();
}

void GroupPicker::updateState()
{
    const QLocale locale;
    const int rows = m_model->rowCount();
    QString status;
    bool error = false;
    if (!m_searchAllowed) {
        status = m_searchDisabledReason;
    } else if (m_model->isQueryPending()) {
        status = tr("Searching…");
    } else {
        switch (m_model->state()) {
        case GroupSearchModel::State::Idle:
            break;
        case GroupSearchModel::State::Searching:
            status = tr("Searching…");
            break;
        case GroupSearchModel::State::Failed:
            status = m_model->error().summary();
            if (rows > 0)
                status = tr("Showing %Ln group(s).", nullptr, rows) + u' ' + status;
            status += u' ' + tr("Press Enter in the search field to try again.");
            error = true;
            break;
        case GroupSearchModel::State::Ready:
            if (rows == 0) {
                status = m_model->query().isEmpty() ? tr("The directory has no groups.")
                                                    : tr("No group matches “%1”.").arg(m_model->query());
            } else if (m_model->totalCount() > rows) {
                status = tr("Showing %1 of %Ln group(s)", nullptr, static_cast<int>(m_model->totalCount()))
                                 .arg(locale.toString(rows));
            } else if (m_model->hasMore()) {
                status = tr("Showing %Ln group(s); more are available", nullptr, rows);
            } else {
                status = tr("Showing %Ln group(s)", nullptr, rows);
            }
            if (m_model->isFetchingMore())
                status += u" — "_s + tr("loading more…");
            break;
        }
    }
    m_status->setText(status);
    m_status->setToolTip(error ? m_model->error().details() : QString());
    m_status->setProperty("error", error);
    QPalette palette = this->palette();
    if (error)
        palette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    m_status->setPalette(palette);

    m_note->setVisible(m_searchAllowed && m_model->usingFallback());
    m_loadMore->setVisible(m_searchAllowed && m_model->hasMore());
    m_loadMore->setEnabled(!m_model->isFetchingMore());

    const bool selected = m_results->selectionModel()->hasSelection();
    for (QPushButton *button : {m_include, m_exclude}) {
        button->setEnabled(m_actionsEnabled && selected);
        if (!m_actionsEnabled)
            button->setToolTip(m_actionsDisabledReason);
    }
    if (m_actionsEnabled) {
        m_include->setToolTip(tr("Assign the configuration to the selected groups"));
        m_exclude->setToolTip(tr("Exclude the selected groups from the configuration"));
    }
}

bool GroupPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            // Enter searches now; it never reaches the dialog's buttons.
            searchNow();
            return true;
        }
        if (key->key() == Qt::Key_Down && m_model->rowCount() > 0) {
            m_results->setFocus();
            if (!m_results->currentIndex().isValid())
                m_results->selectionModel()->setCurrentIndex(
                        m_model->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace ed
