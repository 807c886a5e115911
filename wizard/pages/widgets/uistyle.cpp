#include "pages/widgets/uistyle.h"

#include <QLabel>

namespace leap::ui {

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

QColor toneColor(Tone tone, const QPalette &palette)
{
    const bool dark = isDarkPalette(palette);
    switch (tone) {
    case Tone::Neutral:
        return palette.color(QPalette::WindowText);
    case Tone::Good:
        return dark ? QColor(0x7d, 0xd3, 0x8a) : QColor(0x1b, 0x6e, 0x2a);
    case Tone::Warning:
        return dark ? QColor(0xf2, 0xc0, 0x5c) : QColor(0x8a, 0x5a, 0x00);
    case Tone::Bad:
        return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x1f, 0x1a);
    }
    return palette.color(QPalette::WindowText);
}

QFont scaledFont(const QFont &base, qreal factor, bool bold)
{
    QFont f = base;
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * factor);
    else if (f.pixelSize() > 0)
        f.setPixelSize(qRound(f.pixelSize() * factor));
    f.setBold(bold);
    return f;
}

QLabel *makeTextLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace leap::ui
