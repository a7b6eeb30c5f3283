#pragma once
// The navigation column of the main window: one checkable entry per page, exactly one checked.
// Entries are found by objectName "nav.<id>" (tests, accessibility tools). Icons are monochrome SVGs
// drawn with currentColor, recoloured for the theme (Theme::icon): muted, the accent when checked.
//
// Ownership: a child of the main window. Threading: GUI thread only.

#include <QString>
#include <QWidget>

#include <vector>

class QButtonGroup;
class QToolButton;
class QVBoxLayout;

namespace plinth::ui {

class Sidebar : public QWidget {
    Q_OBJECT
public:
    explicit Sidebar(QWidget* parent = nullptr);

    // Appends an entry; returns its index. `iconPath` is a resource path to an SVG.
    int addEntry(const QString& id, const QString& iconPath);
    void setEntryText(int index, const QString& text, const QString& toolTip);
    void setCurrentIndex(int index);
    int currentIndex() const;
    int count() const { return static_cast<int>(m_buttons.size()); }

Q_SIGNALS:
    void currentIndexChanged(int index);

protected:
    // The icons are drawn in the palette's colours: redrawn when the theme changes.
    void changeEvent(QEvent* event) override;

private:
    void paintIcons();
    void paintIcon(std::size_t index);

    QVBoxLayout* m_layout;
    QButtonGroup* m_group;
    std::vector<QToolButton*> m_buttons;
    std::vector<QString> m_iconPaths;
    int m_iconMode = -1; // the Theme::Mode the icons were drawn for
};

} // namespace plinth::ui
