#include "DeviceFilter.h"

#include "AutopilotDeviceModel.h"

namespace ed {

namespace {

// Whole-text glob match ignoring case: `*` any run, `?` one character. Linear in practice: on a
// mismatch it only retries from the last `*`.
bool globMatches(QStringView pattern, QStringView text)
{
    qsizetype p = 0;
    qsizetype t = 0;
    qsizetype starP = -1;
    qsizetype starT = 0;
    while (t < text.size()) {
        if (p < pattern.size()) {
            const QChar pc = pattern.at(p);
            if (pc == u'*') {
                starP = p++;
                starT = t;
                continue;
            }
            if (pc == u'?' || pc == text.at(t).toCaseFolded()) {
                ++p;
                ++t;
                continue;
            }
        }
        if (starP < 0)
            return false;
        p = starP + 1;
        t = ++starT;
    }
    while (p < pattern.size() && pattern.at(p) == u'*')
        ++p;
    return p == pattern.size();
}

} // namespace

TextPattern::TextPattern(const QString &term)
    : m_wildcard(term.contains(u'*') || term.contains(u'?'))
{
    m_term = m_wildcard ? term.toCaseFolded() : term;
}

bool TextPattern::matches(QStringView text) const
{
    if (m_wildcard)
        return globMatches(m_term, text);
    return text.contains(m_term, Qt::CaseInsensitive);
}

void DeviceFilter::setSearchText(const QString &text)
{
    m_searchText = text;
    m_terms.clear();
    for (const QString &word : text.split(QChar(u' '), Qt::SkipEmptyParts)) {
        const QString trimmed = word.trimmed();
        if (!trimmed.isEmpty() && trimmed != u"*")
            m_terms.append(TextPattern(trimmed));
    }
    m_textCache.clear();
    m_preparedFor = nullptr;
}

bool DeviceFilter::isEmpty() const
{
    return m_terms.isEmpty() && !hasFacets();
}

bool DeviceFilter::hasFacets() const
{
    return !userless.isEmpty() || !profileStatus.isEmpty() || !enrollmentState.isEmpty() || !manufacturers.isEmpty()
            || !groupTags.isEmpty();
}

void DeviceFilter::prepare(const AutopilotDeviceModel &model) const
{
    // A fresh start: the verdicts may be on another model's texts, or on this model's before a
    // reset gave it another table (a refresh's adopt(), a clear()), where the same numbers name
    // other texts.
    const auto size = static_cast<std::size_t>(model.strings().size());
    m_textCache.assign(static_cast<std::size_t>(m_terms.size()), std::vector<std::uint8_t>(size, 0));
    const auto indexes = [&model](const QSet<QString> &texts) {
        QSet<StringTable::Index> result;
        for (const QString &text : texts) {
            if (text.isEmpty())
                result.insert(0);
            else if (const StringTable::Index index = model.strings().find(text); index != 0)
                result.insert(index);
            else
                result.insert(std::numeric_limits<StringTable::Index>::max()); // matches nothing
        }
        return result;
    };
    m_manufacturerIndexes = indexes(manufacturers);
    m_groupTagIndexes = indexes(groupTags);
    m_preparedFor = &model;
    m_preparedSize = model.strings().size();
}

bool DeviceFilter::tableTextMatches(std::size_t term, const StringTable &strings, StringTable::Index index) const
{
    if (index == 0)
        return false;
    std::vector<std::uint8_t> &cache = m_textCache[term];
    std::uint8_t &known = cache[index];
    if (known == 0)
        known = m_terms.at(static_cast<qsizetype>(term)).matches(strings.at(index)) ? 2 : 1;
    return known == 2;
}

bool DeviceFilter::termMatches(std::size_t term, const AutopilotDeviceModel &model, int row) const
{
    const AutopilotDeviceModel::Row &r = model.row(row);
    const TextPattern &pattern = m_terms.at(static_cast<qsizetype>(term));
    const StringTable &strings = model.strings();
    return pattern.matches(r.serialNumber) || pattern.matches(r.displayName) || tableTextMatches(term, strings, r.model)
            || tableTextMatches(term, strings, r.manufacturer) || tableTextMatches(term, strings, r.groupTag)
            || tableTextMatches(term, strings, r.userPrincipalName)
            || tableTextMatches(term, strings, r.addressableUserName);
}

bool DeviceFilter::accepts(const AutopilotDeviceModel &model, int row) const
{
    const qsizetype size = model.strings().size();
    if (m_preparedFor == &model && m_preparedSize < size) {
        // New pages intern new texts (a manufacturer seen for the first time): judge them too,
        // keep the verdicts on the texts already judged, and resolve the facets again (a chosen
        // text may have just arrived).
        auto verdicts = std::move(m_textCache);
        prepare(model);
        for (auto &cache : verdicts)
            cache.resize(static_cast<std::size_t>(size), 0);
        m_textCache = std::move(verdicts);
    } else if (m_preparedFor != &model || m_preparedSize != size) {
        prepare(model);
    }
    const AutopilotDeviceModel::Row &r = model.row(row);
    if (!userless.isEmpty()) {
        // Graph's "unknownFutureValue" and values the app does not know count as Unknown.
        auto status = r.userlessStatus;
        if (status != AutopilotDevice::UserlessEnrollmentStatus::Allowed
            && status != AutopilotDevice::UserlessEnrollmentStatus::Blocked)
            status = AutopilotDevice::UserlessEnrollmentStatus::Unknown;
        if (!userless.contains(status))
            return false;
    }
    if (!profileStatus.isEmpty() && !profileStatus.contains(r.profileStatus))
        return false;
    if (!enrollmentState.isEmpty() && !enrollmentState.contains(r.enrollmentState))
        return false;
    if (!m_manufacturerIndexes.isEmpty() && !m_manufacturerIndexes.contains(r.manufacturer))
        return false;
    if (!m_groupTagIndexes.isEmpty() && !m_groupTagIndexes.contains(r.groupTag))
        return false;
    for (std::size_t term = 0; term < static_cast<std::size_t>(m_terms.size()); ++term)
        if (!termMatches(term, model, row))
            return false;
    return true;
}

} // namespace ed
