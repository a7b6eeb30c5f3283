#pragma once
// Plinth's look: one palette and one spacing scale, applied to the whole application.
// Widgets name their role through objectName ("sidebar", "pageTitle", "emptyStateMessage") and the
// style sheet styles roles, so no widget hard-codes a colour.
//
// Threading: GUI thread only. Ownership: stateless; apply() sets the application's palette and style sheet.

#include <QColor>

class QApplication;

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
    QColor danger;       // errors and refusals
    QColor success;      // checks that passed
};

class Theme {
public:
    enum class Mode { Light, Dark };
    static Palette palette(Mode mode);
    static void apply(QApplication& app, Mode mode);
};

} // namespace plinth::ui
