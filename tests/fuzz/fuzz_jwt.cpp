// Fuzz target: JWT claim decoding (auth/tokens.h decodeJwtPayload, userFromIdToken). The id token
// comes from the token endpoint; its claims name the signed-in administrator and tenant.
// Half of the inputs are used as the whole token text, the other half as the payload of a
// well-formed three-part token, so the JSON behind the base64url layer is reached too.

#include "auth/tokens.h"
#include "fuzzsupport.h"

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
    if (size < 1)
        return 0;
    QString token;
    const QByteArray rest = fuzz::bytes(data + 1, size - 1);
    if (data[0] & 1) {
        token = QString::fromUtf8(rest);
    } else {
        token = QStringLiteral("eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.") +
                QString::fromLatin1(
                    rest.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)) +
                QStringLiteral(".c2lnbmF0dXJl");
    }
    const QJsonObject claims = decodeJwtPayload(token);
    const SignedInUser user = userFromIdToken(token);
    (void)user.displayText();
    (void)user.isEmpty();
    if (claims.isEmpty())
        LEAP_FUZZ_CHECK(user.isEmpty() && user.objectId.isEmpty(), user.displayText());
    LEAP_FUZZ_CHECK(user.tenantId == user.tenantId.toLower(), user.tenantId);
    if (!(data[0] & 1)) {
        // A well-formed token whose payload is a JSON object decodes to exactly that object.
        const QJsonDocument doc = QJsonDocument::fromJson(rest);
        if (doc.isObject())
            LEAP_FUZZ_CHECK(claims == doc.object(), token);
    }
    return 0;
}
