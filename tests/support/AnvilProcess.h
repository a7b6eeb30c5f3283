#pragma once
// AnvilProcess: a real anvil devnet for tests, on 127.0.0.1 and a free port, killed when this object is
// destroyed (also when the test fails). It uses the anvil that `npm ci --prefix contracts` installs
// (packaging/setup-debian.sh does that).
//
// Threading: create and destroy on one thread. Errors: start() returns a message saying what is missing.

#include <QProcess>

#include <cstdint>
#include <memory>
#include <string>

namespace plinth::test {

class AnvilProcess {
public:
    AnvilProcess() = default;
    ~AnvilProcess();

    // Empty string on success, else why anvil could not be started.
    // port 0 picks a free one; a fixed port lets a test restart anvil where clients expect it.
    std::string start(const std::string& sourceDir, const QStringList& extraArgs = {}, std::uint16_t port = 0);
    void stop();

    std::uint16_t port() const { return m_port; }
    std::string httpUrl() const { return "http://127.0.0.1:" + std::to_string(m_port); }
    std::string logPath() const { return m_logPath; }
    std::string wsUrl() const { return "ws://127.0.0.1:" + std::to_string(m_port); }

    static std::string findAnvil(const std::string& sourceDir);
    static std::uint16_t freePort();

private:
    std::unique_ptr<QProcess> m_process;
    std::uint16_t m_port = 0;
    std::string m_logPath;
};

} // namespace plinth::test
