#pragma once

#include <QString>
#include <optional>
#include <utility>

namespace cb {

// What went wrong, in terms a caller can act on. The CLI maps these to its exit codes
// (DESIGN.md §5): BadInput/NotFound → 2, NotAuthenticated/PermissionDenied → 3,
// Conflict/InvalidState → 4, everything else → 1. Damaged: the stored data cannot be used (a
// database file that is truncated, partly overwritten or not a database): a backup may help.
enum class ErrorCode {
    Failure,
    BadInput,
    NotFound,
    NotAuthenticated,
    PermissionDenied,
    Conflict,
    InvalidState,
    Unavailable,
    Damaged,
};

struct Error
{
    ErrorCode code = ErrorCode::Failure;
    QString message; // for the user: what happened and what to do
    QString detail;  // for the log: technical detail, never PHI
    QString field;   // the input at fault (a JSON key, dotted when nested), so a form shows the
                     // message beside it; empty when no single field is

    static Error badInput(const QString& message) { return {ErrorCode::BadInput, message, {}, {}}; }
    static Error notFound(const QString& message) { return {ErrorCode::NotFound, message, {}, {}}; }
    static Error notAuthenticated(const QString& message)
    {
        return {ErrorCode::NotAuthenticated, message, {}, {}};
    }
    static Error denied(const QString& message) { return {ErrorCode::PermissionDenied, message, {}, {}}; }
    static Error conflict(const QString& message) { return {ErrorCode::Conflict, message, {}, {}}; }
    static Error invalidState(const QString& message) { return {ErrorCode::InvalidState, message, {}, {}}; }
    static Error failure(const QString& message, const QString& detail = {})
    {
        return {ErrorCode::Failure, message, detail, {}};
    }
    // This error, naming the field at fault.
    Error atField(const QString& key) const
    {
        Error e = *this;
        e.field = key;
        return e;
    }
};

// A value or an error; errors cross layers as values, never as exceptions.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    const T* operator->() const { return &*m_value; }
    T* operator->() { return &*m_value; }
    const T& operator*() const { return *m_value; }

    const Error& error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_failed(true), m_error(std::move(error)) {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return m_error; }

private:
    bool m_failed = false;
    Error m_error;
};

using Status = Result<void>;

} // namespace cb
