// HTTPS to a FaultyRpcServer with a self-signed certificate made in the test: the right CA succeeds; a
// wrong CA, a certificate for another host name, or no extra CA at all fail with a certificate error
// that names the endpoint.
#include "tests/support/FaultyRpcServer.h"
#include "tests/support/TestCertificates.h"
#include "wallet/rpc/EndpointPool.h"
#include "wallet/rpc/RpcSync.h"

#include <boost/json.hpp>

#include <QTemporaryDir>
#include <QTest>

using namespace plinth;
using namespace plinth::test;
using namespace std::chrono_literals;
namespace json = boost::json;

namespace {

std::optional<json::object> chainId(const json::object& call)
{
    return json::object{{"jsonrpc", "2.0"}, {"id", call.at("id")}, {"result", "0x7a69"}};
}

} // namespace

class TestRpcTls : public QObject {
    Q_OBJECT

    NetworkThread m_thread;
    QTemporaryDir m_dir;

    std::string writePem(const char* name, const std::string& pem)
    {
        const std::string path = m_dir.filePath(QString::fromLatin1(name)).toStdString();
        writeTextFile(path, pem);
        return path;
    }

    RpcReply ask(const std::string& url, const std::string& caFile)
    {
        EndpointConfig e;
        e.url = url;
        e.label = "tls-node";
        e.caFile = caFile;
        e.timeout = 20s;
        PoolOptions o;
        o.maxAttempts = 1;
        auto pool = EndpointPool::create(m_thread, {e}, o);
        if (!pool)
            qFatal("pool: %s", pool.error().message.c_str());
        return callBlocking(**pool, "eth_chainId", {});
    }

    static void expectCertificateError(const RpcReply& r)
    {
        QVERIFY(!r.ok());
        QCOMPARE(r.kind, RpcErrorKind::Tls);
        QCOMPARE(r.endpoint, std::string("tls-node"));
        const auto& m = r.result.error().message;
        QVERIFY2(m.find("tls-node") != std::string::npos && m.find("certificate") != std::string::npos, m.c_str());
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void rightCaSucceeds()
    {
        const auto cert = makeSelfSignedCertificate("Plinth test node", {}, {"127.0.0.1"});
        FaultyRpcServer server(FaultyRpcServer::Options::https(cert.certificatePem, cert.privateKeyPem));
        server.setCallHook(chainId);
        QVERIFY(server.url().rfind("https://", 0) == 0);
        const auto r = ask(server.url(), writePem("right.pem", cert.certificatePem));
        QVERIFY2(r.ok(), r.ok() ? "" : r.result.error().message.c_str());
        QCOMPARE(std::string(r.result->as_string()), std::string("0x7a69"));
        QCOMPARE(server.connectionsAccepted(), 1ull);
    }

    void wrongCaFails()
    {
        const auto cert = makeSelfSignedCertificate("Plinth test node", {}, {"127.0.0.1"});
        const auto other = makeSelfSignedCertificate("Someone else", {}, {"127.0.0.1"});
        FaultyRpcServer server(FaultyRpcServer::Options::https(cert.certificatePem, cert.privateKeyPem));
        server.setCallHook(chainId);
        expectCertificateError(ask(server.url(), writePem("wrong.pem", other.certificatePem)));
        QCOMPARE(server.rpcCalls(), 0ull);
    }

    void systemStoreAloneFails()
    {
        const auto cert = makeSelfSignedCertificate("Plinth test node", {}, {"127.0.0.1"});
        FaultyRpcServer server(FaultyRpcServer::Options::https(cert.certificatePem, cert.privateKeyPem));
        server.setCallHook(chainId);
        expectCertificateError(ask(server.url(), {}));
    }

    void wrongHostNameFails()
    {
        // Trusted, but issued for another name than the one in the URL.
        const auto cert = makeSelfSignedCertificate("other.invalid", {"other.invalid"}, {"10.1.2.3"});
        FaultyRpcServer server(FaultyRpcServer::Options::https(cert.certificatePem, cert.privateKeyPem));
        server.setCallHook(chainId);
        expectCertificateError(ask(server.url(), writePem("otherhost.pem", cert.certificatePem)));
        QCOMPARE(server.rpcCalls(), 0ull);
    }
};

QTEST_GUILESS_MAIN(TestRpcTls)
#include "tst_rpctls.moc"
