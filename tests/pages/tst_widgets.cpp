// The wizard's reusable widgets on their own: error panel, masked secret display, progress strip.

#include "pages/widgets/errorpanel.h"
#include "pages/widgets/progressstrip.h"
#include "pages/widgets/secretdisplay.h"

#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace leap;
using namespace leap::ui;

class TestWidgets : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void errorPanelShowsCauseFixAndDetails();
    void secretDisplayMasksRevealsAndClearsClipboard();
    void secretDisplayLeavesOtherClipboardText();
    void progressStripCancel();
};

void TestWidgets::errorPanelShowsCauseFixAndDetails()
{
    ErrorPanel panel;
    panel.show();
    QVERIFY(!panel.isVisible() || !panel.hasError());
    Error e = Error::make(ErrorKind::GraphRefused, QStringLiteral("Graph refused the grant."),
                          QStringLiteral("Ask a Global Administrator."));
    e.code = QStringLiteral("Authorization_RequestDenied");
    e.requestId = QStringLiteral("1234-req");
    e.httpStatus = 403;
    panel.showError(e);
    QVERIFY(panel.isVisible());
    QCOMPARE(panel.cause(), e.message);
    QCOMPARE(panel.fix(), e.fix);
    QVERIFY(!panel.detailsVisible());
    QTest::mouseClick(panel.detailsButton(), Qt::LeftButton);
    QVERIFY(panel.detailsVisible());
    QVERIFY(panel.details().contains(QStringLiteral("1234-req")));
    QTest::mouseClick(panel.copyButton(), Qt::LeftButton);
    const QString copied = QGuiApplication::clipboard()->text();
    QVERIFY(copied.contains(e.message));
    QVERIFY(copied.contains(QStringLiteral("Authorization_RequestDenied")));
    panel.clear();
    QVERIFY(!panel.isVisible());
}

void TestWidgets::secretDisplayMasksRevealsAndClearsClipboard()
{
    SecretDisplay::setClipboardClearDelay(std::chrono::milliseconds(200));
    SecretDisplay display;
    display.show();
    display.setValue(QStringLiteral("abc~secret.value_with-40-characters-xyz"));
    QCOMPARE(display.field()->echoMode(), QLineEdit::Password);
    QVERIFY(!display.isRevealed());
    QTest::mouseClick(display.revealButton(), Qt::LeftButton);
    QVERIFY(display.isRevealed());
    QTest::mouseClick(display.revealButton(), Qt::LeftButton);
    QVERIFY(!display.isRevealed());
    QTest::mouseClick(display.copyButton(), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(),
             QStringLiteral("abc~secret.value_with-40-characters-xyz"));
    QTRY_VERIFY(QGuiApplication::clipboard()->text().isEmpty());
}

void TestWidgets::secretDisplayLeavesOtherClipboardText()
{
    SecretDisplay::setClipboardClearDelay(std::chrono::milliseconds(200));
    SecretDisplay display;
    display.setValue(QStringLiteral("abc~secret.value_with-40-characters-xyz"));
    QTest::mouseClick(display.copyButton(), Qt::LeftButton);
    QGuiApplication::clipboard()->setText(QStringLiteral("something else"));
    QTest::qWait(400);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("something else"));
}

void TestWidgets::progressStripCancel()
{
    ProgressStrip strip;
    strip.show();
    QSignalSpy cancelled(&strip, &ProgressStrip::cancelRequested);
    strip.start(QStringLiteral("Waiting for the directory to replicate…"));
    QVERIFY(strip.isRunning());
    QVERIFY(strip.isVisible());
    QTest::mouseClick(strip.cancelButton(), Qt::LeftButton);
    QCOMPARE(cancelled.count(), 1);
    strip.stop();
    QVERIFY(!strip.isVisible());
}

QTEST_MAIN(TestWidgets)
#include "tst_widgets.moc"
