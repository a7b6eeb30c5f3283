#pragma once
// DevnetFixture: a fresh, seeded reference network for one test, in about a second.
//
// start() makes sure contracts/build/fixture is current (`node contracts/devnet build-fixture`, a no-op
// when the contracts and the seed script are unchanged; a full compile + seed otherwise), then starts
// anvil from the saved state (--load-state) on a port anvil picks itself, sets the chain's clock back to
// the fixture's time (so proposal states stay as seeded until a test moves time on) and writes a
// network.json for this instance into a temporary directory. The destructor stops anvil; anvil also gets
// SIGKILL if the test process dies (PR_SET_PDEATHSIG), so no anvil outlives a crashed or killed test.
//
// Needs node on PATH and the contracts' npm packages (`npm ci --prefix contracts`); start() fails with a
// message naming what is missing. PLINTH_CONTRACTS_DIR overrides where contracts/ is (default:
// PLINTH_SOURCE_DIR/contracts). Facts about the seeded data (addresses, device keys, proposal ids and
// states, votes) are in facts(), from contracts/build/fixture/facts.json.
//
// Threading: use from one thread. Not copyable.

#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace plinth::test {

class DevnetFixture {
public:
    DevnetFixture();
    ~DevnetFixture();
    DevnetFixture(const DevnetFixture&) = delete;
    DevnetFixture& operator=(const DevnetFixture&) = delete;

    // Starts the devnet; false with error() set when it cannot (what is missing, or anvil's output).
    bool start();
    // Stops anvil now (the destructor does it too). Safe to call twice.
    void stop();

    bool isRunning() const;
    QString error() const { return m_error; }

    QString rpcUrl() const;          // http://127.0.0.1:<port>
    int port() const { return m_port; }
    QString profilePath() const;     // network.json of this instance (in a temporary directory)
    QJsonObject profile() const { return m_profile; }
    QJsonObject facts() const { return m_facts; }
    qint64 startMillis() const { return m_startMillis; }       // start() as a whole
    qint64 loadMillis() const { return m_loadMillis; }         // anvil from saved state to answering

    QString contractsDir() const { return m_contractsDir; }
    QString anvilPath() const { return m_anvil; }
    QString castPath() const { return m_cast; }

    // Runs `cast <args...> --rpc-url <rpcUrl>`; returns trimmed stdout, or a null QString on failure
    // (with the reason in *error when given). Handy for reading chain facts without a network library.
    QString cast(const QStringList& args, QString* error = nullptr) const;
    // A JSON-RPC call through cast (`cast rpc METHOD PARAMS...`); raw JSON result.
    QString rpc(const QString& method, const QStringList& params = {}, QString* error = nullptr) const;
    // cast prints big numbers as "123 [1.23e2]": the exact decimal, its first word.
    static QString exactNumber(const QString& castOutput) { return castOutput.section(QLatin1Char(' '), 0, 0); }
    // cast's offline helpers (`index`, `to-dec`, `keccak`, `abi-encode`, ...): no --rpc-url.
    QString castOffline(const QStringList& args, QString* error = nullptr) const;

private:
    bool fail(const QString& message);
    bool ensureFixture();
    bool launchAnvil(const QString& statePath, const QStringList& anvilArgs);
    QString runCast(const QStringList& args, QString* error) const;

    QString m_contractsDir;
    QString m_anvil;
    QString m_cast;
    QString m_error;
    QJsonObject m_profile;
    QJsonObject m_facts;
    QJsonObject m_fixture;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_process;
    int m_port = 0;
    qint64 m_startMillis = 0;
    qint64 m_loadMillis = 0;
};

} // namespace plinth::test
