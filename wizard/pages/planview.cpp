#include "pages/planview.h"

#include "pages/widgets/uistyle.h"

#include <QHeaderView>

namespace leap::ui {

PlanView::PlanView(QWidget *parent) : QTreeWidget(parent)
{
    setColumnCount(2);
    setHeaderLabels({tr("Action"), tr("What")});
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::NoSelection);
    setFocusPolicy(Qt::TabFocus);
    setWordWrap(true);
    header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header()->setStretchLastSection(true);
    setAccessibleName(tr("Plan"));
}

void PlanView::setChanges(const QList<PlannedChange> &changes, bool done)
{
    clear();
    for (const PlannedChange &c : changes) {
        QString action;
        Tone tone = Tone::Neutral;
        switch (c.action) {
        case PlannedChange::Action::Create:
            action = done ? tr("Created") : tr("Create");
            tone = Tone::Good;
            break;
        case PlannedChange::Action::Update:
            action = done ? tr("Updated") : tr("Update");
            tone = Tone::Warning;
            break;
        case PlannedChange::Action::Keep:
            action = tr("Already in place");
            break;
        }
        auto *item = new QTreeWidgetItem(this, {action, c.description});
        item->setToolTip(1, c.description);
        if (tone != Tone::Neutral)
            item->setForeground(0, toneColor(tone, palette()));
        else
            item->setForeground(0, palette().color(QPalette::PlaceholderText));
    }
    setAccessibleDescription(lines().join(QLatin1Char('\n')));
}

QStringList PlanView::lines() const
{
    QStringList out;
    for (int i = 0; i < topLevelItemCount(); ++i)
        out << topLevelItem(i)->text(0) + QStringLiteral(": ") + topLevelItem(i)->text(1);
    return out;
}

} // namespace leap::ui
