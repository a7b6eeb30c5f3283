#include "app/gui/SingleInstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>

namespace plinth::app {
namespace {
constexpr int kConnectTimeoutMs = 1000;
const QByteArray kActivate = QByteArrayLiteral("activate\n");
} // namespace

SingleInstance::SingleInstance(const QString& dataDir, QObject* parent)
    : QObject(parent)
    , m_dataDir(dataDir)
    , m_lock(QDir(dataDir).filePath(QStringLiteral(".plinth.lock")))
{
    m_lock.setStaleLockTime(0); // a lock is stale only when its process is gone, never by age
}

SingleInstance::~SingleInstance()
{
    if (m_server)
        m_server->close();
    m_lock.unlock();
}

SingleInstance::Claim SingleInstance::claim()
{
    if (!QDir().mkpath(m_dataDir)) {
        m_error = tr("Cannot create the data folder %1.").arg(m_dataDir);
        return Claim::Failed;
    }
    // Named after the canonical data dir (it exists now), so that two dirs never share one socket and
    // two spellings of one dir always do.
    const QByteArray key = QDir(m_dataDir).canonicalPath().toUtf8();
    m_serverName = QStringLiteral("plinth-")
        + QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(24));
    if (!m_lock.tryLock(0)) {
        if (m_lock.error() == QLockFile::LockFailedError) {
            if (notifyRunningInstance())
                return Claim::AlreadyRunning;
            m_error = tr("Another Plinth holds the data folder %1 but does not answer.").arg(m_dataDir);
        } else {
            m_error = tr("Cannot lock the data folder %1.").arg(m_dataDir);
        }
        return Claim::Failed;
    }
    m_server = std::make_unique<QLocalServer>();
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    // We hold the lock, so a socket left by a crashed instance is ours to remove.
    QLocalServer::removeServer(m_serverName);
    if (!m_server->listen(m_serverName)) {
        m_error = tr("Cannot listen for other starts: %1").arg(m_server->errorString());
        return Claim::Failed;
    }
    connect(m_server.get(), &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket* socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                if (socket->readAll().startsWith(kActivate.trimmed()))
                    Q_EMIT activationRequested();
                socket->disconnectFromServer();
            });
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
    return Claim::Primary;
}

bool SingleInstance::notifyRunningInstance()
{
    // Runs before the main window exists, so a short blocking exchange cannot freeze anything.
    QLocalSocket socket;
    socket.connectToServer(m_serverName);
    if (!socket.waitForConnected(kConnectTimeoutMs))
        return false;
    socket.write(kActivate);
    return socket.waitForBytesWritten(kConnectTimeoutMs);
}

} // namespace plinth::app
