#include "wallet/rpc/TlsContext.h"

#include <openssl/ssl.h>
#include <openssl/x509_vfy.h>

namespace plinth {

Result<std::shared_ptr<boost::asio::ssl::context>> makeTlsClientContext(const std::string& extraCaFile)
{
    namespace ssl = boost::asio::ssl;
    auto ctx = std::make_shared<ssl::context>(ssl::context::tls_client);
    boost::system::error_code ec;
    ctx->set_options(ssl::context::default_workarounds | ssl::context::no_sslv2 | ssl::context::no_sslv3
                         | ssl::context::no_tlsv1 | ssl::context::no_tlsv1_1,
                     ec);
    if (ec)
        return makeError(ErrorCode::Internal, "TLS setup failed: " + ec.message());
    ctx->set_default_verify_paths(ec);
    if (ec)
        return makeError(ErrorCode::Internal, "cannot load the system's trusted certificates: " + ec.message());
    if (!extraCaFile.empty()) {
        ctx->load_verify_file(extraCaFile, ec);
        if (ec)
            return makeError(ErrorCode::InvalidArgument, "cannot load CA file " + extraCaFile + ": " + ec.message());
    }
    ctx->set_verify_mode(ssl::verify_peer, ec);
    if (ec)
        return makeError(ErrorCode::Internal, "TLS setup failed: " + ec.message());
    return ctx;
}

Result<void> prepareTlsConnection(SSL* ssl, const ParsedUrl& url)
{
    X509_VERIFY_PARAM* param = SSL_get0_param(ssl);
    if (url.hostIsIpAddress()) {
        // SNI must not carry an IP address (RFC 6066); the certificate must list it as an IP SAN.
        if (X509_VERIFY_PARAM_set1_ip_asc(param, url.host.c_str()) != 1)
            return makeError(ErrorCode::Internal, "TLS setup failed: cannot set the expected IP address");
    } else {
        // SSL_set_tlsext_host_name, without the macro's C-style cast.
        if (SSL_ctrl(ssl, SSL_CTRL_SET_TLSEXT_HOSTNAME, TLSEXT_NAMETYPE_host_name, const_cast<char*>(url.host.c_str())) != 1)
            return makeError(ErrorCode::Internal, "TLS setup failed: cannot set the server name");
        X509_VERIFY_PARAM_set_hostflags(param, X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS);
        if (SSL_set1_host(ssl, url.host.c_str()) != 1)
            return makeError(ErrorCode::Internal, "TLS setup failed: cannot set the expected host name");
    }
    return {};
}

std::string describeTlsFailure(const boost::system::error_code& ec, SSL* ssl)
{
    const long verify = ssl ? SSL_get_verify_result(ssl) : X509_V_OK;
    if (verify != X509_V_OK)
        return std::string("TLS certificate rejected: ") + X509_verify_cert_error_string(verify);
    return "TLS handshake failed: " + ec.message();
}

} // namespace plinth
