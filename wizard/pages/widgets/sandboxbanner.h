#pragma once

#include <QFrame>

namespace leap::ui {

// A thin strip that says plainly that this is the offline sandbox tenant and that nothing
// reaches Microsoft. The wizard adds it; pages do not know about the sandbox.
class SandboxBanner : public QFrame
{
    Q_OBJECT
public:
    explicit SandboxBanner(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();
};

} // namespace leap::ui
