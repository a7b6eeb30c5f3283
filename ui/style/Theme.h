#pragma once
// Plinth's look: one palette and one spacing scale, applied to the whole application.
// Widgets name their role through objectName ("sidebar", "pageTitle", "emptyStateMessage") and the
// style sheet styles roles, so no widget hard-codes a colour.
//
// Threading: GUI thread only. Ownership: stateless; apply() sets the application's palette and style sheet.

#include <QColor>
#include <QString>

class QApplication;
class QPalette;

namespace plinth::ui {

struct Palette {
    QColor window;
    QColor surface;      // sidebar, cards
    QColor text;
    QColor mutedText;
    QColor accent;
    QColor accentText;
    QColor border;
    QColor selection;    // the checked sidebar entry
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
    // Which theme a palette is (for widgets and delegates that paint): dark when its window is dark.
    static Mode modeOf(const QPalette& palette);
    // `state` is a chip role as above; an unknown one gets the muted colours.
    static ChipColors chipColors(Mode mode, const QString& state);
    static VoteColors voteColors(Mode mode);
};

} // namespace plinth::ui
