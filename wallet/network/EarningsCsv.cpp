#include "wallet/network/EarningsCsv.h"

#include "wallet/codec/Hex.h"
#include "wallet/network/DeviceDirectory.h"

#include <cstdio>
#include <fstream>
#include <system_error>

namespace plinth {

const std::vector<std::string> kEarningsCsvColumns = {"date",  "epoch", "device", "kind",        "owner",    "amount",
                                                      "amount_raw", "score", "block", "transaction", "log_index"};

std::string csvField(std::string_view text)
{
    if (text.find_first_of(",\"\r\n") == std::string_view::npos)
        return std::string(text);
    std::string out = "\"";
    for (char c : text) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
    return out;
}

std::string isoUtc(std::uint64_t unixSeconds)
{
    // Civil date from days since 1970-01-01 (H. Hinnant's algorithm), UTC.
    const std::int64_t days = static_cast<std::int64_t>(unixSeconds / 86400);
    const std::uint64_t secs = unixSeconds % 86400;
    const std::int64_t z = days + 719468;
    const std::int64_t era = z / 146097;
    const std::int64_t doe = z - era * 146097;
    const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const std::int64_t mp = (5 * doy + 2) / 153;
    const std::int64_t d = doy - (153 * mp + 2) / 5 + 1;
    const std::int64_t m = mp < 10 ? mp + 3 : mp - 9;
    const std::int64_t y = yoe + era * 400 + (m <= 2 ? 1 : 0);
    char buffer[96];
    std::snprintf(buffer, sizeof buffer, "%04lld-%02lld-%02lldT%02llu:%02llu:%02lluZ", static_cast<long long>(y),
                  static_cast<long long>(m), static_cast<long long>(d), static_cast<unsigned long long>(secs / 3600),
                  static_cast<unsigned long long>(secs / 60 % 60), static_cast<unsigned long long>(secs % 60));
    return buffer;
}

std::string earningsCsv(const EarningsIndex& index, const std::vector<std::uint32_t>& selection, unsigned decimals)
{
    std::string out;
    out.reserve(64 + selection.size() * 260);
    for (std::size_t i = 0; i < kEarningsCsvColumns.size(); ++i)
        out += (i ? "," : "") + kEarningsCsvColumns[i];
    out += "\r\n";
    const auto& all = index.rewards();
    for (std::uint32_t i : selection) {
        const RewardRecord& r = all[i];
        const std::string fields[] = {isoUtc(r.timestamp),
                                      std::to_string(r.epoch),
                                      toChecksumAddress(index.devices()[r.device]),
                                      resourceKindName(index.kindOf(r.device)),
                                      toChecksumAddress(index.owners()[r.owner]),
                                      formatUnits(r.amount, decimals),
                                      toDecimalString(r.amount),
                                      std::to_string(r.score),
                                      std::to_string(r.blockNumber),
                                      toHex(r.txHash),
                                      std::to_string(r.logIndex)};
        for (std::size_t k = 0; k < std::size(fields); ++k) {
            if (k)
                out += ',';
            out += csvField(fields[k]);
        }
        out += "\r\n";
    }
    return out;
}

Result<void> writeEarningsCsv(const std::filesystem::path& file, const EarningsIndex& index,
                              const std::vector<std::uint32_t>& selection, unsigned decimals)
{
    const std::string text = earningsCsv(index, selection, decimals);
    std::filesystem::path temp = file;
    temp += ".partial";
    {
        std::ofstream f(temp, std::ios::binary | std::ios::trunc);
        if (!f)
            return makeError(ErrorCode::Io, "cannot write " + temp.string());
        f.write(text.data(), static_cast<std::streamsize>(text.size()));
        f.flush();
        if (!f)
            return makeError(ErrorCode::Io, "cannot write " + temp.string() + " (disk full?)");
    }
    std::error_code ec;
    std::filesystem::rename(temp, file, ec);
    if (ec) {
        std::filesystem::remove(temp, ec);
        return makeError(ErrorCode::Io, "cannot write " + file.string() + ": " + ec.message());
    }
    return {};
}

Result<std::vector<std::vector<std::string>>> parseCsv(std::string_view text)
{
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> row;
    std::string field;
    bool quoted = false, fieldStarted = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"') {
                if (i + 1 < text.size() && text[i + 1] == '"') {
                    field += '"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == '"' && field.empty()) {
            quoted = fieldStarted = true;
        } else if (c == ',') {
            row.push_back(std::move(field));
            field.clear();
            fieldStarted = true;
        } else if (c == '\n' || c == '\r') {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n')
                ++i;
            row.push_back(std::move(field));
            field.clear();
            rows.push_back(std::move(row));
            row.clear();
            fieldStarted = false;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted)
        return makeError(ErrorCode::InvalidArgument, "the CSV ends inside a quoted field");
    if (fieldStarted || !field.empty()) {
        row.push_back(std::move(field));
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace plinth
