#include "pages/widgets/progressstrip.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSizePolicy>

namespace leap::ui {

ProgressStrip::ProgressStrip(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_bar = new QProgressBar(this);
    m_bar->setRange(0, 0); // busy: the services report phases, not percentages
    m_bar->setTextVisible(false);
    m_bar->setMaximumWidth(fontMetrics().averageCharWidth() * 14);
    m_bar->setAccessibleName(tr("Progress"));
    m_label = new QLabel(this);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setAccessibleName(tr("Current operation"));
    m_cancel = new QPushButton(tr("&Cancel"), this);
    m_cancel->setAccessibleName(tr("Cancel the running operation"));
    m_cancel->setAutoDefault(false);
    layout->addWidget(m_bar);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, this, &ProgressStrip::cancelRequested);

    QSizePolicy sp = sizePolicy();
    sp.setRetainSizeWhenHidden(true);
    setSizePolicy(sp);
    setVisible(false);
}

void ProgressStrip::start(const QString &text)
{
    m_running = true;
    m_label->setText(text);
    m_cancel->setEnabled(true);
    setVisible(true);
}

void ProgressStrip::setText(const QString &text)
{
    m_label->setText(text);
}

void ProgressStrip::stop()
{
    m_running = false;
    setVisible(false);
}

QString ProgressStrip::text() const
{
    return m_label->text();
}

} // namespace leap::ui
