#include "ActivityView.h"

#include "app/Settings.h"
#include "core/CsvWriter.h"
#include "models/ActivityJournal.h"
#include "models/ActivityModel.h"
#include "models/SearchFilterProxyModel.h"

#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace ed {

using namespace Qt::StringLiterals;

namespace {

QLabel *makeBanner(QWidget *parent, const QString &objectName, const QString &accessibleName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setAccessibleName(accessibleName);
    label->setFrameShape(QFrame::StyledPanel);
    label->setWordWrap(true);
    label->setMargin(6);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    label->hide();
    return label;
}

} // namespace

ActivityView::ActivityView(ActivityModel *model, QWidget *parent)
    : ActivityView(model, nullptr, parent)
{ }

ActivityView::ActivityView(ActivityModel *model, ActivityJournal *journal, QWidget *parent)
    : ViewPage(parent)
    , m_model(model)
    , m_proxy(new SearchFilterProxyModel(ActivityModel::RawValueRole, this))
    , m_table(new QTableView(this))
    , m_emptyLabel(new QLabel(this))
    , m_journalErrorLabel(makeBanner(this, u"activityJournalErrorLabel"_s, tr("Activity log problem")))
    , m_exportStatusLabel(new QLabel(this))
    , m_exportButton(new QPushButton(tr("Export…"), this))
{
    setObjectName(u"activityView"_s);
    m_proxy->setSourceModel(m_model);

    m_emptyLabel->setObjectName(u"activityEmptyLabel"_s);
    m_emptyLabel->setAccessibleName(tr("No activity yet"));
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setText(tr("No changes recorded yet. Every change Enrollment Desk makes in the tenant (unblocking "
                             "devices, assigning profiles, editing limits and assignments) is listed here with its "
                             "result and the request ID Microsoft support asks for, and kept from one session to the "
                             "next."));

    m_exportButton->setObjectName(u"activityExportButton"_s);
    m_exportButton->setAccessibleName(tr("Export activity"));
    m_exportButton->setToolTip(tr("Save the shown entries as a CSV file"));
    m_exportStatusLabel->setObjectName(u"activityExportStatusLabel"_s);
    m_exportStatusLabel->setAccessibleName(tr("Export result"));
    m_exportStatusLabel->setWordWrap(true);
    m_exportStatusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_table->setObjectName(u"activityTable"_s);
    m_table->setAccessibleName(tr("Activity"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ActivityModel::TimeColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_exportStatusLabel, 1);
    actions->addWidget(m_exportButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_journalErrorLabel);
    layout->addLayout(actions);
    layout->addWidget(m_emptyLabel);
    layout->addWidget(m_table);

    connect(m_exportButton, &QPushButton::clicked, this, &ActivityView::chooseExportFile);
    if (journal) {
        connect(journal, &ActivityJournal::errorChanged, this, &ActivityView::showJournalError);
        showJournalError(journal->lastError());
    }

    const auto changed = [this] {
        updateEmptyState();
        Q_EMIT summaryChanged();
    };
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, changed);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, changed);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, changed);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, changed);
    updateEmptyState();
}

QString ActivityView::key() const
{
    return u"activity"_s;
}

QString ActivityView::title() const
{
    return tr("Activity");
}

QIcon ActivityView::icon() const
{
    return QIcon(u":/icons/activity.svg"_s);
}

QString ActivityView::searchPlaceholder() const
{
    return tr("Search activity (action, target, result, request ID)");
}

void ActivityView::setSearchText(const QString &text)
{
    m_proxy->setSearchText(text);
    updateEmptyState();
    Q_EMIT summaryChanged();
}

QString ActivityView::searchText() const
{
    return m_proxy->searchText();
}

void ActivityView::saveState(Settings &settings) const
{
    settings.setHeaderState(key(), m_table->horizontalHeader()->saveState());
}

void ActivityView::restoreState(const Settings &settings)
{
    const QByteArray state = settings.headerState(key());
    if (!state.isEmpty())
        m_table->horizontalHeader()->restoreState(state);
}

QString ActivityView::summary() const
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    if (total == shown)
        return tr("%Ln change(s)", nullptr, total);
    return tr("%Ln change(s) (%1 shown)", nullptr, total).arg(QLocale().toString(shown));
}

Expected<qsizetype> ActivityView::exportTo(const QString &path)
{
    QList<QStringList> rows;
    rows.reserve(m_proxy->rowCount());
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        rows.append(m_model->exportRow(m_proxy->mapToSource(m_proxy->index(row, 0)).row()));
    Expected<qsizetype> written = CsvWriter::write(path, ActivityModel::exportHeader(), rows);
    if (written)
        m_exportStatusLabel->setText(tr("Exported %Ln change(s) to %1.", nullptr, static_cast<int>(written.value()))
                                             .arg(QDir::toNativeSeparators(path)));
    else
        m_exportStatusLabel->setText(written.error());
    return written;
}

void ActivityView::chooseExportFile()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = tr("activity-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate));
    QFileDialog dialog(this, tr("Export activity"));
    dialog.setObjectName(u"activityExportDialog"_s);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.setNameFilter(tr("CSV files (*.csv)"));
    dialog.setDefaultSuffix(u"csv"_s);
    dialog.setDirectory(folder.isEmpty() ? QDir::homePath() : folder);
    dialog.selectFile(name);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    exportTo(dialog.selectedFiles().constFirst());
}

void ActivityView::updateEmptyState()
{
    m_emptyLabel->setVisible(m_model->rowCount() == 0);
    m_exportButton->setEnabled(m_proxy->rowCount() > 0);
}

void ActivityView::showJournalError(const QString &error)
{
    m_journalErrorLabel->setText(error);
    m_journalErrorLabel->setVisible(!error.isEmpty());
}

} // namespace ed
