// `wallet ...`: create, restore, import, watch, export, change the password, show the recovery phrase.
#include "app/cli/CliCommand.h"
#include "app/cli/CliContext.h"
#include "app/cli/PasswordInput.h"
#include "wallet/codec/Hex.h"
#include "wallet/crypto/Bip39.h"
#include "wallet/vault/Keystore.h"

#include <QFile>
#include <QJsonObject>

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace plinth::cli {
namespace {

const QString kLabel = QStringLiteral("label");

void addLabelOption(QCommandLineParser& parser)
{
    parser.addOption({kLabel, QCoreApplication::translate("cli", "A label for the account."),
                      QCoreApplication::translate("cli", "text")});
}

int printAccount(CliContext& context, const VaultAccount& account, const QString& what)
{
    if (context.json()) {
        context.printJson(accountToJson(account));
        return kExitOk;
    }
    context.out() << what.arg(accountAddress(account)) << Qt::endl;
    return kExitOk;
}

class WalletCreateCommand final : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(WalletCreateCommand)
public:
    QStringList words() const override { return {QStringLiteral("wallet"), QStringLiteral("create")}; }
    QString summary() const override { return tr("Create a vault with a new recovery phrase"); }
    void addOptions(QCommandLineParser& parser) const override
    {
        parser.addOption({QStringLiteral("words"), tr("Recovery phrase length: 12 or 24 words (default 12)."),
                          tr("count"), QStringLiteral("12")});
        addPassphraseOption(parser);
        addPasswordOption(parser);
    }

    int run(CliContext& context) const override
    {
        const QString count = context.value(QStringLiteral("words"));
        if (count != QLatin1String("12") && count != QLatin1String("24"))
            return context.fail(tr("--words must be 12 or 24"), kExitUsage);
        const auto dir = toPath(context.dataDir());
        if (Vault::exists(dir))
            return context.fail(tr("a vault already exists in %1").arg(context.dataDir()));
        auto passphrase = optionalPassphrase(context);
        if (!passphrase)
            return context.fail(passphrase.error());
        auto password = newVaultPassword(context);
        if (!password)
            return context.fail(password.error());
        auto mnemonic = generateMnemonic(count.toInt());
        if (!mnemonic)
            return context.fail(mnemonic.error());
        auto vault = Vault::create(dir, *password, *mnemonic, *passphrase);
        if (!vault)
            return context.fail(vault.error());
        auto accounts = (*vault)->accounts();
        if (!accounts || accounts->empty())
            return context.fail(tr("the vault was created but has no account"));

        // The one place a secret is printed, because the user asked for a new phrase to write down.
        const QString phrase = QString::fromUtf8(mnemonic->view().data(), static_cast<qsizetype>(mnemonic->size()));
        if (context.json()) {
            QJsonObject o = accountToJson(accounts->front());
            o.insert(QStringLiteral("mnemonic"), phrase);
            context.printJson(o);
        } else {
            QTextStream& out = context.out();
            out << tr("Created a vault in %1 with account %2 (%3).")
                       .arg(context.dataDir(), accountAddress(accounts->front()),
                            QString::fromStdString(accounts->front().path))
                << "\n\n"
                << tr("Recovery phrase: write it down on paper and keep it offline. Anyone who sees it can take "
                      "everything in this wallet; without it (and the passphrase, if you set one) a lost vault "
                      "cannot be restored.")
                << "\n\n    " << phrase << "\n\n"
                << tr("It is not shown again unless you ask with `plinth-cli wallet show-mnemonic`.") << Qt::endl;
        }
        if (!::isatty(STDOUT_FILENO))
            context.err() << tr("Warning: the recovery phrase went to standard output, which is not a terminal; "
                                "do not keep it in a file.")
                          << Qt::endl;
        return kExitOk;
    }
};

class WalletRestoreCommand final : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(WalletRestoreCommand)
public:
    QStringList words() const override { return {QStringLiteral("wallet"), QStringLiteral("restore")}; }
    QString summary() const override { return tr("Create a vault from a recovery phrase read on stdin"); }
    void addOptions(QCommandLineParser& parser) const override
    {
        addPassphraseOption(parser);
        addPasswordOption(parser);
    }

    int run(CliContext& context) const override
    {
        const auto dir = toPath(context.dataDir());
        if (Vault::exists(dir))
            return context.fail(tr("a vault already exists in %1").arg(context.dataDir()));
        auto mnemonic = readSecretFromStdin(tr("Recovery phrase: "));
        if (!mnemonic)
            return context.fail(mnemonic.error());
        // Check the phrase before asking for a password, so a typo is reported at once.
        if (auto entropy = mnemonicToEntropy(mnemonic->view()); !entropy)
            return context.fail(tr("the recovery phrase is not valid: %1").arg(QString::fromStdString(entropy.error().message)));
        auto passphrase = optionalPassphrase(context);
        if (!passphrase)
            return context.fail(passphrase.error());
        auto password = newVaultPassword(context);
        if (!password)
            return context.fail(password.error());
        auto vault = Vault::create(dir, *password, *mnemonic, *passphrase);
        if (!vault)
            return context.fail(vault.error());
        auto accounts = (*vault)->accounts();
        if (!accounts || accounts->empty())
            return context.fail(tr("the vault was created but has no account"));
        return printAccount(context, accounts->front(), tr("Restored the vault; first account %1."));
    }
};

class WalletImportKeystoreCommand final : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(WalletImportKeystoreCommand)
public:
    QStringList words() const override { return {QStringLiteral("wallet"), QStringLiteral("import-keystore")}; }
    QString summary() const override { return tr("Import a keystore v3 (JSON) file"); }
    void addOptions(QCommandLineParser& parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("FILE"), tr("The keystore file."));
        addLabelOption(parser);
        addPasswordOption(parser);
        addKeystorePasswordOption(parser);
    }

    int run(CliContext& context) const override
    {
        if (context.positional().size() != 1)
            return context.fail(tr("expected one keystore FILE"), kExitUsage);
        QFile file(context.positional().first());
        if (file.size() > 1024 * 1024)
            return context.fail(tr("%1 is too large for a keystore file").arg(file.fileName()));
        if (!file.open(QIODevice::ReadOnly))
            return context.fail(tr("cannot read %1: %2").arg(file.fileName(), file.errorString()));
        const QByteArray bytes = file.readAll();
        const std::string_view json(bytes.constData(), static_cast<std::size_t>(bytes.size()));
        const std::string label = context.value(kLabel).toStdString();
        Result<VaultAccount> account = makeError(ErrorCode::Internal, "not imported");
        if (Vault::exists(toPath(context.dataDir()))) {
            // Check the vault password first: a typo there should not cost a keystore KDF run.
            auto vault = unlockVault(context);
            if (!vault)
                return context.fail(vault.error());
            auto password = keystorePassword(context, false);
            if (!password)
                return context.fail(password.error());
            account = (*vault)->importKeystore(json, *password, label);
        } else {
            // Decrypt before creating the vault, so a wrong keystore password leaves no new vault behind.
            auto password = keystorePassword(context, false);
            if (!password)
                return context.fail(password.error());
            auto key = decryptKeystore(json, *password);
            if (!key)
                return context.fail(key.error());
            auto vault = vaultForImport(context);
            if (!vault)
                return context.fail(vault.error());
            account = (*vault)->importPrivateKey(key->privateKey, label);
        }
        if (!account)
            return context.fail(account.error());
        return printAccount(context, *account, tr("Imported %1."));
    }
};

class WalletImportKeyCommand final : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(WalletImportKeyCommand)
public:
    QStringList words() const override { return {QStringLiteral("wallet"), QStringLiteral("import-key")}; }
    QString summary() const override { return tr("Import a private key (hex, read on stdin)"); }
    void addOptions(QCommandLineParser& parser) const override
    {
        addLabelOption(parser);
        addPasswordOption(parser);
    }

    int run(CliContext& context) const override
    {
        auto text = readSecretFromStdin(tr("Private key (hex): "));
        if (!text)
            return context.fail(text.error());
        auto decoded = fromHex(text->view());
        if (!decoded)
            return context.fail(tr("the private key is not valid hex: %1").arg(QString::fromStdString(decoded.error().message)));
        const SecureBytes key(*decoded);
        secureZero(decoded->data(), decoded->size());
        if (key.size() != 32)
            return context.fail(tr("a private key is 32 bytes (64 hex digits)"));
        auto vault = vaultForImport(context);
        if (!vault)
            return context.fail(vault.error());
        auto account = (*vault)->importPrivateKey(key, context.value(kLabel).toStdString());
        if (!account)
            return context.fail(account.error());
        return printAccount(context, *account, tr("Imported %1."));
    }
};

class WalletWatchCommand final : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(WalletWatchCommand)
public:
    QStringList words() const override { return {QStringLiteral("wallet"), QStringLiteral("watch")}; }
    QString summary() const override { return tr("Add a watch-only address"); }
    void addOptions(QCommandLineParser& parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("ADDRESS"), tr("The address to watch."));
        addLabelOption(parser);
        addPasswordOption(parser);
    }

    int run(CliContext& context) const override
    {
        if (context.positional().size() != 1)
            return context.fail(tr("expected one ADDRESS"), kExitUsage);
        auto address = addressArgument(context.positional().first());
        if (!address)
            return context.fail(address.error());
        auto vault = vaultForImport(context);
        if (!vault)
            return context.fail(vault.error());
        auto account = (*vault)->addWatchOnly(*address, context.value(kLabel).toStdString());
        if (!account)
            return context.fail(account.error());
        return printAccount(context, *account, tr("Watching %1."));
    }
};

class WalletExportKeystoreCommand final : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(WalletExportKeystoreCommand)
public:
    QStringList words() const override { return {QStringLiteral("wallet"), QStringLiteral("export-keystore")}; }
    QString summary() const override { return tr("Export an account as a keystore v3 file"); }
    void addOptions(QCommandLineParser& parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("ADDRESS"), tr("The account to export."));
        parser.addPositionalArgument(QStringLiteral("OUT"), tr("The file to write (must not exist)."));
        addScryptOption(parser);
        addPasswordOption(parser);
        addKeystorePasswordOption(parser);
    }

    int run(CliContext& context) const override
    {
        if (context.positional().size() != 2)
            return context.fail(tr("expected ADDRESS and OUT"), kExitUsage);
        auto address = addressArgument(context.positional().at(0));
        if (!address)
            return context.fail(address.error());
        const QString out = context.positional().at(1);
        if (QFile::exists(out))
            return context.fail(tr("%1 already exists: it was not overwritten").arg(out));
        auto cost = scryptOption(context);
        if (!cost)
            return context.fail(cost.error(), kExitUsage);
        auto vault = unlockVault(context);
        if (!vault)
            return context.fail(vault.error());
        auto account = (*vault)->account(*address);
        if (!account)
            return context.fail(account.error());
        if (account->kind == AccountKind::WatchOnly)
            return context.fail(tr("%1 is watch-only: there is no key to export").arg(accountAddress(*account)));
        auto password = keystorePassword(context, true);
        if (!password)
            return context.fail(password.error());
        auto json = (*vault)->exportKeystore(*address, *password, *cost);
        if (!json)
            return context.fail(json.error());
        if (auto ok = writeNewFile(out, *json); !ok)
            return context.fail(ok.error());
        if (context.json()) {
            context.printJson(QJsonObject{{QStringLiteral("address"), accountAddress(*account)}, {QStringLiteral("file"), out}});
            return kExitOk;
        }
        context.out() << tr("Wrote %1 to %2.").arg(accountAddress(*account), out) << Qt::endl;
        return kExitOk;
    }
};

class WalletChangePasswordCommand final : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(WalletChangePasswordCommand)
public:
    QStringList words() const override { return {QStringLiteral("wallet"), QStringLiteral("change-password")}; }
    QString summary() const override { return tr("Change the vault password"); }
    void addOptions(QCommandLineParser& parser) const override
    {
        addPasswordOption(parser);
        addNewPasswordOption(parser);
    }

    int run(CliContext& context) const override
    {
        auto vault = openVault(context);
        if (!vault)
            return context.fail(vault.error());
        auto current = vaultPassword(context);
        if (!current)
            return context.fail(current.error());
        auto next = newVaultPassword(context, true);
        if (!next)
            return context.fail(next.error());
        if (auto ok = (*vault)->changePassword(*current, *next); !ok)
            return context.fail(ok.error());
        if (context.json())
            context.printJson(QJsonObject{{QStringLiteral("changed"), true}});
        else
            context.out() << tr("The vault password was changed.") << Qt::endl;
        return kExitOk;
    }
};

class WalletShowMnemonicCommand final : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(WalletShowMnemonicCommand)
public:
    QStringList words() const override { return {QStringLiteral("wallet"), QStringLiteral("show-mnemonic")}; }
    QString summary() const override { return tr("Show the recovery phrase (asks for the password)"); }
    void addOptions(QCommandLineParser& parser) const override { addPasswordOption(parser); }

    int run(CliContext& context) const override
    {
        auto vault = openVault(context);
        if (!vault)
            return context.fail(vault.error());
        auto password = vaultPassword(context);
        if (!password)
            return context.fail(password.error());
        auto mnemonic = (*vault)->revealMnemonic(*password);
        if (!mnemonic)
            return context.fail(mnemonic.error());
        const QString phrase = QString::fromUtf8(mnemonic->view().data(), static_cast<qsizetype>(mnemonic->size()));
        if (context.json())
            context.printJson(QJsonObject{{QStringLiteral("mnemonic"), phrase}});
        else
            context.out() << tr("Recovery phrase (keep it secret):") << "\n\n    " << phrase << "\n" << Qt::endl;
        return kExitOk;
    }
};

} // namespace

PLINTH_CLI_COMMAND(WalletCreateCommand)
PLINTH_CLI_COMMAND(WalletRestoreCommand)
PLINTH_CLI_COMMAND(WalletImportKeystoreCommand)
PLINTH_CLI_COMMAND(WalletImportKeyCommand)
PLINTH_CLI_COMMAND(WalletWatchCommand)
PLINTH_CLI_COMMAND(WalletExportKeystoreCommand)
PLINTH_CLI_COMMAND(WalletChangePasswordCommand)
PLINTH_CLI_COMMAND(WalletShowMnemonicCommand)

} // namespace plinth::cli
