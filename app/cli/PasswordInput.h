#pragma once
// How wallet commands get secrets and the vault, and the few helpers the wallet, account and signing
// commands share.
//
// The vault password comes from --password-file F, else the PLINTH_PASSWORD variable (for scripts),
// else a prompt on the controlling terminal (/dev/tty) with echo turned off. A new password (wallet
// create, change-password's new one) is read the same way but asked twice at a prompt. A keystore file's
// own password comes from --keystore-password-file F or a prompt. Secrets on stdin (a recovery phrase, a
// hex key) are read without echo when stdin is a terminal. A password file holds the password on its
// first line; the line ending is not part of it.
//
// Everything read lands in SecureString (zeroised); intermediate Qt copies are avoided (POSIX reads into
// secure buffers). Nothing read here is ever printed: error messages say which source failed, not what
// it held. Threading: main thread only (the prompt changes terminal modes and signal handlers).

#include "app/cli/CliContext.h"
#include "wallet/common/Result.h"
#include "wallet/crypto/SecureBytes.h"
#include "wallet/vault/Kdf.h"
#include "wallet/vault/Vault.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QString>

#include <filesystem>
#include <memory>
#include <optional>
#include <string>

namespace plinth::cli {

// --password-file F
void addPasswordOption(QCommandLineParser& parser);
// --new-password-file F (change-password)
void addNewPasswordOption(QCommandLineParser& parser);
// --keystore-password-file F
void addKeystorePasswordOption(QCommandLineParser& parser);

// The current vault password.
Result<SecureString> vaultPassword(CliContext& context);
// A new vault password: --password-file / PLINTH_PASSWORD (or, with `changing`, --new-password-file /
// PLINTH_NEW_PASSWORD), else asked twice. Must not be empty.
Result<SecureString> newVaultPassword(CliContext& context, bool changing = false);
// A keystore file's password; `confirm` asks twice at a prompt (export). May be empty.
Result<SecureString> keystorePassword(CliContext& context, bool confirm);

// A secret typed or piped on stdin, surrounding whitespace trimmed. `prompt` is shown on a terminal only.
Result<SecureString> readSecretFromStdin(const QString& prompt);
// The first line of a file, without its line ending.
Result<SecureString> readSecretFile(const QString& path);

// Vault access shared by the wallet, account and signing commands.
std::filesystem::path toPath(const QString& path);
QString accountAddress(const VaultAccount& account); // EIP-55
QJsonObject accountToJson(const VaultAccount& account);
// A user-typed address; the error says what is wrong (e.g. "bad checksum").
Result<Address> addressArgument(const QString& text);

// --scrypt-n N: the scrypt cost of a keystore file written (export, a device key); default 262144.
void addScryptOption(QCommandLineParser& parser);
// InvalidArgument unless a power of two from 1024 up.
Result<ScryptParams> scryptOption(CliContext& context);

// --from ADDRESS: the signing account (sign-*, send).
void addFromOption(QCommandLineParser& parser);
// The --from address; InvalidArgument when it is missing or malformed (a usage error for callers).
Result<Address> fromOption(CliContext& context);

// The data dir's vault, locked, or an error saying how to create one.
Result<std::unique_ptr<Vault>> openVault(CliContext& context);
// The vault's first account (readable while locked): what commands that take an optional address
// default to. nullopt when the vault has no account; an error when there is no vault.
Result<std::optional<Address>> firstAccount(CliContext& context);
// The data dir's vault, unlocked with the vault password.
Result<std::unique_ptr<Vault>> unlockVault(CliContext& context);
// An unlocked vault to add an account to: the data dir's own, or a new one without a seed (its new
// password asked as for `wallet create`).
Result<std::unique_ptr<Vault>> vaultForImport(CliContext& context);

// --passphrase-file F: an optional BIP-39 passphrase (empty without the option).
void addPassphraseOption(QCommandLineParser& parser);
Result<SecureString> optionalPassphrase(CliContext& context);

// Writes a new file with owner-only permissions and syncs it; fails if `path` exists (O_EXCL, so there
// is no window between checking and writing).
Result<void> writeNewFile(const QString& path, const std::string& content);

} // namespace plinth::cli
