// The Governance page over a seeded devnet: the list equals the core's ProposalsSnapshot, facts.json
// (ids and states) and the governor read with cast (state(id), proposalVotes(id)) at the block the page
// shows; the detail's voting power equals the token's getPastVotes at the snapshot and says why; the
// description is rendered markdown whose links are not followed; a parameter change shows old -> new,
// the old value equal to cast's getter at the detail's block (proven from storage where no event
// changed it, with that block) and the new value cast's decoding of the calldata, and an unproven old
// value is shown as unknown with its reason; Simulate shows each action's outcome marked unverified;
// the model passes QAbstractItemModelTester.
#include "ChainReads.h"
#include "ConfirmSend.h"
#include "GuiDevnet.h"
#include "PageDrivers.h"
#include "ServiceTestSupport.h"
#include "app/common/Language.h"
#include "ui/AccountContext.h"
#include "ui/common/Formatting.h"
#include "ui/dialogs/TransactionConfirmDialog.h"
#include "ui/dialogs/VoteDialog.h"
#include "ui/models/ProposalsModel.h"
#include "ui/pages/GovernancePage.h"
#include "ui/widgets/ProposalDetailPanel.h"
#include "ui/widgets/StateChip.h"
#include "wallet/codec/Hex.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>

using namespace plinth;
using test::addr;
using test::dec;

class TestGovernanceDevnet : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        app::installLanguage(QStringLiteral("en"));
        QVERIFY2(m_net.start(), qPrintable(m_net.error()));
        m_accounts = std::make_unique<ui::AccountContext>(*m_net.services().wallet);
        m_accounts->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(m_accounts->current().has_value(), 30000);
        m_user = *m_accounts->current();
    }

    void listEqualsSnapshotFactsAndGovernor()
    {
        ui::GovernancePage page(m_net.services(), *m_accounts);
        new QAbstractItemModelTester(page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal, &page);
        QTRY_VERIFY_WITH_TIMEOUT(page.shownAt().has_value(), 30000);
        const std::uint64_t block = page.shownAt()->block.number;
        auto snap = test::ask<ProposalsSnapshot>([&](auto done) { m_net.services().network->proposals(std::move(done)); });
        QVERIFY2(snap, snap ? "" : snap.error().message.c_str());
        QCOMPARE(snap->at.block.number, block);
        const QJsonObject facts = m_net.fixture().facts().value(QStringLiteral("proposals")).toObject();
        ui::ProposalsModel* model = page.model();
        QCOMPARE(model->rowCount(), int(snap->proposals.size()));
        QCOMPARE(model->rowCount(), int(facts.size()));
        QCOMPARE(model->rowCount(), 8);
        const std::string governor = m_net.services().profile->contracts.governor;
        for (const QString& label : facts.keys()) {
            const QJsonObject f = facts.value(label).toObject();
            const UInt256 id = parseDecimalUInt256(f.value(QStringLiteral("id")).toString().toStdString()).value();
            const int row = model->rowOf(id);
            QVERIFY2(row >= 0, qPrintable(label));
            const QModelIndex index = model->index(row);
            QCOMPARE(index.data(ui::ProposalsModel::IdRole).toString(), dec(id));
            QCOMPARE(index.data(Qt::DisplayRole).toString(), f.value(QStringLiteral("title")).toString());
            QCOMPARE(index.data(ui::ProposalsModel::StateRole).toInt(), f.value(QStringLiteral("stateCode")).toInt());
            QCOMPARE(QString::number(index.data(ui::ProposalsModel::StateRole).toInt()),
                     test::castCall(m_net.fixture(), governor, QStringLiteral("state(uint256)(uint8)"), {dec(id)}, block));
            const Proposal& p = *model->proposal(row);
            QCOMPARE(dec(p.againstVotes) + QLatin1Char(' ') + dec(p.forVotes) + QLatin1Char(' ') + dec(p.abstainVotes),
                     test::castCall(m_net.fixture(), governor, QStringLiteral("proposalVotes(uint256)(uint256,uint256,uint256)"),
                                    {dec(id)}, block));
        }
        // Newest first: the list is the snapshot's creation order reversed.
        QCOMPARE(model->proposal(0)->id, snap->proposals.back().id);
    }

    void detailShowsTalliesPowerAndWhy()
    {
        ui::GovernancePage page(m_net.services(), *m_accounts);
        QTRY_VERIFY_WITH_TIMEOUT(page.shownAt().has_value(), 30000);
        const UInt256 lisbon = test::factsProposalId(m_net.fixture(), QStringLiteral("lisbon"));
        QVERIFY(test::selectProposal(page, lisbon));
        const ProposalDetail& d = *page.detailPanel()->detail();
        const unsigned decimals = m_net.services().profile->token.decimals;
        const QString symbol = QString::fromStdString(m_net.services().profile->token.symbol);
        auto* chip = page.findChild<ui::StateChip*>(QStringLiteral("stateChip"));
        QCOMPARE(chip->text(), ui::StateChip::stateText(ProposalState::Active));
        QCOMPARE(chip->property("chipState").toString(), QStringLiteral("active"));
        const QString tally = page.findChild<QLabel*>(QStringLiteral("governance.tally"))->text();
        for (const UInt256* v : {&d.proposal.forVotes, &d.proposal.againstVotes, &d.proposal.abstainVotes, &d.proposal.quorum})
            QVERIFY2(tally.contains(ui::formatAmount(*v, decimals, symbol)), qPrintable(tally));
        QVERIFY(d.power.has_value());
        QCOMPARE(dec(d.power->votes), test::castCall(m_net.fixture(), m_net.services().profile->contracts.token,
                                                     QStringLiteral("getPastVotes(address,uint256)(uint256)"),
                                                     {addr(m_user), QString::number(d.proposal.snapshot)}, page.shownAt()->block.number));
        const QString power = page.findChild<QLabel*>(QStringLiteral("governance.power"))->text();
        QVERIFY2(power.contains(ui::formatAmount(d.power->votes, decimals, symbol)), qPrintable(power));
        QVERIFY2(power.contains(QStringLiteral("delegated")) || power.contains(QStringLiteral("no tokens")), qPrintable(power));
        const QString countdown = page.findChild<QLabel*>(QStringLiteral("governance.countdown"))->text();
        QVERIFY2(countdown.startsWith(QStringLiteral("Voting ends in ")), qPrintable(countdown));
        QVERIFY(!page.findChild<QListWidget*>(QStringLiteral("governance.actions"))->item(0)->text().isEmpty());
        auto* description = page.findChild<QTextBrowser*>(QStringLiteral("governance.description"));
        QVERIFY(!description->openLinks() && !description->openExternalLinks());
        // Rendered: the markdown heading's marks are gone from the text.
        QVERIFY(description->toPlainText().startsWith(QString::fromStdString(d.proposal.title)));
        QVERIFY(!description->toPlainText().contains(QStringLiteral("# ")));
        // Queue only for a succeeded proposal, Execute only for a queued one past its eta.
        QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("governance.queue"))->isEnabled());
        QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("governance.execute"))->isEnabled());
        QVERIFY(test::selectProposal(page, test::factsProposalId(m_net.fixture(), QStringLiteral("unbonding"))));
        QVERIFY(page.findChild<QPushButton*>(QStringLiteral("governance.queue"))->isEnabled());
        QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("governance.vote"))->isEnabled());
    }

    void parameterChangesShowOldAndNewValues()
    {
        ui::GovernancePage page(m_net.services(), *m_accounts);
        QTRY_VERIFY_WITH_TIMEOUT(page.shownAt().has_value(), 30000);
        const unsigned decimals = m_net.services().profile->token.decimals;
        const QString symbol = QString::fromStdString(m_net.services().profile->token.symbol);
        const NetworkContracts& contracts = m_net.services().profile->contracts;
        auto* actions = page.findChild<QListWidget*>(QStringLiteral("governance.actions"));
        // Never changed since deployment, so no event gives the old value: it is proven from storage at the
        // detail's block and must equal the getter's value there; the new value is cast's decoding of the
        // proposal's calldata. PIP-3 (a token amount) and PIP-5 (a duration, a packed storage field).
        const struct {
            const char* label;
            std::string contract;
            const char* parameter;
            const char* getter;
            const char* setter;
            bool duration;
        } cases[] = {
            {"feeHike", contracts.devices, "onboardingFee", "onboardingFee()(uint256)", "setOnboardingFee(uint256)", false},
            {"unbonding", contracts.staking, "unbondingPeriod", "unbondingPeriod()(uint64)", "setUnbondingPeriod(uint64)", true},
        };
        for (const auto& c : cases) {
            QVERIFY(test::selectProposal(page, test::factsProposalId(m_net.fixture(), QString::fromLatin1(c.label))));
            const ProposalDetail& d = *page.detailPanel()->detail();
            const std::uint64_t block = d.at.block.number;
            const UInt256 old = number(test::castCall(m_net.fixture(), c.contract, QString::fromLatin1(c.getter), {}, block));
            const UInt256 next = number(m_net.fixture().castOffline({QStringLiteral("calldata-decode"), QString::fromLatin1(c.setter),
                                                              QString::fromStdString(toHex(d.proposal.actions.calldatas.at(0)))}));
            QVERIFY(old > 0 && old != next);
            const auto shown = [&](const UInt256& v) {
                return c.duration ? ui::formatDuration(v.convert_to<std::uint64_t>()) : ui::fullAmount(v, decimals, symbol);
            };
            const QString text = actions->item(0)->text();
            QVERIFY2(text.contains(QStringLiteral("%1: %2 → %3").arg(QString::fromLatin1(c.parameter), shown(old), shown(next))), qPrintable(text));
            QVERIFY2(text.contains(QStringLiteral("Old value verified at block %1: proven from the contract's storage").arg(ui::formatCount(block))),
                     qPrintable(text));
            // The facade's figure behind it: the value now, proven at the detail's block.
            QCOMPARE(int(d.parameterValues.size()), 1);
            QVERIFY(d.parameterValues[0].value && *d.parameterValues[0].value == old);
            QCOMPARE(d.parameterValues[0].at.block.number, block);
        }
        // PIP-1's execution changed the reward rate: its change events give the old value, and the value
        // now (the new one) is shown beside it with the block it is proven at.
        QVERIFY(test::selectProposal(page, test::factsProposalId(m_net.fixture(), QStringLiteral("rewardRate"))));
        const ProposalDetail& d = *page.detailPanel()->detail();
        const std::uint64_t block = d.at.block.number;
        const UInt256 now = number(test::castCall(m_net.fixture(), contracts.rewards, QStringLiteral("rewardRate()(uint256)"), {}, block));
        const UInt256 next = number(m_net.fixture().castOffline({QStringLiteral("calldata-decode"), QStringLiteral("setRewardRate(uint256)"),
                                                          QString::fromStdString(toHex(d.proposal.actions.calldatas.at(0)))}));
        QCOMPARE(dec(now), dec(next));
        QVERIFY(d.actions.at(0).change && d.actions.at(0).change->oldValue && d.actions.at(0).change->oldBlock);
        const QString rate = ui::fullAmount(*d.actions.at(0).change->oldValue, decimals, symbol) + QStringLiteral("/s");
        const QString text = actions->item(0)->text();
        QVERIFY2(text.contains(QStringLiteral("rewardRate: %1 → %2/s").arg(rate, ui::fullAmount(next, decimals, symbol))), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("verified change event at block %1").arg(ui::formatCount(*d.actions.at(0).change->oldBlock))),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Now %1/s, verified at block %2.").arg(ui::fullAmount(now, decimals, symbol), ui::formatCount(block))),
                 qPrintable(text));
    }

    void anUnprovenOldValueIsUnknownWithItsReason()
    {
        // The devnet proves every seeded parameter, so the panel gets PIP-3's real detail with its proof
        // taken away, as a failed proof leaves it: the old value is unknown, with the reason, never a 0.
        const UInt256 feeHike = test::factsProposalId(m_net.fixture(), QStringLiteral("feeHike"));
        auto d = test::ask<ProposalDetail>([&](auto done) { m_net.services().network->proposal(feeHike, m_user, std::move(done)); });
        QVERIFY2(d, d ? "" : d.error().message.c_str());
        QVERIFY(d->actions.at(0).change && d->parameterValues.size() == 1);
        ParameterChange& change = *d->actions.at(0).change;
        change.oldValue.reset();
        change.oldVerified = false;
        change.oldFrom = OldValueFrom::Unknown;
        change.oldBlock.reset();
        d->parameterValues[0].value.reset();
        d->parameterValues[0].unproven = "the proof of onboardingFee failed: every endpoint's proof failed verification";
        const unsigned decimals = m_net.services().profile->token.decimals;
        const QString symbol = QString::fromStdString(m_net.services().profile->token.symbol);
        ui::ProposalDetailPanel panel;
        panel.setDetail(*d, ui::TokenUnits{decimals, symbol}, d->at.timestamp);
        const QString text = panel.findChild<QListWidget*>(QStringLiteral("governance.actions"))->item(0)->text();
        QVERIFY2(text.contains(QStringLiteral("onboardingFee: unknown → %1").arg(ui::fullAmount(change.newValue, decimals, symbol))), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("The old value is unknown: the proof of onboardingFee failed: every endpoint's proof failed verification.")),
                 qPrintable(text));
        QVERIFY2(!text.contains(QLatin1Char(' ') + ui::fullAmount(0, decimals, symbol)), qPrintable(text)); // " 0 PLNTH"
    }

    void simulateShowsOutcomesMarkedUnverified()
    {
        ui::GovernancePage page(m_net.services(), *m_accounts);
        QTRY_VERIFY_WITH_TIMEOUT(page.shownAt().has_value(), 30000);
        QVERIFY(test::selectProposal(page, test::factsProposalId(m_net.fixture(), QStringLiteral("unbonding"))));
        auto* simulate = page.findChild<QPushButton*>(QStringLiteral("governance.simulate"));
        QVERIFY(simulate->isEnabled());
        QTest::mouseClick(simulate, Qt::LeftButton);
        auto* result = page.findChild<QLabel*>(QStringLiteral("governance.simulation"));
        QTRY_VERIFY_WITH_TIMEOUT(result->isVisibleTo(&page) && !result->text().isEmpty(), 30000);
        const QString text = result->text();
        // The succeeded proposal's action (the staking parameter) runs from the timelock.
        QVERIFY2(text.contains(QStringLiteral("1. ")) && text.contains(QStringLiteral("succeeds")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("In sequence")), qPrintable(text));
        const QString title = page.findChild<QLabel*>(QStringLiteral("unverifiedNote"))->text();
        QVERIFY2(title.contains(QStringLiteral("unverified")), qPrintable(title));
        QVERIFY2(title.contains(QString::fromStdString(m_net.services().profile->contracts.timelock), Qt::CaseInsensitive), qPrintable(title));
    }

    void voteThroughTheGuiCountsOnChain()
    {
        const UInt256 lisbon = test::factsProposalId(m_net.fixture(), QStringLiteral("lisbon"));
        // A vault account that can still vote on the active proposal (the user may have voted already).
        std::optional<Address> voter;
        UInt256 power = 0;
        for (const VaultAccount& a : m_accounts->accounts()) {
            auto d = test::ask<ProposalDetail>([&](auto done) { m_net.services().network->proposal(lisbon, a.address, std::move(done)); });
            QVERIFY2(d, d ? "" : d.error().message.c_str());
            if (d->impact && d->impact->canVote) {
                voter = a.address;
                power = d->impact->power.votes;
                break;
            }
        }
        QVERIFY2(voter, "no vault account can still vote on the active proposal");
        m_accounts->setCurrent(*voter);
        QCOMPARE(*m_accounts->current(), *voter);

        ui::GovernancePage page(m_net.services(), *m_accounts);
        QTRY_VERIFY_WITH_TIMEOUT(page.shownAt().has_value(), 30000);
        QVERIFY(test::selectProposal(page, lisbon));
        QTRY_VERIFY(page.detailPanel()->detail()->power && page.detailPanel()->detail()->power->account == *voter);
        const std::string governor = m_net.services().profile->contracts.governor;
        const auto latest = [&] { return m_net.fixture().cast({QStringLiteral("block-number")}).toULongLong(); };
        const QStringList before = test::castCall(m_net.fixture(), governor, QStringLiteral("proposalVotes(uint256)(uint256,uint256,uint256)"),
                                                  {dec(lisbon)}, latest())
                                       .split(QLatin1Char(' '));
        QCOMPARE(test::castCall(m_net.fixture(), governor, QStringLiteral("hasVoted(uint256,address)(bool)"), {dec(lisbon), addr(*voter)}, latest()),
                 QStringLiteral("false"));

        auto* vote = page.findChild<QPushButton*>(QStringLiteral("governance.vote"));
        QTRY_VERIFY(vote->isEnabled());
        QTest::mouseClick(vote, Qt::LeftButton);
        QPointer<ui::VoteDialog> dialog = page.findChild<ui::VoteDialog*>();
        QVERIFY(dialog);
        dialog->findChild<QRadioButton*>(QStringLiteral("voteDialog.for"))->setChecked(true);
        QVERIFY(!dialog->findChild<QLabel*>(QStringLiteral("voteDialog.impact"))->text().isEmpty());
        dialog->findChild<QPlainTextEdit*>(QStringLiteral("voteDialog.reason"))->setPlainText(QStringLiteral("Voted from the GUI test"));
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("voteDialog.ok")), Qt::LeftButton);
        QTRY_VERIFY(dialog.isNull());

        QString sendError;
        QVERIFY2(test::sendThroughConfirmDialog(page, &sendError), qPrintable(sendError));

        QCOMPARE(test::castCall(m_net.fixture(), governor, QStringLiteral("hasVoted(uint256,address)(bool)"), {dec(lisbon), addr(*voter)}, latest()),
                 QStringLiteral("true"));
        // (against, for, abstain): for moved by the voter's power, the others unchanged.
        const UInt256 forBefore = parseDecimalUInt256(before.value(1).toStdString()).value();
        QCOMPARE(test::castCall(m_net.fixture(), governor, QStringLiteral("proposalVotes(uint256)(uint256,uint256,uint256)"), {dec(lisbon)}, latest()),
                 QStringList({before.value(0), dec(forBefore + power), before.value(2)}).join(QLatin1Char(' ')));
        // A block is verified once its child is: mine one on top of the transaction's, then sync.
        QVERIFY(!m_net.fixture().cast({QStringLiteral("rpc"), QStringLiteral("evm_mine")}).isNull());
        QVERIFY2(m_net.syncNow(), qPrintable(m_net.error()));
        // The page reads again after its sync: the tally and "you voted" are on screen.
        QTRY_VERIFY_WITH_TIMEOUT(page.detailPanel()->detail()->proposal.forVotes == forBefore + power, 60000);
        QTRY_VERIFY(page.findChild<QLabel*>(QStringLiteral("governance.power"))->text().contains(QStringLiteral("You voted: for.")));
        QVERIFY(!page.findChild<QPushButton*>(QStringLiteral("governance.vote"))->isEnabled());
        m_accounts->setCurrent(m_user);
    }

private:
    static UInt256 number(const QString& castOutput)
    {
        auto n = parseDecimalUInt256(test::DevnetFixture::exactNumber(castOutput.trimmed()).toStdString());
        return n ? *n : UInt256(0); // cast failed: 0, which the callers' checks reject
    }
    test::GuiDevnet m_net;
    std::unique_ptr<ui::AccountContext> m_accounts;
    Address m_user;
};

QTEST_MAIN(TestGovernanceDevnet)
#include "tst_governance_devnet.moc"
