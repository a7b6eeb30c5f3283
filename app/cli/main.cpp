// plinth-cli: finds the subcommand named by the leading arguments and runs it.
#include "app/cli/CliCommand.h"
#include "app/cli/CliContext.h"
#include "app/common/Language.h"
#include "plinth/BuildInfo.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace {

void printUsage(QTextStream& out)
{
    out << QCoreApplication::translate("cli", "Usage: plinth-cli [--version] [--help] COMMAND [OPTIONS]") << "\n\n"
        << QCoreApplication::translate("cli", "Plinth's wallet and DePIN dashboard for the command line.") << "\n\n"
        << QCoreApplication::translate("cli", "Commands:") << "\n";
    for (const auto* command : plinth::cli::CommandRegistry::instance().commands()) {
        const QString words = command->words().join(QLatin1Char(' '));
        out << "  " << words.leftJustified(28) << ' ' << command->summary() << '\n';
    }
    out << '\n'
        << QCoreApplication::translate("cli", "Every command takes --datadir DIR, --json and --network NAME|FILE;")
        << '\n'
        << QCoreApplication::translate("cli", "`plinth-cli COMMAND --help` describes one command.") << '\n';
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("plinth-cli"));
    QCoreApplication::setOrganizationDomain(QString::fromLatin1(plinth::kOrganizationDomain));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(plinth::kVersion));
    plinth::app::installLanguage({});

    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments();
    const QStringList rest = args.mid(1);

    if (rest.isEmpty() || rest.first() == QLatin1String("--help") || rest.first() == QLatin1String("-h")
        || rest.first() == QLatin1String("help")) {
        printUsage(out);
        return rest.isEmpty() ? plinth::cli::kExitUsage : plinth::cli::kExitOk;
    }
    if (rest.first() == QLatin1String("--version") || rest.first() == QLatin1String("-v")) {
        out << "plinth-cli " << plinth::kVersion << Qt::endl;
        return plinth::cli::kExitOk;
    }

    qsizetype used = 0;
    const auto* command = plinth::cli::CommandRegistry::instance().find(rest, &used);
    if (!command) {
        err << QCoreApplication::translate("cli", "plinth-cli: unknown command \"%1\"; see plinth-cli --help")
                   .arg(rest.first())
            << Qt::endl;
        return plinth::cli::kExitUsage;
    }
    plinth::cli::CliContext context(*command, QStringList{args.first()} + rest.mid(used), out, err);
    if (auto done = context.parse())
        return *done;
    const int code = command->run(context);
    out.flush();
    err.flush();
    return code;
}
