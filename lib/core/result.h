#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace ww {

// Errors are values: a machine-readable code for callers and tests, a translated-ready message for people.
struct Error
{
    enum class Code {
        Unknown,
        InvalidArgument,
        NotFound,
        Io,
        DiskFull,
        Database,
        DatabaseLocked,
        DatabaseCorrupt,
        SchemaTooNew,
        Network,
        Timeout,
        TooLarge,
        Blocked,
        HttpStatus,
        NotAFeed,
        Malformed,
        Truncated,
        Encoding,
        Cancelled,
        ConnectionLost, // the database server went away (PostgreSQL); the open transaction was rolled back
    };
    Code code = Code::Unknown;
    QString message;

    Error() = default;
    Error(Code c, QString m) : code(c), message(std::move(m)) {}
};

// A small std::expected stand-in (g++ 12 ships it only under -std=c++23).
template<typename T> class Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_value(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_value); }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<T>(m_value); }
    const T &value() const & { return std::get<T>(m_value); }
    T &&value() && { return std::get<T>(std::move(m_value)); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }

    const Error &error() const { return std::get<Error>(m_value); }

private:
    std::variant<T, Error> m_value;
};

template<> class Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace ww
