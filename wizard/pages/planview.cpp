#include "pages/planview.h"

#include "pages/widgets/uistyle.h"

namespace leap::ui {

PlanView::PlanView(QWidget *parent) : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setAccessibleName(tr("Plan"));
}

void PlanView::clear()
{
    m_lines.clear();
    QLabel::clear();
    setAccessibleDescription(QString());
}

void PlanView::setChanges(const QList<PlannedChange> &changes, bool done)
{
    m_lines.clear();
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
    for (const PlannedChange &c : changes) {
        QString action;
        QColor color = palette().color(QPalette::PlaceholderText);
        switch (c.action) {
        case PlannedChange::Action::Create:
            action = done ? tr("Created") : tr("Create");
            color = toneColor(Tone::Good, palette());
            break;
        case PlannedChange::Action::Update:
            action = done ? tr("Updated") : tr("Update");
            color = toneColor(Tone::Warning, palette());
            break;
        case PlannedChange::Action::Keep:
            action = tr("Already in place");
            break;
        }
        m_lines << action + QStringLiteral(": ") + c.description;
        html += QStringLiteral("<tr><td style=\"color:%1; white-space:nowrap; padding-right:8px\">"
                               "&#9679;&nbsp;%2</td><td>%3</td></tr>")
                    .arg(color.name(), action.toHtmlEscaped(), c.description.toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    setText(html);
    setAccessibleDescription(m_lines.join(QLatin1Char('\n')));
}

} // namespace leap::ui
