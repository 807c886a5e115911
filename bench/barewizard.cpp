// The practical floor for start-up: a bare two-page QWizard built in the same tree with the same
// flags as leap-entra-setup. It links the same first-paint probe (app/benchhook.cpp), so the
// benchmark times both the same way. Nothing else: no network, no keychain, no translations.
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>
#include <QWizard>
#include <QWizardPage>

namespace {

QWizardPage *makePage(const QString &title, const QString &text, bool withField)
{
    auto *page = new QWizardPage;
    page->setTitle(title);
    auto *layout = new QVBoxLayout(page);
    auto *label = new QLabel(text);
    label->setWordWrap(true);
    layout->addWidget(label);
    if (withField)
        layout->addWidget(new QLineEdit);
    return page;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QWizard wizard;
    wizard.setWindowTitle(QStringLiteral("Bare wizard"));
    wizard.addPage(makePage(QStringLiteral("Welcome"),
                            QStringLiteral("A bare QWizard: the start-up floor for the benchmark."),
                            false));
    wizard.addPage(makePage(QStringLiteral("Details"), QStringLiteral("Type something."), true));
    wizard.show();
    return app.exec();
}
