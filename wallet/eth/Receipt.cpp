#include "wallet/eth/Receipt.h"

#include "wallet/codec/Rlp.h"
#include "wallet/light/RpcFields.h"

#include <boost/json/array.hpp>

namespace plinth {

namespace json = boost::json;

Bytes encodeReceipt(const Receipt& receipt)
{
    RlpEncoder encoder;
    encoder.beginList();
    if (receipt.postState)
        encoder.addBytes(*receipt.postState);
    else
        encoder.addUInt(static_cast<std::uint64_t>(receipt.status ? 1 : 0));
    encoder.addUInt(receipt.cumulativeGasUsed);
    encoder.addBytes(receipt.logsBloom.bytes());
    encoder.beginList();
    for (const Log& log : receipt.logs)
        encodeLog(encoder, log);
    encoder.endList();
    encoder.endList();
    Bytes list = encoder.finish();
    if (receipt.type == 0)
        return list;
    Bytes typed;
    typed.reserve(list.size() + 1);
    typed.push_back(receipt.type);
    typed.insert(typed.end(), list.begin(), list.end());
    return typed;
}

Result<RpcReceipt> parseReceiptJson(const json::value& value, const std::string& context)
{
    auto fields = RpcFields::of(value, context);
    if (!fields)
        return fields.error();
    RpcReceipt out;
    Receipt& r = out.receipt;

    // Nodes from before EIP-2718 omit "type": such a receipt is legacy.
    if (fields->has("type")) {
        auto type = fields->quantity64("type");
        if (!type)
            return type.error();
        if (*type > kMaxReceiptType)
            return makeError(ErrorCode::Unsupported, context + ": transaction type " + quantityText(*type)
                                                         + " is not supported, so its receipt cannot be verified");
        r.type = static_cast<std::uint8_t>(*type);
    }

    if (fields->has("status")) {
        auto status = fields->quantity64("status");
        if (!status)
            return status.error();
        if (*status > 1)
            return fields->fieldError("status", "is neither 0x0 nor 0x1");
        r.status = *status == 1;
    } else if (fields->has("root")) {
        auto root = fields->hash("root");
        if (!root)
            return root.error();
        r.postState = *root;
    } else {
        return fields->error("has neither 'status' nor 'root'");
    }

    auto cumulative = fields->quantity64("cumulativeGasUsed");
    if (!cumulative)
        return cumulative.error();
    r.cumulativeGasUsed = *cumulative;

    auto bloom = fields->fixed<Bloom::kSize>("logsBloom");
    if (!bloom)
        return bloom.error();
    r.logsBloom = Bloom(*bloom);

    auto logs = fields->value("logs");
    if (!logs)
        return logs.error();
    if (!(*logs)->is_array())
        return fields->fieldError("logs", "is not an array");
    const json::array& logArray = (*logs)->get_array();
    for (std::size_t i = 0; i < logArray.size(); ++i) {
        auto log = parseLogJson(logArray[i], context + ", log " + std::to_string(i));
        if (!log)
            return log.error();
        r.logs.push_back(std::move(log->log));
        out.claimedLogPositions.push_back(log->claimed);
    }

    auto txHash = fields->hash("transactionHash");
    if (!txHash)
        return txHash.error();
    out.transactionHash = *txHash;
    auto txIndex = fields->quantity64("transactionIndex");
    if (!txIndex)
        return txIndex.error();
    out.transactionIndex = *txIndex;
    auto blockHash = fields->hash("blockHash");
    if (!blockHash)
        return blockHash.error();
    out.blockHash = *blockHash;
    auto blockNumber = fields->quantity64("blockNumber");
    if (!blockNumber)
        return blockNumber.error();
    out.blockNumber = *blockNumber;

    if (Bloom::ofLogs(r.logs) != r.logsBloom)
        return makeError(ErrorCode::Unverified, context + ": logsBloom does not match its " + std::to_string(r.logs.size())
                                                    + " log(s) (a log was dropped, injected or altered)");
    return out;
}

Result<std::vector<RpcReceipt>> parseBlockReceiptsJson(const json::value& value, const std::string& context)
{
    if (!value.is_array())
        return makeError(ErrorCode::InvalidArgument, context + ": receipts are not a JSON array");
    const json::array& array = value.get_array();
    std::vector<RpcReceipt> out;
    out.reserve(array.size());
    for (std::size_t i = 0; i < array.size(); ++i) {
        auto receipt = parseReceiptJson(array[i], context + ", receipt " + std::to_string(i));
        if (!receipt)
            return receipt.error();
        out.push_back(std::move(*receipt));
    }
    return out;
}

} // namespace plinth
