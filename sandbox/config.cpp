// JSON forms of the public value types (SandboxConfig, Fault, LoggedRequest).
#include "sandboxserver.h"

#include <QRegularExpression>

namespace leap::sandbox {

const QList<int> &faultStatuses()
{
    // Statuses the HTTP layer can write (Qt 6.4's responder knows a fixed set).
    static const QList<int> statuses {400, 401, 403, 404, 408, 409, 429, 500, 502, 503, 504};
    return statuses;
}

namespace {
struct IntField
{
    const char *name;
    int SandboxConfig::*member;
    int minimum;
};
struct BoolField
{
    const char *name;
    bool SandboxConfig::*member;
};

const IntField kIntFields[] = {
    {"replicationDelayMs", &SandboxConfig::replicationDelayMs, 0},
    {"accessTokenLifetimeSec", &SandboxConfig::accessTokenLifetimeSec, 1},
    {"refreshTokenLifetimeSec", &SandboxConfig::refreshTokenLifetimeSec, 1},
    {"secretMaxLifetimeDays", &SandboxConfig::secretMaxLifetimeDays, 0},
    {"pageSize", &SandboxConfig::pageSize, 1},
    {"deviceCodeIntervalSec", &SandboxConfig::deviceCodeIntervalSec, 0},
    {"deviceCodeLifetimeSec", &SandboxConfig::deviceCodeLifetimeSec, 1},
    {"authCodeLifetimeSec", &SandboxConfig::authCodeLifetimeSec, 1},
};
const BoolField kBoolFields[] = {
    {"userLacksPrivilegedRole", &SandboxConfig::userLacksPrivilegedRole},
    {"autoApprove", &SandboxConfig::autoApprove},
};
} // namespace

QJsonObject SandboxConfig::toJson() const
{
    QJsonObject o;
    for (const auto &f : kIntFields)
        o.insert(QLatin1String(f.name), this->*f.member);
    for (const auto &f : kBoolFields)
        o.insert(QLatin1String(f.name), this->*f.member);
    return o;
}

bool SandboxConfig::apply(const QJsonObject &json, QString *error)
{
    SandboxConfig next = *this;
    for (auto it = json.begin(); it != json.end(); ++it) {
        bool known = false;
        for (const auto &f : kIntFields) {
            if (it.key() != QLatin1String(f.name))
                continue;
            known = true;
            if (!it.value().isDouble() || it.value().toDouble() < f.minimum ||
                it.value().toDouble() > 1e9) {
                if (error)
                    *error = QStringLiteral("'%1' must be an integer >= %2")
                                 .arg(it.key())
                                 .arg(f.minimum);
                return false;
            }
            next.*f.member = it.value().toInt();
        }
        for (const auto &f : kBoolFields) {
            if (it.key() != QLatin1String(f.name))
                continue;
            known = true;
            if (!it.value().isBool()) {
                if (error)
                    *error = QStringLiteral("'%1' must be true or false").arg(it.key());
                return false;
            }
            next.*f.member = it.value().toBool();
        }
        if (!known) {
            if (error)
                *error = QStringLiteral("unknown configuration key '%1'").arg(it.key());
            return false;
        }
    }
    *this = next;
    return true;
}

QJsonObject Fault::toJson() const
{
    return QJsonObject {
        {QStringLiteral("method"), method}, {QStringLiteral("path"), path},
        {QStringLiteral("status"), status}, {QStringLiteral("retryAfter"), retryAfter},
        {QStringLiteral("times"), times},   {QStringLiteral("latencyMs"), latencyMs},
        {QStringLiteral("drop"), drop},     {QStringLiteral("commit"), commit}};
}

Fault Fault::fromJson(const QJsonObject &json, QString *error)
{
    Fault f;
    static const QStringList known {QStringLiteral("method"), QStringLiteral("path"),
                                    QStringLiteral("status"), QStringLiteral("retryAfter"),
                                    QStringLiteral("times"),  QStringLiteral("latencyMs"),
                                    QStringLiteral("drop"),   QStringLiteral("commit")};
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!known.contains(it.key())) {
            if (error)
                *error = QStringLiteral("unknown fault key '%1'").arg(it.key());
            return {};
        }
    }
    f.method = json.value(QStringLiteral("method")).toString();
    f.path = json.value(QStringLiteral("path")).toString();
    f.status = json.value(QStringLiteral("status")).toInt(0);
    f.retryAfter = json.value(QStringLiteral("retryAfter")).toInt(-1);
    f.times = json.value(QStringLiteral("times")).toInt(1);
    f.latencyMs = json.value(QStringLiteral("latencyMs")).toInt(0);
    f.drop = json.value(QStringLiteral("drop")).toBool(false);
    f.commit = json.value(QStringLiteral("commit")).toBool(false);
    if (error)
        error->clear();
    if (f.path.isEmpty() && error)
        *error = QStringLiteral("a fault needs a 'path' regular expression");
    else if (!QRegularExpression(f.path).isValid() && error)
        *error = QStringLiteral("'path' is not a valid regular expression");
    else if (f.status == 0 && !f.drop && f.latencyMs <= 0 && error)
        *error = QStringLiteral("a fault needs a 'status', 'drop' or 'latencyMs'");
    else if (f.status != 0 && !faultStatuses().contains(f.status) && error)
        *error = QStringLiteral("'status' must be one of 400, 401, 403, 404, 408, 409, 429, 500, "
                                "502, 503, 504");
    else if (f.times == 0 && error)
        *error = QStringLiteral("'times' must be positive or -1");
    else if (f.commit && f.status == 0 && !f.drop && error)
        *error = QStringLiteral("'commit' needs a 'status' or 'drop'");
    return f;
}

QJsonObject LoggedRequest::toJson() const
{
    return QJsonObject {
        {QStringLiteral("method"), method},     {QStringLiteral("path"), path},
        {QStringLiteral("query"), query},       {QStringLiteral("status"), status},
        {QStringLiteral("time"), double(time)}, {QStringLiteral("durationMs"), double(durationMs)},
        {QStringLiteral("faulted"), faulted}};
}

} // namespace leap::sandbox
