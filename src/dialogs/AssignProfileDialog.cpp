#include "AssignProfileDialog.h"

#include "core/Logging.h"
#include "dialogs/DialogSupport.h"
#include "dialogs/PasteSerialsDialog.h"
#include "graph/GraphBatch.h"
#include "graph/IntuneService.h"
#include "models/AutopilotDeviceModel.h"
#include "models/DeviceFilterProxyModel.h"
#include "models/SerialList.h"

#include <QAbstractTableModel>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QIcon>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>
#include <utility>

namespace ed {

using namespace Qt::StringLiterals;

namespace {

constexpr int searchDelayMs = 200; // as the views: typing does not refilter on every key

// The device table's columns, in this order; the others are hidden.
constexpr int shownDeviceColumns[] = {
        AutopilotDeviceModel::SerialColumn,          AutopilotDeviceModel::ModelColumn,
        AutopilotDeviceModel::GroupTagColumn,        AutopilotDeviceModel::UserColumn,
        AutopilotDeviceModel::AssignedProfileColumn, AutopilotDeviceModel::ProfileStatusColumn};

std::optional<bool> &nextConfirmAnswer()
{
    static std::optional<bool> answer;
    return answer;
}

} // namespace

// A profile of a chosen device as read from Graph: the one it has (deploymentProfile) or the one
// it is meant to get (intendedDeploymentProfile).
struct ProfileRead
{
    enum class State { Unread, Reading, Read, Failed };
    State state = State::Unread;
    QString id; // Read: empty when the device has none (404)
    QString name;
    QString error; // Failed: the sentence
    QString errorDetails;
};

// The chosen devices: what the dialog knew of each when it was added (serial, model, the device
// table's assigned profile) and both profiles as read. Reads are kept by device id, so a device
// removed and added again is not read twice.
class ChosenDevicesModel final : public QAbstractTableModel
{
    Q_DISABLE_COPY_MOVE(ChosenDevicesModel)
public:
    enum Column { SerialColumn, ModelColumn, CurrentColumn, IntendedColumn, NoteColumn, ColumnCount };
    enum class Relation { None, Same, Other };
    struct Device
    {
        QString deviceId;
        QString serial;
        QString model;
        QString assignedProfile; // the device table's "Assigned profile" (a name)
    };

    ChosenDevicesModel(QIcon warning, QObject *parent)
        : QAbstractTableModel(parent)
        , m_warning(std::move(warning))
    { }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return {};
        switch (section) {
        case SerialColumn:
            return AssignProfileDialog::tr("Serial number");
        case ModelColumn:
            return AssignProfileDialog::tr("Model");
        case CurrentColumn:
            return AssignProfileDialog::tr("Current profile");
        case IntendedColumn:
            return AssignProfileDialog::tr("Intended profile");
        case NoteColumn:
            return AssignProfileDialog::tr("Note");
        default:
            return {};
        }
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || index.row() >= m_rows.size())
            return {};
        const Device &d = m_rows.at(index.row());
        switch (index.column()) {
        case SerialColumn:
            if (role == Qt::DisplayRole)
                return d.serial.isEmpty() ? d.deviceId : d.serial;
            if (role == Qt::ToolTipRole)
                return AssignProfileDialog::tr("Autopilot device ID: %1").arg(d.deviceId);
            return {};
        case ModelColumn:
            return role == Qt::DisplayRole ? QVariant(d.model) : QVariant();
        case CurrentColumn:
        case IntendedColumn: {
            const ProfileRead &profile = read(d.deviceId, index.column() == IntendedColumn);
            if (role == Qt::DisplayRole)
                return readText(profile);
            if (role == Qt::ToolTipRole && profile.state == ProfileRead::State::Failed)
                return profile.errorDetails;
            return {};
        }
        case NoteColumn:
            if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
                return note(index.row());
            if (role == Qt::DecorationRole && relation(index.row()) == Relation::Other)
                return m_warning;
            return {};
        default:
            return {};
        }
    }

    // The devices not chosen yet are appended; returns their ids.
    QStringList add(const QList<Device> &devices)
    {
        QList<Device> fresh;
        QStringList ids;
        for (const Device &d : devices) {
            if (d.deviceId.isEmpty() || m_rowOfId.contains(d.deviceId) || ids.contains(d.deviceId))
                continue;
            fresh.append(d);
            ids.append(d.deviceId);
        }
        if (fresh.isEmpty())
            return {};
        const int first = static_cast<int>(m_rows.size());
        beginInsertRows({}, first, first + static_cast<int>(fresh.size()) - 1);
        for (const Device &d : std::as_const(fresh)) {
            m_rowOfId.insert(d.deviceId, static_cast<int>(m_rows.size()));
            m_rows.append(d);
        }
        endInsertRows();
        return ids;
    }

    void removeDeviceRows(QList<int> rows)
    {
        std::sort(rows.begin(), rows.end(), std::greater<>());
        rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
        for (const int row : std::as_const(rows)) {
            if (row < 0 || row >= m_rows.size())
                continue;
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
        reindex();
    }

    void clearAll()
    {
        beginResetModel();
        m_rows.clear();
        m_rowOfId.clear();
        endResetModel();
    }

    void setProfile(const QString &id, const QString &name)
    {
        m_profileId = id;
        m_profileName = name;
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, NoteColumn), index(rowCount() - 1, NoteColumn));
    }

    // Not read yet, or the last read failed: worth (re)reading.
    bool needsRead(const QString &deviceId, bool intended) const
    {
        const ProfileRead::State state = read(deviceId, intended).state;
        return state == ProfileRead::State::Unread || state == ProfileRead::State::Failed;
    }

    void setRead(const QString &deviceId, bool intended, ProfileRead value)
    {
        (intended ? m_intended : m_current).insert(deviceId, std::move(value));
        const int row = m_rowOfId.value(deviceId, -1);
        if (row >= 0)
            Q_EMIT dataChanged(index(row, intended ? IntendedColumn : CurrentColumn), index(row, NoteColumn));
    }

    const ProfileRead &read(const QString &deviceId, bool intended) const
    {
        static const ProfileRead unread;
        const QHash<QString, ProfileRead> &reads = intended ? m_intended : m_current;
        const auto it = reads.constFind(deviceId);
        return it == reads.cend() ? unread : *it;
    }

    int readsInFlight() const
    {
        const auto reading = [](const ProfileRead &r) { return r.state == ProfileRead::State::Reading; };
        return static_cast<int>(std::count_if(m_current.cbegin(), m_current.cend(), reading)
                                + std::count_if(m_intended.cbegin(), m_intended.cend(), reading));
    }

    const Device &device(int row) const { return m_rows.at(row); }

    // The profile this assignment replaces, by id when the intended profile was read, else by the
    // name the device table shows.
    std::pair<QString, QString> previousProfile(int row) const
    {
        const Device &d = m_rows.at(row);
        const ProfileRead &intended = read(d.deviceId, true);
        if (intended.state == ProfileRead::State::Read)
            return {intended.id, intended.name.isEmpty() ? intended.id : intended.name};
        return {QString(), d.assignedProfile};
    }

    Relation relation(int row) const
    {
        if (m_profileId.isEmpty())
            return Relation::None;
        const Device &d = m_rows.at(row);
        const ProfileRead &intended = read(d.deviceId, true);
        if (intended.state == ProfileRead::State::Read) {
            if (intended.id.isEmpty())
                return Relation::None;
            return intended.id == m_profileId ? Relation::Same : Relation::Other;
        }
        if (d.assignedProfile.isEmpty())
            return Relation::None;
        return d.assignedProfile == m_profileName ? Relation::Same : Relation::Other;
    }

    QString note(int row) const
    {
        switch (relation(row)) {
        case Relation::Same:
            return AssignProfileDialog::tr("Already assigned");
        case Relation::Other:
            return AssignProfileDialog::tr("Replaces “%1”").arg(previousProfile(row).second);
        case Relation::None:
            break;
        }
        return {};
    }

private:
    static QString readText(const ProfileRead &profile)
    {
        switch (profile.state) {
        case ProfileRead::State::Unread:
            return {};
        case ProfileRead::State::Reading:
            return AssignProfileDialog::tr("Reading…");
        case ProfileRead::State::Read:
            if (profile.id.isEmpty())
                return AssignProfileDialog::tr("None");
            return profile.name.isEmpty() ? profile.id : profile.name;
        case ProfileRead::State::Failed:
            return AssignProfileDialog::tr("Could not read: %1").arg(profile.error);
        }
        return {};
    }

    void reindex()
    {
        m_rowOfId.clear();
        for (int row = 0; row < m_rows.size(); ++row)
            m_rowOfId.insert(m_rows.at(row).deviceId, row);
    }

    QIcon m_warning;
    QList<Device> m_rows;
    QHash<QString, int> m_rowOfId;
    QHash<QString, ProfileRead> m_current;
    QHash<QString, ProfileRead> m_intended;
    QString m_profileId;
    QString m_profileName;
};

QString AssignProfileDialog::Confirmation::text() const
{
    return details.isEmpty() ? heading : QString(heading + u"\n\n"_s + details);
}

AssignProfileDialog::AssignProfileDialog(IntuneService &intune, const AutopilotDeviceModel &devices,
                                         QList<DeploymentProfile> profiles, QWidget *parent)
    : QDialog(parent)
    , m_intune(&intune)
    , m_devices(&devices)
    , m_profiles(std::move(profiles))
    , m_proxy(new DeviceFilterProxyModel(this))
    , m_chosen(new ChosenDevicesModel(style()->standardIcon(QStyle::SP_MessageBoxWarning), this))
    , m_profileCombo(new QComboBox(this))
    , m_joinType(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_searchDelay(new QTimer(this))
    , m_deviceTable(new QTableView(this))
    , m_shownCount(new QLabel(this))
    , m_add(new QPushButton(this))
    , m_paste(new QPushButton(this))
    , m_pasteResult(new QLabel(this))
    , m_copyNotFound(new QToolButton(this))
    , m_chosenTable(new QTableView(this))
    , m_remove(new QPushButton(this))
    , m_clear(new QPushButton(this))
    , m_count(new QLabel(this))
    , m_updateTimer(new QTimer(this))
{
    setObjectName(u"assignProfileDialog"_s);
    setWindowTitle(tr("Assign a deployment profile"));
    setAccessibleName(windowTitle());

    // The proxy only reads the shared model; sorting by a column whose ranks are missing computes
    // them there (a cache), which is why it wants a non-const model.
    m_proxy->setDeviceModel(const_cast<AutopilotDeviceModel *>(&devices));
    m_proxy->setBackgroundSorting(true);
    // Signed out or the window closing: nothing to pick from or send with any more.
    connect(&devices, &QObject::destroyed, this, [this] {
        m_proxy->setDeviceModel(nullptr);
        reject();
    });
    connect(&intune, &QObject::destroyed, this, &QDialog::reject);

    // Profile: chosen here (from the devices view) or fixed (from the profile).
    std::sort(m_profiles.begin(), m_profiles.end(), [](const DeploymentProfile &a, const DeploymentProfile &b) {
        return QString::localeAwareCompare(a.displayName, b.displayName) < 0;
    });
    auto *profileLabel = new QLabel(tr("&Profile:"), this);
    profileLabel->setObjectName(u"profileLabel"_s);
    profileLabel->setAccessibleName(tr("Profile"));
    profileLabel->setBuddy(m_profileCombo);
    m_profileCombo->setObjectName(u"profileCombo"_s);
    m_profileCombo->setAccessibleName(tr("Deployment profile to assign"));
    m_profileCombo->setPlaceholderText(tr("Choose a deployment profile"));
    m_profileCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (const DeploymentProfile &profile : std::as_const(m_profiles)) {
        m_profileCombo->addItem(profile.displayName.isEmpty() ? profile.id : profile.displayName, profile.id);
        if (!profile.description.isEmpty())
            m_profileCombo->setItemData(m_profileCombo->count() - 1, profile.description, Qt::ToolTipRole);
    }
    m_profileCombo->setCurrentIndex(-1);
    m_joinType->setObjectName(u"joinTypeLabel"_s);
    m_joinType->setAccessibleName(tr("Join type of the profile"));
    m_joinType->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *profileRow = new QHBoxLayout;
    profileRow->addWidget(profileLabel);
    profileRow->addWidget(m_profileCombo, 1);
    profileRow->addWidget(m_joinType);

    // Left: the tenant's devices.
    auto *left = new QWidget(this);
    left->setObjectName(u"devicePickerPane"_s);
    left->setAccessibleName(tr("Devices to choose from"));
    m_search->setObjectName(u"deviceSearch"_s);
    m_search->setAccessibleName(tr("Search devices"));
    m_search->setPlaceholderText(tr("Search serial, model, group tag, user (* and ? wildcards)"));
    m_search->setClearButtonEnabled(true);
    m_search->setToolTip(tr("Enter adds the device when the search finds exactly one"));
    m_search->installEventFilter(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(searchDelayMs);

    m_deviceTable->setObjectName(u"deviceTable"_s);
    m_deviceTable->setAccessibleName(tr("Autopilot devices"));
    m_deviceTable->setModel(m_proxy);
    m_deviceTable->setSortingEnabled(true);
    m_deviceTable->sortByColumn(AutopilotDeviceModel::SerialColumn, Qt::AscendingOrder);
    m_deviceTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_deviceTable->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_deviceTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_deviceTable->setAlternatingRowColors(true);
    m_deviceTable->setWordWrap(false);
    m_deviceTable->verticalHeader()->hide();
    m_deviceTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_deviceTable->verticalHeader()->setDefaultSectionSize(m_deviceTable->fontMetrics().height() + 8);
    QHeaderView *header = m_deviceTable->horizontalHeader();
    header->setDefaultSectionSize(120);
    header->setStretchLastSection(true);
    for (int column = 0; column < AutopilotDeviceModel::ColumnCount; ++column)
        header->setSectionHidden(column,
                                 std::find(std::begin(shownDeviceColumns), std::end(shownDeviceColumns), column)
                                         == std::end(shownDeviceColumns));
    for (int i = 0; i < static_cast<int>(std::size(shownDeviceColumns)); ++i)
        header->moveSection(header->visualIndex(shownDeviceColumns[i]), i);
    m_deviceTable->installEventFilter(this);

    m_shownCount->setObjectName(u"shownCount"_s);
    m_shownCount->setAccessibleName(tr("Devices shown"));
    m_add->setObjectName(u"addButton"_s);
    m_add->setText(tr("&Add"));
    m_add->setAccessibleName(tr("Add the selected devices"));
    m_add->setToolTip(tr("Add the selected devices (Enter or double-click)"));
    m_paste->setObjectName(u"pasteSerialsButton"_s);
    m_paste->setText(tr("Paste &serials…"));
    m_paste->setAccessibleName(tr("Add devices by pasting serial numbers"));
    m_pasteResult->setObjectName(u"pasteResult"_s);
    m_pasteResult->setAccessibleName(tr("Result of the pasted serial numbers"));
    m_pasteResult->setWordWrap(true);
    m_pasteResult->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_pasteResult->hide();
    m_copyNotFound->setObjectName(u"copyNotFoundButton"_s);
    m_copyNotFound->setText(tr("Copy"));
    m_copyNotFound->setAccessibleName(tr("Copy the serial numbers not found"));
    m_copyNotFound->setToolTip(tr("Copy the serial numbers not found, one per line"));
    m_copyNotFound->hide();

    auto *leftButtons = new QHBoxLayout;
    leftButtons->addWidget(m_shownCount, 1);
    leftButtons->addWidget(m_add);
    leftButtons->addWidget(m_paste);
    auto *pasteRow = new QHBoxLayout;
    pasteRow->addWidget(m_pasteResult, 1);
    pasteRow->addWidget(m_copyNotFound, 0, Qt::AlignTop);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_deviceTable, 1);
    leftLayout->addLayout(leftButtons);
    leftLayout->addLayout(pasteRow);

    // Right: the chosen devices.
    auto *right = new QWidget(this);
    right->setObjectName(u"chosenDevicesPane"_s);
    right->setAccessibleName(tr("Chosen devices"));
    auto *chosenLabel = new QLabel(tr("Chosen devices"), right);
    chosenLabel->setObjectName(u"chosenDevicesLabel"_s);
    chosenLabel->setAccessibleName(tr("Chosen devices"));
    QFont bold = chosenLabel->font();
    bold.setBold(true);
    chosenLabel->setFont(bold);
    m_chosenTable->setObjectName(u"chosenTable"_s);
    m_chosenTable->setAccessibleName(tr("Chosen devices"));
    m_chosenTable->setModel(m_chosen);
    m_chosenTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_chosenTable->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_chosenTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_chosenTable->setAlternatingRowColors(true);
    m_chosenTable->setWordWrap(false);
    m_chosenTable->verticalHeader()->hide();
    m_chosenTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_chosenTable->verticalHeader()->setDefaultSectionSize(m_chosenTable->fontMetrics().height() + 8);
    m_chosenTable->horizontalHeader()->setDefaultSectionSize(120);
    m_chosenTable->horizontalHeader()->setStretchLastSection(true);
    // The note ("Replaces “…”") is what to read: the other columns leave it room.
    m_chosenTable->setColumnWidth(ChosenDevicesModel::SerialColumn, 115);
    m_chosenTable->setColumnWidth(ChosenDevicesModel::ModelColumn, 95);
    m_chosenTable->setColumnWidth(ChosenDevicesModel::CurrentColumn, 135);
    m_chosenTable->setColumnWidth(ChosenDevicesModel::IntendedColumn, 135);
    m_chosenTable->installEventFilter(this);
    m_remove->setObjectName(u"removeButton"_s);
    m_remove->setText(tr("&Remove"));
    m_remove->setAccessibleName(tr("Remove the selected devices from the list"));
    m_remove->setToolTip(tr("Remove the selected devices from the list (Delete)"));
    m_clear->setObjectName(u"clearButton"_s);
    m_clear->setText(tr("C&lear"));
    m_clear->setAccessibleName(tr("Remove all chosen devices"));
    auto *rightButtons = new QHBoxLayout;
    rightButtons->addStretch(1);
    rightButtons->addWidget(m_remove);
    rightButtons->addWidget(m_clear);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(chosenLabel);
    rightLayout->addWidget(m_chosenTable, 1);
    rightLayout->addLayout(rightButtons);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"assignSplitter"_s);
    splitter->setAccessibleName(tr("Devices to choose from and chosen devices"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    m_count->setObjectName(u"chosenCount"_s);
    m_count->setAccessibleName(tr("Number of chosen devices"));
    m_count->setWordWrap(true);
    m_count->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(this);
    buttons->setObjectName(u"buttons"_s);
    m_assign = buttons->addButton(tr("Assign…"), QDialogButtonBox::AcceptRole);
    m_assign->setObjectName(u"assignButton"_s);
    m_assign->setAccessibleName(tr("Assign the profile to the chosen devices"));
    m_assign->setDefault(true);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(u"cancelButton"_s);
    m_cancel->setAccessibleName(tr("Close without assigning"));
    // Only Assign's own click (or Enter where nothing else takes it) assigns: after the question.
    connect(m_assign, &QPushButton::clicked, this, &AssignProfileDialog::assign);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(profileRow);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_count);
    layout->addWidget(buttons);
    resize(1220, 660);

    m_updateTimer->setSingleShot(true);
    m_updateTimer->setInterval(0);
    connect(m_updateTimer, &QTimer::timeout, this, &AssignProfileDialog::updateState);
    connect(m_profileCombo, &QComboBox::currentIndexChanged, this, &AssignProfileDialog::onProfileChanged);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        // The clear button (or deleting everything) shows all devices at once.
        if (text.isEmpty())
            applySearch();
        else
            m_searchDelay->start();
    });
    connect(m_searchDelay, &QTimer::timeout, this, &AssignProfileDialog::applySearch);
    connect(m_deviceTable, &QAbstractItemView::doubleClicked, this, &AssignProfileDialog::addSelectedDevices);
    connect(m_add, &QPushButton::clicked, this, &AssignProfileDialog::addSelectedDevices);
    connect(m_paste, &QPushButton::clicked, this, &AssignProfileDialog::pasteSerials);
    connect(m_copyNotFound, &QToolButton::clicked, this, [this] {
        if (!m_notFound.isEmpty())
            QApplication::clipboard()->setText(m_notFound.join(u'\n'));
    });
    connect(m_remove, &QPushButton::clicked, this, &AssignProfileDialog::removeSelected);
    connect(m_clear, &QPushButton::clicked, this, &AssignProfileDialog::clearChosen);
    connect(m_deviceTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AssignProfileDialog::scheduleUpdate);
    connect(m_chosenTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AssignProfileDialog::scheduleUpdate);
    connect(m_chosen, &QAbstractItemModel::dataChanged, this, &AssignProfileDialog::scheduleUpdate);
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &AssignProfileDialog::scheduleUpdate);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &AssignProfileDialog::scheduleUpdate);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &AssignProfileDialog::scheduleUpdate);

    onProfileChanged();
    m_search->setFocus();
}

AssignProfileDialog::~AssignProfileDialog()
{
    for (const QPointer<GraphBatch> &read : std::as_const(m_reads)) {
        if (GraphBatch *batch = read.data()) {
            disconnect(batch, nullptr, this, nullptr);
            batch->cancel();
        }
    }
}

void AssignProfileDialog::setNextConfirmAnswer(std::optional<bool> answer)
{
    nextConfirmAnswer() = answer;
}

void AssignProfileDialog::setProfile(const QString &profileId, bool fixed)
{
    m_profileCombo->setCurrentIndex(m_profileCombo->findData(profileId));
    m_profileCombo->setEnabled(!fixed);
    const QString name = profileName();
    setWindowTitle(fixed && !name.isEmpty() ? tr("Assign “%1” to devices").arg(name)
                                            : tr("Assign a deployment profile"));
    setAccessibleName(windowTitle());
    if (fixed)
        m_search->setFocus();
}

const DeploymentProfile *AssignProfileDialog::currentProfile() const
{
    const QString id = m_profileCombo->currentData().toString();
    if (id.isEmpty())
        return nullptr;
    const auto it = std::find_if(m_profiles.cbegin(), m_profiles.cend(),
                                 [&id](const DeploymentProfile &profile) { return profile.id == id; });
    return it == m_profiles.cend() ? nullptr : &*it;
}

QString AssignProfileDialog::profileId() const
{
    const DeploymentProfile *profile = currentProfile();
    return profile ? profile->id : QString();
}

QString AssignProfileDialog::profileName() const
{
    const DeploymentProfile *profile = currentProfile();
    if (!profile)
        return {};
    return profile->displayName.isEmpty() ? profile->id : profile->displayName;
}

void AssignProfileDialog::onProfileChanged()
{
    const DeploymentProfile *profile = currentProfile();
    if (!profile) {
        m_joinType->clear();
    } else {
        switch (profile->kind) {
        case DeploymentProfile::Kind::AzureADJoin:
            m_joinType->setText(tr("Microsoft Entra join"));
            break;
        case DeploymentProfile::Kind::HybridAzureADJoin:
            m_joinType->setText(tr("Microsoft Entra hybrid join"));
            break;
        case DeploymentProfile::Kind::Other:
            m_joinType->setText(tr("Join type not recognised (%1)").arg(profile->odataType));
            break;
        }
    }
    m_chosen->setProfile(profileId(), profileName());
    updateState();
}

void AssignProfileDialog::applySearch()
{
    m_searchDelay->stop();
    m_proxy->setSearchText(m_search->text().trimmed());
    updateState();
}

void AssignProfileDialog::addSelectedDevices()
{
    const AutopilotDeviceModel *source = m_devices.data();
    if (!source)
        return;
    QList<int> proxyRows;
    for (const QModelIndex &index : m_deviceTable->selectionModel()->selectedRows())
        proxyRows.append(index.row());
    if (proxyRows.isEmpty() && m_deviceTable->currentIndex().isValid())
        proxyRows.append(m_deviceTable->currentIndex().row());
    std::sort(proxyRows.begin(), proxyRows.end());
    QStringList ids;
    ids.reserve(proxyRows.size());
    for (const int row : std::as_const(proxyRows)) {
        const QModelIndex index = m_proxy->mapToSource(m_proxy->index(row, 0));
        if (index.isValid())
            ids.append(source->deviceId(index.row()));
    }
    addDevices(ids);
}

void AssignProfileDialog::addDevices(const QStringList &deviceIds)
{
    const AutopilotDeviceModel *source = m_devices.data();
    if (!source)
        return;
    QList<ChosenDevicesModel::Device> devices;
    devices.reserve(deviceIds.size());
    for (const QString &id : deviceIds) {
        ChosenDevicesModel::Device device;
        device.deviceId = id;
        if (const int row = source->rowOfId(id); row >= 0) {
            const AutopilotDeviceModel::Row &r = source->row(row);
            device.serial = r.serialNumber;
            device.model = source->text(r.model);
            device.assignedProfile = source->text(r.assignedProfile);
        }
        devices.append(device);
    }
    const QStringList added = m_chosen->add(devices);
    if (added.isEmpty()) {
        updateState();
        return;
    }
    qCInfo(lcUi) << "Assign profile: chose" << added.size() << "devices";
    for (const bool intended : {false, true}) {
        QStringList unread;
        for (const QString &id : added)
            if (m_chosen->needsRead(id, intended))
                unread.append(id);
        readProfiles(unread, intended);
    }
    m_chosenTable->scrollTo(m_chosen->index(m_chosen->rowCount() - 1, 0));
    updateState();
}

QStringList AssignProfileDialog::addSerials(const QStringList &serials)
{
    const AutopilotDeviceModel *devices = m_devices.data();
    if (!devices)
        return {};
    const SerialList::Match match = SerialList::match(serials, *devices);
    QStringList ids;
    ids.reserve(match.rows.size());
    for (const int row : match.rows)
        ids.append(devices->deviceId(row));
    addDevices(ids);
    m_notFound = match.notFound;
    const QLocale locale;
    QString text =
            tr("Found %Ln device(s) for %1 of %2 serial numbers.", nullptr, static_cast<int>(match.rows.size()))
                    .arg(locale.toString(match.requested - match.notFound.size()), locale.toString(match.requested));
    if (!match.notFound.isEmpty())
        text += u' '
                + tr("%Ln serial(s) not found: %1", nullptr, static_cast<int>(match.notFound.size()))
                          .arg(match.notFound.join(u", "_s));
    m_pasteResult->setText(text);
    m_pasteResult->show();
    m_copyNotFound->setVisible(!match.notFound.isEmpty());
    return match.notFound;
}

void AssignProfileDialog::pasteSerials()
{
    const std::optional<QStringList> serials = PasteSerialsDialog::ask(this);
    if (serials && !serials->isEmpty())
        addSerials(*serials);
}

void AssignProfileDialog::removeSelected()
{
    QList<int> rows;
    for (const QModelIndex &index : m_chosenTable->selectionModel()->selectedRows())
        rows.append(index.row());
    if (rows.isEmpty() && m_chosenTable->currentIndex().isValid())
        rows.append(m_chosenTable->currentIndex().row());
    if (rows.isEmpty())
        return;
    const int first = *std::min_element(rows.cbegin(), rows.cend());
    m_chosen->removeDeviceRows(rows);
    // The next device is selected, so Delete can be pressed again.
    if (m_chosen->rowCount() > 0) {
        const QModelIndex next = m_chosen->index(std::min(first, m_chosen->rowCount() - 1), 0);
        m_chosenTable->selectionModel()->setCurrentIndex(
                next, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    updateState();
}

void AssignProfileDialog::clearChosen()
{
    m_chosen->clearAll();
    updateState();
}

void AssignProfileDialog::readProfiles(const QStringList &deviceIds, bool intended)
{
    if (deviceIds.isEmpty())
        return;
    IntuneService *intune = m_intune.data();
    if (!intune)
        return;
    for (const QString &id : deviceIds) {
        ProfileRead reading;
        reading.state = ProfileRead::State::Reading;
        m_chosen->setRead(id, intended, reading);
    }
    GraphBatch *batch = intune->getDeviceDeploymentProfiles(deviceIds, intended);
    m_reads.append(batch);
    connect(batch, &GraphBatch::itemSucceeded, this,
            [this, deviceIds, intended](int index, const GraphResponse &response) {
                const DeploymentProfile profile = DeploymentProfile::fromJson(response.json);
                ProfileRead read;
                read.state = ProfileRead::State::Read;
                read.id = profile.id;
                read.name = profile.displayName;
                m_chosen->setRead(deviceIds.at(index), intended, read);
            });
    connect(batch, &GraphBatch::itemFailed, this, [this, deviceIds, intended](int index, const GraphError &error) {
        ProfileRead read;
        if (error.kind == GraphError::Kind::Cancelled) {
            read.state = ProfileRead::State::Unread;
        } else if (error.kind == GraphError::Kind::Http && error.httpStatus == 404) {
            read.state = ProfileRead::State::Read; // the device has no such profile
        } else {
            read.state = ProfileRead::State::Failed;
            read.error = error.summary();
            read.errorDetails = error.details();
        }
        m_chosen->setRead(deviceIds.at(index), intended, read);
    });
    connect(batch, &GraphBatch::finished, this, [this, batch] {
        m_reads.removeIf([batch](const QPointer<GraphBatch> &read) { return read.isNull() || read.data() == batch; });
        scheduleUpdate();
    });
    batch->start();
}

void AssignProfileDialog::scheduleUpdate()
{
    m_updateTimer->start();
}

QList<ProfileAssignTarget> AssignProfileDialog::targets() const
{
    QList<ProfileAssignTarget> result;
    const int count = m_chosen->rowCount();
    result.reserve(count);
    for (int row = 0; row < count; ++row) {
        const ChosenDevicesModel::Device &device = m_chosen->device(row);
        ProfileAssignTarget target;
        target.deviceId = device.deviceId;
        target.serial = device.serial;
        target.model = device.model;
        const std::pair<QString, QString> previous = m_chosen->previousProfile(row);
        QString id = previous.first;
        const QString &name = previous.second;
        // Only a name from the device table: the profile with that name, when just one has it.
        if (id.isEmpty() && !name.isEmpty()) {
            const auto sameName = [&name](const DeploymentProfile &p) { return p.displayName == name; };
            if (std::count_if(m_profiles.cbegin(), m_profiles.cend(), sameName) == 1)
                id = std::find_if(m_profiles.cbegin(), m_profiles.cend(), sameName)->id;
        }
        target.previousProfileId = id;
        target.previousProfileName = name;
        result.append(target);
    }
    return result;
}

int AssignProfileDialog::chosenCount() const
{
    return m_chosen->rowCount();
}

int AssignProfileDialog::replacingCount() const
{
    int count = 0;
    for (int row = 0; row < m_chosen->rowCount(); ++row)
        count += m_chosen->relation(row) == ChosenDevicesModel::Relation::Other ? 1 : 0;
    return count;
}

int AssignProfileDialog::alreadyAssignedCount() const
{
    int count = 0;
    for (int row = 0; row < m_chosen->rowCount(); ++row)
        count += m_chosen->relation(row) == ChosenDevicesModel::Relation::Same ? 1 : 0;
    return count;
}

int AssignProfileDialog::pendingReads() const
{
    return m_chosen->readsInFlight();
}

void AssignProfileDialog::updateState()
{
    m_updateTimer->stop();
    const QLocale locale;
    const AutopilotDeviceModel *devices = m_devices.data();
    const int total = devices ? devices->rowCount() : 0;
    const int shown = m_proxy->rowCount();
    m_shownCount->setText(shown == total ? tr("%Ln device(s)", nullptr, total)
                                         : tr("%1 of %Ln device(s) shown", nullptr, total).arg(locale.toString(shown)));

    const int chosen = chosenCount();
    const int replacing = replacingCount();
    const int same = alreadyAssignedCount();
    const int reading = pendingReads();
    QString count;
    if (chosen == 0) {
        count = tr("No devices chosen yet: search on the left and press Enter, or paste serial numbers.");
    } else {
        count = tr("%Ln device(s) chosen", nullptr, chosen);
        if (replacing > 0)
            count += u" — "_s + tr("%Ln already have another profile, which this replaces", nullptr, replacing);
        if (same > 0)
            count += (replacing > 0 ? u"; "_s : u" — "_s) + tr("%Ln already have this profile", nullptr, same);
        count += u'.';
        if (reading > 0)
            count += u' ' + tr("Reading the profiles of the chosen devices…");
    }
    m_count->setText(count);
    m_count->setProperty("warning", replacing > 0);

    m_add->setEnabled(m_deviceTable->selectionModel()->hasSelection() || m_deviceTable->currentIndex().isValid());
    m_paste->setEnabled(total > 0);
    m_remove->setEnabled(m_chosenTable->selectionModel()->hasSelection() || m_chosenTable->currentIndex().isValid());
    m_clear->setEnabled(chosen > 0);
    m_assign->setEnabled(chosen > 0 && currentProfile() != nullptr);
}

AssignProfileDialog::Confirmation AssignProfileDialog::confirmation() const
{
    Confirmation c;
    const int count = chosenCount();
    const QString name = profileName();
    c.heading = tr("Assign “%1” to %Ln device(s)?", nullptr, count).arg(name);
    QStringList paragraphs{
            tr("Each device gets this profile as its intended deployment profile: Windows Autopilot uses it the next "
               "time the device is set up. Intune shows the assignment as pending until it has processed it.")};

    QStringList replaced;
    for (int row = 0; row < m_chosen->rowCount(); ++row) {
        if (m_chosen->relation(row) != ChosenDevicesModel::Relation::Other)
            continue;
        ++c.replacing;
        if (replaced.size() < listedReplacements) {
            const ChosenDevicesModel::Device &device = m_chosen->device(row);
            replaced.append(tr("%1: “%2”")
                                    .arg(device.serial.isEmpty() ? device.deviceId : device.serial,
                                         m_chosen->previousProfile(row).second));
        }
    }
    if (c.replacing > 0) {
        QString warning = tr("%Ln device(s) have another profile, which this replaces:", nullptr, c.replacing);
        for (const QString &line : std::as_const(replaced))
            warning += u"\n  • "_s + line;
        if (c.replacing > listedReplacements)
            warning += u"\n  "_s + tr("…and %Ln more.", nullptr, c.replacing - listedReplacements);
        paragraphs.append(warning);
    }
    if (const int same = alreadyAssignedCount(); same > 0)
        paragraphs.append(tr("%Ln device(s) already have this profile.", nullptr, same));
    if (const int reading = pendingReads(); reading > 0)
        paragraphs.append(tr("The profiles of some devices are still being read; for them the profile shown in the "
                             "device list counts."));
    c.details = paragraphs.join(u"\n\n"_s);
    c.cancelIsDefault = c.replacing > 0;
    return c;
}

void AssignProfileDialog::assign()
{
    if (chosenCount() == 0 || !currentProfile() || !m_intune || !m_devices)
        return;
    m_lastConfirmation = confirmation();
    const ConfirmBox box{
            .objectName = u"assignConfirmation"_s,
            .windowTitle = tr("Assign deployment profile"),
            .accessibleName = m_lastConfirmation.heading,
            .heading = m_lastConfirmation.heading,
            .details = m_lastConfirmation.details,
            .warning = m_lastConfirmation.replacing > 0,
            .go = {tr("Assign"), QMessageBox::YesRole, u"confirmAssignButton"_s, tr("Assign")},
            .stop = {{}, QMessageBox::RejectRole, u"confirmCancelButton"_s, tr("Cancel")},
            // Replacing another profile takes something away: the safe answer is the default then.
            .stopIsDefault = m_lastConfirmation.cancelIsDefault,
    };
    if (!box.ask(this, nextConfirmAnswer()))
        return;
    const QList<ProfileAssignTarget> devices = targets();
    qCInfo(lcUi) << "Assign profile" << profileId() << "to" << devices.size() << "devices confirmed";
    Q_EMIT assignRequested(profileId(), profileName(), devices);
    accept();
}

bool AssignProfileDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QDialog::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_search && isPlainEnter(key)) {
        // Enter never assigns from here: it finds the device now and adds it when it is the only one.
        applySearch();
        if (m_proxy->rowCount() == 1) {
            m_deviceTable->selectionModel()->setCurrentIndex(
                    m_proxy->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            addSelectedDevices();
            m_search->selectAll();
        } else if (m_proxy->rowCount() > 1) {
            if (!m_deviceTable->currentIndex().isValid())
                m_deviceTable->selectionModel()->setCurrentIndex(
                        m_proxy->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_deviceTable->setFocus();
        }
        return true;
    }
    if (watched == m_deviceTable && isPlainEnter(key)) {
        addSelectedDevices();
        return true;
    }
    if (watched == m_chosenTable && (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace)) {
        removeSelected();
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace ed
