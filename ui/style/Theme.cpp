#include "ui/style/Theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyleFactory>

namespace plinth::ui {
namespace {

const char* const kChipStates[] = {"pending", "active", "defeated", "succeeded", "queued", "executed", "canceled", "expired"};

// State chips (ui/widgets/StateChip) and the page sections of Staking and Governance.
QString chipStyleSheet(Theme::Mode mode, const Palette& p)
{
    QString css = QStringLiteral(
        "QLabel#stateChip { border-radius: 10px; padding: 2px 10px; font-weight: 600; }\n"
        "QLabel#sectionTitle { font-size: 15px; font-weight: 600; color: %1; padding-top: 8px; }\n"
        "QLabel#mutedNote { color: %2; }\n"
        "QLabel#unverifiedNote { color: %3; font-weight: 600; }\n"
        "QFrame#card { background: %4; border: 1px solid %5; border-radius: 8px; }\n")
                      .arg(p.text.name(), p.mutedText.name(), Theme::chipColors(mode, QStringLiteral("defeated")).text.name(),
                           p.surface.name(), p.border.name());
    for (const char* state : kChipStates) {
        const ChipColors c = Theme::chipColors(mode, QLatin1String(state));
        css += QStringLiteral("QLabel#stateChip[chipState=\"%1\"] { background: %2; color: %3; }\n")
                   .arg(QLatin1String(state), c.background.name(), c.text.name());
    }
    return css;
}

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
)")
        .arg(p.surface.name(), p.border.name(), p.text.name(), p.selection.name(), p.accent.name(), p.mutedText.name());
}

} // namespace

Palette Theme::palette(Mode mode)
{
    if (mode == Mode::Dark)
        return {QColor(0x16, 0x1b, 0x24), QColor(0x1e, 0x25, 0x31), QColor(0xe6, 0xea, 0xf0), QColor(0x9a, 0xa6, 0xb8),
                QColor(0x4f, 0xc3, 0xc3), QColor(0x0b, 0x1f, 0x22), QColor(0x2c, 0x35, 0x44), QColor(0x26, 0x3a, 0x48)};
    return {QColor(0xf6, 0xf8, 0xfb), QColor(0xff, 0xff, 0xff), QColor(0x1d, 0x26, 0x33), QColor(0x5f, 0x6f, 0x86),
            QColor(0x1f, 0x7a, 0x8a), QColor(0xff, 0xff, 0xff), QColor(0xdd, 0xe3, 0xeb), QColor(0xe3, 0xf1, 0xf3)};
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
    app.setStyleSheet(styleSheet(p) + chipStyleSheet(mode, p));
}

Theme::Mode Theme::modeOf(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128 ? Mode::Dark : Mode::Light;
}

ChipColors Theme::chipColors(Mode mode, const QString& state)
{
    // Hues: blue waiting, teal open, green passed or done, violet queued, red failed, grey withdrawn.
    struct Entry {
        const char* state;
        QRgb lightBg, lightText, darkBg, darkText;
    };
    static const Entry kEntries[] = {
        {"pending", 0xe4ecfb, 0x2f4f8f, 0x22324f, 0xa9c1f0},   {"active", 0xdcf3f1, 0x106a63, 0x143b3a, 0x7fdad2},
        {"succeeded", 0xe1f4e3, 0x246b32, 0x1c3a24, 0x8fd89d}, {"executed", 0xe1f4e3, 0x246b32, 0x1c3a24, 0x8fd89d},
        {"queued", 0xede6fb, 0x5b3b9a, 0x2f2748, 0xc3b1f0},    {"defeated", 0xfbe5e3, 0x9a2f25, 0x45211f, 0xf0a49b},
        {"canceled", 0xeceff3, 0x4f5b6b, 0x2a313c, 0xa9b3c2},  {"expired", 0xeceff3, 0x4f5b6b, 0x2a313c, 0xa9b3c2},
    };
    for (const Entry& e : kEntries)
        if (state == QLatin1String(e.state))
            return mode == Mode::Dark ? ChipColors{QColor(e.darkBg), QColor(e.darkText)} : ChipColors{QColor(e.lightBg), QColor(e.lightText)};
    const Palette p = palette(mode);
    return {p.border, p.mutedText};
}

VoteColors Theme::voteColors(Mode mode)
{
    if (mode == Mode::Dark)
        return {QColor(0x5c, 0xc8, 0x7a), QColor(0xe8, 0x6f, 0x64), QColor(0x8a, 0x96, 0xa8), QColor(0x2c, 0x35, 0x44),
                QColor(0xe6, 0xea, 0xf0)};
    return {QColor(0x2e, 0x9b, 0x4e), QColor(0xc9, 0x45, 0x3a), QColor(0x9a, 0xa6, 0xb8), QColor(0xe6, 0xeb, 0xf1),
            QColor(0x1d, 0x26, 0x33)};
}

} // namespace plinth::ui
