// Installs the product's translation and Qt's own for the language the user asked for (--lang) or,
// by default, the system locale. The .qm files are embedded at :/i18n/leap-entra-setup_<lang>.qm.
#pragma once

#include "model/error.h"

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace leap::translations {

// The languages --lang accepts: "en" (the source language) and every bundled translation.
QStringList supportedLanguages();

// --lang accepts a supported language, optionally with a region ("de", "de_AT", "pt-BR" is
// refused because there is no Portuguese translation). Empty means "the system locale".
// BadInput naming --lang otherwise (exit code 2).
VoidResult checkLanguage(const QString &lang);

// Loads and installs the translators for `lang` (or the system locale when empty) into `app`:
// the product's catalogue and, if present on this system, Qt's qtbase catalogue (so QWizard's
// Back/Next/Cancel and standard dialogs match). With --lang the default QLocale follows too, so
// dates and numbers are formatted for that language. Returns the language actually used
// ("en" when no translation applies). Translators are owned by `app`.
QString install(QCoreApplication &app, const QString &lang = {});

} // namespace leap::translations
