// The Governance page's queue, execute and "delegate to yourself" paths over a seeded devnet, each
// through the detail panel's button and the confirmation dialog, checked with cast:
//  - the seeded Succeeded proposal (facts.json "unbonding") queued: the governor's state(id) becomes 5
//    (Queued) and the page shows it queued with its eta, Execute still off before the eta;
//  - the chain's clock moved past the timelock's delay (evm_increaseTime + evm_mine): Execute runs it,
//    state(id) becomes 7 (Executed) and the staking contract's unbondingPeriod() is the proposal's
//    7 days;
//  - an account that delegated to nobody (the seeded "cold" account, added to the vault) is offered
//    "Delegate to yourself"; it sets the token's delegates(account) to the account, and the offer goes.
#include "ChainMoves.h"
#include "ChainReads.h"
#include "ConfirmSend.h"
#include "GuiDevnet.h"
#include "PageDrivers.h"
#include "PageTestSupport.h"
#include "ServiceTestSupport.h"
#include "app/common/Language.h"
#include "ui/AccountContext.h"
#include "ui/models/ProposalsModel.h"
#include "ui/pages/GovernancePage.h"
#include "ui/widgets/ProposalDetailPanel.h"
#include "ui/widgets/StateChip.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QPushButton>
#include <QTest>

#include <algorithm>

using namespace plinth;
using test::addr;
using test::dec;

class TestGovernancePathsDevnet : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        app::installLanguage(QStringLiteral("en"));
        QVERIFY2(m_net.start(), qPrintable(m_net.error()));
        m_accounts = test::openAccounts(m_net);
        QVERIFY(m_accounts);
        m_user = *m_accounts->current();
        m_governor = m_net.services().profile->contracts.governor;
        m_succeeded = test::factsProposalId(m_net.fixture(), QStringLiteral("unbonding"));
        const QJsonObject fact = m_net.fixture().facts().value(QStringLiteral("proposals")).toObject().value(QStringLiteral("unbonding")).toObject();
        QCOMPARE(fact.value(QStringLiteral("state")).toString(), QStringLiteral("Succeeded"));
    }

    void queueASucceededProposal()
    {
        QCOMPARE(state(m_succeeded), QStringLiteral("4")); // Succeeded, by the governor itself
        ui::GovernancePage page(m_net.services(), *m_accounts);
        new QAbstractItemModelTester(page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal, &page);
        QTRY_VERIFY_WITH_TIMEOUT(page.shownAt().has_value(), 30000);
        QVERIFY(test::selectProposal(page, m_succeeded));
        auto* queue = button(page, "governance.queue");
        auto* execute = button(page, "governance.execute");
        QVERIFY(queue->isEnabled());
        QVERIFY(!execute->isEnabled());
        QTest::mouseClick(queue, Qt::LeftButton);
        QString sendError;
        QVERIFY2(test::sendThroughConfirmDialog(page, &sendError), qPrintable(sendError));
        QCOMPARE(state(m_succeeded), QStringLiteral("5")); // Queued

        QVERIFY2(test::mineAndSync(m_net), qPrintable(m_net.error()));
        // The page reads the new state after its sync; the eta is the timelock's delay after queueing.
        QTRY_VERIFY_WITH_TIMEOUT(page.detailPanel()->detail() && page.detailPanel()->detail()->proposal.id == m_succeeded
                                     && page.detailPanel()->detail()->proposal.state == ProposalState::Queued,
                                 60000);
        const Proposal& p = page.detailPanel()->detail()->proposal;
        QVERIFY(p.eta.has_value());
        QCOMPARE(QString::number(*p.eta), test::castCall(m_net.fixture(), m_governor, QStringLiteral("proposalEta(uint256)(uint256)"), {dec(m_succeeded)},
                                                         page.detailPanel()->detail()->at.block.number)); // the detail's own block
        QCOMPARE(page.findChild<ui::StateChip*>(QStringLiteral("stateChip"))->text(), ui::StateChip::stateText(ProposalState::Queued));
        QVERIFY(!queue->isEnabled());
        QVERIFY(!execute->isEnabled()); // the eta is still ahead
        m_eta = *p.eta;
    }

    void executeOnceTheDelayPassed()
    {
        QVERIFY2(m_eta > 0, "needs the queue of the test before");
        const std::uint64_t now = test::headTimestamp(m_net.fixture());
        QVERIFY(test::moveTimeOn(m_net.fixture(), m_eta > now ? m_eta - now + 1 : 1));
        QVERIFY2(test::mineAndSync(m_net), qPrintable(m_net.error()));
        const std::string staking = m_net.services().profile->contracts.staking;
        const UInt256 periodBefore = test::castUIntAtHead(m_net.fixture(), staking, QStringLiteral("unbondingPeriod()(uint64)"), {});
        QVERIFY(periodBefore != UInt256(7 * 86400));

        // A page opened now reads a verified block past the eta: Execute is on.
        ui::GovernancePage page(m_net.services(), *m_accounts);
        QTRY_VERIFY_WITH_TIMEOUT(page.shownAt().has_value(), 30000);
        QVERIFY(page.shownAt()->timestamp >= m_eta);
        QVERIFY(test::selectProposal(page, m_succeeded));
        auto* execute = button(page, "governance.execute");
        QTRY_VERIFY(execute->isEnabled());
        QTest::mouseClick(execute, Qt::LeftButton);
        QString sendError;
        QVERIFY2(test::sendThroughConfirmDialog(page, &sendError), qPrintable(sendError));
        QCOMPARE(state(m_succeeded), QStringLiteral("7")); // Executed
        // What it executed: the staking parameter it names.
        QCOMPARE(dec(test::castUIntAtHead(m_net.fixture(), staking, QStringLiteral("unbondingPeriod()(uint64)"), {})), dec(UInt256(7 * 86400)));

        QVERIFY2(test::mineAndSync(m_net), qPrintable(m_net.error()));
        QTRY_VERIFY_WITH_TIMEOUT(page.detailPanel()->detail() && page.detailPanel()->detail()->proposal.id == m_succeeded
                                     && page.detailPanel()->detail()->proposal.state == ProposalState::Executed,
                                 60000);
        QCOMPARE(page.findChild<ui::StateChip*>(QStringLiteral("stateChip"))->text(), ui::StateChip::stateText(ProposalState::Executed));
        // The list reads its snapshot apart from the detail: either may arrive first.
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->proposal(page.model()->rowOf(m_succeeded))->state, ProposalState::Executed, 30000);
        QVERIFY(!execute->isEnabled());
        QVERIFY(!button(page, "governance.queue")->isEnabled());
    }

    void delegateToYourselfSetsTheDelegate()
    {
        // "cold" holds claimed tokens and never delegated (contracts/lib/seed.js delegates the holders of
        // the genesis allocations only).
        const Address cold = test::factsAccount(m_net.fixture(), QStringLiteral("cold"));
        const std::string token = m_net.services().profile->contracts.token;
        QCOMPARE(test::castCall(m_net.fixture(), token, QStringLiteral("delegates(address)(address)"), {addr(cold)}, test::headBlock(m_net.fixture())),
                 addr(Address{}));
        // contracts/lib/network.js ROLES: cold is the seventh account of the devnet mnemonic.
        auto added = test::ask<VaultAccount>([&](auto done) {
            m_net.services().wallet->addAccount(defaultEthereumPath(6), "Cold", std::move(done));
        });
        QVERIFY2(added, added ? "" : added.error().message.c_str());
        QCOMPARE(added->address, cold); // index 6 of the devnet mnemonic
        m_accounts->refresh();
        QTRY_VERIFY(std::any_of(m_accounts->accounts().begin(), m_accounts->accounts().end(),
                                [&](const VaultAccount& a) { return a.address == cold; }));
        m_accounts->setCurrent(cold);
        QCOMPARE(*m_accounts->current(), cold);

        ui::GovernancePage page(m_net.services(), *m_accounts);
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(page.shownAt().has_value(), 30000);
        QVERIFY(test::selectProposal(page, test::factsProposalId(m_net.fixture(), QStringLiteral("lisbon"))));
        QTRY_VERIFY(page.detailPanel()->detail()->power && page.detailPanel()->detail()->power->account == cold);
        QVERIFY(!page.detailPanel()->detail()->power->delegateNow.has_value());
        auto* delegate = button(page, "governance.delegate");
        QTRY_VERIFY(delegate->isVisible());
        QVERIFY(delegate->isEnabled());
        QTest::mouseClick(delegate, Qt::LeftButton);
        QString sendError;
        QVERIFY2(test::sendThroughConfirmDialog(page, &sendError), qPrintable(sendError));
        QCOMPARE(test::castCall(m_net.fixture(), token, QStringLiteral("delegates(address)(address)"), {addr(cold)}, test::headBlock(m_net.fixture())),
                 addr(cold));
        // Its votes now are its balance.
        QCOMPARE(dec(test::castUIntAtHead(m_net.fixture(), token, QStringLiteral("getVotes(address)(uint256)"), {addr(cold)})),
                 dec(test::castUIntAtHead(m_net.fixture(), token, QStringLiteral("balanceOf(address)(uint256)"), {addr(cold)})));

        QVERIFY2(test::mineAndSync(m_net), qPrintable(m_net.error()));
        // Read again after the page's sync: delegated to itself, so the offer is gone.
        QTRY_VERIFY_WITH_TIMEOUT(page.detailPanel()->detail()->power && page.detailPanel()->detail()->power->delegateNow == cold, 60000);
        QVERIFY(!delegate->isVisible());
        m_accounts->setCurrent(m_user);
    }

private:
    QString state(const UInt256& id)
    {
        return test::castCall(m_net.fixture(), m_governor, QStringLiteral("state(uint256)(uint8)"), {dec(id)}, test::headBlock(m_net.fixture()));
    }
    static QPushButton* button(ui::GovernancePage& page, const char* name)
    {
        auto* b = page.findChild<QPushButton*>(QLatin1String(name));
        if (!b)
            qFatal("no button %s", name);
        return b;
    }
    test::GuiDevnet m_net;
    std::unique_ptr<ui::AccountContext> m_accounts;
    Address m_user;
    std::string m_governor;
    UInt256 m_succeeded = 0;
    std::uint64_t m_eta = 0;
};

QTEST_MAIN(TestGovernancePathsDevnet)
#include "tst_governance_paths_devnet.moc"
