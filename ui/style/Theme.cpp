#include "ui/style/Theme.h"

#include <QApplication>
#include <QFile>
#include <QIcon>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleHints>
#include <QSvgRenderer>
#include <QWidget>

#include <algorithm>
#include <cstring>
#include <optional>
#include <vector>

namespace plinth::ui {
namespace {

Theme::Mode g_current = Theme::Mode::Light;
// The platform's palette before Plinth replaced it: what "follow the system" reads on Qt < 6.5.
std::optional<QPalette> g_platformPalette;

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
    QString sheet = QStringLiteral(R"(
QWidget#sidebar { background: @surface; border-right: 1px solid @border; }
QWidget#sidebar QToolButton { padding: 8px 12px; border-radius: 8px; color: @text; text-align: left; }
QWidget#sidebar QToolButton:hover { background: @selection; }
QWidget#sidebar QToolButton:checked { background: @selection; color: @accent; font-weight: 600; }
QWidget#sidebar QToolButton:focus { outline: none; border: 1px solid @accent; }
QWidget#topBar { background: @surface; border-bottom: 1px solid @border; }
QWidget#topBar QLabel { color: @muted; }
QLabel#topBar\.network { color: @text; font-weight: 600; padding: 2px 8px; border: 1px solid @border; border-radius: 6px; }
QToolButton#topBar\.help { padding: 4px; border-radius: 6px; }
QToolButton#topBar\.help:hover { background: @selection; }
QWidget#syncBadge { border-radius: 6px; padding: 0px; }
QWidget#syncBadge[state="ok"] { background: transparent; }
QWidget#syncBadge[state="busy"] { background: transparent; }
QWidget#syncBadge[state="error"] { background: @dangerSurface; border: 1px solid @danger; }
QLabel#syncBadge\.text { color: @muted; }
QWidget#syncBadge[state="ok"] QLabel#syncBadge\.text { color: @text; }
QWidget#syncBadge[state="error"] QLabel#syncBadge\.text { color: @danger; font-weight: 600; }
QProgressBar#syncBadge\.progress { border: 1px solid @border; border-radius: 3px; background: @window; max-height: 6px; }
QProgressBar#syncBadge\.progress::chunk { background: @accent; border-radius: 3px; }
QLabel#pageTitle { font-size: 22px; font-weight: 600; color: @text; padding-bottom: 8px; }
QLabel#emptyStateMessage { font-size: 14px; color: @muted; }
QFrame#settingsSection { background: @surface; border: 1px solid @border; border-radius: 8px; }
QLabel#settingsSectionTitle { font-size: 15px; font-weight: 600; color: @text; }
QLabel#settingsHint { color: @muted; }
QLabel#settingsResult[state="error"] { color: @danger; }
QLabel#settingsResult[state="ok"] { color: @success; }
QListView, QLineEdit { border: 1px solid @border; border-radius: 6px; padding: 4px 6px; background: @surface; color: @text; }
QLineEdit:focus, QListView:focus { border: 1px solid @accent; }
QPushButton { border: 1px solid @border; border-radius: 6px; padding: 5px 12px; background: @surface; color: @text; }
QPushButton:hover { border-color: @accent; }
QPushButton:focus { border-color: @accent; }
QPushButton:default { border-color: @accent; }
QPushButton:disabled { color: @muted; }
QStatusBar { background: @surface; border-top: 1px solid @border; color: @muted; }
QFrame[role="card"] { background: @surface; border: 1px solid @border; border-radius: 12px; }
QLabel[role="cardTitle"] { font-size: 13px; font-weight: 600; color: @muted; }
QLabel[role="cardMessage"] { font-size: 13px; color: @muted; padding: 16px; }
QLabel[role="cardMessage"][state="error"] { color: @danger; }
QLabel[role="bigFigure"] { font-size: 20px; font-weight: 600; color: @text; }
QLabel[role="figure"] { font-size: 13px; color: @text; }
QLabel[role="caption"] { font-size: 12px; color: @muted; }
QLabel[role="verdict"] { font-size: 12px; color: @accent; padding-top: 8px; }
QLabel[role="verdict"][balanced="false"] { color: @danger; }
QListWidget[role="cardList"] { background: transparent; color: @text; }
QListWidget[role="cardList"]::item { padding: 4px 0; border-bottom: 1px solid @border; }
QPushButton[role="primary"] { background: @accent; color: @accentText; border: none; border-radius: 6px; padding: 6px 16px; font-weight: 600; }
QPushButton[role="primary"]:disabled { background: @border; color: @muted; }
QStatusBar QLabel { padding: 2px 8px; }
QLabel[plinthRole="sectionTitle"] { font-size: 16px; font-weight: 600; color: @text; }
QLabel[plinthRole="stateMessage"] { font-size: 14px; color: @muted; padding: 16px; }
QLabel[plinthRole="fieldLabel"] { color: @muted; }
QLabel[plinthRole="caption"] { color: @muted; font-size: 12px; }
QLabel[plinthRole="error"] { color: @danger; }
QLabel[plinthRole="checkPassed"] { color: @success; }
QLabel[plinthRole="checkFailed"] { color: @danger; }
QTableView { background: @surface; border: 1px solid @border; border-radius: 8px; gridline-color: @border; }
QHeaderView::section { background: @surface; color: @muted; border: none; border-bottom: 1px solid @border; padding: 4px 8px; }
QMenu { background: @surface; color: @text; border: 1px solid @border; }
QMenu::item:selected { background: @selection; }
QToolTip { background: @surface; color: @text; border: 1px solid @border; }
QLabel[role="error"] { color: @danger; }
QLabel[role="ok"] { color: @success; }
QLabel#hint { color: @muted; }
QLabel#warningText { color: @warning; font-weight: 600; }
QLabel#sectionTitle { font-size: 16px; font-weight: 600; color: @text; }
QProgressBar#strengthBar { border: none; border-radius: 3px; background: @border; }
QProgressBar#strengthBar[level="veryWeak"]::chunk, QProgressBar#strengthBar[level="weak"]::chunk { background: @danger; border-radius: 3px; }
QProgressBar#strengthBar[level="fair"]::chunk { background: @warning; border-radius: 3px; }
QProgressBar#strengthBar[level="strong"]::chunk { background: @success; border-radius: 3px; }
QLabel#strengthText { color: @muted; }
QRadioButton { color: @text; spacing: 8px; }
QRadioButton::indicator { width: 14px; height: 14px; border: 1px solid @muted; border-radius: 8px; background: @surface; }
QRadioButton::indicator:hover, QRadioButton::indicator:focus { border-color: @accent; }
QRadioButton::indicator:checked { border-color: @accent; background: qradialgradient(cx:0.5, cy:0.5, radius:0.5, fx:0.5, fy:0.5, stop:0 @accent, stop:0.55 @accent, stop:0.65 @surface, stop:1 @surface); }
QRadioButton::indicator:disabled { border-color: @border; background: @window; }
QRadioButton:disabled { color: @muted; }
QPlainTextEdit, QTextEdit { border: 1px solid @border; border-radius: 6px; padding: 2px; background: @surface; color: @text; }
QPlainTextEdit:focus, QTextEdit:focus { border-color: @accent; }
/* A group box's title takes the section title style. Qt ignores font properties on ::title: the box's
   own font is the title's, and style sheet fonts do not pass to the children, which keep theirs. */
QGroupBox { border: 1px solid @border; border-radius: 8px; margin-top: 24px; padding: 12px 8px 8px 8px; background: @surface; font-size: 15px; font-weight: 600; }
QGroupBox::title { subcontrol-origin: margin; subcontrol-position: top left; left: 2px; padding: 0 4px 4px 4px; color: @text; }
QTabWidget::pane { border: 1px solid @border; border-radius: 8px; background: @surface; top: -1px; }
QTabBar::tab { background: @window; color: @muted; border: 1px solid @border; border-bottom: none; border-top-left-radius: 6px; border-top-right-radius: 6px; padding: 6px 14px; margin-right: 2px; }
QTabBar::tab:selected { background: @surface; color: @text; }
QTabBar::tab:hover { color: @text; }
QTabBar::tab:focus { color: @accent; }
QFrame#confirm\.step { background: @surface; border: 1px solid @border; border-radius: 8px; }
QLabel#confirm\.summary { font-size: 16px; font-weight: 600; color: @text; padding-bottom: 4px; }
QLabel#confirm\.stepTitle, QLabel#confirm\.stepNumber { font-weight: 600; color: @text; }
QLabel#confirm\.stepFees, QLabel#confirm\.stepState { color: @muted; }
QLabel#confirm\.stepSimulation[state="fails"], QLabel#confirm\.status[state="blocked"] { color: @danger; }
QLabel#unlock\.message[state="busy"] { color: @muted; }
QLabel#backup\.mnemonic { font-size: 15px; font-weight: 600; color: @text; padding: 4px 0; }
/* The first-run wizard's header (QWizard ModernStyle): Qt gives its labels no names, so they are found
   by place: the title and the subtitle (the one that wraps) are the labels three levels under the wizard. */
QWizard > QWidget > QWidget > QLabel { color: @text; font-size: 16px; font-weight: 600; padding-top: 4px; }
QWizard > QWidget > QWidget > QLabel[wordWrap="true"] { color: @muted; font-size: 13px; font-weight: normal; padding-top: 2px; }
)");
    const std::pair<const char*, QColor> roles[] = {
        {"@surface", p.surface},   {"@border", p.border},       {"@text", p.text},
        {"@selection", p.selection}, {"@accent", p.accent},     {"@muted", p.mutedText},
        {"@window", p.window},     {"@dangerSurface", p.dangerSurface}, {"@danger", p.danger},
        {"@success", p.success},   {"@accentText", p.accentText}, {"@warning", p.warning},
    };
    // Longest names first, so that a name is never replaced inside a longer one ("@accent" in "@accentText").
    std::vector<std::pair<const char*, QColor>> ordered(std::begin(roles), std::end(roles));
    std::sort(ordered.begin(), ordered.end(),
              [](const auto& x, const auto& y) { return std::strlen(x.first) > std::strlen(y.first); });
    for (const auto& [name, colour] : ordered)
        sheet.replace(QLatin1String(name), colour.name());
    return sheet;
}


} // namespace

Palette Theme::palette(Mode mode)
{
    Palette p;
    if (mode == Mode::Dark) {
        p.window = QColor(0x16, 0x1b, 0x24);
        p.surface = QColor(0x1e, 0x25, 0x31);
        p.text = QColor(0xe6, 0xea, 0xf0);
        p.mutedText = QColor(0x9a, 0xa6, 0xb8);
        p.accent = QColor(0x4f, 0xc3, 0xc3);
        p.accentText = QColor(0x0b, 0x1f, 0x22);
        p.border = QColor(0x2c, 0x35, 0x44);
        p.selection = QColor(0x26, 0x3a, 0x48);
        p.danger = QColor(0xff, 0x7b, 0x72);
        p.dangerSurface = QColor(0x3a, 0x1f, 0x24);
        p.success = QColor(0x5f, 0xd0, 0x8e);
        p.warning = QColor(0xe3, 0xb3, 0x41);
        return p;
    }
    p.window = QColor(0xf6, 0xf8, 0xfb);
    p.surface = QColor(0xff, 0xff, 0xff);
    p.text = QColor(0x1d, 0x26, 0x33);
    p.mutedText = QColor(0x5f, 0x6f, 0x86);
    p.accent = QColor(0x1f, 0x7a, 0x8a);
    p.accentText = QColor(0xff, 0xff, 0xff);
    p.border = QColor(0xdd, 0xe3, 0xeb);
    p.selection = QColor(0xe3, 0xf1, 0xf3);
    p.danger = QColor(0xc6, 0x28, 0x28);
    p.dangerSurface = QColor(0xfd, 0xec, 0xec);
    p.success = QColor(0x1e, 0x8e, 0x4f);
    p.warning = QColor(0xa8, 0x6b, 0x00);
    return p;
}

void Theme::apply(QApplication& app, Mode mode)
{
    if (!g_platformPalette)
        g_platformPalette = QGuiApplication::palette();
    const Palette p = palette(mode);
    if (!app.style() || app.style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) != 0)
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
    qp.setColor(QPalette::Light, p.surface.lighter(120));
    qp.setColor(QPalette::Mid, p.border);
    qp.setColor(QPalette::Dark, p.border.darker(130));
    qp.setColor(QPalette::Disabled, QPalette::Text, p.mutedText);
    qp.setColor(QPalette::Disabled, QPalette::ButtonText, p.mutedText);
    qp.setColor(QPalette::Disabled, QPalette::WindowText, p.mutedText);
    g_current = mode;
    app.setPalette(qp);
    // The chips come last: their section titles win over the status rules' (as they did before).
    app.setStyleSheet(styleSheet(p) + chipStyleSheet(mode, p));
}

Theme::Mode Theme::resolve(UiSettings::ThemeChoice choice)
{
    if (choice == UiSettings::ThemeChoice::Light)
        return Mode::Light;
    if (choice == UiSettings::ThemeChoice::Dark)
        return Mode::Dark;
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    switch (QGuiApplication::styleHints()->colorScheme()) {
    case Qt::ColorScheme::Dark:
        return Mode::Dark;
    case Qt::ColorScheme::Light:
        return Mode::Light;
    default:
        break;
    }
#endif
    const QPalette platform = g_platformPalette ? *g_platformPalette : QGuiApplication::palette();
    return platform.color(QPalette::Window).lightness() < 128 ? Mode::Dark : Mode::Light;
}

Theme::Mode Theme::current() { return g_current; }

QIcon Theme::icon(const QString& resourcePath, const QColor& colour, QSize size)
{
    QFile file(resourcePath);
    if (!file.open(QIODevice::ReadOnly))
        return QIcon(resourcePath);
    const QColor ink = colour.isValid() ? colour : palette(g_current).mutedText;
    QByteArray svg = file.readAll(); // a few hundred bytes compiled into the binary, not the disk
    svg.replace("currentColor", ink.name().toLatin1());
    QSvgRenderer renderer(svg);
    QIcon icon;
    for (qreal dpr : {1.0, 2.0}) {
        QPixmap pixmap(size * dpr);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        renderer.render(&painter);
        painter.end();
        pixmap.setDevicePixelRatio(dpr);
        icon.addPixmap(pixmap);
    }
    return icon;
}

void Theme::setStyleProperty(QWidget* widget, const char* name, const QString& value)
{
    if (!widget || widget->property(name).toString() == value)
        return;
    widget->setProperty(name, value);
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
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

std::vector<QColor> Theme::seriesColors(Mode mode)
{
    // Teal (the accent), orange, violet, green, rose, blue; lighter in dark so that they read on its surface.
    static const QRgb kLight[] = {0x1f7a8a, 0xe08a2e, 0x6b5bc9, 0x3fa35b, 0xc94f6d, 0x4f8fd6};
    static const QRgb kDark[] = {0x4fc3c3, 0xf0a14b, 0x9d8df0, 0x5fd08e, 0xf07a96, 0x7fb2f0};
    std::vector<QColor> out;
    for (QRgb c : mode == Mode::Dark ? kDark : kLight)
        out.emplace_back(c);
    return out;
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
