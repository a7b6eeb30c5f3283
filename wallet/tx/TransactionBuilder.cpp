#include "wallet/tx/TransactionBuilder.h"

#include "wallet/codec/Hex.h"
#include "wallet/crypto/Keccak.h"
#include "wallet/tx/Amount.h"

#include <algorithm>

namespace plinth {
namespace {

Error invalid(std::string message) { return makeError(ErrorCode::InvalidArgument, std::move(message)); }

std::string shortHash(const Hash32& hash) { return toHex(hash); }

void applyFees(TransactionRequest& tx, const FeeLevel& level, bool eip1559)
{
    if (eip1559) {
        tx.type = 2;
        tx.maxPriorityFeePerGas = level.maxPriorityFeePerGas;
        tx.maxFeePerGas = std::max(level.maxFeePerGas, level.maxPriorityFeePerGas);
        tx.gasPrice = 0;
    } else {
        tx.type = 0;
        tx.gasPrice = level.maxFeePerGas;
        tx.maxFeePerGas = 0;
        tx.maxPriorityFeePerGas = 0;
    }
}

UInt256 maxFeeOf(const TransactionRequest& tx) { return tx.type == 2 ? tx.maxFeePerGas : tx.gasPrice; }

UInt256 maxCostOf(const TransactionRequest& tx) { return tx.value + UInt256(tx.gas) * maxFeeOf(tx); }

// The first 4 bytes of keccak256 of a canonical function signature, followed by one address word.
Bytes callWithAddress(std::string_view signature, const Address& a)
{
    const Hash32 h = keccak256(asBytes(signature));
    Bytes data(h.begin(), h.begin() + 4);
    data.insert(data.end(), 12, 0);
    data.insert(data.end(), a.bytes.begin(), a.bytes.end());
    return data;
}

} // namespace

UInt256 bumpedFee(const UInt256& old) { return old + std::max<UInt256>((old + 7) / 8, 1); }

std::uint64_t gasWithMargin(std::uint64_t estimate, bool plainTransfer)
{
    if (plainTransfer && estimate == kPlainTransferGas)
        return estimate;
    return estimate + (estimate * kGasMarginPercent + 99) / 100;
}

Bytes erc20TransferData(const Address& to, const UInt256& amount)
{
    Bytes data = callWithAddress("transfer(address,uint256)", to);
    const auto word = toBigEndian32(amount);
    data.insert(data.end(), word.begin(), word.end());
    return data;
}

TransactionBuilder::TransactionBuilder(ChainClient& chain, const NetworkProfile& profile, const TxJournal& journal)
    : m_chain(chain), m_profile(profile), m_journal(journal), m_reverts(profile.contracts, profile.token)
{
}

Result<void> TransactionBuilder::checkChain()
{
    if (m_chainChecked)
        return {};
    if (m_profile.chainId == 0)
        return invalid("the network profile has no chain id");
    auto id = m_chain.chainId();
    if (!id)
        return id.error();
    if (*id != m_profile.chainId)
        return invalid("the node is on chain " + std::to_string(*id) + ", but the network profile \"" + m_profile.name
                       + "\" is for chain " + std::to_string(m_profile.chainId)
                       + ": refusing to sign a transaction for another chain");
    m_chainChecked = true;
    return {};
}

Result<Address> TransactionBuilder::tokenAddress() const
{
    if (m_profile.contracts.token.empty())
        return invalid("the network profile \"" + m_profile.name + "\" has no token contract");
    auto token = parseAddress(m_profile.contracts.token);
    if (!token)
        return invalid("the network profile's token address is invalid: " + token.error().message);
    return *token;
}

Result<UInt256> TransactionBuilder::tokenBalance(const Address& holder)
{
    auto token = tokenAddress();
    if (!token)
        return token.error();
    CallRequest call{holder, *token, 0, callWithAddress("balanceOf(address)", holder)};
    auto answer = m_chain.call(call);
    if (!answer)
        return answer.error();
    if (answer->size() != 32)
        return makeError(ErrorCode::Unverified, "the token contract's balanceOf answer is not one 32-byte word");
    return fromBigEndian(*answer);
}

Result<void> TransactionBuilder::checkFunds(const PreparedTransaction& p, const UInt256& balance)
{
    const std::string who = toChecksumAddress(*p.tx.from);
    const auto& currency = m_profile.currency;
    if (p.kind == "token-transfer") {
        auto tokens = tokenBalance(*p.tx.from);
        if (!tokens)
            return tokens.error();
        if (*tokens < p.tokenAmount)
            return invalid(who + ": " + formatAmount(*tokens, m_profile.token.decimals, m_profile.token.symbol)
                           + " is too little for this transfer of "
                           + formatAmount(p.tokenAmount, m_profile.token.decimals, m_profile.token.symbol));
    }
    const bool transfer = p.kind == "transfer" || p.kind == "token-transfer";
    if (balance < p.maxCost)
        return invalid(who + ": " + formatAmount(balance, currency.decimals, currency.symbol)
                       + (transfer ? " is too little for this transfer: it needs up to " : " is too little for this transaction: it needs up to ")
                       + formatAmount(p.maxCost, currency.decimals, currency.symbol)
                       + (p.tx.value != 0 ? " for value and gas" : " for gas"));
    return {};
}

Result<PreparedTransaction> TransactionBuilder::transfer(const TransferRequest& request)
{
    if (auto ok = checkChain(); !ok)
        return ok.error();
    if (request.amount == 0)
        return invalid("the amount must be more than 0");
    PreparedTransaction p;
    p.tx.chainId = m_profile.chainId;
    p.tx.from = request.from;
    if (request.token) {
        auto token = tokenAddress();
        if (!token)
            return token.error();
        p.kind = "token-transfer";
        p.tx.to = *token;
        p.tx.data = erc20TransferData(request.to, request.amount);
        p.tokenAmount = request.amount;
        p.tokenRecipient = request.to;
    } else {
        p.kind = "transfer";
        p.tx.to = request.to;
        p.tx.value = request.amount;
    }
    auto balance = prepareNew(p, request.from, request.speed);
    if (!balance)
        return balance.error();

    // Estimate with the value only when it is covered: otherwise the node refuses with its own words,
    // and the sentence below is clearer. The estimate then only sizes the message.
    const bool valueCovered = *balance >= p.tx.value;
    CallRequest call{request.from, p.tx.to, valueCovered ? p.tx.value : UInt256(0), p.tx.data};
    if (request.token) {
        auto tokens = tokenBalance(request.from);
        if (!tokens)
            return tokens.error();
        if (*tokens < request.amount) {
            p.tx.gas = 0;
            p.maxCost = 0;
            if (auto ok = checkFunds(p, *balance); !ok)
                return ok.error();
        }
    }
    auto estimate = m_chain.estimateGas(call);
    if (!estimate) {
        if (valueCovered && estimate.error().code == ErrorCode::Remote)
            return makeError(ErrorCode::Remote, "the node expects this transaction to fail, so it was not sent ("
                                                    + estimate.error().message + ")");
        if (valueCovered)
            return estimate.error();
        estimate = kPlainTransferGas;
    }
    p.gasEstimate = *estimate;
    p.tx.gas = gasWithMargin(*estimate, p.tx.data.empty());
    p.maxCost = maxCostOf(p.tx);
    if (auto ok = checkFunds(p, *balance); !ok)
        return ok.error();
    return p;
}

Result<UInt256> TransactionBuilder::prepareNew(PreparedTransaction& p, const Address& from, FeeSpeed speed)
{
    auto nonce = m_chain.transactionCount(from, "pending");
    if (!nonce)
        return nonce.error();
    p.tx.nonce = *nonce;
    auto fees = fetchFeeSuggestions(m_chain);
    if (!fees)
        return fees.error();
    p.fees = *fees;
    applyFees(p.tx, fees->level(speed), fees->eip1559);
    return m_chain.balance(from);
}

Result<PreparedTransaction> TransactionBuilder::contractCall(const ContractCallRequest& request)
{
    return contractCallAssuming(request, {}, 0);
}

Result<PreparedTransaction> TransactionBuilder::contractCallAssuming(const ContractCallRequest& request,
                                                                    const std::vector<StorageOverride>& assume,
                                                                    std::uint64_t nonceOffset)
{
    if (auto ok = checkChain(); !ok)
        return ok.error();
    if (request.data.size() < 4)
        return invalid("a contract call needs calldata (at least a 4-byte selector)");
    PreparedTransaction p;
    p.kind = request.kind.empty() ? "contract-call" : request.kind;
    p.tx.chainId = m_profile.chainId;
    p.tx.from = request.from;
    p.tx.to = request.to;
    p.tx.value = request.value;
    p.tx.data = request.data;
    auto balance = prepareNew(p, request.from, request.speed);
    if (!balance)
        return balance.error();
    p.tx.nonce += nonceOffset;
    // As for a transfer: estimate with the value only when it is covered, so that a call that fails
    // only for want of funds gets the funds sentence below rather than the node's words.
    const bool valueCovered = *balance >= p.tx.value;
    CallRequest call{request.from, request.to, valueCovered ? p.tx.value : UInt256(0), p.tx.data};
    std::optional<CallRevert> revert;
    auto estimate = m_chain.estimateGas(call, &revert, assume);
    if (!estimate) {
        if (revert)
            return makeError(ErrorCode::Remote, "the node expects this transaction to fail, so it was not sent: "
                                                    + m_reverts.explain(revert->data, request.to).sentence);
        return estimate.error();
    }
    p.gasEstimate = *estimate;
    p.tx.gas = gasWithMargin(*estimate, false);
    p.maxCost = maxCostOf(p.tx);
    if (auto ok = checkFunds(p, *balance); !ok)
        return ok.error();
    return p;
}

Result<JournalEntry> TransactionBuilder::replaceable(const Hash32& hash)
{
    if (auto ok = checkChain(); !ok)
        return ok.error();
    auto entry = m_journal.find(hash);
    if (!entry)
        return entry.error();
    if (!*entry)
        return makeError(ErrorCode::NotFound, "transaction " + shortHash(hash)
                                                  + " is not in Plinth's journal for this network: only transactions "
                                                    "that Plinth sent from this data dir can be sped up or cancelled");
    const JournalEntry& e = **entry;
    if (e.replacedBy)
        return invalid("transaction " + shortHash(hash) + " was already replaced by " + shortHash(*e.replacedBy)
                       + ": speed up or cancel that one instead");
    if (e.status == JournalStatus::Rejected)
        return invalid("transaction " + shortHash(hash) + " was refused by the node when it was sent, so there is nothing to replace");
    auto receipt = m_chain.receipt(hash);
    if (!receipt)
        return receipt.error();
    if (*receipt)
        return invalid("transaction " + shortHash(hash) + " is already included in block "
                       + std::to_string((*receipt)->blockNumber) + ": it can no longer be sped up or cancelled");
    auto mined = m_chain.transactionCount(*e.tx.from, "latest");
    if (!mined)
        return mined.error();
    if (*mined > e.tx.nonce)
        return invalid("the nonce " + std::to_string(e.tx.nonce) + " of transaction " + shortHash(hash)
                       + " was already used by another transaction: there is nothing left to replace");
    return e;
}

Result<PreparedTransaction> TransactionBuilder::replacement(const JournalEntry& old, TransactionRequest tx, FeeSpeed speed,
                                                            std::string kind)
{
    auto fees = fetchFeeSuggestions(m_chain);
    if (!fees)
        return fees.error();
    const FeeLevel& level = fees->level(speed);
    if (old.tx.type == 2) {
        tx.type = 2;
        tx.maxPriorityFeePerGas = std::max(bumpedFee(old.tx.maxPriorityFeePerGas), level.maxPriorityFeePerGas);
        tx.maxFeePerGas = std::max({bumpedFee(old.tx.maxFeePerGas), level.maxFeePerGas, tx.maxPriorityFeePerGas});
        tx.gasPrice = 0;
    } else {
        tx.type = old.tx.type;
        tx.gasPrice = std::max(bumpedFee(old.tx.gasPrice), level.maxFeePerGas);
    }
    PreparedTransaction p;
    p.tx = std::move(tx);
    p.kind = std::move(kind);
    p.fees = *fees;
    p.maxCost = maxCostOf(p.tx);
    p.replaces = old.hash;
    auto balance = m_chain.balance(*p.tx.from);
    if (!balance)
        return balance.error();
    if (auto ok = checkFunds(p, *balance); !ok)
        return ok.error();
    return p;
}

Result<PreparedTransaction> TransactionBuilder::speedUp(const Hash32& hash, FeeSpeed speed)
{
    auto old = replaceable(hash);
    if (!old)
        return old.error();
    return replacement(*old, old->tx, speed, "speed-up");
}

Result<PreparedTransaction> TransactionBuilder::cancel(const Hash32& hash, FeeSpeed speed)
{
    auto old = replaceable(hash);
    if (!old)
        return old.error();
    TransactionRequest tx = old->tx;
    tx.to = tx.from;
    tx.value = 0;
    tx.data.clear();
    tx.accessList.clear();
    tx.gas = kPlainTransferGas;
    return replacement(*old, std::move(tx), speed, "cancel");
}

} // namespace plinth
