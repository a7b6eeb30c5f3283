#include "app/cli/PasswordInput.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonObject>

#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

#include <csignal>
#include <cstdlib>
#include <cstring>

namespace plinth::cli {
namespace {

constexpr std::size_t kMaxSecretBytes = 64 * 1024;
const char* const kPasswordVariable = "PLINTH_PASSWORD";
const char* const kNewPasswordVariable = "PLINTH_NEW_PASSWORD";

Error inputError(const QString& message) { return makeError(ErrorCode::InvalidArgument, message.toStdString()); }

// The terminal state to restore if a signal arrives while echo is off (a Ctrl-C at the prompt must not
// leave the user's shell without echo).
int g_ttyFd = -1;
termios g_savedTermios{};

void restoreTerminalAndReraise(int signal)
{
    if (g_ttyFd >= 0)
        ::tcsetattr(g_ttyFd, TCSAFLUSH, &g_savedTermios);
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

std::string_view trimmed(std::string_view text, bool lineOnly)
{
    if (lineOnly) {
        const auto newline = text.find('\n');
        if (newline != std::string_view::npos)
            text = text.substr(0, newline);
        if (!text.empty() && text.back() == '\r')
            text.remove_suffix(1);
        return text;
    }
    const auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; };
    while (!text.empty() && isSpace(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isSpace(text.back()))
        text.remove_suffix(1);
    return text;
}

// Reads fd to its end into a secure buffer.
Result<SecureString> readAll(int fd, bool lineOnly, const QString& source)
{
    SecureBytes buffer(kMaxSecretBytes + 1);
    std::size_t size = 0;
    for (;;) {
        const ssize_t n = ::read(fd, buffer.data() + size, buffer.size() - size);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return makeError(ErrorCode::Io, QCoreApplication::translate("cli", "cannot read %1: %2").arg(source, QString::fromLocal8Bit(std::strerror(errno))).toStdString());
        if (n == 0)
            break;
        size += static_cast<std::size_t>(n);
        if (size > kMaxSecretBytes)
            return inputError(QCoreApplication::translate("cli", "%1 is too long (more than 64 KiB)").arg(source));
    }
    const std::string_view text(reinterpret_cast<const char*>(buffer.data()), size);
    return SecureString(trimmed(text, lineOnly));
}

// Asks on the controlling terminal with echo off. `noTerminalHint` says what to do without one.
Result<SecureString> promptNoEcho(const QString& prompt, const QString& noTerminalHint)
{
    const int fd = ::open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (fd < 0)
        return inputError(noTerminalHint);
    termios saved{};
    const bool isTerminal = ::tcgetattr(fd, &saved) == 0;
    using Handler = void (*)(int);
    Handler previous[4] = {};
    const int signals[4] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};
    if (isTerminal) {
        g_ttyFd = fd;
        g_savedTermios = saved;
        for (int i = 0; i < 4; ++i)
            previous[i] = std::signal(signals[i], restoreTerminalAndReraise);
        termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        quiet.c_lflag |= ICANON;
        ::tcsetattr(fd, TCSAFLUSH, &quiet);
    }
    // The prompt only once echo is off: whatever is typed after it is never shown.
    const QByteArray promptBytes = prompt.toUtf8();
    (void)!::write(fd, promptBytes.constData(), static_cast<std::size_t>(promptBytes.size()));
    SecureBytes line(4096);
    std::size_t size = 0;
    bool complete = false;
    while (size < line.size()) {
        char c = 0;
        const ssize_t n = ::read(fd, &c, 1);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        if (c == '\n') {
            complete = true;
            break;
        }
        line.data()[size++] = static_cast<std::uint8_t>(c);
        c = 0;
    }
    if (isTerminal) {
        ::tcsetattr(fd, TCSAFLUSH, &saved);
        for (int i = 0; i < 4; ++i)
            std::signal(signals[i], previous[i]);
        g_ttyFd = -1;
    }
    (void)!::write(fd, "\n", 1);
    ::close(fd);
    if (!complete && size == line.size())
        return inputError(QCoreApplication::translate("cli", "the input is too long"));
    std::string_view text(reinterpret_cast<const char*>(line.data()), size);
    if (!text.empty() && text.back() == '\r')
        text.remove_suffix(1);
    return SecureString(text);
}

Result<SecureString> fromEnvironment(const char* name)
{
    const char* value = std::getenv(name);
    return SecureString(std::string_view(value ? value : ""));
}

Result<SecureString> askTwice(const QString& first, const QString& second, const QString& noTerminalHint)
{
    auto a = promptNoEcho(first, noTerminalHint);
    if (!a)
        return a.error();
    auto b = promptNoEcho(second, noTerminalHint);
    if (!b)
        return b.error();
    if (!(*a == *b))
        return inputError(QCoreApplication::translate("cli", "the two passwords do not match"));
    return a;
}

} // namespace

std::filesystem::path toPath(const QString& path) { return std::filesystem::path(QFile::encodeName(path).toStdString()); }

QString accountAddress(const VaultAccount& account)
{
    return QString::fromStdString(toChecksumAddress(account.address));
}

QJsonObject accountToJson(const VaultAccount& account)
{
    return QJsonObject{{QStringLiteral("address"), accountAddress(account)},
                       {QStringLiteral("kind"), QString::fromLatin1(accountKindName(account.kind))},
                       {QStringLiteral("path"), QString::fromStdString(account.path)},
                       {QStringLiteral("label"), QString::fromStdString(account.label)},
                       {QStringLiteral("hidden"), account.hidden}};
}

Result<Address> addressArgument(const QString& text)
{
    auto address = parseAddress(text.trimmed().toStdString());
    if (!address)
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("cli", "not a valid address: %1")
                             .arg(QString::fromStdString(address.error().message))
                             .toStdString());
    return address;
}

void addPasswordOption(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("password-file"),
                      QCoreApplication::translate("cli", "Read the vault password from the first line of FILE (or set PLINTH_PASSWORD)."),
                      QCoreApplication::translate("cli", "FILE")});
}

void addNewPasswordOption(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("new-password-file"),
                      QCoreApplication::translate("cli", "Read the new vault password from the first line of FILE (or set PLINTH_NEW_PASSWORD)."),
                      QCoreApplication::translate("cli", "FILE")});
}

void addKeystorePasswordOption(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("keystore-password-file"),
                      QCoreApplication::translate("cli", "Read the keystore file's password from the first line of FILE."), QCoreApplication::translate("cli", "FILE")});
}

Result<SecureString> readSecretFile(const QString& path)
{
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return makeError(ErrorCode::Io, QCoreApplication::translate("cli", "cannot open %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno))).toStdString());
    auto text = readAll(fd, true, path);
    ::close(fd);
    return text;
}

Result<SecureString> readSecretFromStdin(const QString& prompt)
{
    if (::isatty(STDIN_FILENO))
        return promptNoEcho(prompt, QCoreApplication::translate("cli", "no terminal to read from"));
    return readAll(STDIN_FILENO, false, QCoreApplication::translate("cli", "standard input"));
}

Result<SecureString> vaultPassword(CliContext& context)
{
    if (context.isSet(QStringLiteral("password-file")))
        return readSecretFile(context.value(QStringLiteral("password-file")));
    if (std::getenv(kPasswordVariable))
        return fromEnvironment(kPasswordVariable);
    return promptNoEcho(QCoreApplication::translate("cli", "Vault password: "),
                        QCoreApplication::translate("cli", "no terminal to ask for the vault password on: pass --password-file FILE or set PLINTH_PASSWORD"));
}

Result<SecureString> newVaultPassword(CliContext& context, bool changing)
{
    const QString option = changing ? QStringLiteral("new-password-file") : QStringLiteral("password-file");
    const char* variable = changing ? kNewPasswordVariable : kPasswordVariable;
    Result<SecureString> password = SecureString();
    if (context.isSet(option))
        password = readSecretFile(context.value(option));
    else if (std::getenv(variable))
        password = fromEnvironment(variable);
    else
        password = askTwice(changing ? QCoreApplication::translate("cli", "New vault password: ") : QCoreApplication::translate("cli", "Choose a vault password: "),
                            QCoreApplication::translate("cli", "Repeat the password: "),
                            QCoreApplication::translate("cli", "no terminal to ask for the new vault password on: pass --%1 FILE or set %2")
                                .arg(option, QString::fromLatin1(variable)));
    if (password && password->empty())
        return inputError(QCoreApplication::translate("cli", "the vault password must not be empty"));
    return password;
}

Result<SecureString> keystorePassword(CliContext& context, bool confirm)
{
    if (context.isSet(QStringLiteral("keystore-password-file")))
        return readSecretFile(context.value(QStringLiteral("keystore-password-file")));
    const QString hint = QCoreApplication::translate("cli", "no terminal to ask for the keystore password on: pass --keystore-password-file FILE");
    if (confirm)
        return askTwice(QCoreApplication::translate("cli", "Password for the keystore file: "), QCoreApplication::translate("cli", "Repeat the password: "), hint);
    return promptNoEcho(QCoreApplication::translate("cli", "Keystore file password: "), hint);
}

void addScryptOption(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("scrypt-n"), QCoreApplication::translate("cli", "scrypt cost n, a power of two (default 262144)."), QCoreApplication::translate("cli", "n"),
                      QStringLiteral("262144")});
}

Result<ScryptParams> scryptOption(CliContext& context)
{
    bool numberOk = false;
    ScryptParams cost = kDefaultScrypt;
    cost.n = context.value(QStringLiteral("scrypt-n")).toULongLong(&numberOk);
    if (!numberOk || !checkScryptParams(cost) || cost.n < 1024)
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("cli", "--scrypt-n must be a power of two from 1024 up").toStdString());
    return cost;
}

void addFromOption(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("from"), QCoreApplication::translate("cli", "The signing account (in the vault)."),
                      QCoreApplication::translate("cli", "address")});
}

Result<Address> fromOption(CliContext& context)
{
    if (!context.isSet(QStringLiteral("from")))
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("cli", "--from ADDRESS is required").toStdString());
    return addressArgument(context.value(QStringLiteral("from")));
}

Result<std::unique_ptr<Vault>> openVault(CliContext& context)
{
    const QString dir = context.dataDir();
    auto vault = Vault::open(toPath(dir));
    if (!vault && vault.error().code == ErrorCode::NotFound)
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("cli", "there is no vault in %1: create one with `plinth-cli wallet create` or `wallet restore`")
                             .arg(dir)
                             .toStdString());
    return vault;
}

Result<std::optional<Address>> firstAccount(CliContext& context)
{
    auto vault = openVault(context);
    if (!vault)
        return vault.error();
    auto accounts = (*vault)->accounts();
    if (!accounts)
        return accounts.error();
    if (accounts->empty())
        return std::optional<Address>{};
    return std::optional<Address>{accounts->front().address};
}

// An unlocked vault to add an account to: the data dir's own, or a new one without a seed.
Result<std::unique_ptr<Vault>> vaultForImport(CliContext& context)
{
    if (!Vault::exists(toPath(context.dataDir())))
    {
        auto password = newVaultPassword(context);
        if (!password)
            return password.error();
        return Vault::createWithoutSeed(toPath(context.dataDir()), *password);
    }
    return unlockVault(context);
}

Result<SecureString> optionalPassphrase(CliContext& context)
{
    if (!context.isSet(QStringLiteral("passphrase-file")))
        return SecureString();
    return readSecretFile(context.value(QStringLiteral("passphrase-file")));
}

void addPassphraseOption(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("passphrase-file"),
                      QCoreApplication::translate("cli", "Read an optional BIP-39 passphrase from the first line of FILE."),
                      QCoreApplication::translate("cli", "FILE")});
}

// Writes a new file with owner-only permissions; fails if it exists (O_EXCL: no check-then-write race).
Result<void> writeNewFile(const QString& path, const std::string& content)
{
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        const int err = errno;
        if (err == EEXIST)
            return makeError(ErrorCode::InvalidArgument, QCoreApplication::translate("cli", "%1 already exists: it was not overwritten").arg(path).toStdString());
        return makeError(ErrorCode::Io, QCoreApplication::translate("cli", "cannot create %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(err))).toStdString());
    }
    std::size_t done = 0;
    bool ok = true;
    while (done < content.size()) {
        const ssize_t n = ::write(fd, content.data() + done, content.size() - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            ok = false;
            break;
        }
        done += static_cast<std::size_t>(n);
    }
    ok = ok && ::fsync(fd) == 0;
    ok = ::close(fd) == 0 && ok;
    if (!ok) {
        ::unlink(name.constData());
        return makeError(ErrorCode::Io, QCoreApplication::translate("cli", "cannot write %1").arg(path).toStdString());
    }
    return {};
}

Result<std::unique_ptr<Vault>> unlockVault(CliContext& context)
{
    auto vault = openVault(context);
    if (!vault)
        return vault.error();
    auto password = vaultPassword(context);
    if (!password)
        return password.error();
    if (auto ok = (*vault)->unlock(*password); !ok)
        return ok.error();
    return vault;
}

} // namespace plinth::cli
