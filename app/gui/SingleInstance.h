#pragma once
// One running Plinth per data dir: the vault and the cache have one writer. A second start finds the
// first through a lock file in the data dir and a local socket, asks it to raise its window, and exits.
//
// Ownership: the app's main() owns it for the whole run. Threading: GUI thread only.
// Errors: claim() reports why the data dir cannot be used (not writable, or held by a running instance).

#include <QLockFile>
#include <QObject>
#include <QString>

#include <memory>

class QLocalServer;

namespace plinth::app {

class SingleInstance : public QObject {
    Q_OBJECT
public:
    explicit SingleInstance(const QString& dataDir, QObject* parent = nullptr);
    ~SingleInstance() override;

    enum class Claim { Primary, AlreadyRunning, Failed };
    // Takes the data dir for this process, or tells the running instance to show itself.
    Claim claim();
    QString errorString() const { return m_error; }

Q_SIGNALS:
    // Another start asked for this instance's window.
    void activationRequested();

private:
    bool notifyRunningInstance();

    QString m_dataDir;
    QString m_serverName;
    QLockFile m_lock;
    std::unique_ptr<QLocalServer> m_server;
    QString m_error;
};

} // namespace plinth::app
