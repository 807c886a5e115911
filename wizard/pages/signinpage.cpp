#include "pages/signinpage.h"

#include "auth/signinsession.h"
#include "auth/tokens.h"
#include "pages/pageid.h"
#include "pages/services.h"
#include "pages/widgets/errorpanel.h"
#include "pages/widgets/uistyle.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace leap::ui {

namespace {

// The delegated Graph permissions the three steps need (entra-leap-facts §5.4); the token's `scp`
// claim lists what the tenant actually granted.
QStringList missingDelegatedScopes(const QString &accessToken)
{
    const QJsonObject claims = decodeJwtPayload(accessToken);
    const QStringList granted =
        claims.value(QStringLiteral("scp")).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (granted.isEmpty())
        return {}; // not a JWT we can read: Graph will say what is missing, if anything
    QStringList missing;
    for (const char *needed : {"Application.ReadWrite.All", "AppRoleAssignment.ReadWrite.All",
                               "DelegatedPermissionGrant.ReadWrite.All"}) {
        const QString n = QString::fromLatin1(needed);
        bool found = granted.contains(n, Qt::CaseInsensitive);
        if (n == QLatin1String("DelegatedPermissionGrant.ReadWrite.All") ||
            n == QLatin1String("Application.ReadWrite.All"))
            found = found || granted.contains(QStringLiteral("Directory.ReadWrite.All"),
                                              Qt::CaseInsensitive);
        if (!found)
            missing << n;
    }
    return missing;
}

} // namespace

SignInPage::SignInPage(WizardState *sharedState, Services *pageServices, QWidget *parent)
    : WizardPage(sharedState, pageServices, parent)
{
    setTitle(tr("Sign in"));
    setSubTitle(tr("Sign in as an administrator of the tenant. The wizard acts on your behalf; "
                   "it stores no password."));

    auto *layout = contentLayout();
    m_target = makeTextLabel(QString(), this);
    layout->addWidget(m_target);
    layout->addSpacing(fontMetrics().height() / 2);

    m_browserButton = new QPushButton(tr("&Sign in with Microsoft"), this);
    m_browserButton->setAccessibleName(tr("Sign in with Microsoft in the browser"));
    m_browserButton->setDefault(false);
    m_codeButton = new QPushButton(tr("Use a &code instead"), this);
    m_codeButton->setAccessibleName(tr("Sign in with a code on another device"));
    m_codeButton->setFlat(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_browserButton);
    buttons->addWidget(m_codeButton);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    // Device code: the address and the code, large and copyable.
    m_codePanel = new QWidget(this);
    auto *codeLayout = new QVBoxLayout(m_codePanel);
    codeLayout->setContentsMargins(0, fontMetrics().height() / 2, 0, 0);
    m_codeIntro = new QLabel(m_codePanel);
    m_codeIntro->setWordWrap(true);
    m_codeIntro->setTextFormat(Qt::RichText);
    m_codeIntro->setOpenExternalLinks(false);
    m_codeIntro->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_userCode = new QLabel(m_codePanel);
    QFont codeFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    codeFont.setPointSizeF(font().pointSizeF() * 2.0);
    codeFont.setBold(true);
    codeFont.setLetterSpacing(QFont::PercentageSpacing, 110);
    m_userCode->setFont(codeFont);
    m_userCode->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_userCode->setAccessibleName(tr("Sign-in code"));
    m_copyCode = new QPushButton(tr("Cop&y code"), m_codePanel);
    m_copyCode->setAutoDefault(false);
    m_openVerification = new QPushButton(tr("&Open the sign-in page"), m_codePanel);
    m_openVerification->setAutoDefault(false);
    auto *codeRow = new QHBoxLayout;
    codeRow->addWidget(m_userCode);
    codeRow->addSpacing(fontMetrics().averageCharWidth() * 2);
    codeRow->addWidget(m_copyCode);
    codeRow->addWidget(m_openVerification);
    codeRow->addStretch(1);
    codeLayout->addWidget(m_codeIntro);
    codeLayout->addLayout(codeRow);
    m_codePanel->setVisible(false);
    layout->addWidget(m_codePanel);

    // Browser: the address to copy if no browser opened.
    m_urlPanel = new QWidget(this);
    auto *urlLayout = new QHBoxLayout(m_urlPanel);
    urlLayout->setContentsMargins(0, fontMetrics().height() / 2, 0, 0);
    m_urlLabel = makeTextLabel(tr("Waiting for you to finish in the browser. If no browser "
                                  "window opened, copy the sign-in address into one."),
                               m_urlPanel);
    auto *copyUrl = new QPushButton(tr("Copy &address"), m_urlPanel);
    copyUrl->setAutoDefault(false);
    urlLayout->addWidget(m_urlLabel, 1);
    urlLayout->addWidget(copyUrl);
    m_urlPanel->setVisible(false);
    layout->addWidget(m_urlPanel);

    // Who signed in.
    m_signedInPanel = new QWidget(this);
    auto *signedInLayout = new QVBoxLayout(m_signedInPanel);
    signedInLayout->setContentsMargins(0, fontMetrics().height() / 2, 0, 0);
    m_signedIn = new QLabel(m_signedInPanel);
    m_signedIn->setWordWrap(true);
    m_signedIn->setTextFormat(Qt::RichText);
    m_signedIn->setAccessibleName(tr("Signed-in account"));
    m_scopeWarning = makeTextLabel(QString(), m_signedInPanel);
    m_scopeWarning->setVisible(false);
    m_switchAccount = new QPushButton(tr("Sign in as someone &else"), m_signedInPanel);
    m_switchAccount->setAutoDefault(false);
    auto *switchRow = new QHBoxLayout;
    switchRow->addWidget(m_switchAccount);
    switchRow->addStretch(1);
    signedInLayout->addWidget(m_signedIn);
    signedInLayout->addWidget(m_scopeWarning);
    signedInLayout->addLayout(switchRow);
    m_signedInPanel->setVisible(false);
    layout->addWidget(m_signedInPanel);

    m_useSuggestedCloud = new QPushButton(this);
    m_useSuggestedCloud->setVisible(false);
    m_useSuggestedCloud->setAutoDefault(false);
    layout->addWidget(m_useSuggestedCloud, 0, Qt::AlignLeft);

    connect(m_browserButton, &QPushButton::clicked, this,
            [this] { startSignIn(SignInMethod::Browser); });
    connect(m_codeButton, &QPushButton::clicked, this,
            [this] { startSignIn(SignInMethod::DeviceCode); });
    connect(m_copyCode, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_userCode->text()); });
    connect(m_openVerification, &QPushButton::clicked, this, [this] {
        if (state()->options().openUrl)
            state()->options().openUrl(m_verificationUri);
    });
    connect(m_codeIntro, &QLabel::linkActivated, this, [this](const QString &) {
        if (state()->options().openUrl)
            state()->options().openUrl(m_verificationUri);
    });
    connect(copyUrl, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_authorizationUrl.toString(QUrl::FullyEncoded));
    });
    connect(m_switchAccount, &QPushButton::clicked, this, &SignInPage::signOut);
    connect(m_useSuggestedCloud, &QPushButton::clicked, this, [this] {
        const auto cloud = services()->session()->suggestedCloud();
        if (!cloud)
            return;
        state()->profile.cloud = *cloud;
        services()->configure(state()->endpoints(), services()->session()->options().tenant,
                              state()->profile.name);
        m_useSuggestedCloud->setVisible(false);
        initializePage();
    });

    connect(this, &WizardPage::busyChanged, this, [this](bool busy) {
        QWidget *focus = QApplication::focusWidget();
        const bool hadFocus = !busy && focus != m_codeButton && !m_ready;
        m_browserButton->setEnabled(!busy);
        m_codeButton->setEnabled(!busy);
        // Disabling the button moved the focus away: give it back for the keyboard.
        if (hadFocus && m_browserButton->isVisible())
            focusLater(m_browserButton);
    });

    SignInSession *session = pageServices->session();
    connect(session, &SignInSession::deviceCodeReady, this, &SignInPage::showDeviceCode);
    connect(session, &SignInSession::authorizationUrlReady, this,
            &SignInPage::showAuthorizationUrl);
    connect(pageServices, &Services::progress, this, [this](const QString &text) {
        if (isBusy())
            setWorkText(text);
    });
}

void SignInPage::initializePage()
{
    const Profile &p = state()->profile;
    const QString tenant = p.tenantId.isEmpty() ? p.tenantDomain : p.tenantId;
    services()->configure(state()->endpoints(), tenant, p.name);
    const Endpoints e = state()->endpoints();
    m_target->setText(tr("Tenant: %1 — %2")
                          .arg(p.tenantDomain.isEmpty() ? p.tenantId : p.tenantDomain,
                               state()->options().endpointsOverridden ? e.authority.host()
                                                                      : cloudDisplayName(e.cloud)));
    m_useSuggestedCloud->setVisible(false);
    m_codePanel->setVisible(false);
    m_urlPanel->setVisible(false);
    clearError();

    SignInSession *session = services()->session();
    const bool sameTenant =
        session->isSignedIn() &&
        (p.tenantId.isEmpty() || session->tenantId().compare(p.tenantId, Qt::CaseInsensitive) == 0);
    if (sameTenant) {
        onSignedIn(false);
        return;
    }
    m_ready = false;
    m_signedInPanel->setVisible(false);
    m_browserButton->setVisible(true);
    m_codeButton->setVisible(true);
    // Signing in is the only thing to do here: the default method's button takes Return.
    focusLater(state()->options().signInMethod == SignInMethod::DeviceCode ? m_codeButton
                                                                           : m_browserButton);
    trySilentSignIn();
}

void SignInPage::cleanupPage()
{
    cancel();
    m_codePanel->setVisible(false);
    m_urlPanel->setVisible(false);
}

void SignInPage::trySilentSignIn()
{
    // A refresh token cached in the keychain for this profile and tenant: no new sign-in needed.
    runTask(services()->session()->restore(), tr("Checking for a saved sign-in…"),
            [this](VoidResult result) {
                if (result) {
                    onSignedIn(true);
                    return;
                }
                // NotFound: nothing cached, the normal case. Anything else is worth a word but
                // is not a failure: an interactive sign-in follows.
                if (result.error().kind != ErrorKind::NotFound &&
                    result.error().kind != ErrorKind::Cancelled)
                    qCInfo(lcUi) << "silent sign-in failed:" << result.error().code;
                refresh();
            });
}

void SignInPage::startSignIn(SignInMethod method)
{
    if (isBusy())
        return;
    m_useSuggestedCloud->setVisible(false);
    m_codePanel->setVisible(false);
    m_urlPanel->setVisible(false);
    const QString text = method == SignInMethod::Browser
                             ? tr("Waiting for you to sign in in the browser…")
                             : tr("Requesting a sign-in code…");
    runTask(services()->session()->signIn(method), text, [this](VoidResult result) {
        m_codePanel->setVisible(false);
        m_urlPanel->setVisible(false);
        if (result)
            onSignedIn(true);
        else
            onFailed(result.error());
    });
}

void SignInPage::cancelWork()
{
    services()->session()->cancel();
}

void SignInPage::showDeviceCode(const DeviceCodePrompt &prompt)
{
    m_verificationUri = prompt.verificationUri;
    m_codeIntro->setText(
        tr("On any device, open <a href=\"%1\">%2</a> and enter this code:")
            .arg(prompt.verificationUri.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                 prompt.verificationUri.toDisplayString().toHtmlEscaped()));
    m_userCode->setText(prompt.userCode);
    m_codePanel->setVisible(true);
    setWorkText(
        tr("Waiting for you to enter the code (it expires at %1)…")
            .arg(QLocale().toString(prompt.expiresAt.toLocalTime().time(), QLocale::ShortFormat)));
    m_copyCode->setFocus();
}

void SignInPage::showAuthorizationUrl(const QUrl &url)
{
    m_authorizationUrl = url;
    m_urlPanel->setVisible(true);
}

QString SignInPage::userCode() const
{
    return m_userCode->text();
}

void SignInPage::onSignedIn(bool interactive)
{
    SignInSession *session = services()->session();
    Profile &p = state()->profile;
    const SignedInUser user = session->user();
    const QString tenantId = session->tenantId().toLower();
    if (!p.tenantId.isEmpty() && !tenantId.isEmpty() && p.tenantId != tenantId &&
        !p.appId.isEmpty()) {
        onFailed(Error::make(ErrorKind::SignIn,
                             tr("You signed in to another tenant (%1) than the one this profile "
                                "belongs to (%2).")
                                 .arg(tenantId, p.tenantId),
                             tr("Sign in with an account of tenant %1.").arg(p.tenantId)));
        return;
    }
    if (!tenantId.isEmpty())
        p.tenantId = tenantId;
    state()->account.displayName = user.name;
    state()->account.userPrincipalName = user.upn;
    state()->account.tenantId = tenantId;
    state()->account.tenantDisplayName = p.tenantDomain.isEmpty() ? tenantId : p.tenantDomain;
    if (p.setupBy.isEmpty())
        p.setupBy = user.upn;

    showSignedIn();
    // Before any write: does the sign-in carry what the steps need?
    QCoro::connect(session->accessToken(), this, [this, interactive](Result<QString> token) {
        QStringList missing;
        if (token)
            missing = missingDelegatedScopes(*token);
        if (!missing.isEmpty()) {
            m_scopeWarning->setText(
                tr("Your sign-in lacks these permissions: %1. The wizard cannot make changes "
                   "without them. Ask an administrator to grant them to the sign-in application, "
                   "or sign in as an administrator who may consent to them.")
                    .arg(missing.join(QStringLiteral(", "))));
            QPalette pal = m_scopeWarning->palette();
            pal.setColor(QPalette::WindowText, toneColor(Tone::Bad, palette()));
            m_scopeWarning->setPalette(pal);
            m_scopeWarning->setVisible(true);
            m_ready = false;
            refresh();
            return;
        }
        m_scopeWarning->setVisible(false);
        m_ready = true;
        refresh();
        Q_EMIT state()->changed();
        // Signing in was the only thing to do on this page.
        if (interactive)
            advance();
    });
}

void SignInPage::showSignedIn()
{
    const auto &a = state()->account;
    const QString who =
        a.displayName.isEmpty()
            ? a.userPrincipalName.toHtmlEscaped()
            : tr("%1 (%2)").arg(a.displayName.toHtmlEscaped(), a.userPrincipalName.toHtmlEscaped());
    m_signedIn->setText(tr("Signed in as <b>%1</b> to tenant <b>%2</b>.")
                            .arg(who, a.tenantDisplayName.toHtmlEscaped()));
    m_signedInPanel->setVisible(true);
    m_browserButton->setVisible(false);
    m_codeButton->setVisible(false);
}

void SignInPage::onFailed(const Error &error)
{
    m_ready = false;
    showError(error);
    if (const auto cloud = services()->session()->suggestedCloud();
        cloud && !state()->options().endpointsOverridden) {
        m_useSuggestedCloud->setText(tr("Use %1").arg(cloudDisplayName(*cloud)));
        m_useSuggestedCloud->setVisible(true);
    }
    refresh();
}

void SignInPage::signOut()
{
    QCoro::connect(services()->session()->signOut(), this, [this](VoidResult) {
        state()->account = {};
        m_ready = false;
        m_signedInPanel->setVisible(false);
        m_browserButton->setVisible(true);
        m_codeButton->setVisible(true);
        m_browserButton->setFocus();
        refresh();
    });
}

bool SignInPage::isReady() const
{
    return m_ready && services()->session()->isSignedIn();
}

int SignInPage::nextId() const
{
    return state()->intent == WizardState::Intent::Rotate ? Page_Rotate : Page_Register;
}

} // namespace leap::ui
