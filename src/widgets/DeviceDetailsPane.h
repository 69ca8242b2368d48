#pragma once

#include "models/AutopilotDevice.h"

#include <QDateTime>
#include <QPointer>
#include <QWidget>

class QLabel;
class QStackedWidget;
class QTimer;

namespace ed {

class DetailsForm;
class GraphReply;
class IntuneService;

// Every property of the current Autopilot device: names, hardware, user, the three statuses,
// the assigned profile from the list and, read on demand, the device's current and intended
// deployment profiles; times both relative ("3 days ago") and absolute; copy buttons for the
// serial number and the ids.
class DeviceDetailsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceDetailsPane)
public:
    explicit DeviceDetailsPane(QWidget *parent = nullptr);
    ~DeviceDetailsPane() override;

    void setService(IntuneService *service);
    // assignedProfile: the name the device list knows (empty when none).
    void showDevice(const AutopilotDevice &device, const QString &assignedProfile);
    void clear();
    QString deviceId() const { return m_device.id; }

    // The text shown for a field, by key ("serialNumber", "deploymentProfile", …), for tests and
    // accessibility checks.
    QString fieldText(const QString &key) const;

    // "just now", "5 minutes ago", "3 days ago", "in 2 hours".
    static QString relativeTime(const QDateTime &time, const QDateTime &now);
    // "3 days ago (20/11/2026 10:00)", or never/empty when unset.
    static QString timeText(const QDateTime &time, const QDateTime &now, const QString &unset);

private:
    void fetchProfiles();
    void fetchProfile(bool intended);

    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QLabel *m_title;
    DetailsForm *m_fields;
    AutopilotDevice m_device;
    QPointer<IntuneService> m_service;
    QTimer *m_fetchDelay;
    QList<QPointer<GraphReply>> m_replies;
};

} // namespace ed
