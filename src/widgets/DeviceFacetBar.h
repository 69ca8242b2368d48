#pragma once

#include "models/DeviceFilter.h"

#include <QWidget>

class QMenu;
class QToolButton;

namespace ed {

class AutopilotDeviceModel;

// The quick filters above the device table: a one-click "Blocked only" switch and a drop-down
// per facet (userless enrollment, profile status, enrollment state, manufacturer, group tag).
// Values chosen inside one facet combine with OR, facets with AND. Manufacturer and group tag
// list the values the loaded devices have, with their counts.
class DeviceFacetBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceFacetBar)
public:
    explicit DeviceFacetBar(const AutopilotDeviceModel &model, QWidget *parent = nullptr);

    // The facet part of a DeviceFilter (no search text).
    const DeviceFilter &facets() const { return m_facets; }
    void setFacets(const DeviceFilter &facets);
    void clear();

Q_SIGNALS:
    void facetsChanged();

private:
    QToolButton *addFacetButton(const QString &objectName, const QString &title);
    void fillEnumMenu(QMenu *menu, int facet);
    void fillTextMenu(QMenu *menu, bool groupTags);
    void updateButtons();
    void changed();

    const AutopilotDeviceModel &m_model;
    DeviceFilter m_facets;
    QToolButton *m_blockedOnly;
    QToolButton *m_userless;
    QToolButton *m_profileStatus;
    QToolButton *m_enrollmentState;
    QToolButton *m_manufacturer;
    QToolButton *m_groupTag;
    QToolButton *m_clear;
};

} // namespace ed
