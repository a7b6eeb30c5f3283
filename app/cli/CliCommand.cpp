#include "app/cli/CliCommand.h"

#include <algorithm>

namespace plinth::cli {

CommandRegistry& CommandRegistry::instance()
{
    static CommandRegistry registry;
    return registry;
}

bool CommandRegistry::add(std::unique_ptr<CliCommand> command)
{
    m_commands.push_back(std::move(command));
    return true;
}

const CliCommand* CommandRegistry::find(const QStringList& args, qsizetype* wordsUsed) const
{
    const CliCommand* best = nullptr;
    qsizetype bestLength = 0;
    for (const auto& command : m_commands) {
        const QStringList words = command->words();
        if (words.size() > args.size() || words.size() <= bestLength)
            continue;
        if (std::equal(words.begin(), words.end(), args.begin())) {
            best = command.get();
            bestLength = words.size();
        }
    }
    if (wordsUsed)
        *wordsUsed = bestLength;
    return best;
}

std::vector<const CliCommand*> CommandRegistry::commands() const
{
    std::vector<const CliCommand*> out;
    for (const auto& c : m_commands)
        out.push_back(c.get());
    std::sort(out.begin(), out.end(), [](const CliCommand* a, const CliCommand* b) { return a->words() < b->words(); });
    return out;
}

} // namespace plinth::cli
