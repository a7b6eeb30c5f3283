// `sign-message`, `verify-message`, `sign-typed-data`, `sign-tx`: offline signing with the vault's keys.
#include "app/cli/CliCommand.h"
#include "app/cli/CliContext.h"
#include "app/cli/PasswordInput.h"
#include "wallet/codec/Hex.h"
#include "wallet/eth/Eip191.h"
#include "wallet/eth/Eip712.h"
#include "wallet/eth/Transaction.h"
#include "wallet/vault/VaultSigner.h"

#include <QFile>
#include <QJsonObject>

namespace plinth::cli {
namespace {

Result<QByteArray> readInputFile(const QString& path)
{
    QFile file(path);
    if (file.size() > 4 * 1024 * 1024)
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("cli", "%1 is too large").arg(path).toStdString());
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, QCoreApplication::translate("cli", "cannot read %1: %2")
                                            .arg(path, file.errorString())
                                            .toStdString());
    return file.readAll();
}

std::string_view view(const QByteArray& bytes) { return {bytes.constData(), static_cast<std::size_t>(bytes.size())}; }

int printSignature(CliContext& context, const Address& from, const RecoverableSignature& signature)
{
    const QString hex = QString::fromStdString(signatureToHex(signature));
    if (context.json())
        context.printJson(QJsonObject{{QStringLiteral("address"), QString::fromStdString(toChecksumAddress(from))},
                                      {QStringLiteral("signature"), hex}});
    else
        context.out() << hex << Qt::endl;
    return kExitOk;
}

int signDigest(CliContext& context, const Address& from, const Hash32& digest)
{
    auto vault = unlockVault(context);
    if (!vault)
        return context.fail(vault.error());
    auto signature = (*vault)->signHash(from, digest);
    if (!signature)
        return context.fail(signature.error());
    return printSignature(context, from, *signature);
}

class SignMessageCommand final : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(SignMessageCommand)
public:
    QStringList words() const override { return {QStringLiteral("sign-message")}; }
    QString summary() const override { return tr("Sign a text message (EIP-191 personal_sign)"); }
    void addOptions(QCommandLineParser& parser) const override
    {
        addFromOption(parser);
        parser.addPositionalArgument(QStringLiteral("TEXT"), tr("The message, signed as its UTF-8 bytes."));
        addPasswordOption(parser);
    }

    int run(CliContext& context) const override
    {
        auto from = fromOption(context);
        if (!from)
            return context.fail(from.error(), kExitUsage);
        if (context.positional().size() != 1)
            return context.fail(tr("expected one TEXT argument"), kExitUsage);
        const QByteArray text = context.positional().first().toUtf8();
        return signDigest(context, *from, personalMessageHash(asBytes(view(text))));
    }
};

class VerifyMessageCommand final : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(VerifyMessageCommand)
public:
    QStringList words() const override { return {QStringLiteral("verify-message")}; }
    QString summary() const override { return tr("Check that ADDRESS signed TEXT (exit code 0 if so, 1 if not)"); }
    void addOptions(QCommandLineParser& parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("ADDRESS"), tr("The expected signer."));
        parser.addPositionalArgument(QStringLiteral("TEXT"), tr("The message."));
        parser.addPositionalArgument(QStringLiteral("SIGNATURE"), tr("65 bytes of hex (r, s, v)."));
    }

    int run(CliContext& context) const override
    {
        if (context.positional().size() != 3)
            return context.fail(tr("expected ADDRESS, TEXT and SIGNATURE"), kExitUsage);
        auto address = addressArgument(context.positional().at(0));
        if (!address)
            return context.fail(address.error());
        auto signature = signatureFromHex(context.positional().at(2).trimmed().toStdString());
        if (!signature)
            return context.fail(tr("invalid signature: %1").arg(QString::fromStdString(signature.error().message)));
        const QByteArray text = context.positional().at(1).toUtf8();
        auto signer = recoverPersonalMessageSigner(asBytes(view(text)), *signature);
        if (!signer)
            return context.fail(tr("invalid signature: %1").arg(QString::fromStdString(signer.error().message)));
        const bool valid = *signer == *address;
        const QString recovered = QString::fromStdString(toChecksumAddress(*signer));
        if (context.json())
            context.printJson(QJsonObject{{QStringLiteral("valid"), valid}, {QStringLiteral("signer"), recovered}});
        else if (valid)
            context.out() << tr("Valid: signed by %1.").arg(recovered) << Qt::endl;
        else
            context.out() << tr("Not valid: the signature is by %1, not %2.")
                                 .arg(recovered, QString::fromStdString(toChecksumAddress(*address)))
                          << Qt::endl;
        return valid ? kExitOk : kExitFailed;
    }
};

class SignTypedDataCommand final : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(SignTypedDataCommand)
public:
    QStringList words() const override { return {QStringLiteral("sign-typed-data")}; }
    QString summary() const override { return tr("Sign EIP-712 typed data (eth_signTypedData_v4 JSON in FILE)"); }
    void addOptions(QCommandLineParser& parser) const override
    {
        addFromOption(parser);
        parser.addPositionalArgument(QStringLiteral("FILE"), tr("The typed data: types, primaryType, domain, message."));
        addPasswordOption(parser);
    }

    int run(CliContext& context) const override
    {
        auto from = fromOption(context);
        if (!from)
            return context.fail(from.error(), kExitUsage);
        if (context.positional().size() != 1)
            return context.fail(tr("expected one FILE"), kExitUsage);
        auto json = readInputFile(context.positional().first());
        if (!json)
            return context.fail(json.error());
        // Check the data before asking for the password.
        auto digest = typedDataHash(view(*json));
        if (!digest)
            return context.fail(tr("invalid typed data: %1").arg(QString::fromStdString(digest.error().message)));
        return signDigest(context, *from, *digest);
    }
};

class SignTransactionCommand final : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(SignTransactionCommand)
public:
    QStringList words() const override { return {QStringLiteral("sign-tx")}; }
    QString summary() const override { return tr("Sign a transaction offline and print it raw (JSON in FILE)"); }
    void addOptions(QCommandLineParser& parser) const override
    {
        addFromOption(parser);
        parser.addPositionalArgument(QStringLiteral("FILE"),
                                     tr("eth_sendTransaction fields plus chainId, nonce and type; numbers as hex."));
        addPasswordOption(parser);
    }

    int run(CliContext& context) const override
    {
        auto from = fromOption(context);
        if (!from)
            return context.fail(from.error(), kExitUsage);
        if (context.positional().size() != 1)
            return context.fail(tr("expected one FILE"), kExitUsage);
        auto json = readInputFile(context.positional().first());
        if (!json)
            return context.fail(json.error());
        auto tx = parseTransactionJson(view(*json));
        if (!tx)
            return context.fail(tr("invalid transaction: %1").arg(QString::fromStdString(tx.error().message)));
        // A "from" in the file must agree with --from: signing with another key than the file names
        // would produce a transaction the user did not mean.
        if (tx->from && *tx->from != *from)
            return context.fail(tr("the transaction's \"from\" is not the --from account"));
        auto vault = unlockVault(context);
        if (!vault)
            return context.fail(vault.error());
        auto signedTx = signWithVault(**vault, *from, *tx);
        if (!signedTx)
            return context.fail(signedTx.error());
        const QString raw = QString::fromStdString(toHex(signedTx->raw));
        const QString hash = QString::fromStdString(toHex(signedTx->hash));
        if (context.json())
            context.printJson(QJsonObject{{QStringLiteral("raw"), raw}, {QStringLiteral("hash"), hash},
                                          {QStringLiteral("from"), QString::fromStdString(toChecksumAddress(*from))}});
        else
            context.out() << raw << Qt::endl;
        return kExitOk;
    }
};

} // namespace

PLINTH_CLI_COMMAND(SignMessageCommand)
PLINTH_CLI_COMMAND(VerifyMessageCommand)
PLINTH_CLI_COMMAND(SignTypedDataCommand)
PLINTH_CLI_COMMAND(SignTransactionCommand)

} // namespace plinth::cli
