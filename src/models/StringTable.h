#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <cstdint>

namespace ed {

// Interned strings: each distinct text is stored once and named by a 32-bit index, so a
// 100,000-row model that repeats a few manufacturers, models, group tags and users keeps one copy
// of each (and a filter can judge each distinct text once). Index 0 is the empty string.
class StringTable final
{
public:
    using Index = std::uint32_t;

    StringTable() { m_strings.append(QString()); }

    Index intern(const QString &text)
    {
        if (text.isEmpty())
            return 0;
        const auto it = m_index.constFind(text);
        if (it != m_index.cend())
            return *it;
        const auto index = static_cast<Index>(m_strings.size());
        m_strings.append(text);
        m_index.insert(text, index);
        return index;
    }
    // The index of text, or 0 when it was never interned (or is empty).
    Index find(const QString &text) const { return m_index.value(text, 0); }
    const QString &at(Index index) const { return m_strings.at(index); }
    qsizetype size() const { return m_strings.size(); }
    void clear()
    {
        m_strings.resize(1);
        m_index.clear();
    }
    void squeeze()
    {
        m_strings.squeeze();
        m_index.squeeze();
    }

private:
    QList<QString> m_strings;
    QHash<QString, Index> m_index;
};

} // namespace ed
