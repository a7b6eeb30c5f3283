// Fuzz target: Merkle-Patricia proofs from untrusted bytes. Input layout: 32 bytes of root, 1 byte of key
// length (0..64) and the key, then proof nodes, each a 2-byte big-endian length and its bytes. Input that
// starts with '{' is also tried as an eth_getProof answer. Verification must reject or accept without
// crashing; an accepted proof must be accepted again with the same result (no hidden state).
#include "wallet/codec/Hex.h"
#include "wallet/light/MerkleProof.h"

#include <boost/json/parse.hpp>

#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace plinth;
    if (size > 0 && data[0] == '{') {
        boost::system::error_code ec;
        const auto value = boost::json::parse(std::string_view(reinterpret_cast<const char*>(data), size), ec);
        if (!ec) {
            static const Hash32 root = *fromHexFixed<32>("0x38701a45fbc362160a67d3916eef857e0980e01769edadf483c16963286cc8ab");
            static const Address address = *parseAddress("0x9fe46736679d2d9a65f0992f2272de9f3c7fa6e0");
            const Hash32 slots[2] = {Hash32{}, root};
            (void)verifyGetProofJson(root, address, slots, value);
        }
        return 0;
    }
    if (size < 33)
        return 0;
    Hash32 root{};
    std::copy(data, data + 32, root.begin());
    std::size_t pos = 32;
    const std::size_t keyLength = data[pos++] % 65;
    if (size - pos < keyLength)
        return 0;
    const Bytes key(data + pos, data + pos + keyLength);
    pos += keyLength;
    std::vector<Bytes> proof;
    while (size - pos >= 2) {
        const std::size_t n = static_cast<std::size_t>(data[pos] << 8 | data[pos + 1]);
        pos += 2;
        if (size - pos < n)
            break;
        proof.emplace_back(data + pos, data + pos + n);
        pos += n;
    }
    auto first = verifyTrieProof(root, key, proof, "fuzz");
    auto second = verifyTrieProof(root, key, proof, "fuzz");
    if (first.has_value() != second.has_value() || (first && *first != *second))
        std::abort();
    return 0;
}
