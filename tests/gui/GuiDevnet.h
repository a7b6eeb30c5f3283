#pragma once
// GuiDevnet: what a GUI test against the chain needs, in one object: a fresh seeded devnet (its own
// anvil, DevnetFixture), a data dir, a vault restored from the devnet mnemonic (fast KDF: the user's
// account first, then the other seeded accounts), the facade services for the devnet profile, one sync
// run to the head, and the UiServices a MainWindow or a page takes.
//
// Use: `GuiDevnet net; QVERIFY2(net.start(), qPrintable(net.error()));` then build the window with
// net.services(). syncNow() syncs again (after the test changed the chain with cast) and waits.
// For first-run tests, start(GuiDevnet::Vault::None) leaves the data dir without a vault.
//
// Threading: the test's (GUI) thread; waiting functions spin the event loop so queued callbacks run.
// Ownership: owns the devnet and every service; destroy windows before it.
// Errors: start() and syncNow() return false with error() set.

#include "DevnetFixture.h"
#include "app/gui/AppServices.h"
#include "ui/UiServices.h"

#include <QString>
#include <QTemporaryDir>

#include <chrono>
#include <memory>

namespace plinth::test {

class GuiDevnet {
public:
    enum class Vault { Restored, None };
    static constexpr const char* kPassword = "correct horse battery staple";
    static constexpr const char* kMnemonic = "test test test test test test test test test test test junk";

    GuiDevnet();
    ~GuiDevnet();

    bool start(Vault vault = Vault::Restored);
    bool syncNow(std::chrono::milliseconds timeout = std::chrono::seconds(120));

    // The app's services (app::AppServices with a fast KDF); empty until start() got that far.
    ui::UiServices& services() { return m_app ? m_app->services() : m_none; }
    DevnetFixture& fixture() { return m_fx; }
    QString dataDir() const { return m_dir.path(); }
    QString error() const { return m_error; }
    // The seeded user's checksummed address (facts.json accounts.user).
    QString userAddress() const;

private:
    bool fail(const QString& message);

    DevnetFixture m_fx;
    QTemporaryDir m_dir;
    QString m_error;
    std::unique_ptr<app::AppServices> m_app;
    ui::UiServices m_none;
};

// Spins the event loop until `done()` or the timeout; true when done.
template <class F>
bool spinUntil(F done, std::chrono::milliseconds timeout = std::chrono::seconds(60));

} // namespace plinth::test

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

template <class F>
bool plinth::test::spinUntil(F done, std::chrono::milliseconds timeout)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeout.count())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(2);
    }
    return true;
}
