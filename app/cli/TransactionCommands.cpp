// `send`, `tx status`, `tx speed-up`, `tx cancel`: transactions built, signed with the vault, broadcast and
// tracked by the tx module (wallet/tx), journalled in <datadir>/transactions/<chainId>.db.
#include "app/cli/CliCommand.h"
#include "app/cli/CliContext.h"
#include "app/cli/PasswordInput.h"
#include "app/cli/TxReport.h"
#include "app/cli/TxSession.h"
#include "wallet/codec/Hex.h"
#include "wallet/tx/Amount.h"
#include "wallet/vault/VaultSigner.h"

#include <QJsonObject>

namespace plinth::cli {
namespace {

QString q(const std::string& text) { return QString::fromStdString(text); }
QString hex(const Hash32& h) { return q(toHex(h)); }
QString dec(const UInt256& v) { return q(toDecimalString(v)); }

Result<Hash32> hashArgument(CliContext& context)
{
    if (context.positional().size() != 1)
        return makeError(ErrorCode::InvalidArgument, QCoreApplication::translate("cli", "expected one HASH").toStdString());
    auto hash = fromHexFixed<32>(context.positional().first().trimmed().toStdString());
    if (!hash)
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("cli", "HASH must be a transaction hash (0x and 64 hex digits)").toStdString());
    return *hash;
}

// Signs with the vault (the password is asked only now, after every check), broadcasts and reports;
// with `wait`, waits until the transaction is settled.
int signAndSend(CliContext& context, TxSession& session, const PreparedTransaction& prepared, bool wait)
{
    std::chrono::milliseconds timeout{0};
    if (wait) {
        auto t = timeoutOption(context);
        if (!t)
            return context.fail(t.error(), kExitUsage);
        timeout = *t;
    }
    auto vault = unlockVault(context);
    if (!vault)
        return context.fail(vault.error());
    auto sent = session.sender().send(prepared, vaultSigner(**vault));
    vault->reset(); // lock and close before waiting: the key is not needed any more
    if (!sent)
        return context.fail(sent.error());
    QJsonObject o = entryToJson(*sent, session.profile());
    if (prepared.tokenRecipient) {
        o.insert(QStringLiteral("tokenRecipient"), q(toChecksumAddress(*prepared.tokenRecipient)));
        o.insert(QStringLiteral("tokenAmount"), dec(prepared.tokenAmount));
    }
    printSent(context, *sent, session.profile());
    if (!wait) {
        o.insert(QStringLiteral("status"), QStringLiteral("pending"));
        if (context.json())
            context.printJson(o);
        return kExitOk;
    }
    auto settled = session.tracker().waitUntilSettled(sent->hash, timeout);
    if (!settled) {
        if (context.json())
            context.printJson(o);
        if (settled.error().code == ErrorCode::Cancelled)
            return context.fail(stillPendingMessage(settled.error(), sent->hash));
        return context.fail(settled.error());
    }
    addStatus(o, *settled);
    if (context.json())
        context.printJson(o);
    else
        context.out() << statusLine(*settled) << Qt::endl;
    if (settled->receipt && !settled->receipt->success)
        return context.fail(QCoreApplication::translate("cli", "the transaction was included in block %1 but reverted")
                                .arg(settled->receipt->blockNumber));
    if (settled->state != TransactionStatus::State::Included)
        return context.fail(statusLine(*settled));
    return kExitOk;
}

class SendCommand final : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(SendCommand)
public:
    QStringList words() const override { return {QStringLiteral("send")}; }
    QString summary() const override { return tr("Send the native currency, or the network's token with --token"); }
    void addOptions(QCommandLineParser& parser) const override
    {
        addFromOption(parser);
        parser.addOption({QStringLiteral("to"), tr("The recipient."), tr("address")});
        parser.addOption({QStringLiteral("amount"), tr("How much, in the currency's units (e.g. 1.5)."), tr("amount")});
        parser.addOption({QStringLiteral("token"), tr("Send the profile's ERC-20 token instead of the native currency.")});
        addFeeOption(parser);
        parser.addOption({QStringLiteral("no-wait"), tr("Return once the node has accepted the transaction, without waiting for a block.")});
        addTimeoutOption(parser);
        addPasswordOption(parser);
    }

    int run(CliContext& context) const override
    {
        auto from = fromOption(context);
        if (!from)
            return context.fail(from.error(), kExitUsage);
        if (!context.isSet(QStringLiteral("to")))
            return context.fail(tr("--to ADDRESS is required"), kExitUsage);
        auto to = addressArgument(context.value(QStringLiteral("to")));
        if (!to)
            return context.fail(to.error(), kExitUsage);
        if (!context.isSet(QStringLiteral("amount")))
            return context.fail(tr("--amount AMOUNT is required"), kExitUsage);
        auto speed = feeOption(context);
        if (!speed)
            return context.fail(speed.error(), kExitUsage);
        auto session = TxSession::open(context);
        if (!session)
            return context.fail(session.error());
        const bool token = context.isSet(QStringLiteral("token"));
        const NetworkProfile& profile = (*session)->profile();
        const CurrencyInfo& unit = token ? profile.token : profile.currency;
        if (token && profile.contracts.token.empty())
            return context.fail(tr("the network \"%1\" has no token").arg(q(profile.name)));
        auto amount = parseAmount(context.value(QStringLiteral("amount")).toStdString(), unit.decimals, unit.symbol);
        if (!amount)
            return context.fail(amount.error(), kExitUsage);
        auto prepared = (*session)->builder().transfer(TransferRequest{*from, *to, *amount, token, *speed});
        if (!prepared)
            return context.fail(prepared.error());
        return signAndSend(context, **session, *prepared, !context.isSet(QStringLiteral("no-wait")));
    }
};

class TxStatusCommand final : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(TxStatusCommand)
public:
    QStringList words() const override { return {QStringLiteral("tx"), QStringLiteral("status")}; }
    QString summary() const override { return tr("Show whether a transaction is pending, included, replaced or dropped"); }
    void addOptions(QCommandLineParser& parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("HASH"), tr("The transaction hash."));
    }

    int run(CliContext& context) const override
    {
        auto hash = hashArgument(context);
        if (!hash)
            return context.fail(hash.error(), kExitUsage);
        auto session = TxSession::open(context);
        if (!session)
            return context.fail(session.error());
        auto status = (*session)->tracker().status(*hash);
        if (!status)
            return context.fail(status.error());
        if (context.json()) {
            QJsonObject o{{QStringLiteral("hash"), hex(*hash)}};
            addStatus(o, *status);
            context.printJson(o);
        } else {
            context.out() << statusLine(*status) << Qt::endl;
        }
        return kExitOk;
    }
};

class TxReplaceCommand : public CliCommand {
public:
    void addOptions(QCommandLineParser& parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("HASH"), QCoreApplication::translate("cli", "A pending transaction Plinth sent."));
        addFeeOption(parser);
        parser.addOption({QStringLiteral("wait"), QCoreApplication::translate("cli", "Wait until the replacement is in a block.")});
        addTimeoutOption(parser);
        addPasswordOption(parser);
    }

    int run(CliContext& context) const override
    {
        auto hash = hashArgument(context);
        if (!hash)
            return context.fail(hash.error(), kExitUsage);
        auto speed = feeOption(context);
        if (!speed)
            return context.fail(speed.error(), kExitUsage);
        auto session = TxSession::open(context);
        if (!session)
            return context.fail(session.error());
        auto prepared = prepare(**session, *hash, *speed);
        if (!prepared)
            return context.fail(prepared.error());
        return signAndSend(context, **session, *prepared, context.isSet(QStringLiteral("wait")));
    }

protected:
    virtual Result<PreparedTransaction> prepare(TxSession& session, const Hash32& hash, FeeSpeed speed) const = 0;
};

class TxSpeedUpCommand final : public TxReplaceCommand {
    Q_DECLARE_TR_FUNCTIONS(TxSpeedUpCommand)
public:
    QStringList words() const override { return {QStringLiteral("tx"), QStringLiteral("speed-up")}; }
    QString summary() const override { return tr("Resend a pending transaction with higher fees (same nonce)"); }

protected:
    Result<PreparedTransaction> prepare(TxSession& session, const Hash32& hash, FeeSpeed speed) const override
    {
        return session.builder().speedUp(hash, speed);
    }
};

class TxCancelCommand final : public TxReplaceCommand {
    Q_DECLARE_TR_FUNCTIONS(TxCancelCommand)
public:
    QStringList words() const override { return {QStringLiteral("tx"), QStringLiteral("cancel")}; }
    QString summary() const override { return tr("Replace a pending transaction with a 0-value transfer to yourself"); }

protected:
    Result<PreparedTransaction> prepare(TxSession& session, const Hash32& hash, FeeSpeed speed) const override
    {
        return session.builder().cancel(hash, speed);
    }
};

} // namespace

PLINTH_CLI_COMMAND(SendCommand)
PLINTH_CLI_COMMAND(TxStatusCommand)
PLINTH_CLI_COMMAND(TxSpeedUpCommand)
PLINTH_CLI_COMMAND(TxCancelCommand)

} // namespace plinth::cli
