#include "ui/UiSettings.h"

#include <QDir>

#include <algorithm>

namespace plinth::ui {
namespace {
const QString kLanguage = QStringLiteral("ui/language");
const QString kGeometry = QStringLiteral("ui/windowGeometry");
const QString kLastPage = QStringLiteral("ui/lastPage");
const QString kAutoLock = QStringLiteral("wallet/autoLockMinutes");
const QString kTheme = QStringLiteral("ui/theme");
const QString kLastAccount = QStringLiteral("ui/lastAccount");
const QString kNetwork = QStringLiteral("network/selected");
} // namespace

UiSettings::UiSettings(const QString& dataDir)
    : m_settings(QDir(dataDir).filePath(QStringLiteral("settings.ini")), QSettings::IniFormat)
{
}

QString UiSettings::language() const { return m_settings.value(kLanguage).toString(); }
void UiSettings::setLanguage(const QString& code) { m_settings.setValue(kLanguage, code); }
QByteArray UiSettings::windowGeometry() const { return m_settings.value(kGeometry).toByteArray(); }
void UiSettings::setWindowGeometry(const QByteArray& geometry) { m_settings.setValue(kGeometry, geometry); }
int UiSettings::lastPage() const { return m_settings.value(kLastPage, 0).toInt(); }
void UiSettings::setLastPage(int index) { m_settings.setValue(kLastPage, index); }

QString UiSettings::network() const { return m_settings.value(kNetwork).toString(); }
void UiSettings::setNetwork(const QString& nameOrFile) { m_settings.setValue(kNetwork, nameOrFile); }

int UiSettings::autoLockMinutes() const
{
    bool ok = false;
    const int minutes = m_settings.value(kAutoLock, 5).toInt(&ok);
    return ok && minutes >= 0 ? minutes : 5;
}
void UiSettings::setAutoLockMinutes(int minutes) { m_settings.setValue(kAutoLock, std::max(0, minutes)); }

UiSettings::ThemeChoice UiSettings::theme() const
{
    const QString v = m_settings.value(kTheme).toString();
    if (v == QLatin1String("light"))
        return ThemeChoice::Light;
    if (v == QLatin1String("dark"))
        return ThemeChoice::Dark;
    return ThemeChoice::System;
}
void UiSettings::setTheme(ThemeChoice theme)
{
    m_settings.setValue(kTheme, theme == ThemeChoice::Light ? QStringLiteral("light")
                                : theme == ThemeChoice::Dark ? QStringLiteral("dark")
                                                              : QStringLiteral("system"));
}

QString UiSettings::lastAccount() const { return m_settings.value(kLastAccount).toString(); }
void UiSettings::setLastAccount(const QString& address) { m_settings.setValue(kLastAccount, address); }

} // namespace plinth::ui
