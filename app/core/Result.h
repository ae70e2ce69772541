// SPDX-FileCopyrightText: 2026 Herald contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace Herald
{

// What went wrong, already translated for the user.
struct Error
{
    QString message;
};

// An expected-style result: either a value or an Error. C++20 has no std::expected, and core
// code reports failures to the UI as values rather than exceptions.
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_state(std::in_place_index<0>, std::move(value))
    {
    }
    Result(Error error)
        : m_state(std::in_place_index<1>, std::move(error))
    {
    }

    bool ok() const
    {
        return m_state.index() == 0;
    }
    explicit operator bool() const
    {
        return ok();
    }

    T& value() &
    {
        return std::get<0>(m_state);
    }
    const T& value() const&
    {
        return std::get<0>(m_state);
    }
    T&& value() &&
    {
        return std::get<0>(std::move(m_state));
    }
    T* operator->()
    {
        return &value();
    }
    const T* operator->() const
    {
        return &value();
    }
    const Error& error() const
    {
        return std::get<1>(m_state);
    }
    QString errorMessage() const
    {
        return ok() ? QString() : error().message;
    }

private:
    std::variant<T, Error> m_state;
};

template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
        , m_ok(false)
    {
    }

    bool ok() const
    {
        return m_ok;
    }
    explicit operator bool() const
    {
        return m_ok;
    }
    const Error& error() const
    {
        return m_error;
    }
    QString errorMessage() const
    {
        return m_error.message;
    }

private:
    Error m_error;
    bool m_ok = true;
};

} // namespace Herald
