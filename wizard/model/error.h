#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace leap {

// What a caller branches on. Each kind maps to one exit status of the contract.
enum class ErrorKind {
    None,
    BadInput, // exit 2: bad command line or input; nothing was changed
    SignIn, // exit 3: sign-in failed or was cancelled
    GraphRefused, // exit 4: Graph refused (role, policy, conflict)
    Storage, // exit 5: secure storage unavailable
    Verification, // exit 6: verification failed
    Network, // exit 7: network failure that outlasted the retries
    Cancelled, // the user cancelled (CLI: exit 3 during sign-in, else 1)
    NotFound, // an object does not exist (callers usually turn this into a decision)
    Internal, // exit 1
};

int exitCodeFor(ErrorKind kind);
QString errorKindName(ErrorKind kind);

// A failure: what a person reads (message + fix), and what support needs (details).
struct Error
{
    ErrorKind kind = ErrorKind::None;
    QString message; // cause, one or two sentences, for a person
    QString fix; // what to do about it; may be empty
    QString field; // for BadInput: the field or option at fault
    QString code; // Graph error code or OAuth error / AADSTS code
    QString requestId; // Graph request-id or token endpoint correlation_id
    int httpStatus = 0;
    QDateTime time = QDateTime::currentDateTimeUtc();

    bool isError() const { return kind != ErrorKind::None; }
    // "message Fix: fix" for one-line output.
    QString text() const;
    // Multi-line details for a support ticket: kind, code, status, request id, time.
    QString details() const;

    static Error badInput(const QString &field, const QString &message, const QString &fix = {});
    static Error make(ErrorKind kind, const QString &message, const QString &fix = {});
};

// A value or an error. Small on purpose: std::expected is C++23.
template<typename T>
class Result
{
public:
    Result(T value) : m_value(std::move(value)) { }
    Result(Error error) : m_error(std::move(error)) { }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }
    const T &operator*() const { return *m_value; }
    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

template<>
class Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) { }
    bool ok() const { return !m_error.isError(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    Error m_error;
};

using VoidResult = Result<void>;

} // namespace leap

Q_DECLARE_METATYPE(leap::Error)
