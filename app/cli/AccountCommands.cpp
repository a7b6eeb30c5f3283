// `accounts`, `accounts add`, `accounts label`, `accounts hide`, `accounts show`.
#include "app/cli/CliCommand.h"
#include "app/cli/CliContext.h"
#include "app/cli/PasswordInput.h"

#include <QJsonArray>
#include <QJsonObject>

namespace plinth::cli {
namespace {

class AccountsListCommand final : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(AccountsListCommand)
public:
    QStringList words() const override { return {QStringLiteral("accounts")}; }
    QString summary() const override { return tr("List the vault's accounts (no password needed)"); }
    void addOptions(QCommandLineParser& parser) const override
    {
        parser.addOption({QStringLiteral("all"), tr("Include hidden accounts.")});
    }

    int run(CliContext& context) const override
    {
        if (!context.positional().isEmpty())
            return context.fail(tr("unknown accounts command \"%1\"").arg(context.positional().first()), kExitUsage);
        auto vault = openVault(context);
        if (!vault)
            return context.fail(vault.error());
        auto accounts = (*vault)->accounts();
        if (!accounts)
            return context.fail(accounts.error());
        const bool all = context.isSet(QStringLiteral("all"));
        if (context.json()) {
            QJsonArray list;
            for (const VaultAccount& a : *accounts)
                if (all || !a.hidden)
                    list.append(accountToJson(a));
            context.printJson(list);
            return kExitOk;
        }
        QTextStream& out = context.out();
        for (const VaultAccount& a : *accounts) {
            if (!all && a.hidden)
                continue;
            const QString where = a.kind == AccountKind::Derived ? QString::fromStdString(a.path)
                                                                 : QString::fromLatin1(accountKindName(a.kind));
            QString line = accountAddress(a) + QStringLiteral("  ") + where.leftJustified(20) + QStringLiteral("  ")
                + QString::fromStdString(a.label);
            if (a.hidden)
                line += QStringLiteral("  ") + tr("(hidden)");
            out << line.trimmed() << '\n';
        }
        out.flush();
        return kExitOk;
    }
};

class AccountsAddCommand final : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(AccountsAddCommand)
public:
    QStringList words() const override { return {QStringLiteral("accounts"), QStringLiteral("add")}; }
    QString summary() const override { return tr("Derive another account from the recovery phrase"); }
    void addOptions(QCommandLineParser& parser) const override
    {
        parser.addOption({QStringLiteral("path"), tr("Derivation path (default: the next m/44'/60'/0'/0/i)."),
                          tr("path")});
        parser.addOption({QStringLiteral("label"), tr("A label for the account."), tr("text")});
        addPasswordOption(parser);
    }

    int run(CliContext& context) const override
    {
        std::optional<DerivationPath> path;
        if (context.isSet(QStringLiteral("path"))) {
            auto parsed = parseDerivationPath(context.value(QStringLiteral("path")).toStdString());
            if (!parsed)
                return context.fail(tr("invalid derivation path: %1").arg(QString::fromStdString(parsed.error().message)));
            path = std::move(*parsed);
        }
        auto vault = unlockVault(context);
        if (!vault)
            return context.fail(vault.error());
        auto account = (*vault)->addDerivedAccount(path, context.value(QStringLiteral("label")).toStdString());
        if (!account)
            return context.fail(account.error());
        if (context.json()) {
            context.printJson(accountToJson(*account));
            return kExitOk;
        }
        context.out() << tr("Added %1 (%2).").arg(accountAddress(*account), QString::fromStdString(account->path))
                      << Qt::endl;
        return kExitOk;
    }
};

class AccountsLabelCommand final : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(AccountsLabelCommand)
public:
    QStringList words() const override { return {QStringLiteral("accounts"), QStringLiteral("label")}; }
    QString summary() const override { return tr("Set an account's label"); }
    void addOptions(QCommandLineParser& parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("ADDRESS"), tr("The account."));
        parser.addPositionalArgument(QStringLiteral("LABEL"), tr("The new label (empty to remove it)."));
    }

    int run(CliContext& context) const override
    {
        if (context.positional().size() != 2)
            return context.fail(tr("expected ADDRESS and LABEL"), kExitUsage);
        auto address = addressArgument(context.positional().at(0));
        if (!address)
            return context.fail(address.error());
        auto vault = openVault(context);
        if (!vault)
            return context.fail(vault.error());
        if (auto ok = (*vault)->setLabel(*address, context.positional().at(1).toStdString()); !ok)
            return context.fail(ok.error());
        auto account = (*vault)->account(*address);
        if (!account)
            return context.fail(account.error());
        if (context.json())
            context.printJson(accountToJson(*account));
        else
            context.out() << tr("Labelled %1.").arg(accountAddress(*account)) << Qt::endl;
        return kExitOk;
    }
};

class AccountsVisibilityCommand : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(AccountsVisibilityCommand)
public:
    explicit AccountsVisibilityCommand(bool hide) : m_hide(hide) {}
    QStringList words() const override
    {
        return {QStringLiteral("accounts"), m_hide ? QStringLiteral("hide") : QStringLiteral("show")};
    }
    QString summary() const override
    {
        return m_hide ? tr("Hide an account from the list (its key stays in the vault)")
                      : tr("Show a hidden account again");
    }
    void addOptions(QCommandLineParser& parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("ADDRESS"), tr("The account."));
    }

    int run(CliContext& context) const override
    {
        if (context.positional().size() != 1)
            return context.fail(tr("expected one ADDRESS"), kExitUsage);
        auto address = addressArgument(context.positional().first());
        if (!address)
            return context.fail(address.error());
        auto vault = openVault(context);
        if (!vault)
            return context.fail(vault.error());
        if (auto ok = (*vault)->setHidden(*address, m_hide); !ok)
            return context.fail(ok.error());
        auto account = (*vault)->account(*address);
        if (!account)
            return context.fail(account.error());
        if (context.json())
            context.printJson(accountToJson(*account));
        else
            context.out() << (m_hide ? tr("Hid %1.") : tr("%1 is shown again.")).arg(accountAddress(*account)) << Qt::endl;
        return kExitOk;
    }

private:
    bool m_hide;
};

class AccountsHideCommand final : public AccountsVisibilityCommand {
public:
    AccountsHideCommand() : AccountsVisibilityCommand(true) {}
};

class AccountsShowCommand final : public AccountsVisibilityCommand {
public:
    AccountsShowCommand() : AccountsVisibilityCommand(false) {}
};

} // namespace

PLINTH_CLI_COMMAND(AccountsListCommand)
PLINTH_CLI_COMMAND(AccountsAddCommand)
PLINTH_CLI_COMMAND(AccountsLabelCommand)
PLINTH_CLI_COMMAND(AccountsHideCommand)
PLINTH_CLI_COMMAND(AccountsShowCommand)

} // namespace plinth::cli
