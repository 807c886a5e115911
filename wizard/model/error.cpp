#include "error.h"

namespace leap {

int exitCodeFor(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::None:
        return 0;
    case ErrorKind::BadInput:
        return 2;
    case ErrorKind::SignIn:
        return 3;
    case ErrorKind::GraphRefused:
        return 4;
    case ErrorKind::NotFound:
        return 4;
    case ErrorKind::Storage:
        return 5;
    case ErrorKind::Verification:
        return 6;
    case ErrorKind::Network:
        return 7;
    case ErrorKind::Cancelled:
        return 3;
    case ErrorKind::Internal:
        return 1;
    }
    return 1;
}

QString errorKindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::None:
        return QStringLiteral("none");
    case ErrorKind::BadInput:
        return QStringLiteral("bad-input");
    case ErrorKind::SignIn:
        return QStringLiteral("sign-in");
    case ErrorKind::GraphRefused:
        return QStringLiteral("graph-refused");
    case ErrorKind::Storage:
        return QStringLiteral("secure-storage");
    case ErrorKind::Verification:
        return QStringLiteral("verification");
    case ErrorKind::Network:
        return QStringLiteral("network");
    case ErrorKind::Cancelled:
        return QStringLiteral("cancelled");
    case ErrorKind::NotFound:
        return QStringLiteral("not-found");
    case ErrorKind::Internal:
        return QStringLiteral("internal");
    }
    return QStringLiteral("internal");
}

QString Error::text() const
{
    QString out = message;
    if (!fix.isEmpty())
        out += QLatin1Char(' ') + fix;
    return out;
}

QString Error::details() const
{
    QStringList lines;
    lines << QStringLiteral("kind: %1").arg(errorKindName(kind));
    if (!field.isEmpty())
        lines << QStringLiteral("field: %1").arg(field);
    if (!code.isEmpty())
        lines << QStringLiteral("code: %1").arg(code);
    if (httpStatus)
        lines << QStringLiteral("http status: %1").arg(httpStatus);
    if (!requestId.isEmpty())
        lines << QStringLiteral("request id: %1").arg(requestId);
    lines << QStringLiteral("time: %1").arg(time.toString(Qt::ISODate));
    return lines.join(QLatin1Char('\n'));
}

Error Error::badInput(const QString &field, const QString &message, const QString &fix)
{
    Error e;
    e.kind = ErrorKind::BadInput;
    e.field = field;
    e.message = message;
    e.fix = fix;
    return e;
}

Error Error::make(ErrorKind kind, const QString &message, const QString &fix)
{
    Error e;
    e.kind = kind;
    e.message = message;
    e.fix = fix;
    return e;
}

} // namespace leap
