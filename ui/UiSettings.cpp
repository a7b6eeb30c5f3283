#include "ui/UiSettings.h"

#include <QDir>

namespace plinth::ui {
namespace {
const QString kLanguage = QStringLiteral("ui/language");
const QString kGeometry = QStringLiteral("ui/windowGeometry");
const QString kLastPage = QStringLiteral("ui/lastPage");
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

} // namespace plinth::ui
