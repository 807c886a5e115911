// Fuzz target: the profile file (storage/ProfileStore::load reads it with QJsonDocument and
// model/Profile::fromJson). A profile file is local, but it can be edited, copied between
// machines or damaged; loading one must never crash, and what the product writes back must load
// again to the same document.

#include "fuzzsupport.h"
#include "model/cloud.h"
#include "model/profile.h"
#include "model/validation.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace leap;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::installQuietMessageHandler();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(fuzz::bytes(data, size), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return 0;

    const Result<Profile> loaded = Profile::fromJson(doc.object());
    if (!loaded) {
        // Refused files are explained to a person: a message and a fix, never an empty error.
        LEAP_FUZZ_CHECK(loaded.error().kind == ErrorKind::BadInput, loaded.error().text());
        LEAP_FUZZ_CHECK(!loaded.error().message.isEmpty() && !loaded.error().fix.isEmpty(),
                        loaded.error().text());
        return 0;
    }
    const Profile &p = *loaded;

    // Everything the product derives from a loaded profile must cope with hostile values.
    const Endpoints endpoints = p.endpoints();
    // Tokens and secrets go to these hosts: https, or plain http to this machine only.
    for (const QUrl &url : {endpoints.authority, endpoints.graph}) {
        const Result<QUrl> checked =
            validateEndpointUrl(url.toString(), QStringLiteral("endpoint"));
        LEAP_FUZZ_CHECK(checked.ok(),
                        url.toString() + QStringLiteral(": ") + checked.error().text());
    }
    (void)endpoints.discovery(p.tenantId);
    (void)endpoints.token(p.tenantId);
    (void)endpoints.graphV1(QStringLiteral("/applications?$top=1"));
    (void)endpoints.adminConsent(p.tenantId, p.appId);
    (void)p.redirectUri();
    (void)p.currentSecret();
    for (const SecretInfo &s : p.secrets) {
        (void)s.daysLeft();
        (void)s.isExpired();
        const QString key = secretKeychainKey(p.tenantId, p.appId, s.keyId);
        LEAP_FUZZ_CHECK(key == key.toLower(), key);
    }
    (void)validateLeapHost(p.leapHost);
    (void)validateProfileName(p.name);

    // What save() writes, load() reads back to the same document (after one normalisation).
    const QJsonObject once = p.toJson();
    const Result<Profile> again = Profile::fromJson(once);
    LEAP_FUZZ_CHECK(again.ok(), again.error().text());
    const QJsonObject twice = again->toJson();
    LEAP_FUZZ_CHECK(once == twice,
                    QString::fromUtf8(QJsonDocument(once).toJson(QJsonDocument::Compact)) +
                        QStringLiteral("\n  != ") +
                        QString::fromUtf8(QJsonDocument(twice).toJson(QJsonDocument::Compact)));
    LEAP_FUZZ_CHECK(again->secrets.size() == p.secrets.size(), QStringLiteral("secrets lost"));
    LEAP_FUZZ_CHECK(again->journal.size() == p.journal.size(), QStringLiteral("journal lost"));
    return 0;
}
