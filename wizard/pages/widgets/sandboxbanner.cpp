#include "pages/widgets/sandboxbanner.h"

#include "pages/widgets/uistyle.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

namespace leap::ui {

SandboxBanner::SandboxBanner(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("sandboxBanner"));
    setFrameShape(QFrame::NoFrame);
    setAutoFillBackground(true);
    auto *label = new QLabel(
        tr("<b>Sandbox</b> — an offline practice tenant. Nothing you do here reaches Microsoft."),
        this);
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    label->setAccessibleName(
        tr("Sandbox: an offline practice tenant. Nothing you do here reaches Microsoft."));
    auto *layout = new QHBoxLayout(this);
    const int m = fontMetrics().height() / 4;
    layout->setContentsMargins(m * 2, m, m * 2, m);
    layout->addWidget(label);
    applyPalette();
}

void SandboxBanner::applyPalette()
{
    const QPalette app = QApplication::palette(this);
    QPalette pal = palette();
    const QColor window = app.color(QPalette::Window);
    const QColor tint = toneColor(Tone::Warning, app);
    const qreal a = isDarkPalette(app) ? 0.22 : 0.16;
    pal.setColor(QPalette::Window, QColor::fromRgbF(window.redF() * (1 - a) + tint.redF() * a,
                                                    window.greenF() * (1 - a) + tint.greenF() * a,
                                                    window.blueF() * (1 - a) + tint.blueF() * a));
    pal.setColor(QPalette::WindowText, app.color(QPalette::WindowText));
    setPalette(pal);
}

void SandboxBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::ApplicationPaletteChange)
        applyPalette();
    QFrame::changeEvent(event);
}

} // namespace leap::ui
