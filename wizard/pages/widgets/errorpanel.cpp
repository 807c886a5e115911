#include "pages/widgets/errorpanel.h"

#include "pages/widgets/uistyle.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace leap::ui {

ErrorPanel::ErrorPanel(QWidget *parent) : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Problem"));
    setAutoFillBackground(true);

    m_icon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this) / 4 * 3;
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize));
    m_icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);

    m_cause = new QLabel(this);
    m_cause->setWordWrap(true);
    m_cause->setTextFormat(Qt::PlainText);
    m_cause->setFont(scaledFont(font(), 1.0, true));
    m_cause->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cause->setAccessibleName(tr("Cause"));

    m_fix = new QLabel(this);
    m_fix->setWordWrap(true);
    m_fix->setTextFormat(Qt::PlainText);
    m_fix->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fix->setAccessibleName(tr("How to fix it"));

    m_toggle = new QToolButton(this);
    m_toggle->setText(tr("&Details"));
    m_toggle->setCheckable(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setArrowType(Qt::RightArrow);
    m_toggle->setAutoRaise(true);
    m_toggle->setAccessibleName(tr("Show technical details"));

    m_copy = new QPushButton(tr("Cop&y"), this);
    m_copy->setAutoDefault(false);
    m_copy->setAccessibleName(tr("Copy the problem and its details"));
    m_copy->setToolTip(tr("Copy the message and its technical details, e.g. for a support ticket"));

    m_details = new QLabel(this);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setWordWrap(true);
    m_details->setAccessibleName(tr("Technical details"));
    m_details->setVisible(false);

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_toggle);
    buttons->addStretch(1);
    buttons->addWidget(m_copy);

    auto *grid = new QGridLayout(this);
    grid->addWidget(m_icon, 0, 0, 2, 1);
    grid->addWidget(m_cause, 0, 1);
    grid->addWidget(m_fix, 1, 1);
    grid->addLayout(buttons, 2, 1);
    grid->addWidget(m_details, 3, 1);
    grid->setColumnStretch(1, 1);

    connect(m_toggle, &QToolButton::toggled, this, &ErrorPanel::setDetailsVisible);
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(reportText()); });

    applyPalette();
    setVisible(false);
}

void ErrorPanel::showError(const Error &error)
{
    m_error = error;
    m_cause->setText(error.message);
    m_fix->setText(error.fix);
    m_fix->setVisible(!error.fix.isEmpty());
    m_details->setText(details());
    m_toggle->setChecked(false);
    setVisible(true);
}

void ErrorPanel::clear()
{
    m_error = Error {};
    m_cause->clear();
    m_fix->clear();
    m_details->clear();
    m_toggle->setChecked(false);
    setVisible(false);
}

bool ErrorPanel::detailsVisible() const
{
    return m_toggle->isChecked();
}

QString ErrorPanel::cause() const
{
    return m_cause->text();
}

QString ErrorPanel::fix() const
{
    return m_fix->text();
}

QString ErrorPanel::details() const
{
    QStringList lines;
    if (!m_error.code.isEmpty())
        lines << tr("Error code: %1").arg(m_error.code);
    if (m_error.httpStatus)
        lines << tr("HTTP status: %1").arg(m_error.httpStatus);
    if (!m_error.requestId.isEmpty())
        lines << tr("Request ID: %1").arg(m_error.requestId);
    if (!m_error.field.isEmpty())
        lines << tr("Field: %1").arg(m_error.field);
    lines << tr("Time: %1").arg(m_error.time.toUTC().toString(Qt::ISODate));
    return lines.join(QLatin1Char('\n'));
}

QString ErrorPanel::reportText() const
{
    QString text = m_error.message;
    if (!m_error.fix.isEmpty())
        text += QLatin1Char('\n') + m_error.fix;
    return text + QStringLiteral("\n\n") + details();
}

void ErrorPanel::setDetailsVisible(bool visible)
{
    m_toggle->setArrowType(visible ? Qt::DownArrow : Qt::RightArrow);
    m_details->setVisible(visible);
}

void ErrorPanel::applyPalette()
{
    // A tinted background that works on light and dark palettes: the bad tone at low alpha over
    // the window colour.
    QPalette pal = palette();
    const QColor window = QApplication::palette(this).color(QPalette::Window);
    QColor tint = toneColor(Tone::Bad, QApplication::palette(this));
    const qreal a = 0.12;
    const QColor mixed = QColor::fromRgbF(window.redF() * (1 - a) + tint.redF() * a,
                                          window.greenF() * (1 - a) + tint.greenF() * a,
                                          window.blueF() * (1 - a) + tint.blueF() * a);
    pal.setColor(QPalette::Window, mixed);
    setPalette(pal);
}

void ErrorPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::ApplicationPaletteChange)
        applyPalette();
    QFrame::changeEvent(event);
}

} // namespace leap::ui
