#include "wallet/rpc/EndpointConfig.h"

#include <boost/asio/ip/address.hpp>

#include <algorithm>
#include <cctype>

namespace plinth {
namespace {

Error badUrl(std::string_view url, std::string_view what)
{
    // The URL itself may hold an API key: name only its scheme and what is wrong.
    const auto colon = url.find("://");
    const std::string scheme = colon == std::string_view::npos ? std::string("?") : std::string(url.substr(0, colon));
    return makeError(ErrorCode::InvalidArgument, "RPC URL (" + scheme + "://...): " + std::string(what));
}

std::uint16_t defaultPort(ParsedUrl::Scheme s)
{
    return (s == ParsedUrl::Scheme::Https || s == ParsedUrl::Scheme::Wss) ? 443 : 80;
}

} // namespace

bool ParsedUrl::hostIsIpAddress() const
{
    boost::system::error_code ec;
    (void)boost::asio::ip::make_address(host, ec);
    return !ec;
}

std::string ParsedUrl::hostHeader() const
{
    const bool v6 = host.find(':') != std::string::npos;
    std::string h = v6 ? "[" + host + "]" : host;
    if (port != defaultPort(scheme))
        h += ":" + std::to_string(port);
    return h;
}

Result<ParsedUrl> parseEndpointUrl(std::string_view url)
{
    ParsedUrl out;
    const auto sep = url.find("://");
    if (sep == std::string_view::npos)
        return badUrl(url, "missing scheme");
    std::string scheme(url.substr(0, sep));
    std::transform(scheme.begin(), scheme.end(), scheme.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (scheme == "http")
        out.scheme = ParsedUrl::Scheme::Http;
    else if (scheme == "https")
        out.scheme = ParsedUrl::Scheme::Https;
    else if (scheme == "ws")
        out.scheme = ParsedUrl::Scheme::Ws;
    else if (scheme == "wss")
        out.scheme = ParsedUrl::Scheme::Wss;
    else
        return badUrl(url, "scheme must be http, https, ws or wss");

    std::string_view rest = url.substr(sep + 3);
    const auto slash = rest.find_first_of("/?");
    std::string_view authority = rest.substr(0, slash);
    out.target = slash == std::string_view::npos ? "/" : std::string(rest.substr(slash));
    if (!out.target.empty() && out.target.front() == '?')
        out.target.insert(out.target.begin(), '/');
    if (authority.find('@') != std::string_view::npos)
        return badUrl(url, "user information in the URL is not supported");
    if (authority.empty())
        return badUrl(url, "missing host");

    std::string_view portText;
    if (authority.front() == '[') {
        const auto close = authority.find(']');
        if (close == std::string_view::npos)
            return badUrl(url, "unterminated IPv6 address");
        out.host = std::string(authority.substr(1, close - 1));
        std::string_view after = authority.substr(close + 1);
        if (!after.empty()) {
            if (after.front() != ':')
                return badUrl(url, "junk after IPv6 address");
            portText = after.substr(1);
        }
    } else {
        const auto colon = authority.rfind(':');
        out.host = std::string(authority.substr(0, colon));
        if (colon != std::string_view::npos)
            portText = authority.substr(colon + 1);
    }
    if (out.host.empty())
        return badUrl(url, "missing host");
    if (portText.empty()) {
        out.port = defaultPort(out.scheme);
    } else {
        unsigned long p = 0;
        if (portText.size() > 5 || !std::all_of(portText.begin(), portText.end(), [](unsigned char c) { return std::isdigit(c) != 0; }))
            return badUrl(url, "port must be a number");
        p = std::stoul(std::string(portText));
        if (p == 0 || p > 65535)
            return badUrl(url, "port out of range");
        out.port = static_cast<std::uint16_t>(p);
    }
    return out;
}

std::string EndpointConfig::name() const
{
    if (!label.empty())
        return label;
    auto parsed = parseEndpointUrl(url);
    if (!parsed)
        return "(invalid RPC URL)";
    static constexpr const char* kSchemes[] = {"http", "https", "ws", "wss"};
    return std::string(kSchemes[static_cast<int>(parsed->scheme)]) + "://"
           + (parsed->host.find(':') != std::string::npos ? "[" + parsed->host + "]" : parsed->host) + ":"
           + std::to_string(parsed->port);
}

} // namespace plinth
