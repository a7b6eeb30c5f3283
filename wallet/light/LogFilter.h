#pragma once
// LogFilter: which logs a user watches, with eth_getLogs semantics: the log's address is one of
// `addresses` (any address when empty) AND, for each position i, topic i is one of `topics[i]` (any topic
// when that set is empty; positions past the end of `topics` are not constrained). As in eth_getLogs, a
// log with fewer topics than `topics` has positions does not match.
//
// mayMatch(bloom) is the completeness test of the light client: when it is false, no log of that block
// (or receipt) can match, so the block needs no receipts fetched; when it is true, the receipts must be
// fetched and proven, or a server could hide an event.
//
// Threading: value type, safe to share read-only between threads. Errors: none.

#include "wallet/common/Bytes.h"
#include "wallet/eth/Address.h"

#include <vector>

namespace plinth {

class Bloom;
struct Log;

struct LogFilter {
    std::vector<Address> addresses;
    std::vector<std::vector<Hash32>> topics;

    // Could a block (or receipt) with this bloom contain a matching log? False for an empty bloom.
    bool mayMatch(const Bloom& bloom) const;
    // Does this log match, exactly?
    bool matches(const Log& log) const;
};

} // namespace plinth
