#include "DevnetFixture.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QThread>

#include <csignal>
#include <sys/prctl.h>

namespace plinth::test {

namespace {

QString defaultContractsDir()
{
    const QString env = qEnvironmentVariable("PLINTH_CONTRACTS_DIR");
    if (!env.isEmpty())
        return env;
#ifdef PLINTH_SOURCE_DIR
    return QDir(QStringLiteral(PLINTH_SOURCE_DIR)).filePath(QStringLiteral("contracts"));
#else
    return QDir::current().filePath(QStringLiteral("contracts"));
#endif
}

bool readJsonObject(const QString& path, QJsonObject* out, QString* error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, f.errorString());
        return false;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (!doc.isObject()) {
        *error = QStringLiteral("%1 is not a JSON object (%2)").arg(path, pe.errorString());
        return false;
    }
    *out = doc.object();
    return true;
}

QString tail(const QByteArray& bytes, int chars = 2000)
{
    const QString s = QString::fromUtf8(bytes);
    return s.size() > chars ? s.right(chars) : s;
}

} // namespace

DevnetFixture::DevnetFixture() : m_contractsDir(defaultContractsDir()) {}

DevnetFixture::~DevnetFixture()
{
    stop();
}

bool DevnetFixture::fail(const QString& message)
{
    m_error = message;
    stop();
    return false;
}

bool DevnetFixture::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running && m_port > 0;
}

QString DevnetFixture::rpcUrl() const
{
    return m_port > 0 ? QStringLiteral("http://127.0.0.1:%1").arg(m_port) : QString();
}

QString DevnetFixture::profilePath() const
{
    return m_dir ? m_dir->filePath(QStringLiteral("network.json")) : QString();
}

bool DevnetFixture::ensureFixture()
{
    const QDir contracts(m_contractsDir);
    if (!contracts.exists(QStringLiteral("devnet")))
        return fail(QStringLiteral("the contracts directory %1 has no devnet script (set PLINTH_CONTRACTS_DIR)")
                        .arg(m_contractsDir));
    if (!contracts.exists(QStringLiteral("node_modules/ethers")) || !contracts.exists(QStringLiteral("node_modules/solc")))
        return fail(QStringLiteral("%1/node_modules is missing: install the contracts' npm packages with "
                                   "`npm ci --prefix %1`")
                        .arg(m_contractsDir));
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (node.isEmpty())
        return fail(QStringLiteral("node is missing: the devnet needs Node.js 18 or later on PATH"));

    QProcess p;
    p.setWorkingDirectory(m_contractsDir);
    p.start(node, {contracts.filePath(QStringLiteral("devnet")), QStringLiteral("build-fixture"), QStringLiteral("--quiet")});
    // A rebuild compiles and seeds: minutes on a busy machine, well under that usually.
    if (!p.waitForFinished(10 * 60 * 1000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        p.kill();
        p.waitForFinished(5000);
        return fail(QStringLiteral("`node contracts/devnet build-fixture` failed (exit %1): %2")
                        .arg(p.exitCode())
                        .arg(tail(p.readAllStandardError() + p.readAllStandardOutput())));
    }
    const QString fixtureDir = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    QString err;
    if (!readJsonObject(QDir(fixtureDir).filePath(QStringLiteral("fixture.json")), &m_fixture, &err))
        return fail(err);
    if (!readJsonObject(m_fixture.value(QStringLiteral("facts")).toString(), &m_facts, &err))
        return fail(err);
    if (!readJsonObject(m_fixture.value(QStringLiteral("profile")).toString(), &m_profile, &err))
        return fail(err);

    m_anvil = qEnvironmentVariable("PLINTH_ANVIL", m_fixture.value(QStringLiteral("anvil")).toString());
    m_cast = qEnvironmentVariable("PLINTH_CAST", m_fixture.value(QStringLiteral("cast")).toString());
    if (!QFileInfo(m_anvil).isExecutable())
        m_anvil = QStandardPaths::findExecutable(QStringLiteral("anvil"));
    if (!QFileInfo(m_cast).isExecutable())
        m_cast = QStandardPaths::findExecutable(QStringLiteral("cast"));
    if (m_anvil.isEmpty())
        return fail(QStringLiteral("anvil is missing: run `npm ci --prefix %1` (it installs @foundry-rs/anvil)").arg(m_contractsDir));
    if (m_cast.isEmpty())
        return fail(QStringLiteral("cast is missing: run `npm ci --prefix %1` (it installs @foundry-rs/cast)").arg(m_contractsDir));
    return true;
}

bool DevnetFixture::launchAnvil(const QString& statePath, const QStringList& anvilArgs)
{
    m_process = std::make_unique<QProcess>();
    const QString log = m_dir->filePath(QStringLiteral("anvil.log"));
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    // A file, not a pipe: anvil logs every request and would block once a pipe nobody reads is full.
    m_process->setStandardOutputFile(log);
    m_process->setStandardInputFile(QProcess::nullDevice());
    // If this test process dies (crash, ctest timeout), the kernel kills anvil too.
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    QStringList args = anvilArgs;
    args << QStringLiteral("--port") << QStringLiteral("0") << QStringLiteral("--load-state") << statePath;
    m_process->start(m_anvil, args);
    if (!m_process->waitForStarted(10000))
        return fail(QStringLiteral("cannot start %1: %2").arg(m_anvil, m_process->errorString()));

    static const QRegularExpression listening(QStringLiteral("Listening on [^\\s:]+:(\\d+)"));
    QElapsedTimer t;
    t.start();
    QFile f(log);
    while (t.elapsed() < 30000) {
        if (m_process->state() != QProcess::Running) {
            f.open(QIODevice::ReadOnly);
            return fail(QStringLiteral("anvil exited (code %1) before listening:\n%2").arg(m_process->exitCode()).arg(tail(f.readAll())));
        }
        if (f.isOpen() || f.open(QIODevice::ReadOnly)) {
            f.seek(0);
            const auto m = listening.match(QString::fromUtf8(f.read(64 * 1024)));
            if (m.hasMatch()) {
                m_port = m.captured(1).toInt();
                return true;
            }
        }
        QThread::msleep(10);
    }
    f.seek(0);
    return fail(QStringLiteral("anvil did not listen within 30 s:\n%1").arg(tail(f.readAll())));
}

bool DevnetFixture::start()
{
    if (isRunning())
        return true;
    m_error.clear();
    QElapsedTimer total;
    total.start();
    if (!ensureFixture())
        return false;

    m_dir = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid())
        return fail(QStringLiteral("cannot create a temporary directory: %1").arg(m_dir->errorString()));

    QStringList anvilArgs;
    for (const auto& v : m_fixture.value(QStringLiteral("anvilArgs")).toArray())
        anvilArgs << v.toString();
    QElapsedTimer load;
    load.start();
    if (!launchAnvil(m_fixture.value(QStringLiteral("state")).toString(), anvilArgs))
        return false;

    // Freeze the chain's clock at the fixture's time: without this the next block would jump to now,
    // and proposals would move on from the states the fixture seeded.
    const qint64 headTs = m_fixture.value(QStringLiteral("headTimestamp")).toInteger();
    QString err;
    if (rpc(QStringLiteral("evm_setTime"), {QString::number(headTs + 1)}, &err).isNull())
        return fail(QStringLiteral("anvil on %1 does not answer: %2").arg(rpcUrl(), err));
    m_loadMillis = load.elapsed();

    QJsonObject profile = m_profile;
    profile.insert(QStringLiteral("rpc"), QJsonArray{rpcUrl()});
    QFile out(profilePath());
    if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(profile).toJson()) < 0)
        return fail(QStringLiteral("cannot write %1: %2").arg(profilePath(), out.errorString()));
    out.close();
    m_profile = profile;
    m_startMillis = total.elapsed();
    return true;
}

void DevnetFixture::stop()
{
    if (m_process) {
        if (m_process->state() != QProcess::NotRunning) {
            m_process->kill(); // the fixture's chain is disposable: no state to save
            m_process->waitForFinished(10000);
        }
        m_process.reset();
    }
    m_port = 0;
}

QString DevnetFixture::cast(const QStringList& args, QString* error) const
{
    if (!isRunning()) {
        if (error)
            *error = QStringLiteral("the devnet is not running");
        return {};
    }
    return runCast(QStringList(args) << QStringLiteral("--rpc-url") << rpcUrl(), error);
}

QString DevnetFixture::castOffline(const QStringList& args, QString* error) const
{
    return runCast(args, error);
}

QString DevnetFixture::runCast(const QStringList& args, QString* error) const
{
    if (m_cast.isEmpty()) {
        if (error)
            *error = QStringLiteral("cast is not known before start()");
        return {};
    }
    QProcess p;
    p.start(m_cast, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        if (p.state() != QProcess::NotRunning) {
            p.kill();
            p.waitForFinished(5000);
        }
        if (error)
            *error = QStringLiteral("cast %1: %2").arg(args.join(QLatin1Char(' ')), tail(p.readAllStandardError()).trimmed());
        return {};
    }
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

QString DevnetFixture::rpc(const QString& method, const QStringList& params, QString* error) const
{
    return cast(QStringList{QStringLiteral("rpc"), method} + params, error);
}

} // namespace plinth::test
