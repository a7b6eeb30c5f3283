// The Overview out of the cache when the endpoint is gone: once a page on the seeded devnet has proven
// the user's balances and claimable (recorded in the cache), a second page over services of the same data
// dir whose only endpoint nobody answers shows those figures at once, at the block they were proven at
// (cast agrees), fills every card (OverviewPage::filled), and keeps the figures when the fresh proof
// fails, saying so in the caption. Switching the account starts the cards over and fills them again.
#include "GuiDevnet.h"
#include "PageTestSupport.h"
#include "ServiceTestSupport.h"
#include "app/common/Language.h"
#include "ui/AccountContext.h"
#include "ui/common/Formatting.h"
#include "ui/pages/OverviewPage.h"
#include "ui/widgets/Card.h"

#include <QJsonObject>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>

using namespace plinth;
using test::qs;

namespace {

const char* const kCards[] = {"overview.balances", "overview.claimable", "overview.earnings",
                              "overview.devices",  "overview.proposals", "overview.activity"};

bool allCardsShowFigures(const ui::OverviewPage& page, QString* which)
{
    for (const char* name : kCards) {
        auto* card = page.findChild<ui::Card*>(QLatin1String(name));
        if (!card || card->state() != ui::Card::State::Body) {
            *which = QLatin1String(name) + QStringLiteral(": ") + (card ? card->message() : QStringLiteral("missing"));
            return false;
        }
    }
    return true;
}

} // namespace

class TestOverviewCacheDevnet : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        app::installLanguage(QStringLiteral("en"));
        QVERIFY2(m_net.start(), qPrintable(m_net.error()));
        m_accounts = test::openAccounts(m_net);
        QVERIFY(m_accounts);
    }

    void aPageWithoutEndpointShowsTheLastProofs()
    {
        // Online first: the proofs the page asks for are recorded in the cache.
        QString block, native, token, claimable;
        {
            ui::OverviewPage online(m_net.services(), *m_accounts);
            QSignalSpy filled(&online, &ui::OverviewPage::filled);
            online.show();
            QTRY_COMPARE_WITH_TIMEOUT(filled.count(), 1, 30000);
            QString which;
            QVERIFY2(allCardsShowFigures(online, &which), qPrintable(which));
            block = test::labelOf(online, "overview.balances.verified")->property("block").toString();
            native = test::labelOf(online, "overview.balances.native")->toolTip();
            token = test::labelOf(online, "overview.balances.token")->toolTip();
            claimable = test::labelOf(online, "overview.claimable.amount")->toolTip();
        }

        // The same data dir, its only endpoint the discard port: nothing can be proven now.
        NetworkProfile offline = *m_net.services().profile;
        offline.rpc = {"http://127.0.0.1:9"};
        SyncServiceOptions options;
        options.pool.maxAttempts = 1;
        options.pool.deadline = std::chrono::seconds(2);
        auto sync = SyncService::create(offline, m_net.dataDir().toStdString(), options);
        QVERIFY2(sync, sync ? "" : sync.error().message.c_str());
        auto network = NetworkServices::create(**sync, offline, m_net.dataDir().toStdString());
        QVERIFY2(network, network ? "" : network.error().message.c_str());
        ui::UiServices services = m_net.services();
        services.sync = sync->get();
        services.network = network->get();
        services.profile = offline;
        {
            ui::OverviewPage page(services, *m_accounts);
            QSignalSpy filled(&page, &ui::OverviewPage::filled);
            page.show();
            QTRY_COMPARE_WITH_TIMEOUT(filled.count(), 1, 30000);
            QString which;
            QVERIFY2(allCardsShowFigures(page, &which), qPrintable(which));
            QVERIFY(page.isFilled());
            QCOMPARE(test::labelOf(page, "overview.balances.verified")->property("block").toString(), block);
            QCOMPARE(test::labelOf(page, "overview.balances.native")->toolTip(), native);
            QCOMPARE(test::labelOf(page, "overview.balances.token")->toolTip(), token);
            QCOMPARE(test::labelOf(page, "overview.claimable.amount")->toolTip(), claimable);
            // The chain agrees at that block.
            const UInt256 onChain = test::castNumber(m_net.fixture().cast({QStringLiteral("call"), qs(offline.contracts.token),
                                                                            QStringLiteral("balanceOf(address)(uint256)"),
                                                                            m_net.userAddress(), QStringLiteral("--block"), block}));
            QCOMPARE(token, ui::fullAmount(onChain, 18, QStringLiteral("PLNTH")));
            // The fresh proof fails: the figures stay, the caption says why.
            QTRY_VERIFY_WITH_TIMEOUT(test::labelOf(page, "overview.balances.verified")->text().contains(QStringLiteral("proving them again failed")), 30000);
            QTRY_VERIFY_WITH_TIMEOUT(test::labelOf(page, "overview.claimable.verified")->text().contains(QStringLiteral("proving it again failed")), 30000);
            QCOMPARE(test::labelOf(page, "overview.balances.token")->toolTip(), token);
            QVERIFY(allCardsShowFigures(page, &which));

            // Another account (alice, watched): every card starts over, then fills again.
            const Address alice = parseAddress(m_net.fixture().facts().value(QStringLiteral("accounts")).toObject()
                                                   .value(QStringLiteral("alice")).toString().toStdString()).value();
            auto added = test::ask<VaultAccount>([&](auto done) { m_net.services().wallet->addWatchOnly(alice, "Alice", std::move(done)); });
            QVERIFY2(added, added ? "" : added.error().message.c_str());
            m_accounts->refresh();
            QTRY_COMPARE(m_accounts->accounts().size(), std::size_t(2));
            m_accounts->setCurrent(alice);
            QCOMPARE(*m_accounts->current(), alice);
            QVERIFY(!page.isFilled());
            QTRY_COMPARE_WITH_TIMEOUT(filled.count(), 2, 30000);
            QVERIFY(page.isFilled());
        }
    }

private:
    test::GuiDevnet m_net;
    std::unique_ptr<ui::AccountContext> m_accounts;
};

QTEST_MAIN(TestOverviewCacheDevnet)
#include "tst_overview_cache_devnet.moc"
