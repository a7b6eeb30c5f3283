#include "app/common/NetworkProbe.h"

#include "app/common/NetworkSelection.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QUrl>

namespace plinth::app {
namespace {

// One eth_chainId over plain HTTP/1.1 with a blocking socket (this runs on a worker). The chain id, or
// an empty string with `problem` set.
QString askChainId(const QUrl& url, std::chrono::milliseconds timeout, QString& problem)
{
    QTcpSocket socket;
    socket.connectToHost(url.host(), static_cast<quint16>(url.port(80)));
    const int ms = static_cast<int>(timeout.count());
    if (!socket.waitForConnected(ms)) {
        problem = QCoreApplication::translate("NetworkProbe", "The RPC does not answer.");
        return {};
    }
    const QByteArray body = R"({"jsonrpc":"2.0","id":1,"method":"eth_chainId","params":[]})";
    const QByteArray path = url.path().isEmpty() ? QByteArray("/") : url.path().toUtf8();
    socket.write("POST " + path + " HTTP/1.1\r\nHost: " + url.host().toUtf8()
                 + "\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
                 + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    QByteArray reply;
    while (socket.waitForReadyRead(ms) && reply.size() < 65536)
        reply += socket.readAll();
    reply += socket.readAll();
    const qsizetype split = reply.indexOf("\r\n\r\n");
    const QJsonObject json = QJsonDocument::fromJson(split < 0 ? QByteArray() : reply.mid(split + 4)).object();
    const QString result = json.value(QStringLiteral("result")).toString();
    if (result.isEmpty())
        problem = QCoreApplication::translate("NetworkProbe", "The RPC answered, but not with a chain id.");
    return result;
}

} // namespace

QList<NetworkReachability> probeKnownNetworks(const QString& dataDir, std::chrono::milliseconds timeout)
{
    QList<NetworkReachability> out;
    for (const QString& name : knownNetworkNames(dataDir)) {
        NetworkReachability r;
        r.name = name;
        r.isLocalDevnet = name == QLatin1String("devnet");
        auto selected = selectNetwork(dataDir, name);
        if (!selected || !selected->has_value()) {
            r.description = selected ? QCoreApplication::translate("NetworkProbe", "The profile could not be read.")
                                     : QString::fromStdString(selected.error().message);
            out << r;
            continue;
        }
        const NetworkProfile& profile = (*selected)->profile;
        r.chainId = profile.chainId;
        const QUrl url(profile.rpc.empty() ? QString() : QString::fromStdString(profile.rpc.front()));
        QString problem;
        if (url.scheme() != QLatin1String("http")) {
            problem = QCoreApplication::translate("NetworkProbe", "Its RPC is not checked here (only plain HTTP endpoints are).");
        } else {
            bool ok = false;
            const QString id = askChainId(url, timeout, problem);
            const std::uint64_t chain = id.toULongLong(&ok, 16);
            if (!id.isEmpty() && (!ok || chain != profile.chainId))
                //: %1 is the chain id the RPC reported
                problem = QCoreApplication::translate("NetworkProbe", "The RPC belongs to another chain (%1).").arg(chain);
            r.answers = problem.isEmpty();
        }
        //: %1 is the chain id; %2 a sentence about its RPC
        r.description = QCoreApplication::translate("NetworkProbe", "Chain %1. %2")
                            .arg(profile.chainId)
                            .arg(r.answers ? QCoreApplication::translate("NetworkProbe", "The RPC answers.") : problem);
        out << r;
    }
    return out;
}

} // namespace plinth::app
