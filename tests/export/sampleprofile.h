#pragma once

// A filled-in profile and live facts as they would be after a complete configure, for the export
// tests. The values are fixed so the expectations below can name them.
#include "model/profile.h"
#include "model/summary.h"

namespace sample {

inline const QString kTenant = QStringLiteral("8d3f1c2a-5b7e-4c19-9a0d-2e6f4b1c7a35");
inline const QString kAppId = QStringLiteral("0b7c2a51-3f4e-4d8a-9c61-5e2f7a8b9c0d");
inline const QString kObjectId = QStringLiteral("1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d");
inline const QString kSpId = QStringLiteral("9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a");
inline const QString kCurrentKey = QStringLiteral("c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f");
inline const QString kOldKey = QStringLiteral("d4c3b2a1-f6e5-4d7c-9b8a-5f4e3d2c1b0a");
// Characters a secret may hold (entra-leap-facts §4.4), plus ones that break careless quoting.
inline const QString kSecretValue = QStringLiteral("Q8~s3cr3t.V4lue_with-'quote'&<xml>\"$HOME");
inline const QDateTime kNow = QDateTime(QDate(2026, 11, 26), QTime(5, 0, 0), Qt::UTC);

inline leap::Profile profile()
{
    leap::Profile p;
    p.name = QStringLiteral("prod");
    p.tenantId = kTenant;
    p.tenantDomain = QStringLiteral("contoso.onmicrosoft.com");
    p.leapHost = QStringLiteral("leap.example.com:9443");
    p.credentialAlias = QStringLiteral("azureAlias");
    p.displayName = QStringLiteral("HCL Leap (leap.example.com:9443)");
    p.uniqueName = leap::Profile::defaultUniqueName(p.leapHost);
    p.appId = kAppId;
    p.objectId = kObjectId;
    p.servicePrincipalId = kSpId;
    p.setupBy = QStringLiteral("admin@contoso.onmicrosoft.com");
    p.createdAt = kNow.addDays(-170);
    p.updatedAt = kNow.addDays(-1);

    leap::SecretInfo old;
    old.keyId = kOldKey;
    old.displayName = QStringLiteral("Leap 2026-05");
    old.hint = QStringLiteral("Ab1");
    old.startDateTime = kNow.addDays(-170);
    old.endDateTime = kNow.addDays(10).addSecs(3600);
    old.current = false;

    leap::SecretInfo current;
    current.keyId = kCurrentKey;
    current.displayName = QStringLiteral("Leap 2026-11");
    current.hint = QStringLiteral("Q8~");
    current.startDateTime = kNow.addDays(-1);
    current.endDateTime = kNow.addDays(179).addSecs(3600);
    current.current = true;
    p.secrets = {old, current};
    return p;
}

inline leap::SummaryFacts facts(bool withValue = false)
{
    leap::SummaryFacts f;
    f.now = kNow;
    f.secretsInKeychain = {kCurrentKey};
    f.consentedPermissions = {QStringLiteral("User.ReadBasic.All"),
                              QStringLiteral("Group.Read.All"), QStringLiteral("openid")};
    f.permissionIds = {
        {QStringLiteral("Group.Read.All"), QStringLiteral("5b567255-7703-4780-807c-7be8301ae99b")}};
    if (withValue)
        f.clientSecretValue = kSecretValue;
    return f;
}

} // namespace sample
