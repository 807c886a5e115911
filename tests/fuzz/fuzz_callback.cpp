// Fuzz target: the loopback callback of the browser sign-in. After the authorization step the
// browser (or anything else on this machine) sends an HTTP request to the listener the product
// opened; that request is untrusted input parsed in our process by QOAuthHttpServerReplyHandler,
// constructed exactly as auth/browserflow.cpp does (127.0.0.1 only, a free port). The raw bytes
// of one request per input go to that listener; invariants: no crash, the listener is bound to
// the loopback address only, and the page the product serves back escapes whatever it shows
// (callbackPageHtml).
//
// The product's state check itself (BrowserFlow::onCallback) is private; tests/auth drives it
// end to end (forged and second callbacks are ignored).

#include "auth/browserflow.h"
#include "fuzzsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QOAuthHttpServerReplyHandler>
#include <QTcpSocket>

using namespace leap;

namespace {
QOAuthHttpServerReplyHandler *g_handler = nullptr;
QVariantMap g_received;
bool g_fired = false;
} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::installQuietMessageHandler();
    static int argc = 1;
    static char name[] = "fuzz_callback";
    static char *argv[] = {name, nullptr};
    new QCoreApplication(argc, argv);
    g_handler = new QOAuthHttpServerReplyHandler(QHostAddress(QHostAddress::LocalHost), 0);
    if (!g_handler->isListening())
        qFatal("cannot listen on 127.0.0.1");
    QObject::connect(g_handler, &QAbstractOAuthReplyHandler::callbackReceived,
                     [](const QVariantMap &data) {
                         g_received = data;
                         g_fired = true;
                     });
    g_handler->setCallbackText(callbackPageHtml(QStringLiteral("Signed in"),
                                                QStringLiteral("You can close this tab."), true));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // The listener the product opens is never reachable from another machine.
    const QHostAddress bound(g_handler->callback().isEmpty() ? QString()
                                                             : QUrl(g_handler->callback()).host());
    LEAP_FUZZ_CHECK(bound.isLoopback(), g_handler->callback());

    if (size > 0 && data[0] == 0xfe) {
        // The page the listener serves: whatever it is given is shown escaped.
        const QString text = fuzz::text(data + 1, size - 1);
        const QString page = callbackPageHtml(text, text, (size & 1) != 0);
        // Markup in the text never appears unescaped (unless the page's own markup has it).
        const QString neutral = callbackPageHtml(QString(), QString(), (size & 1) != 0);
        if (text.contains(QLatin1Char('<')))
            LEAP_FUZZ_CHECK(!page.contains(text) || neutral.contains(text), text);
        return 0;
    }

    g_fired = false;
    g_received.clear();
    QTcpSocket socket;
    socket.connectToHost(QHostAddress(QHostAddress::LocalHost), g_handler->port());
    if (!socket.waitForConnected(1000))
        qFatal("cannot connect to the loopback listener");
    socket.write(reinterpret_cast<const char *>(data), qint64(size));
    socket.flush();
    // A complete request is answered at once; an incomplete one is given a few milliseconds.
    QElapsedTimer timer;
    timer.start();
    QByteArray answer;
    while (timer.elapsed() < 30 && !g_fired) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        socket.waitForReadyRead(1);
        answer += socket.readAll();
    }
    socket.abort();
    QCoreApplication::processEvents();
    return 0;
}
