#pragma once
// What the Staking and Governance pages share around a transaction: the network token's units for the
// amounts they show, and the confirmation flow of one of their actions: TransactionConfirmDialog for the
// current account, then a sentence in the page's status label and one sync run, so the tables show the
// change as soon as its block is verified rather than at the next follow run.
//
// Ownership: the dialog is a child of `page` and deletes itself on close. Threading: GUI thread only;
// the sync's answer comes back through onGui(page). Errors: said in `status` in a sentence.

#include "ui/UiServices.h"
#include "ui/models/SnapshotTableModel.h"
#include "wallet/api/NetworkActions.h"

#include <functional>

class QLabel;
class QWidget;

namespace plinth::ui {

// The profile's token (symbol, decimals); the defaults without a network.
TokenUnits tokenUnits(const UiServices& services);

// Opens the confirmation of `action` from `from`; `reload` runs once the sync after it answered.
void confirmAction(QWidget* page, UiServices& services, const Address& from, NetworkAction action, QLabel* status,
                   std::function<void()> reload);

} // namespace plinth::ui
