#pragma once

#include "AutopilotDevice.h"
#include "StringTable.h"

#include <QList>
#include <QSet>
#include <QString>

#include <vector>

namespace ed {

class AutopilotDeviceModel;

// One search word: plain text matches anywhere in a field (ignoring case); with `*` (any run of
// characters) or `?` (one character) it must match the whole field, as in PowerShell's -like:
// "5CG*" finds serials that start with 5CG, "*latitude 54?0*" a model anywhere.
class TextPattern final
{
public:
    explicit TextPattern(const QString &term);
    bool matches(QStringView text) const;
    bool isWildcard() const { return m_wildcard; }
    const QString &term() const { return m_term; }

private:
    QString m_term; // case-folded
    bool m_wildcard = false;
};

// What the device table shows: search words (all must match, each in any of serial, model,
// manufacturer, group tag, user and device name) and quick filters (facets), combined with AND;
// inside one facet the chosen values combine with OR. An empty facet lets everything through.
class DeviceFilter final
{
public:
    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }

    QSet<AutopilotDevice::UserlessEnrollmentStatus> userless;
    QSet<AutopilotDevice::ProfileAssignmentStatus> profileStatus;
    QSet<AutopilotDevice::EnrollmentState> enrollmentState;
    QSet<QString> manufacturers; // exact texts; "" stands for "not set"
    QSet<QString> groupTags;

    bool isEmpty() const;
    bool hasFacets() const;
    // Sizes the per-text caches and resolves the facet texts for this model; accepts() calls it
    // when the model's texts changed. Call it again after changing the facets.
    void prepare(const AutopilotDeviceModel &model) const;
    bool accepts(const AutopilotDeviceModel &model, int row) const;

private:
    bool termMatches(std::size_t term, const AutopilotDeviceModel &model, int row) const;
    bool tableTextMatches(std::size_t term, const StringTable &strings, StringTable::Index index) const;

    QString m_searchText;
    QList<TextPattern> m_terms;
    // Per term, per interned text: 0 not judged yet, 1 no, 2 yes. Repeated texts are judged once.
    mutable std::vector<std::vector<std::uint8_t>> m_textCache;
    mutable QSet<StringTable::Index> m_manufacturerIndexes;
    mutable QSet<StringTable::Index> m_groupTagIndexes;
    mutable const AutopilotDeviceModel *m_preparedFor = nullptr;
    mutable qsizetype m_preparedSize = 0;
};

} // namespace ed
