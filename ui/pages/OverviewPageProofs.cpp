// OverviewPage's balances and claimable cards: the figures the last proofs left in the cache first, then
// a fresh proof (which needs the network), and Claim (see OverviewPage.h). Split from OverviewPage.cpp
// by responsibility; the class is the same.
#include "ui/pages/OverviewPage.h"

#include "ui/common/Formatting.h"
#include "ui/common/GuiCallback.h"
#include "ui/dialogs/TransactionConfirmDialog.h"
#include "ui/pages/OverviewText.h"
#include "ui/widgets/Card.h"

#include <QLabel>
#include <QPushButton>

namespace plinth::ui {

void OverviewPage::loadBalances()
{
    showLoading(m_balances, tr("Reading your last proven balances from the verified cache…"));
    const std::uint64_t g = m_generation;
    const Address me = *m_accounts.current();
    // What was proven last comes out of the cache at once (until the card shows figures); the fresh
    // proof needs the network.
    if (m_balances->state() != Card::State::Body)
        m_services.network->lastProvenBalances(me, onGui(this, [this, g](Result<ProvenBalances> r) {
            if (!current(g))
                return;
            if (r)
                return showBalances(*r);
            if (m_balances->state() == Card::State::Loading) // not after the proof below answered
                m_balances->showLoading(tr("Proving your balances against the verified block…"));
        }));
    m_services.sync->proveBalances(me, onGui(this, [this, g](Result<ProvenBalances> r) {
        if (!current(g))
            return;
        if (r) {
            m_balancesProofFailure.clear();
            return showBalances(*r);
        }
        // Kept for the cached figures, should they come after this answer.
        m_balancesProofFailure = QString::fromStdString(r.error().message);
        if (m_balances->state() != Card::State::Body)
            return m_balances->showFailure(r.error(), tr("Could not prove your balances: %1"));
        showBalancesCaption();
    }));
}

void OverviewPage::showBalances(const ProvenBalances& balances)
{
    if (m_balancesBlock && *m_balancesBlock > balances.token.blockNumber)
        return; // a newer proof is shown already
    m_balancesBlock = balances.token.blockNumber;
    const CurrencyInfo& native = m_services.profile->currency;
    const QString nativeSymbol = QString::fromStdString(native.symbol);
    m_native->setText(formatAmount(balances.native.amount, native.decimals, nativeSymbol));
    m_native->setToolTip(fullAmount(balances.native.amount, native.decimals, nativeSymbol));
    m_token->setText(formatAmount(balances.token.amount, tokenDecimals(), tokenSymbol()));
    m_token->setToolTip(fullAmount(balances.token.amount, tokenDecimals(), tokenSymbol()));
    m_balancesAt->setProperty("block", QVariant::fromValue<qulonglong>(balances.token.blockNumber));
    showBalancesCaption();
    m_balances->showBody();
}

void OverviewPage::showBalancesCaption()
{
    if (m_balancesProofFailure.isEmpty())
        return m_balancesAt->setText(provenAtText(*m_balancesBlock));
    //: %1 the block the balances shown were proven at, %2 why proving them again failed
    m_balancesAt->setText(tr("Proven at block %1; proving them again failed: %2").arg(formatCount(*m_balancesBlock), m_balancesProofFailure));
}

void OverviewPage::loadClaimable()
{
    showLoading(m_claimableCard, tr("Reading your last proven claimable rewards from the verified cache…"));
    const std::uint64_t g = m_generation;
    const Address me = *m_accounts.current();
    if (m_claimableCard->state() != Card::State::Body)
        m_services.network->lastProvenClaimable(me, onGui(this, [this, g](Result<ProvenStorageValue> r) {
            if (!current(g))
                return;
            if (r)
                return showClaimable(*r);
            if (m_claimableCard->state() == Card::State::Loading) // not after the proof below answered
                m_claimableCard->showLoading(tr("Proving your claimable rewards…"));
        }));
    m_services.network->claimable(me, onGui(this, [this, g](Result<ProvenStorageValue> r) {
        if (!current(g))
            return;
        if (r) {
            m_claimableProofFailure.clear();
            return showClaimable(*r);
        }
        m_claimableProofFailure = QString::fromStdString(r.error().message); // for cached figures coming later
        if (m_claimableCard->state() != Card::State::Body) {
            m_claimable.reset();
            m_claim->setEnabled(false);
            return m_claimableCard->showFailure(r.error(), tr("Could not prove your claimable rewards: %1"));
        }
        showClaimableCaption();
    }));
}

void OverviewPage::showClaimable(const ProvenStorageValue& claimable)
{
    if (m_claimableBlock && *m_claimableBlock > claimable.blockNumber)
        return; // a newer proof is shown already
    m_claimableBlock = claimable.blockNumber;
    m_claimable = claimable.value;
    m_claimableAmount->setText(formatAmount(claimable.value, tokenDecimals(), tokenSymbol()));
    m_claimableAmount->setToolTip(fullAmount(claimable.value, tokenDecimals(), tokenSymbol()));
    m_claimableAt->setProperty("block", QVariant::fromValue<qulonglong>(claimable.blockNumber));
    showClaimableCaption();
    m_claim->setEnabled(claimable.value > 0);
    m_claimableCard->showBody();
}

void OverviewPage::openClaim()
{
    if (!m_accounts.current() || !m_claimable || *m_claimable == 0)
        return;
    const Address to = *m_accounts.current();
    //: %1 is the amount with its symbol, %2 the receiving address
    const QString what = tr("Claim %1 to %2").arg(formatAmount(*m_claimable, tokenDecimals(), tokenSymbol()), shortAddress(to));
    auto* dialog = new TransactionConfirmDialog(m_services, to, NetworkAction{what.toStdString(), ClaimAction{to}}, this);
    dialog->setObjectName(QStringLiteral("overview.claimDialog"));
    connect(dialog, &TransactionConfirmDialog::completed, this, [this] {
        loadBalances();
        loadClaimable();
        loadActivity();
    });
    dialog->open();
}

void OverviewPage::showClaimableCaption()
{
    if (!m_claimableProofFailure.isEmpty())
        //: %1 the block the amount shown was proven at, %2 why proving it again failed
        return m_claimableAt->setText(tr("Proven at block %1; proving it again failed: %2")
                                          .arg(formatCount(*m_claimableBlock), m_claimableProofFailure));
    m_claimableAt->setText(m_claimable == UInt256(0) ? tr("Nothing to claim at block %1.").arg(formatCount(*m_claimableBlock))
                                                     : provenAtText(*m_claimableBlock));
}

} // namespace plinth::ui
