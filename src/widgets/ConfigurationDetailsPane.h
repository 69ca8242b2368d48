#pragma once

#include "models/EnrollmentConfiguration.h"
#include "widgets/DetailsForm.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>
#include <QWidget>

class QGroupBox;
class QLabel;
class QPushButton;

namespace ed {

// Everything about one enrollment configuration in readable form: what it is (name, id, type,
// priority, version, times, scope tags, description, who it is assigned to, one target a line)
// and the settings of its type in words: the device limit; per platform allowed or blocked,
// personally owned devices, OS versions and blocked manufacturers; Windows Hello for Business
// PIN rules; the Enrollment Status Page options; co-management; Windows restore. Any property the
// pane has no words for (and every property of a type the app does not know) is listed as
// "key: value". Missing or mistyped values show "—". The raw JSON is one click away.
class ConfigurationDetailsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfigurationDetailsPane)
public:
    explicit ConfigurationDetailsPane(QWidget *parent = nullptr);
    ~ConfigurationDetailsPane() override;

    // assignmentLines: the targets in words, one a line (EnrollmentConfigurationModel::assignmentLines).
    void showConfiguration(const EnrollmentConfiguration &configuration, const QStringList &assignmentLines);
    void clear();
    QString configurationId() const { return m_configuration.id; }
    bool isShowingConfiguration() const;

    // The text shown for a field, by key ("limit", "restriction_windows", "pinMinimumLength", …);
    // empty for an unknown key.
    QString fieldText(const QString &key) const;
    QStringList fieldKeys() const;
    // The settings group shown for the configuration's type ("limitGroup", "espGroup", …).
    QString visibleSettingsGroup() const;
    QPushButton *rawJsonButton() const { return m_frame.rawJsonButton(); }
    // Opens the configuration's JSON as Graph sent it (nullptr when none is shown).
    RawJsonDialog *showRawJson();

    // The readable forms, shared with tests: a deviceEnrollmentPlatformRestriction object in one
    // line ("Allowed; personally owned devices blocked; OS 16.0 or later"), "—" when it is not
    // an object.
    static QString restrictionText(const QJsonValue &restriction);
    // "key: value" for one property (objects and arrays as compact JSON, null as "—").
    static QString propertyLine(const QString &key, const QJsonValue &value);

private:
    void showGroup(const QString &objectName);
    void showLimit(const QJsonObject &p);
    void showRestrictions(const QJsonObject &p);
    void showSingleRestriction(const QJsonObject &p);
    void showHelloForBusiness(const QJsonObject &p);
    void showStatusPage(const QJsonObject &p);
    void showComanagement(const QJsonObject &p);
    void showRestore(const QJsonObject &p);
    // Lists the properties not in `shown` (all of them for an unknown type) in the other group.
    void showOtherProperties(const QJsonObject &p, const QStringList &shown, bool unknownType);

    DetailsFrame m_frame;
    DetailsForm *m_fields;
    QHash<QString, QGroupBox *> m_groups; // by object name
    QGroupBox *m_otherGroup = nullptr;
    QLabel *m_limitNote = nullptr;
    EnrollmentConfiguration m_configuration;
};

} // namespace ed
