#include "wallet/tx/TransactionSender.h"

#include "wallet/codec/Hex.h"
#include "wallet/crypto/Keccak.h"

namespace plinth {

TransactionSender::TransactionSender(ChainClient& chain, TxJournal& journal) : m_chain(chain), m_journal(journal) {}

Result<JournalEntry> TransactionSender::send(const PreparedTransaction& prepared, const TransactionSigner& signer)
{
    if (!prepared.tx.from)
        return makeError(ErrorCode::InvalidArgument, "the transaction has no sender");
    if (prepared.tx.chainId != m_journal.chainId())
        return makeError(ErrorCode::InvalidArgument, "the transaction is for chain " + std::to_string(prepared.tx.chainId)
                                                         + ", not this network's chain " + std::to_string(m_journal.chainId()));
    auto signedTx = signer(*prepared.tx.from, prepared.tx);
    if (!signedTx)
        return signedTx.error();
    // The hash we will hold the node to is computed here from the bytes, not taken from the signer.
    const Hash32 hash = keccak256(signedTx->raw);

    JournalEntry entry;
    entry.hash = hash;
    entry.tx = prepared.tx;
    entry.raw = signedTx->raw;
    entry.kind = prepared.kind;
    entry.status = JournalStatus::Signed;
    entry.replaces = prepared.replaces;
    if (auto ok = m_journal.add(entry); !ok)
        return ok.error();

    auto reported = m_chain.sendRawTransaction(entry.raw);
    if (!reported) {
        // A transport failure leaves it unknown whether the node got it; tracking will tell. A refusal is final.
        if (reported.error().code == ErrorCode::Remote)
            (void)m_journal.setStatus(hash, JournalStatus::Rejected, std::nullopt, reported.error().message);
        return reported.error();
    }
    if (prepared.replaces)
        if (auto ok = m_journal.markReplaced(*prepared.replaces, hash); !ok)
            return ok.error();
    if (*reported != hash) {
        const std::string note = "the node reported hash " + toHex(*reported) + " for it";
        (void)m_journal.setStatus(hash, JournalStatus::Pending, std::nullopt, note);
        return makeError(ErrorCode::Unverified, "the node reported hash " + toHex(*reported) + " for the transaction we signed, whose hash is "
                                                    + toHex(hash) + ": do not trust this node");
    }
    if (auto ok = m_journal.setStatus(hash, JournalStatus::Pending); !ok)
        return ok.error();
    entry.status = JournalStatus::Pending;
    return entry;
}

} // namespace plinth
