#include "ui/pages/OverviewText.h"

#include "ui/common/Formatting.h"

#include <QCoreApplication>
#include <QDateTime>

namespace plinth::ui {
namespace {

class OverviewText {
    Q_DECLARE_TR_FUNCTIONS(plinth::ui::OverviewText)
};

QString statusText(JournalStatus status)
{
    switch (status) {
    case JournalStatus::Signed: return OverviewText::tr("signed, not sent yet");
    case JournalStatus::Pending: return OverviewText::tr("pending");
    case JournalStatus::Included: return OverviewText::tr("confirmed");
    case JournalStatus::Reverted: return OverviewText::tr("failed (reverted)");
    case JournalStatus::Rejected: return OverviewText::tr("rejected by the node");
    case JournalStatus::Dropped: return OverviewText::tr("dropped");
    case JournalStatus::Replaced: return OverviewText::tr("replaced");
    }
    return QString();
}

} // namespace

QString provenAtText(std::uint64_t block)
{
    return OverviewText::tr("Proven at block %1").arg(formatCount(block));
}

ActivityLine journalLine(const JournalEntry& e, const CurrencyInfo& currency)
{
    const auto time = static_cast<std::uint64_t>(std::max<std::int64_t>(0, e.createdAtMs / 1000));
    const QString status = statusText(e.status);
    const QString to = e.tx.to ? shortAddress(*e.tx.to) : OverviewText::tr("a new contract");
    if (e.kind == "transfer")
        //: %1 the amount, %2 the recipient, %3 the state ("pending", "confirmed")
        return {time, OverviewText::tr("Sent %1 to %2, %3")
                          .arg(formatAmount(e.tx.value, currency.decimals, QString::fromStdString(currency.symbol)), to, status)};
    if (e.kind == "speed-up")
        return {time, OverviewText::tr("Speed-up of a transaction, %1").arg(status)};
    if (e.kind == "cancel")
        return {time, OverviewText::tr("Cancellation of a transaction, %1").arg(status)};
    //: %1 the contract or recipient, %2 the state ("pending", "confirmed")
    return {time, OverviewText::tr("Transaction to %1, %2").arg(to, status)};
}

ActivityLine rewardLine(const RewardRow& row, unsigned decimals, const QString& symbol)
{
    //: %1 the amount, %2 the device, %3 the epoch number
    return {row.record.timestamp, OverviewText::tr("Reward of %1 for %2, epoch %3")
                                      .arg(formatAmount(row.record.amount, decimals, symbol), shortAddress(row.device),
                                           formatCount(row.record.epoch))};
}

QString proposalLine(const ProposalDetail& d, unsigned decimals, const QString& symbol)
{
    const auto now = static_cast<std::uint64_t>(QDateTime::currentSecsSinceEpoch());
    // The chain's clock decides when voting ends; the verified block's time is the best "now" we know.
    const std::uint64_t at = d.at.timestamp ? d.at.timestamp : now;
    const QString title = QString::fromStdString(d.proposal.title);
    const QString power = formatAmount(d.power ? d.power->votes : UInt256(0), decimals, symbol);
    if (d.proposal.deadline <= at)
        // Two whole sentences rather than "ends in moments" glued from a fragment.
        //: %1 the proposal's title, %2 the voting power; the deadline is at the latest verified block
        return OverviewText::tr("%1: voting is about to end; your voting power is %2").arg(title, power);
    //: %1 the proposal's title, %2 how long voting stays open ("2 days 3 hours"), %3 the voting power
    return OverviewText::tr("%1: voting ends in %2; your voting power is %3").arg(title, formatDuration(d.proposal.deadline - at), power);
}

} // namespace plinth::ui
