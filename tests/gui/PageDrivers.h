#pragma once
// How the staking and governance GUI tests drive the same controls: every model of the Staking page
// (its own and the views' proxies) under QAbstractItemModelTester, opening a StakeDialog from one of
// the page's buttons, selecting an unbonding entry in the Staking page's sorted table as a click would,
// and selecting a proposal in the Governance page's list until its detail is shown.
//
// Threading: the test's (GUI) thread; the waits spin the event loop. Ownership: the testers are
// children of the page. Errors: openStakeDialog() returns null and selectProposal() false when the
// control never became usable in time.

#include "GuiDevnet.h"
#include "ui/dialogs/StakeDialog.h"
#include "ui/models/ProposalsModel.h"
#include "ui/models/SlashesModel.h"
#include "ui/models/StakesModel.h"
#include "ui/models/UnbondingsModel.h"
#include "ui/pages/GovernancePage.h"
#include "ui/pages/StakingPage.h"
#include "ui/widgets/ProposalDetailPanel.h"

#include <QAbstractItemModelTester>
#include <QListView>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>

namespace plinth::test {

inline void attachStakingTesters(ui::StakingPage& page)
{
    using Tester = QAbstractItemModelTester;
    for (QAbstractItemModel* m : std::initializer_list<QAbstractItemModel*>{page.stakesModel(), page.unbondingsModel(), page.slashesModel()})
        new Tester(m, Tester::FailureReportingMode::Fatal, &page);
    for (QTableView* v : page.findChildren<QTableView*>())
        new Tester(v->model(), Tester::FailureReportingMode::Fatal, &page);
}

// Clicks the page's `button` ("staking.stake", "staking.delegate", "staking.unstake") once it is enabled.
inline ui::StakeDialog* openStakeDialog(ui::StakingPage& page, const QString& button)
{
    auto* b = page.findChild<QPushButton*>(button);
    if (!b || !spinUntil([&] { return b->isEnabled(); }, std::chrono::seconds(30)))
        return nullptr;
    QTest::mouseClick(b, Qt::LeftButton);
    return page.findChild<ui::StakeDialog*>();
}

// Selects the unbonding entry `id` in the page's sorted view, as a click would; false when it is not
// listed.
inline bool selectUnbonding(ui::StakingPage& page, const UInt256& id)
{
    auto* view = page.findChild<QTableView*>(QStringLiteral("staking.unbondings"));
    auto* proxy = view ? qobject_cast<QSortFilterProxyModel*>(view->model()) : nullptr;
    const int row = page.unbondingsModel()->rowOf(id);
    if (!proxy || row < 0)
        return false;
    view->selectRow(proxy->mapFromSource(page.unbondingsModel()->index(row, 0)).row());
    return true;
}

inline bool selectProposal(ui::GovernancePage& page, const UInt256& id)
{
    auto* list = page.findChild<QListView*>(QStringLiteral("governance.list"));
    const int row = page.model()->rowOf(id);
    if (!list || row < 0)
        return false;
    list->setCurrentIndex(page.model()->index(row));
    // The page shows the detail first out of the cache, then again with its parameters' proofs: the
    // second is the one a test reads.
    return spinUntil([&] {
        const auto* panel = page.detailPanel();
        return panel->detail() && panel->detail()->proposal.id == id && !panel->provingParameters();
    }, std::chrono::seconds(30));
}

} // namespace plinth::test
