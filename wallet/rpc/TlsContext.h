#pragma once
// Internal to wallet/rpc: TLS client setup shared by the HTTPS and WSS transports.
// Certificates are always verified: the system trust store plus an optional extra CA file, and the
// peer's name checked against the URL's host (DNS name or IP address).

#include "wallet/common/Result.h"
#include "wallet/rpc/EndpointConfig.h"

#include <boost/asio/ssl/context.hpp>
#include <boost/system/error_code.hpp>

#include <memory>
#include <string>

typedef struct ssl_st SSL;

namespace plinth {

Result<std::shared_ptr<boost::asio::ssl::context>> makeTlsClientContext(const std::string& extraCaFile);

// Sets SNI (for DNS names) and the expected peer name on a connection before its handshake.
Result<void> prepareTlsConnection(SSL* ssl, const ParsedUrl& url);

// A sentence for a failed handshake that names the certificate problem when there is one.
std::string describeTlsFailure(const boost::system::error_code& ec, SSL* ssl);

} // namespace plinth
