#pragma once

// Plays the person's browser in sign-in tests: GETs the authorization URL, submits forms, follows
// redirects (keeping cookies) until the loopback listener of the product answers. Real HTTP, no
// mocks; the test decides what the "person" does at each page.

#include <QByteArray>
#include <QCoro/QCoroTask>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrl>
#include <QUrlQuery>

#include <optional>

// QCoro::waitFor needs a default-constructible result; leap::Result<T> is not.
template<typename T>
T awaitResult(QCoro::Task<T> &&task)
{
    std::optional<T> out;
    auto run = [&]() -> QCoro::Task<void> {
        out.emplace(co_await std::move(task));
    };
    QCoro::waitFor(run());
    return std::move(*out);
}

struct Page
{
    int status = 0;
    QUrl url;
    QUrl location; // resolved Location of a redirect
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;

    bool isRedirect() const { return status >= 300 && status < 400 && location.isValid(); }
};

class BrowserPlayer
{
public:
    BrowserPlayer();

    QCoro::Task<Page> get(QUrl url);
    QCoro::Task<Page> post(QUrl url, QUrlQuery form);
    // GETs `url`, then follows redirects; returns the first page that is not a redirect.
    QCoro::Task<Page> open(QUrl url, int maxHops = 25);
    // Follows the redirect chain starting from an already-fetched page.
    QCoro::Task<Page> follow(Page page, int maxHops = 25);

    // The fields of the first <form> of a page (inputs with a name and value) and its action.
    static QUrlQuery formFields(const QByteArray &html, QString *action = nullptr,
                                QString *method = nullptr);
    // The value of the element with id="<id>" (text between its tags), HTML entities kept.
    static QString elementText(const QByteArray &html, const QString &id);

    QList<QUrl> visited;
    QNetworkAccessManager nam;
};
