#pragma once
// HelpDialog: the keyboard shortcuts (every one the window answers to) and About Plinth (version,
// licence, what it verifies), as two tabs. Shown with open(), never exec().
//
// Ownership: created with the main window as parent and deleted on close (WA_DeleteOnClose).
// Threading: GUI thread only.

#include <QDialog>
#include <QKeySequence>
#include <QString>

#include <vector>

class QTabWidget;
class QTableWidget;

namespace plinth::ui {

class HelpDialog : public QDialog {
    Q_OBJECT
public:
    enum Tab { Shortcuts, About };
    struct Shortcut {
        QKeySequence keys;
        QString action; // translated
    };

    HelpDialog(std::vector<Shortcut> shortcuts, Tab tab, QWidget* parent = nullptr);

    QTableWidget* shortcutTable() const { return m_table; }

private:
    QTabWidget* m_tabs;
    QTableWidget* m_table;
};

} // namespace plinth::ui
