#pragma once
// Settings: a column of sections, each a framed box (objectName "settingsSection"): the network and
// its RPC endpoints (EndpointsSection), security (auto-lock minutes), appearance (theme: light, dark or
// the system's) and the interface language (switched without a restart). Another section is one
// addSection() call.
//
// Ownership: a child of the page stack; holds a reference to the UiSettings, which outlive it.
// Threading: GUI thread only. Each choice is saved in UiSettings at once; the page only asks for what
// other objects apply (languageChangeRequested, themeChangeRequested, autoLockChanged): the window
// installs the language and applies the theme, then every widget follows.

#include "ui/UiServices.h"
#include "ui/UiSettings.h"

#include <QStringList>
#include <QWidget>

class QComboBox;
class QLabel;
class QSpinBox;
class QVBoxLayout;

namespace plinth::ui {

class AccountContext;
class EndpointsSection;

class SettingsPage : public QWidget {
    Q_OBJECT
public:
    // `languages`: the codes the application ships ("en", "de", ...).
    SettingsPage(UiServices& services, AccountContext& accounts, UiSettings& settings, const QStringList& languages,
                 QWidget* parent = nullptr);

    // Appends a section below the others (a QFrame named "settingsSection" looks like the rest).
    void addSection(QWidget* section);
    EndpointsSection* endpoints() const { return m_endpoints; }

Q_SIGNALS:
    void languageChangeRequested(const QString& code);
    void themeChangeRequested(UiSettings::ThemeChoice theme);
    void autoLockChanged(int minutes);

protected:
    void changeEvent(QEvent* event) override;

private:
    QWidget* makeSection(QLabel* title, QWidget* control, QLabel* label, QLabel* hint);
    void retranslate();

    UiSettings& m_settings;
    QVBoxLayout* m_sections;
    QLabel* m_title;
    EndpointsSection* m_endpoints;
    QLabel* m_securityTitle;
    QLabel* m_autoLockLabel;
    QLabel* m_autoLockHint;
    QSpinBox* m_autoLock;
    QLabel* m_themeTitle;
    QLabel* m_themeLabel;
    QComboBox* m_theme;
    QLabel* m_languageTitle;
    QLabel* m_languageLabel;
    QComboBox* m_language;
};

} // namespace plinth::ui
