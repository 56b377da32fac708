#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace pm {

// What went wrong, for a person to read. The code lets callers (the CLI's exit status, the GUI's
// choice of banner or dialog) react without parsing the message.
struct Error
{
    enum Code
    {
        InvalidInput, // a value the user or a file supplied breaks a rule (too long, out of range)
        NotFound,     // a file or row that should exist does not
        NotAWorkshop, // the file is not a .premortem (empty, foreign, damaged)
        Unsupported,  // a real workshop this version cannot handle (unknown schema)
        ReadOnly,     // an edit on a document opened for viewing only
        Io,           // the disk refused (permissions, full, locked)
    };
    Code code = InvalidInput;
    QString message;
};

// A value or an Error. Errors cross the core boundary as values, never as silent bools.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T &operator*() const & { return *m_value; }
    const T *operator->() const { return &*m_value; }
    const Error &error() const { return m_error; }

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
    const Error &error() const { return m_error; }

private:
    bool m_failed = false;
    Error m_error;
};

using Status = Result<void>;

} // namespace pm
