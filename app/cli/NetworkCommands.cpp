// `network show` and `network list`: which network profile the other commands will use.
#include "app/cli/CliCommand.h"
#include "app/cli/CliContext.h"
#include "app/common/NetworkSelection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace plinth::cli {
namespace {

class NetworkShowCommand final : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(NetworkShowCommand)
public:
    QStringList words() const override { return {QStringLiteral("network"), QStringLiteral("show")}; }
    QString summary() const override { return tr("Show the network profile that commands will use"); }

    int run(CliContext& context) const override
    {
        auto selected = context.network();
        if (!selected)
            return context.fail(selected.error());
        const NetworkProfile& p = selected->profile;
        if (context.json()) {
            const QByteArray text = QByteArray::fromStdString(serializeNetworkProfile(p));
            QJsonObject o = QJsonDocument::fromJson(text).object();
            o.insert(QStringLiteral("file"), selected->path);
            context.printJson(o);
            return kExitOk;
        }
        QTextStream& out = context.out();
        out << tr("Network:       %1 (chain %2)").arg(QString::fromStdString(p.name)).arg(p.chainId) << '\n'
            << tr("Profile:       %1").arg(selected->path) << '\n'
            << tr("Currency:      %1 (%2 decimals)").arg(QString::fromStdString(p.currency.symbol)).arg(p.currency.decimals)
            << '\n';
        for (const auto& url : p.rpc)
            out << tr("Endpoint:      %1").arg(QString::fromStdString(url)) << '\n';
        out << tr("Checkpoint:    block %1, %2").arg(p.checkpoint.number).arg(QString::fromStdString(p.checkpoint.hash))
            << '\n'
            << tr("Finality:      %n block(s)", nullptr, static_cast<int>(p.finalityDepth)) << '\n';
        out.flush();
        return kExitOk;
    }
};

class NetworkListCommand final : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(NetworkListCommand)
public:
    QStringList words() const override { return {QStringLiteral("network"), QStringLiteral("list")}; }
    QString summary() const override { return tr("List the saved network profiles"); }

    int run(CliContext& context) const override
    {
        const QStringList names = app::knownNetworkNames(context.dataDir());
        if (context.json()) {
            context.printJson(QJsonArray::fromStringList(names));
            return kExitOk;
        }
        if (names.isEmpty())
            context.out() << tr("No saved networks. Start the devnet or pass --network FILE.") << Qt::endl;
        for (const QString& n : names)
            context.out() << n << '\n';
        context.out().flush();
        return kExitOk;
    }
};

} // namespace

PLINTH_CLI_COMMAND(NetworkShowCommand)
PLINTH_CLI_COMMAND(NetworkListCommand)

} // namespace plinth::cli
