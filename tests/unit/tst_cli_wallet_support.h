#pragma once
// Runs the real plinth-cli for the wallet CLI tests, records everything it prints, and checks that no
// secret ever appears in it.
#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace plinth::test {

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
    QStringList args;
    bool mayShowMnemonic = false; // wallet create / show-mnemonic: the one output meant to show it
};

class CliRecorder {
public:
    // Runs plinth-cli with `args` and `stdinData`, with no controlling terminal (so a prompt fails at
    // once instead of waiting) and without PLINTH_PASSWORD unless `env` sets it.
    CliRun run(const QStringList& args, const QByteArray& stdinData = {}, bool mayShowMnemonic = false,
               const QMap<QString, QString>& env = {});

    // Records output produced elsewhere (the leak detector's own test).
    void addRun(const CliRun& run) { m_runs.append(run); }

    // Secrets that must never be printed: mnemonics (checked as a phrase and as any 3 consecutive words)
    // and keys (hex, with and without 0x, any case).
    void addMnemonic(const QString& mnemonic);
    void addKey(const QString& hex);

    // A description of the first leak found in every recorded output, or an empty string.
    QString findLeak() const;
    int runs() const { return static_cast<int>(m_runs.size()); }

private:
    QList<CliRun> m_runs;
    QStringList m_mnemonics;
    QStringList m_keys;
};

// What a `--json` run printed, as an object (empty when it printed none).
QJsonObject jsonOf(const CliRun& run);

// Every file under `dir` (relative path -> bytes), to show that a failed command changed nothing.
QMap<QString, QByteArray> snapshot(const QString& dir);

// Decimal digits -> "0x..." hex quantity (for numbers wider than 64 bits).
QString decimalToHexQuantity(const QString& decimal);

} // namespace plinth::test
