#pragma once
// Loads Plinth's translations (built into the binary from translations/*.ts) and Qt's own.
// Threading: GUI/main thread only (it installs translators on the application object).

#include <QLocale>
#include <QString>
#include <QStringList>

namespace plinth::app {

// Language codes Plinth ships, e.g. {"en", "de"}; "en" is the source language.
QStringList availableLanguages();

// Installs the translators for `code` ("de", "de_DE"), replacing any installed before, so a running app
// can switch language. An empty code means the system's languages, best match first.
// Returns the code actually in use ("en" when nothing better matched).
QString installLanguage(const QString& code);

} // namespace plinth::app
