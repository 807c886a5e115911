#pragma once

#include "graph/applicationservice.h"

#include <QTreeWidget>

namespace leap::ui {

// The plan of a step, one line per object: what will be created, updated, or is already right.
class PlanView : public QTreeWidget
{
    Q_OBJECT
public:
    explicit PlanView(QWidget *parent = nullptr);
    void setChanges(const QList<PlannedChange> &changes, bool done = false);
    QStringList lines() const; // "create: …" for tests and the accessible description
};

} // namespace leap::ui
