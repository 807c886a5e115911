#include "pages/widgets/secretdisplay.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>

namespace leap::ui {

namespace {
std::chrono::milliseconds g_clearDelay = std::chrono::seconds(60);
}

void SecretDisplay::setClipboardClearDelay(std::chrono::milliseconds delay)
{
    g_clearDelay = delay;
}

std::chrono::milliseconds SecretDisplay::clipboardClearDelay()
{
    return g_clearDelay;
}

SecretDisplay::SecretDisplay(QWidget *parent) : QWidget(parent)
{
    m_field = new QLineEdit(this);
    m_field->setReadOnly(true);
    m_field->setEchoMode(QLineEdit::Password);
    m_field->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_field->setAccessibleName(tr("Client secret value"));
    // The field must not hand the value to the clipboard behind Copy's back (Ctrl+C, context
    // menu): Copy is the one path, and it arms the clearing timer.
    m_field->setContextMenuPolicy(Qt::NoContextMenu);

    m_reveal = new QPushButton(tr("&Reveal"), this);
    m_reveal->setCheckable(true);
    m_reveal->setAutoDefault(false);
    m_reveal->setAccessibleName(tr("Reveal the client secret value"));
    m_copy = new QPushButton(tr("C&opy value"), this);
    m_copy->setAutoDefault(false);
    m_copy->setAccessibleName(tr("Copy the client secret value"));
    m_copy->setToolTip(
        tr("The clipboard is cleared again after %n second(s).", nullptr,
           int(std::chrono::duration_cast<std::chrono::seconds>(g_clearDelay).count())));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_field, 1);
    layout->addWidget(m_reveal);
    layout->addWidget(m_copy);

    m_clearTimer = new QTimer(this);
    m_clearTimer->setSingleShot(true);
    connect(m_clearTimer, &QTimer::timeout, this, &SecretDisplay::clearClipboardIfStillOurs);
    connect(m_reveal, &QPushButton::toggled, this, [this](bool on) {
        m_field->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
        m_reveal->setText(on ? tr("&Hide") : tr("&Reveal"));
    });
    connect(m_copy, &QPushButton::clicked, this, &SecretDisplay::copyToClipboard);
}

SecretDisplay::~SecretDisplay()
{
    // Leaving the page (or closing the window) must not leave the value on the clipboard for
    // the rest of the delay.
    clearClipboardIfStillOurs();
    m_value.fill(QLatin1Char('\0'));
}

void SecretDisplay::setValue(const QString &value)
{
    m_value = value;
    m_field->setText(value);
    m_reveal->setChecked(false);
}

void SecretDisplay::clearValue()
{
    clearClipboardIfStillOurs();
    m_value.fill(QLatin1Char('\0'));
    m_value.clear();
    m_field->clear();
    m_reveal->setChecked(false);
}

bool SecretDisplay::isRevealed() const
{
    return m_field->echoMode() == QLineEdit::Normal;
}

bool SecretDisplay::hasValue() const
{
    return !m_value.isEmpty();
}

void SecretDisplay::copyToClipboard()
{
    if (m_value.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(m_value);
    m_clearTimer->start(g_clearDelay);
    Q_EMIT copied();
}

void SecretDisplay::clearClipboardIfStillOurs()
{
    m_clearTimer->stop();
    if (m_value.isEmpty())
        return;
    QClipboard *clipboard = QGuiApplication::clipboard();
    // Only our value: the administrator may have copied something else since.
    if (clipboard->text() == m_value)
        clipboard->clear();
}

} // namespace leap::ui
