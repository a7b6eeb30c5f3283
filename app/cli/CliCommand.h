#pragma once
// A plinth-cli subcommand ("wallet create", "sign-tx") and the registry that main() dispatches from.
//
// A command declares its words, a one-line summary, its options and arguments, and runs against a
// CliContext that parsed the command line. Commands register themselves at static-initialisation time
// with PLINTH_CLI_COMMAND(Class), so adding a command means adding a source file and nothing else.
// Threading: everything runs on the main thread, synchronously. Errors: run() returns the exit code
// (0 done, 1 failed, 2 usage) after printing through CliContext::fail().

#include <QCoreApplication>
#include <QStringList>

#include <memory>
#include <vector>

class QCommandLineParser;

namespace plinth::cli {

class CliContext;

class CliCommand {
public:
    virtual ~CliCommand() = default;
    // The words that name the command, e.g. {"wallet", "create"}.
    virtual QStringList words() const = 0;
    // One line for `plinth-cli --help`.
    virtual QString summary() const = 0;
    // Adds the command's own options and positional arguments (the shared ones are already there).
    virtual void addOptions(QCommandLineParser& parser) const { (void)parser; }
    virtual int run(CliContext& context) const = 0;
};

class CommandRegistry {
public:
    static CommandRegistry& instance();
    bool add(std::unique_ptr<CliCommand> command);
    // The command whose words are the longest prefix of `args`, and how many words it used.
    const CliCommand* find(const QStringList& args, qsizetype* wordsUsed) const;
    // Sorted by their words.
    std::vector<const CliCommand*> commands() const;

private:
    std::vector<std::unique_ptr<CliCommand>> m_commands;
};

} // namespace plinth::cli

#define PLINTH_CLI_CONCAT_INNER(a, b) a##b
#define PLINTH_CLI_CONCAT(a, b) PLINTH_CLI_CONCAT_INNER(a, b)
// Registers a default-constructible CliCommand subclass; use it inside the namespace that declares Class.
#define PLINTH_CLI_COMMAND(Class)                                                                        \
    namespace {                                                                                          \
    [[maybe_unused]] const bool PLINTH_CLI_CONCAT(kRegistered, Class) =                                  \
        ::plinth::cli::CommandRegistry::instance().add(std::make_unique<Class>());                       \
    }
