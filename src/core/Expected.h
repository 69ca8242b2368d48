#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace ed {

// A failure explained in words a person can act on. Graph failures get their own richer
// GraphError; this one is for local input: files, options, settings.
struct Error
{
    QString message;
};

// The value or the reason there is none. A small stand-in for C++23 std::expected.
template<typename T>
class Expected
{
public:
    Expected(T value)
        : m_state(std::move(value))
    { }
    Expected(Error error)
        : m_state(std::move(error))
    { }

    [[nodiscard]] bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const QString &error() const { return std::get<Error>(m_state).message; }

private:
    std::variant<T, Error> m_state;
};

} // namespace ed
