#pragma once

#include <QColor>
#include <QFont>
#include <QPalette>

class QLabel;
class QWidget;

namespace leap::ui {

// Status colours that stay readable on light and dark palettes: the hue is fixed, the lightness
// follows the window colour. Widgets never hard-code a colour for text on the palette's base.
enum class Tone { Neutral, Good, Warning, Bad };
QColor toneColor(Tone tone, const QPalette &palette);
bool isDarkPalette(const QPalette &palette);

// A font relative to the widget's own (so text scales with the system font), never in pixels.
QFont scaledFont(const QFont &base, qreal factor, bool bold = false);

// Plain, word-wrapped label for explanatory text.
QLabel *makeTextLabel(const QString &text, QWidget *parent = nullptr);

} // namespace leap::ui
