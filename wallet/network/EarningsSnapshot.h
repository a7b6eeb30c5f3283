#pragma once
// EarningsSnapshot: an EarningsIndex saved beside the cache, so that a new process (each plinth-cli
// `earnings` run, the dashboard's start) need not read every reward from SQLite again: with 100,000
// rewards that read costs about a second, the snapshot a few milliseconds (bench_earnings).
//
// The snapshot holds nothing the cache does not: the index's records and the block it was read up to.
// It is used only when it is intact (a Keccak-256 of its bytes at its end), for the same contracts, and
// when that block is still in the cache with the same hash; then refresh() adds the blocks verified
// since, or rebuilds after a rollback, exactly as for an index kept in memory. Anything else (missing,
// damaged, another format version, another chain) means the index is built from the cache as before.
//
// Format (little-endian): "PLNTHEI1", the four contract addresses, the loaded block (flag, number,
// hash), devices (address, kind), owners, epochs, rewards, then the checksum.
// Threading: pure functions and file I/O; call from a worker (never the GUI thread).
// Errors: decode returns Corrupt with what is wrong; save returns Io (the index stays usable).

#include "wallet/common/Bytes.h"
#include "wallet/common/Result.h"
#include "wallet/network/EarningsIndex.h"

#include <filesystem>

namespace plinth {

Bytes encodeEarningsIndex(const EarningsIndex& index);
Result<EarningsIndex> decodeEarningsIndex(ByteView bytes, const NetworkAddresses& contracts);

// Written to a temporary file beside `path`, then renamed over it: a crash leaves the old one or the new.
Result<void> saveEarningsSnapshot(const std::filesystem::path& path, const EarningsIndex& index);

// The index from the snapshot at `path` when it can be used, refreshed from the cache; else built from
// the cache. The snapshot is rewritten when the index moved (a failure to write it is not an error).
Result<EarningsIndex> buildEarningsIndexWithSnapshot(const CacheStore& store, const NetworkAddresses& contracts,
                                                     const std::filesystem::path& path);

} // namespace plinth
