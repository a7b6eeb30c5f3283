#include "wallet/tx/TransactionPreview.h"

#include "wallet/tx/Amount.h"

#include <algorithm>

namespace plinth {

FeeEstimate feeEstimate(const PreparedTransaction& p)
{
    FeeEstimate f;
    f.gasLimit = p.tx.gas;
    f.gasEstimate = p.gasEstimate != 0 ? p.gasEstimate : p.tx.gas;
    f.value = p.tx.value;
    if (p.tx.type == 2) {
        f.maxFeePerGas = p.tx.maxFeePerGas;
        f.likelyFeePerGas = std::min(p.tx.maxFeePerGas, p.fees.nextBaseFee + p.tx.maxPriorityFeePerGas);
    } else {
        f.maxFeePerGas = p.tx.gasPrice;
        f.likelyFeePerGas = p.tx.gasPrice;
    }
    f.maximum = UInt256(f.gasLimit) * f.maxFeePerGas;
    f.likely = UInt256(f.gasEstimate) * f.likelyFeePerGas;
    return f;
}

TransactionPreview previewOf(std::string description, const PreparedTransaction& prepared,
                             std::optional<Simulation> simulation, const ActionDecoder& decoder)
{
    TransactionPreview v;
    v.description = std::move(description);
    v.kind = prepared.kind;
    v.from = prepared.tx.from.value_or(Address{});
    v.call = decoder.decode(prepared.tx.to.value_or(Address{}), prepared.tx.value, prepared.tx.data);
    v.nonce = prepared.tx.nonce;
    v.fees = feeEstimate(prepared);
    v.simulation = std::move(simulation);
    return v;
}

TransactionPreview deferredPreview(std::string description, const ContractCallRequest& call, std::string why,
                                   const ActionDecoder& decoder)
{
    TransactionPreview v;
    v.description = std::move(description);
    v.kind = call.kind;
    v.from = call.from;
    v.call = decoder.decode(call.to, call.value, call.data);
    v.deferred = std::move(why);
    return v;
}

std::string formatFee(const UInt256& value, const CurrencyInfo& currency, unsigned digits)
{
    // Round up to `digits` significant digits: drop the low-order digits of the base units beyond them.
    const std::string full = toDecimalString(value);
    UInt256 rounded = value;
    if (value != 0 && full.size() > digits) {
        UInt256 unit = 1;
        for (std::size_t i = 0; i < full.size() - digits; ++i)
            unit *= 10;
        rounded = (value + unit - 1) / unit * unit;
    }
    return formatAmount(rounded, currency.decimals, currency.symbol);
}

} // namespace plinth
