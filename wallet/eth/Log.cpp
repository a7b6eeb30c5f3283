#include "wallet/eth/Log.h"

#include "wallet/codec/Rlp.h"
#include "wallet/light/RpcFields.h"

namespace plinth {

namespace json = boost::json;

void encodeLog(RlpEncoder& encoder, const Log& log)
{
    encoder.beginList();
    encoder.addBytes(log.address.bytes);
    encoder.beginList();
    for (const Hash32& topic : log.topics)
        encoder.addBytes(topic);
    encoder.endList();
    encoder.addBytes(log.data);
    encoder.endList();
}

Result<RpcLog> parseLogJson(const json::value& value, const std::string& context)
{
    auto fields = RpcFields::of(value, context);
    if (!fields)
        return fields.error();
    RpcLog out;
    auto address = fields->address("address");
    if (!address)
        return address.error();
    out.log.address = *address;

    auto topics = fields->value("topics");
    if (!topics)
        return topics.error();
    if (!(*topics)->is_array())
        return fields->fieldError("topics", "is not an array");
    const json::array& topicArray = (*topics)->get_array();
    if (topicArray.size() > kMaxLogTopics)
        return fields->fieldError("topics", "has " + std::to_string(topicArray.size()) + " entries, at most 4 are possible");
    for (std::size_t i = 0; i < topicArray.size(); ++i) {
        const json::value& t = topicArray[i];
        auto bytes = t.is_string() ? parseRpcData(std::string_view(t.get_string().data(), t.get_string().size()))
                                   : Result<Bytes>(makeError(ErrorCode::InvalidArgument, "is not a string"));
        if (!bytes || bytes->size() != 32)
            return fields->error("topic " + std::to_string(i) + " is not 32 bytes of hex");
        Hash32 topic{};
        std::copy(bytes->begin(), bytes->end(), topic.begin());
        out.log.topics.push_back(topic);
    }

    auto data = fields->data("data");
    if (!data)
        return data.error();
    out.log.data = std::move(*data);

    // Position fields: optional, but well-formed when present.
    ClaimedLogPosition& claimed = out.claimed;
    if (fields->has("blockHash")) {
        auto v = fields->hash("blockHash");
        if (!v)
            return v.error();
        claimed.blockHash = *v;
    }
    if (fields->has("transactionHash")) {
        auto v = fields->hash("transactionHash");
        if (!v)
            return v.error();
        claimed.transactionHash = *v;
    }
    for (auto [name, target] : {std::pair{"blockNumber", &claimed.blockNumber},
                                std::pair{"transactionIndex", &claimed.transactionIndex},
                                std::pair{"logIndex", &claimed.logIndex}}) {
        if (!fields->has(name))
            continue;
        auto v = fields->quantity64(name);
        if (!v)
            return v.error();
        *target = *v;
    }
    if (fields->has("removed")) {
        auto v = fields->boolean("removed");
        if (!v)
            return v.error();
        claimed.removed = *v;
    }
    return out;
}

} // namespace plinth
