#include "app/common/Language.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

namespace plinth::app {
namespace {

// Owned here so that a second call can remove what the first installed.
std::unique_ptr<QTranslator>& appTranslator()
{
    static std::unique_ptr<QTranslator> t;
    return t;
}

std::unique_ptr<QTranslator>& qtTranslator()
{
    static std::unique_ptr<QTranslator> t;
    return t;
}

void removeInstalled()
{
    for (auto* slot : {&appTranslator(), &qtTranslator()}) {
        if (*slot) {
            QCoreApplication::removeTranslator(slot->get());
            slot->reset();
        }
    }
}

} // namespace

QStringList availableLanguages()
{
    QStringList codes{QStringLiteral("en")};
    const QDir dir(QStringLiteral(":/i18n"));
    for (const QString& file : dir.entryList({QStringLiteral("plinth_*.qm")}, QDir::Files, QDir::Name)) {
        const QString code = file.mid(7, file.size() - 10); // plinth_<code>.qm
        if (!codes.contains(code))
            codes << code;
    }
    return codes;
}

QString installLanguage(const QString& code)
{
    removeInstalled();
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    auto app = std::make_unique<QTranslator>();
    // QTranslator::load(locale, ...) tries each of the locale's UI languages, best first.
    if (!app->load(locale, QStringLiteral("plinth"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        // A language Plinth does not ship (or the C locale): English, whose file holds the plural forms
        // ("1 day", "2 days") that the sources write as "%n day(s)".
        if (app->load(QStringLiteral("plinth_en"), QStringLiteral(":/i18n"))) {
            QCoreApplication::installTranslator(app.get());
            appTranslator() = std::move(app);
        }
        return QStringLiteral("en");
    }
    const QString used = app->language();
    QCoreApplication::installTranslator(app.get());
    appTranslator() = std::move(app);

    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        qtTranslator() = std::move(qt);
    }
    return used.isEmpty() ? code : used;
}

} // namespace plinth::app
