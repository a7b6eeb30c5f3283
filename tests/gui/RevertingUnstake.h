#pragma once
// A transaction of the account that reverts in its block, for the GUI tests of a failure (the
// notifier's "Transaction failed", the Activity page's failed row): the whole stake of one of the
// account's devices is unstaked through the TransactionsService (its simulation passes), and with
// automine off the seeded slasher's slash of that stake goes in first (a higher tip), so the unstake
// mined in the same block reverts with the staking contract's InsufficientStake. The service then
// journals the reverted status and, from re-running the call, why: waitForJournal() waits for that row.
//
// Threading: the test's (GUI) thread; cast runs as a child process. Ownership: none; automine is on
// again when this returns, whatever happened. Errors: nullopt with *error saying which step failed.

#include "ChainMoves.h"
#include "ChainReads.h"
#include "GuiDevnet.h"
#include "ServiceSend.h"
#include "wallet/network/CallEncoders.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace plinth::test {

inline std::optional<Hash32> sendRevertingUnstake(GuiDevnet& net, const Address& account, QString* error)
{
    const DevnetFixture& fx = net.fixture();
    const std::string staking = net.services().profile->contracts.staking;
    std::optional<Address> device;
    UInt256 stake = 0;
    for (const QJsonValue& d : fx.facts().value(QStringLiteral("devices")).toArray()) {
        const QString a = d.toObject().value(QStringLiteral("address")).toString();
        const UInt256 s = castUIntAtHead(fx, staking, QStringLiteral("stakes(address,address)(uint256)"), {a, addr(account)});
        if (s > 0) {
            device = parseAddress(a.toStdString()).value();
            stake = s;
            break;
        }
    }
    if (!device)
        return *error = QStringLiteral("the account has no stake on any seeded device"), std::nullopt;
    if (fx.rpc(QStringLiteral("evm_setAutomine"), {QStringLiteral("false")}).isNull())
        return *error = QStringLiteral("evm_setAutomine false failed"), std::nullopt;
    const auto automineOn = [&] { return !fx.rpc(QStringLiteral("evm_setAutomine"), {QStringLiteral("true")}).isNull(); };
    const auto hash = sendThroughService(
        net, "Unstake", ContractCallRequest{account, parseAddress(staking).value(), encodeUnstake(*device, stake), 0, "unstake", FeeSpeed::Normal},
        error);
    if (!hash)
        return automineOn(), std::nullopt;
    const QString sent = fx.cast(
        {QStringLiteral("send"), QStringLiteral("--unlocked"), QStringLiteral("--from"), addr(factsAccount(fx, QStringLiteral("slasher"))),
         QStringLiteral("--async"), QStringLiteral("--priority-gas-price"), QStringLiteral("50000000000"), QStringLiteral("--gas-price"),
         QStringLiteral("100000000000"),
         // No estimate: the node would estimate on top of the pending unstake.
         QStringLiteral("--gas-limit"), QStringLiteral("200000"), QString::fromStdString(staking), QStringLiteral("slash(address,address,uint256,string)"),
         addr(*device), addr(account), QStringLiteral("1"), QStringLiteral("test: front-run")},
        error);
    if (sent.isNull())
        return automineOn(), std::nullopt;
    const bool mined = !fx.rpc(QStringLiteral("evm_mine")).isNull();
    if (!automineOn() || !mined)
        return *error = QStringLiteral("mining the block of the unstake failed"), std::nullopt;
    return hash;
}

// The journal row of `hash` once the service's tracking wrote `status` into it (and a reason, when
// `withNote`: the service journals why a transaction reverted with its status); nullopt after 60 s.
inline std::optional<JournalEntry> waitForJournal(GuiDevnet& net, const Address& account, const Hash32& hash, JournalStatus status,
                                                  bool withNote = false)
{
    std::optional<JournalEntry> found;
    spinUntil(
        [&] {
            auto rows = ask<std::vector<JournalEntry>>([&](auto done) { net.services().transactions->journal(account, std::move(done)); });
            if (rows)
                for (const JournalEntry& e : *rows)
                    if (e.hash == hash && e.status == status && (!withNote || !e.note.empty()))
                        found = e;
            return found.has_value();
        },
        std::chrono::seconds(60));
    return found;
}

} // namespace plinth::test
