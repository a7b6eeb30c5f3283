#pragma once
// What the GUI path tests do to the devnet with cast besides reading it: the head block and its time,
// moving the chain's clock on (evm_increaseTime, then a block so that it counts), mining the child that
// verifies a transaction's block before a sync, and a number read with cast at the head.
//
// Threading: the test's (GUI) thread; cast runs as a child process and syncNow() spins the event loop.
// Errors: the bool helpers return false (with GuiDevnet::error() for a sync); numbers abort the test
// through castNumber() when cast printed none.

#include "ChainReads.h"
#include "GuiDevnet.h"
#include "PageTestSupport.h"

#include <cstdint>

namespace plinth::test {

inline std::uint64_t headBlock(const DevnetFixture& fx) { return fx.cast({QStringLiteral("block-number")}).toULongLong(); }

inline std::uint64_t headTimestamp(const DevnetFixture& fx)
{
    return fx.cast({QStringLiteral("block"), QStringLiteral("latest"), QStringLiteral("-f"), QStringLiteral("timestamp")}).toULongLong();
}

// The chain's clock `seconds` later, in a new block.
inline bool moveTimeOn(const DevnetFixture& fx, std::uint64_t seconds)
{
    return !fx.rpc(QStringLiteral("evm_increaseTime"), {QString::number(seconds)}).isNull() && !fx.rpc(QStringLiteral("evm_mine")).isNull();
}

// A block is verified once its child is: mine one on top of the newest, then sync.
inline bool mineAndSync(GuiDevnet& net)
{
    return !net.fixture().rpc(QStringLiteral("evm_mine")).isNull() && net.syncNow();
}

// `cast call contract signature args` at the head, as a number.
inline UInt256 castUIntAtHead(const DevnetFixture& fx, const std::string& contract, const QString& signature, const QStringList& args)
{
    return castNumber(castCall(fx, contract, signature, args, headBlock(fx)));
}

} // namespace plinth::test
