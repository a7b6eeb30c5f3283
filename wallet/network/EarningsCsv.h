#pragma once
// EarningsCsv: rewards as CSV (RFC 4180: comma-separated, CRLF line ends, fields with a comma, quote, CR
// or LF quoted with quotes doubled; a header row), one row per device and epoch, for tax tools and
// spreadsheets. Columns: date (ISO 8601 UTC of the crediting block, "2025-01-31T00:02:12Z"), epoch,
// device, kind, owner, amount (exact decimal token units, trailing zeros trimmed), amount_raw (base
// units), score (basis points), block, transaction, log_index.
//
// Threading: pure functions; writeEarningsCsv touches the disk (a worker, never the GUI thread).
// Errors: Io when the file cannot be written (nothing is left half-written: a temporary file is renamed
// into place); InvalidArgument from parseCsv for unbalanced quotes.

#include "wallet/common/Result.h"
#include "wallet/network/EarningsIndex.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace plinth {

// One field, quoted when it must be.
std::string csvField(std::string_view text);
// "2025-01-31T00:02:12Z".
std::string isoUtc(std::uint64_t unixSeconds);

extern const std::vector<std::string> kEarningsCsvColumns;

// The document for `selection` (indices into index.rewards()); `decimals` of the token.
std::string earningsCsv(const EarningsIndex& index, const std::vector<std::uint32_t>& selection, unsigned decimals);
Result<void> writeEarningsCsv(const std::filesystem::path& file, const EarningsIndex& index,
                              const std::vector<std::uint32_t>& selection, unsigned decimals);

// Reads RFC 4180 text back into rows of fields (CRLF or LF line ends).
Result<std::vector<std::vector<std::string>>> parseCsv(std::string_view text);

} // namespace plinth
