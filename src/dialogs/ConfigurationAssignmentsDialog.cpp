#include "ConfigurationAssignmentsDialog.h"

#include "core/Logging.h"
#include "dialogs/DialogSupport.h"
#include "graph/GraphReply.h"
#include "graph/IntuneService.h"
#include "models/ConfigurationWriter.h"
#include "models/EnrollmentConfigurationModel.h"
#include "models/GroupNameLookup.h"
#include "models/GroupSearchModel.h"
#include "widgets/GroupPicker.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <utility>

namespace ed {

using namespace Qt::StringLiterals;

namespace {

enum ListColumn { NameColumn, TypeColumn, IdColumn, NoteColumn, ListColumnCount };
constexpr int keyRole = Qt::UserRole;

std::optional<bool> &nextConfirmAnswer()
{
    static std::optional<bool> answer;
    return answer;
}

std::optional<bool> &nextDiscardAnswer()
{
    static std::optional<bool> answer;
    return answer;
}

QPushButton *makeButton(QWidget *parent, const QString &objectName, const QString &text, const QString &accessibleName)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setAccessibleName(accessibleName);
    button->setAutoDefault(false); // Enter never saves or adds by accident
    return button;
}

// A list's heading, its buddy.
QLabel *makeHeading(const QString &objectName, const QString &text, const QFont &font, QWidget *buddy)
{
    auto *label = new QLabel(text, buddy->parentWidget());
    label->setObjectName(objectName);
    label->setAccessibleName(text);
    label->setFont(font);
    label->setBuddy(buddy);
    return label;
}

QLabel *makeLabel(QWidget *parent, const QString &objectName, const QString &accessibleName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setAccessibleName(accessibleName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

void setErrorStyle(QLabel *label, bool error)
{
    QPalette palette = label->parentWidget() ? label->parentWidget()->palette() : label->palette();
    if (error)
        palette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    label->setPalette(palette);
    label->setProperty("error", error);
}

QTreeWidget *makeList(QWidget *parent, const QString &objectName, const QString &accessibleName)
{
    auto *list = new QTreeWidget(parent);
    list->setObjectName(objectName);
    list->setAccessibleName(accessibleName);
    list->setColumnCount(ListColumnCount);
    list->setHeaderLabels({ConfigurationAssignmentsDialog::tr("Name"), ConfigurationAssignmentsDialog::tr("Type"),
                           ConfigurationAssignmentsDialog::tr("ID"), ConfigurationAssignmentsDialog::tr("Note")});
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    list->setSelectionBehavior(QAbstractItemView::SelectRows);
    list->setAlternatingRowColors(true);
    list->header()->setStretchLastSection(true);
    list->setColumnWidth(NameColumn, 220);
    list->setColumnWidth(TypeColumn, 120);
    list->setColumnWidth(IdColumn, 110);
    return list;
}

} // namespace

QString ConfigurationAssignmentsDialog::Confirmation::text() const
{
    return heading + u"\n\n"_s + details;
}

void ConfigurationAssignmentsDialog::setNextConfirmAnswer(std::optional<bool> answer)
{
    nextConfirmAnswer() = answer;
}

void ConfigurationAssignmentsDialog::setNextDiscardAnswer(std::optional<bool> answer)
{
    nextDiscardAnswer() = answer;
}

ConfigurationAssignmentsDialog::ConfigurationAssignmentsDialog(IntuneService &intune, ActivityJournal *journal,
                                                               QString tenant, EnrollmentConfiguration configuration,
                                                               GrantedPermissions permissions, QWidget *parent)
    : QDialog(parent)
    , m_intune(&intune)
    , m_configuration(std::move(configuration))
    , m_permissions(std::move(permissions))
    , m_lookup(new GroupNameLookup(intune, this))
    , m_writer(new ConfigurationWriter(intune, journal, std::move(tenant), this))
{
    const QString name = m_configuration.displayName.isEmpty() ? m_configuration.id : m_configuration.displayName;
    setObjectName(u"configurationAssignmentsDialog"_s);
    setWindowTitle(tr("Assignments — %1").arg(name));
    setAccessibleName(tr("Assignments of %1").arg(name));
    setSizeGripEnabled(true);

    m_heading = makeLabel(this, u"assignmentsHeading"_s, tr("Configuration"));
    m_heading->setText(tr("%1 — %2").arg(name, EnrollmentConfigurationModel::typeText(m_configuration)));
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);

    m_banner = makeLabel(this, u"readOnlyBanner"_s, tr("Why the assignments cannot be changed"));
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setMargin(6);
    m_banner->hide();

    m_loadStatus = makeLabel(this, u"loadStatus"_s, tr("Reading the assignments"));
    m_retryLoad = makeButton(this, u"retryLoadButton"_s, tr("Try again"), tr("Read the assignments again"));
    m_retryLoad->hide();

    // Left: the targets.
    auto *targets = new QWidget(this);
    targets->setObjectName(u"targetsPane"_s);
    targets->setAccessibleName(tr("Targets"));
    m_included = makeList(targets, u"includedList"_s, tr("Included targets"));
    QLabel *includedLabel = makeHeading(u"includedLabel"_s, tr("Included"), bold, m_included);
    m_excluded = makeList(targets, u"excludedList"_s, tr("Excluded groups"));
    QLabel *excludedLabel = makeHeading(u"excludedLabel"_s, tr("Excluded"), bold, m_excluded);
    m_remove = makeButton(targets, u"removeTargetButton"_s, tr("&Remove"), tr("Remove the selected targets"));
    m_remove->setToolTip(tr("Remove the selected targets (Delete)"));
    m_addAllUsers = makeButton(targets, u"addAllUsersButton"_s, tr("Add All &users"), tr("Include all users"));
    m_addAllUsers->setToolTip(tr("Include every licensed user"));
    m_addAllDevices = makeButton(targets, u"addAllDevicesButton"_s, tr("Add All &devices"), tr("Include all devices"));
    m_addAllDevices->setToolTip(tr("Include every device"));
    m_collection = new QLineEdit(targets);
    m_collection->setObjectName(u"collectionIdField"_s);
    m_collection->setAccessibleName(tr("Configuration Manager collection ID"));
    m_collection->setPlaceholderText(tr("Collection ID, e.g. P0100023"));
    m_collection->setToolTip(tr("A Configuration Manager collection ID: a 3-character site code and 5 hexadecimal "
                                "digits (co-management)"));
    m_collection->setMaxLength(32);
    m_collection->installEventFilter(this);
    m_addCollection = makeButton(targets, u"addCollectionButton"_s, tr("Add &collection"),
                                 tr("Include the Configuration Manager collection"));

    auto *removeRow = new QHBoxLayout;
    removeRow->addStretch(1);
    removeRow->addWidget(m_remove);
    auto *allRow = new QHBoxLayout;
    allRow->addWidget(m_addAllUsers);
    allRow->addWidget(m_addAllDevices);
    allRow->addStretch(1);
    auto *collectionRow = new QHBoxLayout;
    collectionRow->addWidget(m_collection, 1);
    collectionRow->addWidget(m_addCollection);
    auto *targetsLayout = new QVBoxLayout(targets);
    targetsLayout->setContentsMargins(0, 0, 0, 0);
    targetsLayout->addWidget(includedLabel);
    targetsLayout->addWidget(m_included, 3);
    targetsLayout->addWidget(excludedLabel);
    targetsLayout->addWidget(m_excluded, 2);
    targetsLayout->addLayout(removeRow);
    targetsLayout->addLayout(allRow);
    targetsLayout->addLayout(collectionRow);

    // Right: groups to add.
    auto *groupsBox = new QGroupBox(tr("Add groups"), this);
    m_groupsBox = groupsBox;
    groupsBox->setObjectName(u"addGroupsBox"_s);
    groupsBox->setAccessibleName(tr("Add groups"));
    m_picker = new GroupPicker(intune, groupsBox);
    auto *groupsLayout = new QVBoxLayout(groupsBox);
    groupsLayout->addWidget(m_picker);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"assignmentsSplitter"_s);
    splitter->setAccessibleName(tr("Targets and groups to add"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(targets);
    splitter->addWidget(groupsBox);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    m_editorMessage = makeLabel(this, u"editorMessage"_s, tr("Why a change was refused"));
    m_editorMessage->hide();
    m_namesMessage = makeLabel(this, u"namesMessage"_s, tr("Group names"));
    m_namesMessage->hide();

    auto *previewBox = new QGroupBox(tr("Changes to save"), this);
    previewBox->setObjectName(u"previewBox"_s);
    previewBox->setAccessibleName(tr("Changes to save"));
    m_preview = makeLabel(previewBox, u"previewLabel"_s, tr("What Save changes"));
    m_preview->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_preview->setMinimumHeight(m_preview->fontMetrics().lineSpacing() * 3);
    m_previewWarning = makeLabel(previewBox, u"previewWarning"_s, tr("Warning about the changes"));
    m_previewWarning->hide();
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->addWidget(m_preview);
    previewLayout->addWidget(m_previewWarning);

    m_error = makeLabel(this, u"errorLabel"_s, tr("Why the save failed"));
    setErrorStyle(m_error, true);
    m_error->hide();
    m_copyDetails = makeButton(this, u"copyDetailsButton"_s, tr("Copy details"), tr("Copy the error details"));
    m_copyDetails->setToolTip(tr("Copy the error with its request IDs, for a ticket"));
    m_copyDetails->hide();
    auto *errorRow = new QHBoxLayout;
    errorRow->addWidget(m_error, 1);
    errorRow->addWidget(m_copyDetails, 0, Qt::AlignTop);

    m_saveStatus = makeLabel(this, u"saveStatus"_s, tr("Save status"));
    m_saveStatus->hide();

    m_save = makeButton(this, u"saveAssignmentsButton"_s, tr("&Save…"), tr("Save the assignments"));
    m_close = makeButton(this, u"closeButton"_s, tr("Close"), tr("Close the assignments"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_saveStatus, 1);
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    buttons->addWidget(m_close);

    auto *loadRow = new QHBoxLayout;
    loadRow->addWidget(m_loadStatus, 1);
    loadRow->addWidget(m_retryLoad);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_banner);
    layout->addLayout(loadRow);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_editorMessage);
    layout->addWidget(m_namesMessage);
    layout->addWidget(previewBox);
    layout->addLayout(errorRow);
    layout->addLayout(buttons);
    resize(1180, 720);

    m_included->installEventFilter(this);
    m_excluded->installEventFilter(this);
    connect(m_included, &QTreeWidget::itemSelectionChanged, this, &ConfigurationAssignmentsDialog::updateState);
    connect(m_excluded, &QTreeWidget::itemSelectionChanged, this, &ConfigurationAssignmentsDialog::updateState);
    connect(m_remove, &QPushButton::clicked, this, &ConfigurationAssignmentsDialog::removeSelected);
    connect(m_addAllUsers, &QPushButton::clicked, this, &ConfigurationAssignmentsDialog::addAllUsers);
    connect(m_addAllDevices, &QPushButton::clicked, this, &ConfigurationAssignmentsDialog::addAllDevices);
    connect(m_addCollection, &QPushButton::clicked, this, &ConfigurationAssignmentsDialog::addCollection);
    connect(m_collection, &QLineEdit::textChanged, this, &ConfigurationAssignmentsDialog::updateState);
    connect(m_picker, &GroupPicker::includeRequested, this, &ConfigurationAssignmentsDialog::includeGroups);
    connect(m_picker, &GroupPicker::excludeRequested, this, &ConfigurationAssignmentsDialog::excludeGroups);
    connect(m_retryLoad, &QPushButton::clicked, this, &ConfigurationAssignmentsDialog::reload);
    connect(m_copyDetails, &QPushButton::clicked, this, [this] {
        if (!m_errorDetails.isEmpty())
            QApplication::clipboard()->setText(m_errorDetails);
    });
    connect(m_save, &QPushButton::clicked, this, &ConfigurationAssignmentsDialog::save);
    connect(m_close, &QPushButton::clicked, this, &ConfigurationAssignmentsDialog::reject);
    connect(m_writer, &ConfigurationWriter::succeeded, this,
            [this](ConfigurationWriter::Change change, const EnrollmentConfiguration &written) {
                if (change == ConfigurationWriter::Change::Assignments)
                    onSaved(written);
            });
    connect(m_writer, &ConfigurationWriter::failed, this,
            [this](ConfigurationWriter::Change change, const GraphError &error) {
                if (change == ConfigurationWriter::Change::Assignments)
                    onSaveFailed(error);
            });
    connect(m_lookup, &GroupNameLookup::finished, this,
            [this](const QHash<QString, Group> &found, const QStringList &missing) {
                QHash<QString, QString> names;
                for (auto it = found.cbegin(); it != found.cend(); ++it) {
                    names.insert(it.key(), it->displayName);
                    m_groups.insert(it.key(), *it);
                }
                m_names.add(names);
                m_names.addDeleted(missing);
                if (!missing.isEmpty())
                    qCInfo(lcUi) << "Assignments dialog:" << missing.size() << "assigned groups no longer exist";
                m_namesNote.clear();
                refreshLists();
            });
    connect(m_lookup, &GroupNameLookup::failed, this, [this](const GraphError &error) {
        m_namesNote = tr("The group names could not be read, so the lists show group IDs: %1").arg(error.summary());
        updateState();
    });
    // The service goes when the user signs out or the window closes: nothing is left to talk to.
    connect(&intune, &QObject::destroyed, this, [this] {
        m_read = nullptr;
        m_state = State::ReadOnly;
        m_readOnlyReason = tr("Signed out: the assignments can no longer be read or changed.");
        close();
    });

    // Read-only cases first: a default applies to everyone, and Intune refuses to assign it.
    const QStringList writePermissions =
            IntuneService::spec(IntuneService::Operation::AssignEnrollmentConfiguration).permissions;
    if (m_configuration.isDefault)
        m_readOnlyReason = tr("This is a default configuration: it applies to all users and all devices with the "
                              "lowest priority, and its assignments cannot be changed.");
    else if (m_configuration.kind == EnrollmentConfiguration::Kind::WindowsRestore)
        m_readOnlyReason = tr("Intune does not let Windows restore configurations be assigned.");
    else if (!m_permissions.allowsAny(writePermissions))
        m_readOnlyReason = tr("Read-only: you can look at the assignments but not change them. %1")
                                   .arg(m_permissions.denialText(writePermissions));

    const QStringList searchPermissions = IntuneService::spec(IntuneService::Operation::SearchGroups).permissions;
    m_picker->setSearchAllowed(m_permissions.allowsAny(searchPermissions), m_permissions.denialText(searchPermissions));

    if (m_configuration.isDefault) {
        // Nothing to read: a default is never assigned, it applies to everyone.
        m_state = State::ReadOnly;
        m_loadStatus->setText(tr("All users and all devices"));
        m_picker->setSearchAllowed(false, m_readOnlyReason);
        updateState();
        return;
    }
    reload();
    if (m_readOnlyReason.isEmpty())
        m_picker->searchNow();
    else
        m_picker->setSearchAllowed(false, m_readOnlyReason);
}

ConfigurationAssignmentsDialog::~ConfigurationAssignmentsDialog()
{
    if (GraphReply *read = m_read.data())
        read->cancel();
}

bool ConfigurationAssignmentsDialog::canWrite() const
{
    return m_readOnlyReason.isEmpty() && !m_intune.isNull();
}

// --- reading --------------------------------------------------------------------------------------

void ConfigurationAssignmentsDialog::reload()
{
    IntuneService *intune = m_intune.data();
    if (!intune || m_state == State::Saving || m_configuration.isDefault)
        return;
    if (GraphReply *old = m_read.data())
        old->cancel();
    m_lookup->cancel();
    m_state = State::Loading;
    m_loadStatus->setText(tr("Reading the current assignments…"));
    m_retryLoad->hide();
    clearError();
    GraphReply *reply = intune->getEnrollmentConfiguration(m_configuration.id);
    m_read = reply;
    reply->then(
            this, [this](const GraphResponse &response) { onRead(response); },
            [this](const GraphError &error) { onLoadFailed(error); });
    updateState();
}

void ConfigurationAssignmentsDialog::onRead(const GraphResponse &response)
{
    m_read = nullptr;
    const EnrollmentConfiguration read = EnrollmentConfiguration::fromJson(response.json);
    if (read.id != m_configuration.id) {
        GraphError error;
        error.kind = GraphError::Kind::InvalidResponse;
        error.httpStatus = response.status;
        error.requestId = response.requestId;
        error.clientRequestId = response.clientRequestId;
        error.transportMessage = u"The configuration read is not the one asked for."_s;
        onLoadFailed(error);
        return;
    }
    m_configuration = read;
    // Editing must start from every assignment there is: when $expand did not bring them all
    // (ignored, or paged), they are listed on their own.
    if (!read.assignmentsExpanded || response.json.contains("assignments@odata.nextLink"_L1)) {
        readAssignmentsSeparately();
        return;
    }
    startEditing(read);
}

void ConfigurationAssignmentsDialog::readAssignmentsSeparately()
{
    IntuneService *intune = m_intune.data();
    if (!intune)
        return;
    GraphReply *reply = intune->listConfigurationAssignments(m_configuration.id);
    m_read = reply;
    reply->then(
            this,
            [this](const GraphResponse &response) {
                m_read = nullptr;
                if (response.json.contains("@odata.nextLink"_L1)) {
                    // Saving a part of a paged set would remove the rest: refuse to edit.
                    GraphError error;
                    error.kind = GraphError::Kind::InvalidResponse;
                    error.httpStatus = response.status;
                    error.requestId = response.requestId;
                    error.clientRequestId = response.clientRequestId;
                    error.transportMessage =
                            u"Intune returned the assignments in several pages; they are not edited here so "
                            "that none is lost."_s;
                    onLoadFailed(error);
                    return;
                }
                EnrollmentConfiguration configuration = m_configuration;
                configuration.assignments = Assignment::listFromJson(response.json.value("value"_L1).toArray());
                configuration.assignmentsExpanded = true;
                m_configuration = configuration;
                startEditing(configuration);
            },
            [this](const GraphError &error) { onLoadFailed(error); });
}

void ConfigurationAssignmentsDialog::startEditing(const EnrollmentConfiguration &configuration)
{
    m_editor.reset(configuration.assignments);
    m_state = canWrite() ? State::Editing : State::ReadOnly;
    m_loadStatus->clear();
    m_retryLoad->hide();
    qCInfo(lcUi) << "Assignments dialog: read" << configuration.assignments.size() << "assignments of"
                 << configuration.id;
    resolveNames();
    refreshLists();
}

void ConfigurationAssignmentsDialog::onLoadFailed(const GraphError &error)
{
    m_read = nullptr;
    if (error.kind == GraphError::Kind::Cancelled)
        return;
    m_state = State::LoadFailed;
    m_loadStatus->setText(tr("The assignments could not be read, so they cannot be changed."));
    m_retryLoad->show();
    showError(error.summary(), error.details());
    updateState();
}

void ConfigurationAssignmentsDialog::resolveNames()
{
    QStringList unknown;
    for (const AssignmentEditor::Entry &entry : m_editor.entries()) {
        const AssignmentTarget &target = entry.assignment.target;
        if (target.isGroup() && !target.groupId.isEmpty() && !m_names.knows(target.groupId)
            && !unknown.contains(target.groupId))
            unknown.append(target.groupId);
    }
    if (unknown.isEmpty() || m_intune.isNull())
        return;
    const QStringList permissions = IntuneService::spec(IntuneService::Operation::GetGroup).permissions;
    if (!m_permissions.allowsAny(permissions)) {
        m_namesNote = tr("The lists show group IDs: group names cannot be read. %1")
                              .arg(m_permissions.denialText(permissions));
        updateState();
        return;
    }
    m_lookup->setPermissions(m_permissions);
    m_lookup->lookup(unknown);
}

// --- editing --------------------------------------------------------------------------------------

void ConfigurationAssignmentsDialog::rememberGroups(const QList<Group> &groups)
{
    QHash<QString, QString> names;
    for (const Group &group : groups) {
        if (group.id.isEmpty() || !group.isGroup())
            continue;
        m_groups.insert(group.id, group);
        if (!group.displayName.isEmpty())
            names.insert(group.id, group.displayName);
    }
    m_names.add(names);
}

void ConfigurationAssignmentsDialog::includeGroups(const QList<Group> &groups)
{
    if (m_state != State::Editing)
        return;
    rememberGroups(groups);
    applyOutcome(m_editor.includeGroups(groups));
}

void ConfigurationAssignmentsDialog::excludeGroups(const QList<Group> &groups)
{
    if (m_state != State::Editing)
        return;
    rememberGroups(groups);
    applyOutcome(m_editor.excludeGroups(groups));
}

void ConfigurationAssignmentsDialog::addAllUsers()
{
    if (m_state == State::Editing)
        applyOutcome(m_editor.addAllUsers());
}

void ConfigurationAssignmentsDialog::addAllDevices()
{
    if (m_state == State::Editing)
        applyOutcome(m_editor.addAllDevices());
}

void ConfigurationAssignmentsDialog::addCollection()
{
    if (m_state != State::Editing)
        return;
    const AssignmentEditor::Outcome outcome = m_editor.addCollection(m_collection->text());
    if (outcome.ok())
        m_collection->clear();
    else
        m_collection->setFocus();
    applyOutcome(outcome);
}

void ConfigurationAssignmentsDialog::removeSelected()
{
    if (m_state != State::Editing)
        return;
    QList<int> keys;
    for (QTreeWidget *list : {m_included, m_excluded})
        for (const QTreeWidgetItem *item : list->selectedItems())
            keys.append(item->data(NameColumn, keyRole).toInt());
    if (keys.isEmpty())
        return;
    m_editor.remove(keys);
    showEditorMessage({});
    m_saveStatus->hide();
    refreshLists();
}

void ConfigurationAssignmentsDialog::applyOutcome(const AssignmentEditor::Outcome &outcome)
{
    showEditorMessage(outcome.refused.join(u'\n'));
    if (outcome.added > 0)
        m_saveStatus->hide();
    refreshLists();
}

void ConfigurationAssignmentsDialog::showEditorMessage(const QString &text)
{
    m_editorMessage->setText(text);
    setErrorStyle(m_editorMessage, !text.isEmpty());
    m_editorMessage->setVisible(!text.isEmpty());
}

// --- the lists ------------------------------------------------------------------------------------

void ConfigurationAssignmentsDialog::fillItem(QTreeWidgetItem *item, const AssignmentEditor::Entry &entry) const
{
    using K = AssignmentTarget::Kind;
    const AssignmentTarget &target = entry.assignment.target;
    QString type;
    QString id;
    QStringList notes;
    switch (target.kind) {
    case K::Group:
    case K::ExclusionGroup: {
        const auto it = m_groups.constFind(target.groupId);
        type = it != m_groups.cend() ? GroupSearchModel::typeText(*it) : tr("Group");
        id = target.groupId;
        break;
    }
    case K::AllLicensedUsers:
    case K::AllDevices:
        type = tr("Everyone");
        break;
    case K::ConfigurationManagerCollection:
        type = tr("Configuration Manager collection");
        id = target.collectionId;
        break;
    case K::ScopeTagGroup:
        type = tr("Scope tag group");
        id = target.entraObjectId;
        break;
    case K::Base:
    case K::Other:
        type = tr("Other");
        break;
    }
    const bool deleted = target.isGroup() && m_names.isDeleted(target.groupId);
    if (entry.added)
        notes.append(tr("New: saved when you click Save"));
    if (deleted)
        notes.append(tr("Deleted from the directory; kept unless you remove it"));
    if (target.kind == K::Base || target.kind == K::Other || target.kind == K::ScopeTagGroup)
        notes.append(tr("Kept as Intune sent it; can be removed, not changed"));
    if (target.filterType != AssignmentTarget::FilterType::None)
        notes.append(tr("Has an assignment filter"));

    item->setText(NameColumn, target.isGroup() ? m_names.groupName(target.groupId) : m_names.name(target));
    item->setText(TypeColumn, type);
    item->setText(IdColumn, id);
    item->setText(NoteColumn, notes.join(u"; "_s));
    QStringList tip{m_names.text(target)};
    if (!id.isEmpty())
        tip.append(tr("ID: %1").arg(id));
    tip.append(notes);
    for (int column = 0; column < ListColumnCount; ++column)
        item->setToolTip(column, tip.join(u'\n'));
    item->setData(NameColumn, keyRole, entry.key);
    if (deleted)
        item->setIcon(NameColumn, style()->standardIcon(QStyle::SP_MessageBoxWarning));
    if (entry.added) {
        QFont font = item->font(NameColumn);
        font.setBold(true);
        item->setFont(NameColumn, font);
    }
}

void ConfigurationAssignmentsDialog::refreshLists()
{
    m_included->clear();
    m_excluded->clear();
    if (m_state != State::Loading && m_state != State::LoadFailed) {
        for (const AssignmentEditor::Entry &entry : m_editor.entries()) {
            auto *item = new QTreeWidgetItem;
            fillItem(item, entry);
            (entry.assignment.target.isExclusion() ? m_excluded : m_included)->addTopLevelItem(item);
        }
    }
    updateState();
}

QString ConfigurationAssignmentsDialog::previewText() const
{
    return m_preview->text();
}

// --- saving ---------------------------------------------------------------------------------------

ConfigurationAssignmentsDialog::Confirmation ConfigurationAssignmentsDialog::confirmation() const
{
    Confirmation c;
    c.added = static_cast<int>(m_editor.added().size());
    c.removed = static_cast<int>(m_editor.removed().size());
    c.removesAll = m_editor.removesAll();
    c.cancelIsDefault = c.removed > 0;
    const QString name = m_configuration.displayName.isEmpty() ? m_configuration.id : m_configuration.displayName;
    c.heading = tr("Save the assignments of “%1”? (+%2 / −%3)")
                        .arg(name, QString::number(c.added), QString::number(c.removed));
    QStringList paragraphs{tr("Intune replaces the configuration's whole assignment set with this one:"),
                           m_editor.previewText(m_names)};
    if (c.removesAll)
        paragraphs.append(tr("WARNING: this removes ALL targets. The configuration will apply to no one, and the "
                             "default configuration applies instead."));
    else if (m_editor.excludesOnly())
        paragraphs.append(tr("Only exclusions remain: the configuration will apply to no one."));
    if (const qsizetype deleted = m_editor.deletedGroups(m_names).size(); deleted > 0)
        paragraphs.append(tr("%Ln group(s) no longer in the directory stay assigned as Intune has them. If Intune "
                             "refuses them, remove them and save again.",
                             nullptr, static_cast<int>(deleted)));
    c.details = paragraphs.join(u"\n\n"_s);
    return c;
}

void ConfigurationAssignmentsDialog::save()
{
    if (m_state != State::Editing || !m_editor.hasChanges() || !canWrite() || m_writer->isBusy())
        return;
    m_lastConfirmation = confirmation();
    const ConfirmBox box{
            .objectName = u"saveConfirmation"_s,
            .windowTitle = tr("Save assignments"),
            .accessibleName = m_lastConfirmation.heading,
            .heading = m_lastConfirmation.heading,
            .details = m_lastConfirmation.details,
            .warning = m_lastConfirmation.removed > 0,
            .go = {tr("Save"), QMessageBox::AcceptRole, u"confirmSaveButton"_s, tr("Save")},
            .stop = {{}, QMessageBox::RejectRole, u"confirmCancelButton"_s, tr("Cancel")},
            .stopIsDefault = m_lastConfirmation.cancelIsDefault,
    };
    if (!box.ask(this, nextConfirmAnswer()))
        return;
    const QList<Assignment> result = m_editor.result();
    const QString before = m_names.summary(m_editor.original());
    const QString after = m_names.summary(result);
    clearError();
    if (!m_writer->assign(m_configuration, result, before, after)) {
        showError(tr("The assignments could not be saved: another change of this configuration is still running, or "
                     "the set is not one Intune accepts."),
                  {});
        return;
    }
    qCInfo(lcUi) << "Assignments dialog: saving" << result.size() << "targets of" << m_configuration.id << "(+"
                 << m_editor.added().size() << "/ -" << m_editor.removed().size() << ")";
    m_state = State::Saving;
    m_saveStatus->setText(tr("Saving…"));
    m_saveStatus->show();
    updateState();
}

void ConfigurationAssignmentsDialog::onSaved(const EnrollmentConfiguration &configuration)
{
    m_configuration = configuration;
    m_editor.reset(configuration.assignments);
    m_state = canWrite() ? State::Editing : State::ReadOnly;
    const int count = static_cast<int>(configuration.assignments.size());
    if (const std::optional<GraphError> &reread = m_writer->rereadError()) {
        m_saveStatus->setText(tr("Saved. The assignments could not be read again (%1), so the lists show what was "
                                 "sent: %Ln target(s).",
                                 nullptr, count)
                                      .arg(reread->summary()));
    } else {
        m_saveStatus->setText(tr("Saved. Intune now has %Ln target(s).", nullptr, count));
    }
    m_saveStatus->show();
    showEditorMessage({});
    resolveNames();
    refreshLists();
    Q_EMIT saved(configuration);
}

void ConfigurationAssignmentsDialog::onSaveFailed(const GraphError &error)
{
    m_state = canWrite() ? State::Editing : State::ReadOnly;
    m_saveStatus->hide();
    // The edits stay: the user may fix them (remove a group Intune refuses) and save again.
    showError(tr("Not saved: %1").arg(error.summary()), error.details());
    updateState();
}

void ConfigurationAssignmentsDialog::showError(const QString &text, const QString &details)
{
    m_error->setText(text);
    m_error->setToolTip(details);
    m_errorDetails = details.isEmpty() ? text : details;
    m_error->setVisible(!text.isEmpty());
    m_copyDetails->setVisible(!text.isEmpty());
}

void ConfigurationAssignmentsDialog::clearError()
{
    showError({}, {});
    m_errorDetails.clear();
}

// --- state ----------------------------------------------------------------------------------------

void ConfigurationAssignmentsDialog::updateState()
{
    const bool editing = m_state == State::Editing;
    const bool loaded = m_state == State::Editing || m_state == State::Saving || m_state == State::ReadOnly;

    m_banner->setText(m_readOnlyReason);
    m_banner->setVisible(!m_readOnlyReason.isEmpty());
    m_groupsBox->setVisible(m_readOnlyReason.isEmpty()); // nothing to add groups to
    m_loadStatus->setVisible(!m_loadStatus->text().isEmpty());

    const QString denied = m_readOnlyReason;
    const bool selected = !m_included->selectedItems().isEmpty() || !m_excluded->selectedItems().isEmpty();
    m_remove->setEnabled(editing && selected);
    m_addAllUsers->setEnabled(editing);
    m_addAllDevices->setEnabled(editing);
    m_collection->setEnabled(editing);
    m_addCollection->setEnabled(editing && !m_collection->text().trimmed().isEmpty());
    if (!denied.isEmpty()) {
        m_remove->setToolTip(denied);
        m_addAllUsers->setToolTip(denied);
        m_addAllDevices->setToolTip(denied);
        m_addCollection->setToolTip(denied);
    }
    m_picker->setActionsEnabled(editing, denied.isEmpty() ? tr("Wait until the assignments are read") : denied);

    m_preview->setText(loaded ? m_editor.previewText(m_names) : tr("Nothing to save until the assignments are read."));
    QStringList warnings;
    if (loaded && m_editor.hasChanges()) {
        if (m_editor.removesAll())
            warnings.append(tr("Saving removes ALL targets: the configuration will apply to no one."));
        else if (m_editor.excludesOnly())
            warnings.append(tr("Only exclusions remain: the configuration will apply to no one."));
    }
    if (loaded) {
        if (const qsizetype deleted = m_editor.deletedGroups(m_names).size(); deleted > 0)
            warnings.append(tr("%Ln assigned group(s) no longer exist in the directory; they stay assigned unless you "
                               "remove them.",
                               nullptr, static_cast<int>(deleted)));
    }
    m_previewWarning->setText(warnings.join(u'\n'));
    setErrorStyle(m_previewWarning, !warnings.isEmpty());
    m_previewWarning->setVisible(!warnings.isEmpty());

    m_namesMessage->setText(m_namesNote);
    m_namesMessage->setVisible(!m_namesNote.isEmpty());

    const bool canSave = editing && m_editor.hasChanges() && canWrite();
    m_save->setEnabled(canSave);
    if (!denied.isEmpty()) {
        const QStringList permissions =
                IntuneService::spec(IntuneService::Operation::AssignEnrollmentConfiguration).permissions;
        const QString missing = m_permissions.denialText(permissions);
        m_save->setToolTip(missing.isEmpty() ? denied : missing);
    } else if (m_state == State::Saving) {
        m_save->setToolTip(tr("Saving…"));
    } else if (!m_editor.hasChanges()) {
        m_save->setToolTip(tr("Nothing to save: add or remove a target first"));
    } else {
        m_save->setToolTip(tr("Post the complete set of targets to Intune (asks first)"));
    }
    m_close->setEnabled(m_state != State::Saving);
}

// --- closing and keys -----------------------------------------------------------------------------

void ConfigurationAssignmentsDialog::reject()
{
    if (m_state == State::Saving)
        return; // the answer is shown here; the write is never left half-seen
    if (m_state == State::Editing && m_editor.hasChanges() && !m_intune.isNull()) {
        const ConfirmBox box{
                .objectName = u"discardConfirmation"_s,
                .windowTitle = tr("Assignments not saved"),
                .accessibleName = tr("Discard the changes?"),
                .heading = tr("Discard the changes you have not saved?"),
                .details = m_editor.previewText(m_names),
                .warning = false,
                .go = {tr("Discard"), QMessageBox::DestructiveRole, u"discardButton"_s, tr("Discard")},
                .stop = {tr("Keep editing"), QMessageBox::RejectRole, u"keepEditingButton"_s, tr("Keep editing")},
                .stopIsDefault = true,
        };
        if (!box.ask(this, nextDiscardAnswer()))
            return;
    }
    QDialog::reject();
}

void ConfigurationAssignmentsDialog::closeEvent(QCloseEvent *event)
{
    if (m_state == State::Saving && !m_intune.isNull()) {
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}

bool ConfigurationAssignmentsDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (watched == m_collection && isPlainEnter(key)) {
            addCollection();
            return true;
        }
        if ((watched == m_included || watched == m_excluded)
            && (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace)) {
            removeSelected();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace ed
