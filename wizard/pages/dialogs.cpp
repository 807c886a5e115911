#include "pages/dialogs.h"

#include <QDir>
#include <QFileDialog>
#include <QInputDialog>

#include <optional>

namespace leap::ui {

namespace {
std::optional<QMessageBox::StandardButton> g_nextAnswer;
QString g_lastText;
int g_asked = 0;
std::optional<QString> g_nextFileName;
QString g_lastSuggestion;
std::optional<std::pair<QString, bool>> g_nextText;
} // namespace

QMessageBox::StandardButton MessageBox::ask(QMessageBox::Icon icon, QWidget *parent,
                                            const QString &title, const QString &text,
                                            QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton)
{
    g_lastText = text;
    ++g_asked;
    if (g_nextAnswer) {
        const auto answer = *g_nextAnswer;
        g_nextAnswer.reset();
        return answer;
    }
    QMessageBox box(icon, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

QMessageBox::StandardButton MessageBox::question(QWidget *parent, const QString &title,
                                                 const QString &text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton)
{
    return ask(QMessageBox::Question, parent, title, text, buttons, defaultButton);
}

void MessageBox::information(QWidget *parent, const QString &title, const QString &text)
{
    ask(QMessageBox::Information, parent, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBox::warning(QWidget *parent, const QString &title, const QString &text)
{
    ask(QMessageBox::Warning, parent, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    g_nextAnswer = answer;
}

QString MessageBox::lastText()
{
    return g_lastText;
}

int MessageBox::askedCount()
{
    return g_asked;
}

QString FileDialog::getSaveFileName(QWidget *parent, const QString &caption,
                                    const QString &directory, const QString &suggestedName,
                                    const QString &filter)
{
    g_lastSuggestion = QDir(directory).filePath(suggestedName);
    if (g_nextFileName) {
        const QString name = *g_nextFileName;
        g_nextFileName.reset();
        return name;
    }
    return QFileDialog::getSaveFileName(parent, caption, g_lastSuggestion, filter);
}

void FileDialog::setNextFileName(const QString &fileName)
{
    g_nextFileName = fileName;
}

QString FileDialog::lastSuggestion()
{
    return g_lastSuggestion;
}

QString InputDialog::getText(QWidget *parent, const QString &title, const QString &label,
                             const QString &text, bool *ok)
{
    if (g_nextText) {
        const auto next = *g_nextText;
        g_nextText.reset();
        if (ok)
            *ok = next.second;
        return next.first;
    }
    return QInputDialog::getText(parent, title, label, QLineEdit::Normal, text, ok);
}

void InputDialog::setNextText(const QString &text, bool ok)
{
    g_nextText = std::make_pair(text, ok);
}

} // namespace leap::ui
