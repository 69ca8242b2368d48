#pragma once

#include "models/DeploymentProfile.h"
#include "widgets/DetailsForm.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace ed {

// Every setting of a deployment profile a person checks before assigning it, in readable form
// and in groups: general, out-of-box experience (from outOfBoxExperienceSetting, or from the
// deprecated outOfBoxExperienceSettings when only that is present, which it says), device name
// and conversion, hybrid join, Enrollment Status Page, scope tags, and any enum value Graph sent
// that the app does not know. The raw JSON is one click away.
class ProfileDetailsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileDetailsPane)
public:
    explicit ProfileDetailsPane(QWidget *parent = nullptr);
    ~ProfileDetailsPane() override;

    // groupAssignments and assignedDevices: the texts of the profile's table row.
    void showProfile(const DeploymentProfile &profile, const QString &groupAssignments, const QString &assignedDevices);
    void clear();
    QString profileId() const { return m_profile.id; }
    bool isShowingProfile() const;

    // The text shown for a field, by key ("deploymentMode", "espTimeout", …), for tests and
    // accessibility checks; empty for an unknown key.
    QString fieldText(const QString &key) const;
    QStringList fieldKeys() const;
    QPushButton *rawJsonButton() const { return m_frame.rawJsonButton(); }
    // Opens the profile's JSON as Graph sent it (nullptr when no profile is shown).
    RawJsonDialog *showRawJson();

private:
    DetailsFrame m_frame;
    QLabel *m_oobeNote;
    DetailsForm *m_fields;
    DeploymentProfile m_profile;
};

} // namespace ed
