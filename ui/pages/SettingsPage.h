#pragma once
// Settings: for now the interface language, switchable without a restart.
//
// Ownership: a child of the page stack. Threading: GUI thread only. The page only asks for a language
// (languageChangeRequested); the application installs it, then every widget retranslates itself.

#include <QStringList>
#include <QWidget>

class QComboBox;
class QLabel;

namespace plinth::ui {

class SettingsPage : public QWidget {
    Q_OBJECT
public:
    // `languages`: the codes the application ships ("en", "de", ...); `current`: "" for the system's.
    SettingsPage(const QStringList& languages, const QString& current, QWidget* parent = nullptr);
    // Adds a section (the backup panel) below the others; the page takes ownership.
    void addSection(QWidget* section);

Q_SIGNALS:
    void languageChangeRequested(const QString& code);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* m_title;
    QLabel* m_languageLabel;
    QComboBox* m_language;
};

} // namespace plinth::ui
