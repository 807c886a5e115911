#pragma once

#include <QMessageBox>
#include <QString>
#include <QStringList>

class QWidget;

namespace leap::ui {

// Every modal dialog the wizard opens goes through here, so GUI tests never block (the seam
// KeePassXC uses): a test sets the next answer, and the dialog is not shown at all.
class MessageBox
{
public:
    static QMessageBox::StandardButton
    question(QWidget *parent, const QString &title, const QString &text,
             QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
             QMessageBox::StandardButton defaultButton = QMessageBox::No);
    static void information(QWidget *parent, const QString &title, const QString &text);
    static void warning(QWidget *parent, const QString &title, const QString &text);

    // Tests: the answer the next dialog returns without being shown.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // Tests: the text of the last dialog asked (shown or answered by the seam).
    static QString lastText();
    static int askedCount();

private:
    static QMessageBox::StandardButton ask(QMessageBox::Icon icon, QWidget *parent,
                                           const QString &title, const QString &text,
                                           QMessageBox::StandardButtons buttons,
                                           QMessageBox::StandardButton defaultButton);
};

// The same seam for file dialogs.
class FileDialog
{
public:
    // A Save dialog that starts in `directory` with `suggestedName`. Returns "" when cancelled.
    static QString getSaveFileName(QWidget *parent, const QString &caption,
                                   const QString &directory, const QString &suggestedName,
                                   const QString &filter);
    // Tests: the file name the next Save dialog returns without being shown (empty = cancel).
    static void setNextFileName(const QString &fileName);
    // Tests: what the last Save dialog suggested (directory + name).
    static QString lastSuggestion();
};

// A line of input (e.g. a new profile name), through the same seam.
class InputDialog
{
public:
    static QString getText(QWidget *parent, const QString &title, const QString &label,
                           const QString &text, bool *ok);
    static void setNextText(const QString &text, bool ok = true);
};

} // namespace leap::ui
