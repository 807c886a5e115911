#pragma once

#include "graph/applicationservice.h"

#include <QLabel>
#include <QStringList>

namespace leap::ui {

// The plan of a step, one line per object: what will be created, updated, or is already right.
// A wrapped label, not a table: descriptions are sentences and must never be cut off.
class PlanView : public QLabel
{
    Q_OBJECT
public:
    explicit PlanView(QWidget *parent = nullptr);
    void setChanges(const QList<PlannedChange> &changes, bool done = false);
    void clear();
    QStringList lines() const { return m_lines; } // "Create: …" for tests and screen readers

private:
    QStringList m_lines;
};

} // namespace leap::ui
