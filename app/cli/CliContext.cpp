#include "app/cli/CliContext.h"

#include "app/cli/CliCommand.h"
#include "app/common/AppPaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace plinth::cli {

CliContext::CliContext(const CliCommand& command, QStringList args, QTextStream& out, QTextStream& err)
    : m_command(command)
    , m_args(std::move(args))
    , m_out(out)
    , m_err(err)
{
    m_parser.setApplicationDescription(command.summary());
    m_parser.addHelpOption();
    m_parser.addOption({QStringLiteral("datadir"),
                        QCoreApplication::translate("cli", "Data folder (default: %1).").arg(app::defaultDataDir()),
                        QCoreApplication::translate("cli", "dir")});
    m_parser.addOption({QStringLiteral("json"), QCoreApplication::translate("cli", "Print JSON instead of text.")});
    m_parser.addOption({QStringLiteral("network"),
                        QCoreApplication::translate("cli", "Network name or profile file."),
                        QCoreApplication::translate("cli", "name|file")});
    command.addOptions(m_parser);
}

std::optional<int> CliContext::parse()
{
    if (!m_parser.parse(m_args))
        return fail(m_parser.errorText(), kExitUsage);
    if (m_parser.isSet(QStringLiteral("help"))) {
        QString help = m_parser.helpText();
        // QCommandLineParser names the program only; name the command too.
        const QString program = m_args.value(0);
        help.replace(program, program + QLatin1Char(' ') + m_command.words().join(QLatin1Char(' ')));
        m_out << help;
        m_out.flush();
        return kExitOk;
    }
    return std::nullopt;
}

QString CliContext::dataDir() const
{
    return app::resolveDataDir(m_parser.value(QStringLiteral("datadir")));
}

Result<app::SelectedNetwork> CliContext::network() const
{
    auto selected = app::selectNetwork(dataDir(), m_parser.value(QStringLiteral("network")));
    if (!selected)
        return selected.error();
    if (!selected->has_value())
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("cli", "no network selected: pass --network NAME|FILE or start the devnet")
                             .toStdString());
    return std::move(**selected);
}

void CliContext::printJson(const QJsonValue& value)
{
    QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << doc.toJson(QJsonDocument::Compact) << Qt::endl;
}

int CliContext::fail(const QString& message, int exitCode)
{
    if (json()) {
        m_out.flush();
        QJsonObject error{{QStringLiteral("message"), message}, {QStringLiteral("exitCode"), exitCode}};
        m_err << QJsonDocument(QJsonObject{{QStringLiteral("error"), error}}).toJson(QJsonDocument::Compact)
              << Qt::endl;
    } else {
        m_err << QStringLiteral("plinth-cli: ") << message << Qt::endl;
    }
    return exitCode;
}

int CliContext::fail(const Error& error, int exitCode)
{
    return fail(QString::fromStdString(error.message), exitCode);
}

} // namespace plinth::cli
