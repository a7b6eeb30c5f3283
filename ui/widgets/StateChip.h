#pragma once
// StateChip: a proposal's state as a small rounded label ("Active", "Defeated"...). Its colours come from
// the theme: the chip names its role by objectName "stateChip" and the property chipState (the stable
// state name), which the application's style sheet (style/Theme) styles for light and dark.
//
// Ownership: Qt parent. Threading: GUI thread only. Errors: none.

#include "wallet/network/ProposalState.h"

#include <QLabel>

namespace plinth::ui {

class StateChip : public QLabel {
    Q_OBJECT
public:
    explicit StateChip(QWidget* parent = nullptr);
    void setState(ProposalState state);

    // The state in the user's words ("Succeeded"), and the stable role name ("succeeded").
    static QString stateText(ProposalState state);
    static QString role(ProposalState state);
};

} // namespace plinth::ui
