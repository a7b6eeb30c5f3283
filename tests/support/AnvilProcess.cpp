#include "tests/support/AnvilProcess.h"

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace plinth::test {

AnvilProcess::~AnvilProcess() { stop(); }

std::string AnvilProcess::findAnvil(const std::string& sourceDir)
{
    // The platform binary itself, so that killing it kills anvil (the npm launcher is a node wrapper).
    const std::string candidates[] = {
        sourceDir + "/contracts/node_modules/@foundry-rs/anvil-linux-amd64/bin/anvil",
        sourceDir + "/contracts/node_modules/@foundry-rs/anvil-linux-arm64/bin/anvil",
        sourceDir + "/contracts/node_modules/.bin/anvil",
    };
    for (const auto& c : candidates)
        if (QFileInfo(QString::fromStdString(c)).isExecutable())
            return c;
    return {};
}

std::uint16_t AnvilProcess::freePort()
{
    boost::asio::io_context ioc;
    boost::asio::ip::tcp::acceptor acceptor(ioc, {boost::asio::ip::make_address("127.0.0.1"), 0});
    return acceptor.local_endpoint().port();
}

std::string AnvilProcess::start(const std::string& sourceDir, const QStringList& extraArgs, std::uint16_t port)
{
    const std::string anvil = findAnvil(sourceDir);
    if (anvil.empty())
        return "anvil is missing: run `npm ci --prefix " + sourceDir + "/contracts` or packaging/setup-debian.sh";
    // A port can be taken between freePort() and anvil's bind; try a few. anvil's output goes to a log
    // file: a pipe nobody reads would fill up and stall it.
    for (int attempt = 0; attempt < 5; ++attempt) {
        m_port = port != 0 ? port : freePort();
        m_logPath = QDir::temp().filePath(QStringLiteral("plinth-anvil-%1.log").arg(m_port)).toStdString();
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::MergedChannels);
        m_process->setStandardOutputFile(QString::fromStdString(m_logPath));
        QStringList args{QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"), QString::number(m_port)};
        args += extraArgs;
        m_process->start(QString::fromStdString(anvil), args);
        if (!m_process->waitForStarted(30000))
            return "anvil did not start: " + m_process->errorString().toStdString();
        QDeadlineTimer deadline(60000);
        while (!deadline.hasExpired() && m_process->state() == QProcess::Running) {
            boost::asio::io_context ioc;
            boost::asio::ip::tcp::socket socket(ioc);
            boost::system::error_code ec;
            socket.connect({boost::asio::ip::make_address("127.0.0.1"), m_port}, ec);
            if (!ec)
                return {};
            m_process->waitForFinished(100);
        }
        QFile log(QString::fromStdString(m_logPath));
        const QByteArray output = log.open(QIODevice::ReadOnly) ? log.readAll().right(500) : QByteArray();
        stop();
        if (!output.contains("in use"))
            return "anvil did not become ready on port " + std::to_string(m_port) + ": " + output.toStdString();
    }
    return "anvil could not bind a free port";
}

void AnvilProcess::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(5000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    m_process.reset();
    if (!m_logPath.empty())
        QFile::remove(QString::fromStdString(m_logPath));
}

} // namespace plinth::test
