#pragma once
// TransactionSender: signs a PreparedTransaction (TransactionBuilder.h), journals it, broadcasts it with
// eth_sendRawTransaction and checks that the hash the node reports is keccak256 of the bytes we signed.
//
// Order: the signed transaction is written to the journal (status "signed") before it is broadcast, so
// that a crash right after broadcasting still leaves a record to track and replace. Then the row becomes
// "pending" (and a replaced transaction is linked to its replacement), or "rejected" with the node's
// reason when the node refused it.
//
// Ownership: references the ChainClient and the journal, which must outlive the sender.
// Threading: blocking (network, SQLite, signing): a worker thread or the CLI's main thread.
// Errors: the signer's (Locked, NotFound), the journal's (Io), Remote when the node refused the
// transaction ("could not send the transaction: the node (…) refused: nonce too low"), Network when it
// could not be reached, Unverified when the node's hash is not ours (the row stays, marked with a note).

#include "wallet/common/Result.h"
#include "wallet/tx/ChainClient.h"
#include "wallet/tx/TransactionBuilder.h"
#include "wallet/tx/TxJournal.h"
#include "wallet/vault/VaultSigner.h"

namespace plinth {

class TransactionSender {
public:
    TransactionSender(ChainClient& chain, TxJournal& journal);

    // The journal row of the broadcast transaction (status pending).
    Result<JournalEntry> send(const PreparedTransaction& prepared, const TransactionSigner& signer);

private:
    ChainClient& m_chain;
    TxJournal& m_journal;
};

} // namespace plinth
