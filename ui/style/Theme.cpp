#include "ui/style/Theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyleFactory>

namespace plinth::ui {
namespace {

// The spacing scale is 4 px based: 4, 8, 12, 16, 24, 32.
QString styleSheet(const Palette& p)
{
    return QStringLiteral(R"(
QWidget#sidebar { background: %1; border-right: 1px solid %2; }
QWidget#sidebar QToolButton { padding: 8px 12px; border-radius: 8px; color: %3; text-align: left; }
QWidget#sidebar QToolButton:hover { background: %4; }
QWidget#sidebar QToolButton:checked { background: %4; color: %5; font-weight: 600; }
QWidget#sidebar QToolButton:focus { outline: none; border: 1px solid %5; }
QLabel#pageTitle { font-size: 22px; font-weight: 600; color: %3; padding-bottom: 8px; }
QLabel#emptyStateMessage { font-size: 14px; color: %6; }
QStatusBar { background: %1; border-top: 1px solid %2; color: %6; }
QStatusBar QLabel { padding: 2px 8px; }
QLabel[plinthRole="sectionTitle"] { font-size: 16px; font-weight: 600; color: %3; }
QLabel[plinthRole="stateMessage"] { font-size: 14px; color: %6; padding: 16px; }
QLabel[plinthRole="fieldLabel"] { color: %6; }
QLabel[plinthRole="caption"] { color: %6; font-size: 12px; }
QLabel[plinthRole="error"] { color: %7; }
QLabel[plinthRole="checkPassed"] { color: %8; }
QLabel[plinthRole="checkFailed"] { color: %7; }
QTableView { background: %1; border: 1px solid %2; border-radius: 8px; gridline-color: %2; }
QHeaderView::section { background: %1; color: %6; border: none; border-bottom: 1px solid %2; padding: 4px 8px; }
)")
        .arg(p.surface.name(), p.border.name(), p.text.name(), p.selection.name(), p.accent.name(), p.mutedText.name(),
             p.danger.name(), p.success.name());
}

} // namespace

Palette Theme::palette(Mode mode)
{
    if (mode == Mode::Dark)
        return {QColor(0x16, 0x1b, 0x24), QColor(0x1e, 0x25, 0x31), QColor(0xe6, 0xea, 0xf0), QColor(0x9a, 0xa6, 0xb8),
                QColor(0x4f, 0xc3, 0xc3), QColor(0x0b, 0x1f, 0x22), QColor(0x2c, 0x35, 0x44), QColor(0x26, 0x3a, 0x48),
                QColor(0xf2, 0x7d, 0x72), QColor(0x6f, 0xcf, 0x97)};
    return {QColor(0xf6, 0xf8, 0xfb), QColor(0xff, 0xff, 0xff), QColor(0x1d, 0x26, 0x33), QColor(0x5f, 0x6f, 0x86),
            QColor(0x1f, 0x7a, 0x8a), QColor(0xff, 0xff, 0xff), QColor(0xdd, 0xe3, 0xeb), QColor(0xe3, 0xf1, 0xf3),
            QColor(0xb4, 0x23, 0x18), QColor(0x1e, 0x7b, 0x45)};
}

void Theme::apply(QApplication& app, Mode mode)
{
    const Palette p = palette(mode);
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette qp;
    qp.setColor(QPalette::Window, p.window);
    qp.setColor(QPalette::WindowText, p.text);
    qp.setColor(QPalette::Base, p.surface);
    qp.setColor(QPalette::AlternateBase, p.window);
    qp.setColor(QPalette::Text, p.text);
    qp.setColor(QPalette::Button, p.surface);
    qp.setColor(QPalette::ButtonText, p.text);
    qp.setColor(QPalette::Highlight, p.accent);
    qp.setColor(QPalette::HighlightedText, p.accentText);
    qp.setColor(QPalette::PlaceholderText, p.mutedText);
    qp.setColor(QPalette::ToolTipBase, p.surface);
    qp.setColor(QPalette::ToolTipText, p.text);
    qp.setColor(QPalette::Link, p.accent);
    qp.setColor(QPalette::Disabled, QPalette::Text, p.mutedText);
    qp.setColor(QPalette::Disabled, QPalette::ButtonText, p.mutedText);
    qp.setColor(QPalette::Disabled, QPalette::WindowText, p.mutedText);
    app.setPalette(qp);
    app.setStyleSheet(styleSheet(p));
}

} // namespace plinth::ui
