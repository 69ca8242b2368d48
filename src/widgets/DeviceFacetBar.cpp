#include "DeviceFacetBar.h"

#include "models/AutopilotDeviceModel.h"

#include <QHBoxLayout>
#include <QHash>
#include <QLocale>
#include <QMenu>
#include <QToolButton>

#include <algorithm>

namespace ed {

using namespace Qt::StringLiterals;

namespace {

using D = AutopilotDevice;

enum Facet { UserlessFacet, ProfileStatusFacet, EnrollmentStateFacet };

template<typename E>
QList<E> allValues()
{
    QList<E> values;
    for (int i = 0; i < GraphEnum::count<E>(); ++i)
        values.append(static_cast<E>(i));
    return values;
}

// "Manufacturer: Dell Inc., HP" (at most two named, then "+3").
QString facetTitle(const QString &title, QStringList chosen)
{
    if (chosen.isEmpty())
        return title;
    chosen.sort(Qt::CaseInsensitive);
    QString names = chosen.mid(0, 2).join(u", "_s);
    if (chosen.size() > 2)
        names = DeviceFacetBar::tr("%1 +%2").arg(names).arg(chosen.size() - 2);
    return DeviceFacetBar::tr("%1: %2").arg(title, names);
}

} // namespace

DeviceFacetBar::DeviceFacetBar(const AutopilotDeviceModel &model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_blockedOnly(new QToolButton(this))
{
    setObjectName(u"deviceFacetBar"_s);
    setAccessibleName(tr("Quick filters"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_blockedOnly->setObjectName(u"blockedOnlyButton"_s);
    m_blockedOnly->setText(tr("Blocked only"));
    m_blockedOnly->setAccessibleName(tr("Show only devices blocked from userless enrollment"));
    m_blockedOnly->setToolTip(tr("Show only the devices whose userless enrollment is blocked: the ones to unblock"));
    m_blockedOnly->setCheckable(true);
    layout->addWidget(m_blockedOnly);
    connect(m_blockedOnly, &QToolButton::toggled, this, [this](bool on) {
        if (on)
            m_facets.userless = {D::UserlessEnrollmentStatus::Blocked};
        else if (m_facets.userless == QSet<D::UserlessEnrollmentStatus>{D::UserlessEnrollmentStatus::Blocked})
            m_facets.userless.clear();
        else
            return;
        changed();
    });

    m_userless = addFacetButton(u"userlessFacet"_s, tr("Userless enrollment"));
    m_profileStatus = addFacetButton(u"profileStatusFacet"_s, tr("Profile status"));
    m_enrollmentState = addFacetButton(u"enrollmentStateFacet"_s, tr("Enrollment state"));
    m_manufacturer = addFacetButton(u"manufacturerFacet"_s, tr("Manufacturer"));
    m_groupTag = addFacetButton(u"groupTagFacet"_s, tr("Group tag"));
    for (QToolButton *button : {m_userless, m_profileStatus, m_enrollmentState, m_manufacturer, m_groupTag})
        layout->addWidget(button);
    connect(m_userless->menu(), &QMenu::aboutToShow, this, [this] { fillEnumMenu(m_userless->menu(), UserlessFacet); });
    connect(m_profileStatus->menu(), &QMenu::aboutToShow, this,
            [this] { fillEnumMenu(m_profileStatus->menu(), ProfileStatusFacet); });
    connect(m_enrollmentState->menu(), &QMenu::aboutToShow, this,
            [this] { fillEnumMenu(m_enrollmentState->menu(), EnrollmentStateFacet); });
    connect(m_manufacturer->menu(), &QMenu::aboutToShow, this, [this] { fillTextMenu(m_manufacturer->menu(), false); });
    connect(m_groupTag->menu(), &QMenu::aboutToShow, this, [this] { fillTextMenu(m_groupTag->menu(), true); });

    m_clear = new QToolButton(this);
    m_clear->setObjectName(u"clearFiltersButton"_s);
    m_clear->setText(tr("Clear filters"));
    m_clear->setAccessibleName(tr("Clear quick filters"));
    layout->addWidget(m_clear);
    layout->addStretch(1);
    connect(m_clear, &QToolButton::clicked, this, &DeviceFacetBar::clear);
    updateButtons();
}

QToolButton *DeviceFacetBar::addFacetButton(const QString &objectName, const QString &title)
{
    auto *button = new QToolButton(this);
    button->setObjectName(objectName);
    button->setText(title);
    button->setAccessibleName(tr("Filter by %1").arg(title));
    button->setPopupMode(QToolButton::InstantPopup);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *menu = new QMenu(button);
    menu->setObjectName(objectName + u"Menu"_s);
    button->setMenu(menu);
    return button;
}

void DeviceFacetBar::fillEnumMenu(QMenu *menu, int facet)
{
    menu->clear();
    const auto add = [this, menu](const QString &text, bool checked, std::function<void(bool)> apply) {
        QAction *action = menu->addAction(text);
        action->setCheckable(true);
        action->setChecked(checked);
        connect(action, &QAction::toggled, this, [this, apply](bool on) {
            apply(on);
            changed();
        });
    };
    switch (facet) {
    case UserlessFacet:
        for (const auto value : {D::UserlessEnrollmentStatus::Allowed, D::UserlessEnrollmentStatus::Blocked,
                                 D::UserlessEnrollmentStatus::Unknown})
            add(AutopilotDeviceModel::userlessStatusText(value), m_facets.userless.contains(value),
                [this, value](bool on) {
                    on ? void(m_facets.userless.insert(value)) : void(m_facets.userless.remove(value));
                });
        break;
    case ProfileStatusFacet:
        for (const auto value : allValues<D::ProfileAssignmentStatus>())
            add(AutopilotDeviceModel::profileStatusText(value), m_facets.profileStatus.contains(value),
                [this, value](bool on) {
                    on ? void(m_facets.profileStatus.insert(value)) : void(m_facets.profileStatus.remove(value));
                });
        break;
    case EnrollmentStateFacet:
        for (const auto value : allValues<D::EnrollmentState>())
            add(AutopilotDeviceModel::enrollmentStateText(value), m_facets.enrollmentState.contains(value),
                [this, value](bool on) {
                    on ? void(m_facets.enrollmentState.insert(value)) : void(m_facets.enrollmentState.remove(value));
                });
        break;
    default:
        break;
    }
}

void DeviceFacetBar::fillTextMenu(QMenu *menu, bool groupTags)
{
    menu->clear();
    QHash<StringTable::Index, int> counts;
    const int rows = m_model.rowCount();
    for (int row = 0; row < rows; ++row) {
        const AutopilotDeviceModel::Row &r = m_model.row(row);
        ++counts[groupTags ? r.groupTag : r.manufacturer];
    }
    QSet<QString> &chosen = groupTags ? m_facets.groupTags : m_facets.manufacturers;
    QList<std::pair<QString, int>> values;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        values.append(std::pair<QString, int>(m_model.text(it.key()), it.value()));
    // Chosen values the loaded devices no longer have stay listed, so they can be unchosen.
    for (const QString &text : std::as_const(chosen))
        if (std::none_of(values.cbegin(), values.cend(), [&text](const auto &v) { return v.first == text; }))
            values.append(std::pair<QString, int>(text, 0));
    std::sort(values.begin(), values.end(), [](const auto &a, const auto &b) {
        if (a.first.isEmpty() != b.first.isEmpty())
            return b.first.isEmpty();
        return QString::compare(a.first, b.first, Qt::CaseInsensitive) < 0;
    });
    if (values.isEmpty()) {
        menu->addAction(tr("No devices loaded"))->setEnabled(false);
        return;
    }
    const QLocale locale;
    for (const auto &[text, count] : std::as_const(values)) {
        const QString label = text.isEmpty() ? (groupTags ? tr("(No group tag)") : tr("(Not set)")) : text;
        QAction *action = menu->addAction(tr("%1 (%2)").arg(label, locale.toString(count)));
        action->setCheckable(true);
        action->setChecked(chosen.contains(text));
        connect(action, &QAction::toggled, this, [this, groupTags, value = text](bool on) {
            QSet<QString> &set = groupTags ? m_facets.groupTags : m_facets.manufacturers;
            on ? void(set.insert(value)) : void(set.remove(value));
            changed();
        });
    }
}

void DeviceFacetBar::setFacets(const DeviceFilter &facets)
{
    m_facets.userless = facets.userless;
    m_facets.profileStatus = facets.profileStatus;
    m_facets.enrollmentState = facets.enrollmentState;
    m_facets.manufacturers = facets.manufacturers;
    m_facets.groupTags = facets.groupTags;
    changed();
}

void DeviceFacetBar::clear()
{
    setFacets(DeviceFilter());
}

void DeviceFacetBar::changed()
{
    updateButtons();
    Q_EMIT facetsChanged();
}

void DeviceFacetBar::updateButtons()
{
    const QSignalBlocker blocker(m_blockedOnly);
    m_blockedOnly->setChecked(m_facets.userless
                              == QSet<D::UserlessEnrollmentStatus>{D::UserlessEnrollmentStatus::Blocked});
    QStringList names;
    for (const auto value : m_facets.userless)
        names.append(AutopilotDeviceModel::userlessStatusText(value));
    m_userless->setText(facetTitle(tr("Userless enrollment"), names));
    names.clear();
    for (const auto value : m_facets.profileStatus)
        names.append(AutopilotDeviceModel::profileStatusText(value));
    m_profileStatus->setText(facetTitle(tr("Profile status"), names));
    names.clear();
    for (const auto value : m_facets.enrollmentState)
        names.append(AutopilotDeviceModel::enrollmentStateText(value));
    m_enrollmentState->setText(facetTitle(tr("Enrollment state"), names));
    const auto texts = [](const QSet<QString> &set, const QString &empty) {
        QStringList list;
        for (const QString &text : set)
            list.append(text.isEmpty() ? empty : text);
        return list;
    };
    m_manufacturer->setText(facetTitle(tr("Manufacturer"), texts(m_facets.manufacturers, tr("(Not set)"))));
    m_groupTag->setText(facetTitle(tr("Group tag"), texts(m_facets.groupTags, tr("(No group tag)"))));
    const std::pair<QToolButton *, bool> active[] = {{m_userless, !m_facets.userless.isEmpty()},
                                                     {m_profileStatus, !m_facets.profileStatus.isEmpty()},
                                                     {m_enrollmentState, !m_facets.enrollmentState.isEmpty()},
                                                     {m_manufacturer, !m_facets.manufacturers.isEmpty()},
                                                     {m_groupTag, !m_facets.groupTags.isEmpty()}};
    for (const auto &[button, on] : active) {
        QFont font = button->font();
        font.setBold(on);
        button->setFont(font);
    }
    m_clear->setEnabled(m_facets.hasFacets());
}

} // namespace ed
