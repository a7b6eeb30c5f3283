// The Overview page over a seeded devnet (GuiDevnet), for the seeded user: every card shows what the
// core's snapshots say, and the chain agrees (cast at the block the page names): the proven balances
// equal `cast balance` and the token's balanceOf, the claimable equals Rewards.accrued(user), the
// chart's bars add up to the 30-day earnings total, the device counts match the devices snapshot and
// facts.json, the proposals awaiting a vote are the active ones the user has power for and has not voted;
// Claim through the confirmation dialog moves exactly the claimable to the user's token balance.
#include "GuiDevnet.h"
#include "PageTestSupport.h"
#include "ServiceTestSupport.h"
#include "app/common/Language.h"
#include "ui/AccountContext.h"
#include "ui/common/Formatting.h"
#include "ui/dialogs/TransactionConfirmDialog.h"
#include "ui/pages/OverviewPage.h"
#include "ui/widgets/Card.h"
#include "ui/widgets/EarningsChart.h"
#include "wallet/codec/UInt256.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace plinth;

using test::qs;

class TestOverviewDevnet : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        app::installLanguage(QStringLiteral("en"));
        QVERIFY2(m_net.start(), qPrintable(m_net.error()));
        m_accounts = test::openAccounts(m_net);
        QVERIFY(m_accounts);
        QCOMPARE(ui::fullAddress(*m_accounts->current()), m_net.userAddress());
        m_user = *m_accounts->current();
        m_page = std::make_unique<ui::OverviewPage>(m_net.services(), *m_accounts);
        m_page->resize(1200, 900);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        for (const char* card : {"overview.balances", "overview.claimable", "overview.earnings", "overview.devices",
                                 "overview.proposals", "overview.activity"}) {
            auto* c = m_page->findChild<ui::Card*>(QString::fromLatin1(card));
            QVERIFY2(c, card);
            QVERIFY2(test::spinUntil([&] { return c->state() != ui::Card::State::Loading; }), card);
            QVERIFY2(c->state() != ui::Card::State::Error, qPrintable(c->message()));
        }
    }

    void balancesEqualCast()
    {
        auto* at = label("overview.balances.verified");
        const auto block = at->property("block").toULongLong();
        QVERIFY(block > 0);
        const QString b = QString::number(block);
        const UInt256 native = test::castNumber(m_net.fixture().cast({QStringLiteral("balance"), m_net.userAddress(), QStringLiteral("--block"), b}));
        const UInt256 token = test::castNumber(m_net.fixture().cast({QStringLiteral("call"), qs(m_net.services().profile->contracts.token),
                                                        QStringLiteral("balanceOf(address)(uint256)"), m_net.userAddress(),
                                                        QStringLiteral("--block"), b}));
        QVERIFY(token > 0);
        QCOMPARE(label("overview.balances.native")->toolTip(), ui::fullAmount(native, 18, QStringLiteral("ETH")));
        QCOMPARE(label("overview.balances.token")->toolTip(), ui::fullAmount(token, 18, QStringLiteral("PLNTH")));
        QCOMPARE(label("overview.balances.token")->text(), ui::formatAmount(token, 18, QStringLiteral("PLNTH")));
    }

    void claimableEqualsAccrued()
    {
        const auto block = label("overview.claimable.verified")->property("block").toULongLong();
        const UInt256 accrued = test::castNumber(m_net.fixture().cast({QStringLiteral("call"), qs(m_net.services().profile->contracts.rewards),
                                                          QStringLiteral("accrued(address)(uint256)"), m_net.userAddress(),
                                                          QStringLiteral("--block"), QString::number(block)}));
        QVERIFY(accrued > 0); // the seed leaves the user rewards to claim
        QCOMPARE(m_page->claimableShown().value(), accrued);
        QCOMPARE(label("overview.claimable.amount")->toolTip(), ui::fullAmount(accrued, 18, QStringLiteral("PLNTH")));
        QVERIFY(m_page->findChild<QPushButton*>(QStringLiteral("overview.claim"))->isEnabled());
    }

    void chartAddsUpToTheSnapshot()
    {
        auto* chart = m_page->findChild<ui::EarningsChart*>(QStringLiteral("overview.earnings.chart"));
        QVERIFY(chart);
        QCOMPARE(chart->categories().size(), 30);
        const std::uint64_t now = m_net.services().sync->status().verifiedTimestamp;
        EarningsFilter f;
        f.owner = m_user;
        f.from = (now / 86400 - 29) * 86400;
        auto s = test::ask<EarningsSnapshot>([&](auto done) { m_net.services().network->earnings(f, EarningsPeriod::Day, 0, std::move(done)); });
        QVERIFY2(s, s ? "" : s.error().message.c_str());
        QVERIFY(s->summary.rewards > 0);
        QCOMPARE(chart->exactTotal(), s->summary.total);
        const double expected = ui::chartValue(s->summary.total, 18);
        QVERIFY2(std::abs(chart->plottedTotal() - expected) <= expected * 1e-9, qPrintable(QString::number(chart->plottedTotal())));
        QVERIFY(label("overview.earnings.total")->text().startsWith(ui::formatAmount(s->summary.total, 18, QStringLiteral("PLNTH"))));
    }

    void deviceCountsEqualTheSnapshotAndFacts()
    {
        auto s = test::ask<DevicesSnapshot>([&](auto done) { m_net.services().network->devices(m_user, std::move(done)); });
        QVERIFY(s);
        std::uint64_t active = 0, offline = 0, retired = 0;
        for (const Device& d : s->devices)
            ++(d.status == DeviceStatus::Active ? active : d.status == DeviceStatus::Offline ? offline : retired);
        QCOMPARE(label("overview.devices.active")->text(), ui::formatCount(active));
        QCOMPARE(label("overview.devices.offline")->text(), ui::formatCount(offline));
        QCOMPARE(label("overview.devices.retired")->text(), ui::formatCount(retired));
        const QJsonObject facts = m_net.fixture().facts();
        QCOMPARE(qint64(active + offline + retired), facts.value(QStringLiteral("deviceCounts")).toObject().value(QStringLiteral("user")).toInteger());
        qint64 retiredFacts = 0;
        for (const QJsonValue& d : facts.value(QStringLiteral("devices")).toArray())
            if (d[QStringLiteral("owner")].toString() == m_net.userAddress() && d[QStringLiteral("retired")].toBool())
                ++retiredFacts;
        QCOMPARE(qint64(retired), retiredFacts);
    }

    void proposalsAwaitingAreActiveUnvotedWithPower()
    {
        auto s = test::ask<ProposalsSnapshot>([&](auto done) { m_net.services().network->proposals(std::move(done)); });
        QVERIFY(s);
        QStringList expected;
        for (const Proposal& p : s->proposals) {
            if (p.state != ProposalState::Active || p.voteOf(m_user))
                continue;
            auto d = test::ask<ProposalDetail>([&](auto done) { m_net.services().network->proposal(p.id, m_user, std::move(done)); });
            QVERIFY(d);
            if (d->power && d->power->votes > 0)
                expected << qs(p.title);
        }
        QVERIFY(!expected.isEmpty()); // the seed leaves PIP-7 active for the user
        auto* list = m_page->findChild<QListWidget*>(QStringLiteral("overview.proposals.list"));
        QCOMPARE(list->count(), expected.size());
        for (int i = 0; i < list->count(); ++i)
            QVERIFY(std::any_of(expected.begin(), expected.end(), [&](const QString& t) { return list->item(i)->text().startsWith(t); }));
        const QString lisbon = m_net.fixture().facts()[QStringLiteral("proposals")][QStringLiteral("lisbon")][QStringLiteral("title")].toString();
        QVERIFY(expected.contains(lisbon));
    }

    void activityShowsTheLatestRewards()
    {
        auto* list = m_page->findChild<QListWidget*>(QStringLiteral("overview.activity.list"));
        QCOMPARE(list->count(), 6);
        EarningsFilter f;
        f.owner = m_user;
        auto s = test::ask<EarningsSnapshot>([&](auto done) { m_net.services().network->earnings(f, EarningsPeriod::All, 1, std::move(done)); });
        QVERIFY(s && s->rows.size() == 1);
        // No journal rows on a fresh vault: the newest line is the newest reward.
        QVERIFY2(list->item(0)->text().contains(ui::formatAmount(s->rows[0].record.amount, 18, QStringLiteral("PLNTH"))) &&
                     list->item(0)->text().contains(ui::shortAddress(s->rows[0].device)),
                 qPrintable(list->item(0)->text()));
    }

    // Last: it changes the chain. Claim through the page and the confirmation dialog; cast then shows the
    // token balance up by exactly the claimed amount, and after a sync the page shows the new claimable.
    void claimThroughTheDialog()
    {
        const QString rewards = qs(m_net.services().profile->contracts.rewards);
        const QString token = qs(m_net.services().profile->contracts.token);
        const QString before = QString::number(label("overview.claimable.verified")->property("block").toULongLong());
        const UInt256 claimable = m_page->claimableShown().value();
        QCOMPARE(claimable, tokenCall(rewards, "accrued(address)(uint256)", before));
        const UInt256 balanceBefore = tokenCall(token, "balanceOf(address)(uint256)", before);
        QCOMPARE(tokenCall(token, "balanceOf(address)(uint256)", QStringLiteral("latest")), balanceBefore); // nothing moved since

        QTest::mouseClick(m_page->findChild<QPushButton*>(QStringLiteral("overview.claim")), Qt::LeftButton);
        QPointer<ui::TransactionConfirmDialog> d = m_page->findChild<ui::TransactionConfirmDialog*>(QStringLiteral("overview.claimDialog"));
        QVERIFY(d);
        QVERIFY(d->isVisible());
        QSignalSpy completed(d.data(), &ui::TransactionConfirmDialog::completed);
        auto* send = d->findChild<QPushButton*>(QStringLiteral("confirm.send"));
        QTRY_VERIFY_WITH_TIMEOUT(send->isEnabled(), 30000);
        QVERIFY(d->findChild<QLabel*>(QStringLiteral("confirm.summary"))->text().contains(ui::formatAmount(claimable, 18, QStringLiteral("PLNTH"))));
        QTest::mouseClick(send, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(completed.count(), 1, 60000);
        QCOMPARE(completed.at(0).at(0).toBool(), true);
        d->findChild<QPushButton*>(QStringLiteral("confirm.cancel"))->click(); // "Close" once done
        QTRY_VERIFY(d.isNull());

        QCOMPARE(tokenCall(token, "balanceOf(address)(uint256)", QStringLiteral("latest")), balanceBefore + claimable);
        QCOMPARE(tokenCall(rewards, "accrued(address)(uint256)", QStringLiteral("latest")), UInt256(0));
        // The cache verifies a block once its child exists: one more block settles the claim's.
        QVERIFY(!m_net.fixture().rpc(QStringLiteral("anvil_mine"), {QStringLiteral("1")}).isNull());
        QVERIFY2(m_net.syncNow(), qPrintable(m_net.error()));
        QTRY_COMPARE_WITH_TIMEOUT(m_page->claimableShown().value_or(1), UInt256(0), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(label("overview.balances.token")->toolTip(),
                                  ui::fullAmount(balanceBefore + claimable, 18, QStringLiteral("PLNTH")), 30000);
        QVERIFY(!m_page->findChild<QPushButton*>(QStringLiteral("overview.claim"))->isEnabled());
    }

    void cleanupTestCase()
    {
        m_page.reset();
        m_accounts.reset();
    }

private:
    UInt256 tokenCall(const QString& contract, const char* signature, const QString& block)
    {
        return test::castNumber(m_net.fixture().cast({QStringLiteral("call"), contract, QString::fromLatin1(signature), m_net.userAddress(),
                                                      QStringLiteral("--block"), block}));
    }
    QLabel* label(const char* name) const { return test::labelOf(*m_page, name); }

    test::GuiDevnet m_net;
    std::unique_ptr<ui::AccountContext> m_accounts;
    std::unique_ptr<ui::OverviewPage> m_page;
    Address m_user;
};

QTEST_MAIN(TestOverviewDevnet)
#include "tst_overview_devnet.moc"
