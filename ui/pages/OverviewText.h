#pragma once
// The sentences of the Overview page's lists (recent activity, proposals awaiting a vote): one line per
// journal row, reward or proposal, translated and with amounts through ui/common/Formatting. Kept apart
// from the page so that the page holds only layout and loading.
//
// Threading: GUI thread (translations, locale). Pure otherwise.

#include "wallet/api/NetworkSnapshots.h"
#include "wallet/api/TransactionsService.h"

#include <QString>

#include <cstdint>

namespace plinth::ui {

struct ActivityLine {
    std::uint64_t time = 0; // unix seconds
    QString text;
};

// "Proven at block 1,234".
QString provenAtText(std::uint64_t block);
// "Transfer of 1.5 ETH to 0x12…ab, confirmed" / "… pending".
ActivityLine journalLine(const JournalEntry& entry, const CurrencyInfo& currency);
// "Reward of 12.5 PLNTH for 0x12…ab, epoch 42".
ActivityLine rewardLine(const RewardRow& row, unsigned decimals, const QString& symbol);
// "PIP-7: Lisbon wireless expansion: voting ends in 2 days; your power 1,000 PLNTH".
QString proposalLine(const ProposalDetail& detail, unsigned decimals, const QString& symbol);

} // namespace plinth::ui
