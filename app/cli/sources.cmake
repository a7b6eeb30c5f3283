# plinth-cli sources, relative to app/. Each group of commands registers itself (CliCommand.h), so a
# new group is a new file listed here and nothing else changes.
set(cli_sources
  cli/main.cpp
  cli/CliCommand.h cli/CliCommand.cpp
  cli/CliContext.h cli/CliContext.cpp
  cli/NetworkCommands.cpp
)
