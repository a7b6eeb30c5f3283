#pragma once
// What a running CLI command works with: its parsed options, the data dir, the selected network, and
// the output streams (text or --json). Options every command shares: --datadir, --json, --network, --help.
//
// Ownership: main() owns it for one command run. Threading: main thread only.
// Errors: fail() prints one line ("plinth-cli: ...", or {"error": {...}} with --json) and returns the
// exit code to return from run(). Nothing secret is ever passed to it.

#include "app/common/NetworkSelection.h"
#include "wallet/common/Result.h"

#include <QCommandLineParser>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace plinth::cli {

class CliCommand;

enum ExitCode : int { kExitOk = 0, kExitFailed = 1, kExitUsage = 2 };

class CliContext {
public:
    // `args`: the program name followed by everything after the command's words.
    CliContext(const CliCommand& command, QStringList args, QTextStream& out, QTextStream& err);

    QCommandLineParser& parser() { return m_parser; }
    // Parses; on --help prints the command's help and returns kExitOk; on a usage error prints it and
    // returns kExitUsage; otherwise std::nullopt and the command goes on.
    std::optional<int> parse();

    QString dataDir() const;
    bool json() const { return m_parser.isSet(QStringLiteral("json")); }
    QStringList positional() const { return m_parser.positionalArguments(); }
    QString value(const QString& option) const { return m_parser.value(option); }
    bool isSet(const QString& option) const { return m_parser.isSet(option); }

    // The network named by --network (or the default selection); an error when there is none.
    Result<app::SelectedNetwork> network() const;

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }
    // Prints a JSON document (compact, one line) to stdout.
    void printJson(const QJsonValue& value);
    int fail(const QString& message, int exitCode = kExitFailed);
    int fail(const Error& error, int exitCode = kExitFailed);

private:
    const CliCommand& m_command;
    QStringList m_args;
    QTextStream& m_out;
    QTextStream& m_err;
    QCommandLineParser m_parser;
};

} // namespace plinth::cli
