#pragma once
// Plinth's look: one palette and one spacing scale, applied to the whole application, in a light and a
// dark variant. Widgets name their role through objectName ("sidebar", "pageTitle", "topBar",
// "settingsSection") and the style sheet styles roles, so no widget hard-codes a colour. A widget that
// shows a state (the sync badge: ok, busy, error) sets the dynamic property "state" and the sheet styles
// it per state.
//
// "Follow the system" reads QStyleHints::colorScheme where Qt has it (6.5 and later); on older Qt it
// reads the lightness of the platform's window colour, captured before Plinth's own palette replaced it.
//
// Threading: GUI thread only. Ownership: stateless apart from the captured platform palette and the
// mode last applied; apply() sets the application's palette and style sheet at once (no restart).

#include "ui/UiSettings.h"

#include <QColor>
#include <QSize>
#include <QString>

#include <vector>

class QApplication;
class QIcon;
class QPalette;
class QWidget;

namespace plinth::ui {

struct Palette {
    QColor window;
    QColor surface;      // sidebar, cards, top bar
    QColor text;
    QColor mutedText;
    QColor accent;
    QColor accentText;
    QColor border;
    QColor selection;    // the checked sidebar entry
    QColor danger;       // failed sync, a lying endpoint
    QColor dangerSurface;
    QColor success;      // verified
    QColor warning;      // syncing
};

// A state chip's colours (governance proposals' states: "pending", "active", "defeated", "succeeded",
// "queued", "executed", "canceled", "expired").
struct ChipColors {
    QColor background;
    QColor text;
};

// The vote colours of quorum bars and tallies.
struct VoteColors {
    QColor forVotes;
    QColor againstVotes;
    QColor abstainVotes;
    QColor track;      // the bar's empty part
    QColor quorumMark; // the line where quorum is reached
};

class Theme {
public:
    enum class Mode { Light, Dark };
    static Palette palette(Mode mode);
    static void apply(QApplication& app, Mode mode);
    // The mode a setting means now (System: what the desktop uses).
    static Mode resolve(UiSettings::ThemeChoice choice);
    // resolve() then apply().
    static void apply(QApplication& app, UiSettings::ThemeChoice choice) { apply(app, resolve(choice)); }
    static Mode current();
    // A monochrome SVG icon (drawn with currentColor) in `colour`; by default the current palette's
    // muted text colour, so that one file reads well in both themes. Drawn at `size` (device-independent
    // pixels) for 1x and 2x screens.
    static QIcon icon(const QString& resourcePath, const QColor& colour = QColor(), QSize size = QSize(20, 20));
    // Which theme a palette is (for widgets and delegates that paint): dark when its window is dark.
    static Mode modeOf(const QPalette& palette);
    // `state` is a chip role as above; an unknown one gets the muted colours.
    static ChipColors chipColors(Mode mode, const QString& state);
    static VoteColors voteColors(Mode mode);
    // The series colours of charts, in order (the first is the accent): hues that keep apart from each
    // other and from the theme's surface.
    static std::vector<QColor> seriesColors(Mode mode);
    // Sets the style property `name` of `widget` ("state", "role") and polishes it again, so that the
    // sheet's rule for the new value applies at once (Qt reads dynamic properties only when polishing).
    static void setStyleProperty(QWidget* widget, const char* name, const QString& value);
};

} // namespace plinth::ui
