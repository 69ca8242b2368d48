#include "EditLimitDialog.h"

#include "core/Logging.h"
#include "graph/IntuneService.h"
#include "models/ConfigurationWriter.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace ed {

using namespace Qt::StringLiterals;

EditLimitDialog::EditLimitDialog(IntuneService &intune, ActivityJournal *journal, QString tenant,
                                 EnrollmentConfiguration configuration, GrantedPermissions permissions, QWidget *parent)
    : QDialog(parent)
    , m_intune(&intune)
    , m_configuration(std::move(configuration))
    , m_permissions(std::move(permissions))
    , m_writer(new ConfigurationWriter(intune, journal, std::move(tenant), this))
    , m_name(new QLabel(this))
    , m_current(new QLabel(this))
    , m_spin(new QSpinBox(this))
    , m_note(new QLabel(this))
    , m_permissionNote(new QLabel(this))
    , m_busyRow(new QWidget(this))
    , m_busy(new QProgressBar(m_busyRow))
    , m_busyText(new QLabel(m_busyRow))
    , m_errorRow(new QWidget(this))
    , m_errorIcon(new QLabel(m_errorRow))
    , m_error(new QLabel(m_errorRow))
    , m_copyDetails(new QPushButton(m_errorRow))
    , m_copyStatus(new QLabel(m_errorRow))
    , m_buttons(new QDialogButtonBox(this))
{
    const QString name = m_configuration.displayName.isEmpty() ? m_configuration.id : m_configuration.displayName;
    setObjectName(u"editLimitDialog"_s);
    //: Window title; %1 is the configuration's name
    setWindowTitle(tr("Edit device limit — %1").arg(name));
    setAccessibleName(windowTitle());
    // Signed out or the window closing: nothing to send with any more.
    connect(&intune, &QObject::destroyed, this, &EditLimitDialog::reject);

    m_name->setObjectName(u"configurationName"_s);
    m_name->setAccessibleName(tr("Configuration"));
    m_name->setText(name);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_name->setWordWrap(true);
    QFont heading = m_name->font();
    heading.setBold(true);
    m_name->setFont(heading);
    if (!m_configuration.description.isEmpty())
        m_name->setToolTip(m_configuration.description);

    m_current->setObjectName(u"currentLimit"_s);
    m_current->setAccessibleName(tr("Current device limit"));
    m_current->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_current->setText(m_configuration.limit ? limitText(*m_configuration.limit) : tr("Not set"));

    // The spin box's range is the validation: 0 or 16 cannot even be typed.
    m_spin->setObjectName(u"limitSpin"_s);
    m_spin->setAccessibleName(tr("New device limit"));
    m_spin->setAccessibleDescription(tr("Devices a user can enroll, from %1 to %2")
                                             .arg(ConfigurationWriter::minLimit)
                                             .arg(ConfigurationWriter::maxLimit));
    m_spin->setRange(ConfigurationWriter::minLimit, ConfigurationWriter::maxLimit);
    m_spin->setValue(std::clamp(m_configuration.limit.value_or(ConfigurationWriter::minLimit),
                                ConfigurationWriter::minLimit, ConfigurationWriter::maxLimit));
    m_spin->setToolTip(m_spin->accessibleDescription());
    auto *unit = new QLabel(tr("devices per user"), this);
    unit->setObjectName(u"limitUnit"_s);
    unit->setAccessibleName(tr("Unit"));
    auto *spinRow = new QHBoxLayout;
    spinRow->addWidget(m_spin);
    spinRow->addWidget(unit, 1);

    auto *currentLabel = new QLabel(tr("Current limit:"), this);
    currentLabel->setObjectName(u"currentLimitLabel"_s);
    currentLabel->setAccessibleName(tr("Current limit"));
    auto *newLabel = new QLabel(tr("&New limit:"), this);
    newLabel->setObjectName(u"limitSpinLabel"_s);
    newLabel->setAccessibleName(tr("New limit"));
    newLabel->setBuddy(m_spin);
    auto *form = new QFormLayout;
    form->addRow(currentLabel, m_current);
    form->addRow(newLabel, spinRow);

    m_note->setObjectName(u"autopilotNote"_s);
    m_note->setAccessibleName(tr("Where device limits apply"));
    m_note->setWordWrap(true);
    m_note->setText(tr("Device limits do not apply to Windows Autopilot, Microsoft Entra join (including bulk "
                       "enrollment), co-management or Group Policy enrollments, nor to devices enrolled by device "
                       "enrollment manager accounts."));

    m_permissionNote->setObjectName(u"permissionNote"_s);
    m_permissionNote->setAccessibleName(tr("Permission needed"));
    m_permissionNote->setWordWrap(true);
    m_permissionNote->setText(m_permissions.denialText(requiredPermissions()));
    m_permissionNote->setVisible(!m_permissionNote->text().isEmpty());

    if (m_configuration.kind != EnrollmentConfiguration::Kind::DeviceLimit) {
        // The view offers the dialog for device-limit configurations only; anything else is said.
        showError(tr("“%1” is not a device limit configuration, so it has no device limit to edit.").arg(name), {});
    }

    m_busyRow->setObjectName(u"busyRow"_s);
    m_busyRow->setAccessibleName(tr("Saving"));
    m_busy->setObjectName(u"busyIndicator"_s);
    m_busy->setAccessibleName(tr("Saving the device limit"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(120);
    m_busyText->setObjectName(u"busyText"_s);
    m_busyText->setAccessibleName(tr("Save status"));
    auto *busyLayout = new QHBoxLayout(m_busyRow);
    busyLayout->setContentsMargins(0, 0, 0, 0);
    busyLayout->addWidget(m_busy);
    busyLayout->addWidget(m_busyText, 1);
    m_busyRow->hide();

    m_errorRow->setObjectName(u"errorRow"_s);
    m_errorRow->setAccessibleName(tr("Error"));
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_errorIcon->setObjectName(u"errorIcon"_s);
    m_errorIcon->setAccessibleName(tr("Error"));
    m_errorIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize));
    m_error->setObjectName(u"errorLabel"_s);
    m_error->setAccessibleName(tr("Why the device limit was not saved"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_copyDetails->setObjectName(u"copyDetailsButton"_s);
    m_copyDetails->setText(tr("Copy &details"));
    m_copyDetails->setAccessibleName(tr("Copy the error details"));
    m_copyDetails->setToolTip(tr("Copy the full error, with the request IDs Microsoft support asks for"));
    m_copyDetails->setAutoDefault(false);
    m_copyStatus->setObjectName(u"copyStatus"_s);
    m_copyStatus->setAccessibleName(tr("Copy status"));
    auto *errorText = new QVBoxLayout;
    errorText->setContentsMargins(0, 0, 0, 0);
    errorText->addWidget(m_error);
    auto *copyRow = new QHBoxLayout;
    copyRow->addWidget(m_copyDetails);
    copyRow->addWidget(m_copyStatus, 1);
    errorText->addLayout(copyRow);
    auto *errorLayout = new QHBoxLayout(m_errorRow);
    errorLayout->setContentsMargins(0, 0, 0, 0);
    errorLayout->addWidget(m_errorIcon, 0, Qt::AlignTop);
    errorLayout->addLayout(errorText, 1);
    if (m_error->text().isEmpty())
        m_errorRow->hide();

    m_buttons->setObjectName(u"buttons"_s);
    m_buttons->setAccessibleName(tr("Dialog buttons"));
    m_save = m_buttons->addButton(QDialogButtonBox::Save);
    m_save->setObjectName(u"saveButton"_s);
    m_save->setAccessibleName(tr("Save the device limit"));
    m_save->setDefault(true);
    m_cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(u"cancelButton"_s);
    m_cancel->setAccessibleName(tr("Cancel"));
    m_cancel->setAutoDefault(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_name);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addWidget(m_permissionNote);
    layout->addWidget(m_busyRow);
    layout->addWidget(m_errorRow);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(460);

    connect(m_save, &QPushButton::clicked, this, &EditLimitDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &EditLimitDialog::reject);
    connect(m_copyDetails, &QPushButton::clicked, this, &EditLimitDialog::copyDetails);
    connect(m_spin, &QSpinBox::valueChanged, this, &EditLimitDialog::updateState);
    connect(m_writer, &ConfigurationWriter::succeeded, this,
            [this](ConfigurationWriter::Change, const EnrollmentConfiguration &updated) { onSaved(updated); });
    connect(m_writer, &ConfigurationWriter::failed, this,
            [this](ConfigurationWriter::Change, const GraphError &error) { onFailed(error); });
    updateState();
    m_spin->setFocus();
    m_spin->selectAll();
}

EditLimitDialog::~EditLimitDialog() = default;

QStringList EditLimitDialog::requiredPermissions()
{
    return IntuneService::spec(IntuneService::Operation::UpdateEnrollmentConfiguration).permissions;
}

int EditLimitDialog::currentLimit() const
{
    return m_configuration.limit.value_or(0);
}

int EditLimitDialog::chosenLimit() const
{
    return m_spin->value();
}

bool EditLimitDialog::isSaving() const
{
    return m_writer->isBusy();
}

bool EditLimitDialog::canSave() const
{
    return !isSaving() && !m_intune.isNull() && m_configuration.kind == EnrollmentConfiguration::Kind::DeviceLimit
            && m_permissions.allowsAny(requiredPermissions()) && chosenLimit() != currentLimit();
}

QString EditLimitDialog::errorText() const
{
    return m_errorRow->isHidden() ? QString() : m_error->text();
}

QString EditLimitDialog::errorDetails() const
{
    return m_errorRow->isHidden() ? QString() : m_errorDetails;
}

QString EditLimitDialog::limitText(int limit) const
{
    return tr("%n device(s) per user", nullptr, limit);
}

void EditLimitDialog::save()
{
    // The spin box may hold typed text not yet committed (Enter pressed right after typing).
    m_spin->interpretText();
    if (!canSave())
        return;
    clearError();
    const int limit = chosenLimit();
    if (!m_writer->updateLimit(m_configuration, limit)) {
        showError(tr("The device limit could not be sent: another change to this configuration is still "
                     "running."),
                  {});
        updateState();
        return;
    }
    qCInfo(lcUi) << "saving device limit" << limit << "for configuration" << m_configuration.id;
    m_busyText->setText(tr("Saving the device limit of %1…").arg(limitText(limit)));
    updateState();
}

void EditLimitDialog::onSaved(const EnrollmentConfiguration &updated)
{
    const std::optional<GraphError> rereadError = m_writer->rereadError();
    m_configuration = updated;
    Q_EMIT saved(updated);
    if (!rereadError) {
        accept();
        return;
    }
    // Saved, but what the server now has is not known: say so instead of closing as if all is well.
    m_current->setText(m_configuration.limit ? limitText(*m_configuration.limit) : tr("Not set"));
    showError(tr("The device limit was saved, but reading the configuration back failed: %1 Refresh the list to "
                 "see its version and last change.")
                      .arg(rereadError->summary()),
              rereadError->details());
    m_cancel->setText(tr("Close"));
    m_cancel->setAccessibleName(tr("Close"));
    updateState();
}

void EditLimitDialog::onFailed(const GraphError &error)
{
    // The value entered stays in the spin box; Save can be pressed again.
    showError(error.summary(), error.details());
    updateState();
    m_spin->setFocus();
}

void EditLimitDialog::showError(const QString &text, const QString &details)
{
    m_error->setText(text);
    m_errorDetails = details.isEmpty() ? text : details;
    m_error->setToolTip(details);
    m_copyStatus->clear();
    m_copyDetails->setVisible(!details.isEmpty());
    m_errorRow->show();
}

void EditLimitDialog::clearError()
{
    m_error->clear();
    m_errorDetails.clear();
    m_copyStatus->clear();
    m_errorRow->hide();
}

void EditLimitDialog::copyDetails()
{
    if (m_errorDetails.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(m_errorDetails);
    m_copyStatus->setText(tr("Copied to the clipboard."));
}

void EditLimitDialog::updateState()
{
    const bool saving = isSaving();
    m_spin->setReadOnly(saving);
    m_busyRow->setVisible(saving);
    m_save->setEnabled(canSave());
    const QString denial = m_permissions.denialText(requiredPermissions());
    if (!denial.isEmpty())
        m_save->setToolTip(denial);
    else if (saving)
        m_save->setToolTip(tr("Saving…"));
    else if (m_configuration.kind != EnrollmentConfiguration::Kind::DeviceLimit)
        m_save->setToolTip(tr("Only device limit configurations have a device limit"));
    else if (chosenLimit() == currentLimit())
        m_save->setToolTip(tr("Choose a limit other than the current one"));
    else
        m_save->setToolTip(tr("Save a device limit of %1").arg(limitText(chosenLimit())));
}

void EditLimitDialog::reject()
{
    if (isSaving()) {
        // A write on the wire is left to the journal; one not sent yet is never sent.
        m_closedWhileSaving = true;
        m_writer->cancel();
        qCInfo(lcUi) << "device limit dialog closed while saving configuration" << m_configuration.id;
    }
    QDialog::reject();
}

} // namespace ed
