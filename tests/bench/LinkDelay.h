#pragma once
// LinkDelay: a TCP relay on 127.0.0.1 that delays every byte by a fixed one-way time in each direction,
// so that a benchmark against a local node can also be run as over a real link (a provider tens of
// milliseconds away) without a network. It does not look into the bytes and does not limit bandwidth;
// the order of bytes is kept per direction, and a direction's end (EOF) is passed on once its delayed
// bytes are written.
//
// Ownership: RAII. The constructor starts one thread running the relay's own Asio context; the
// destructor stops it and closes every connection. Threading: port() may be called from any thread.
// Errors: the constructor throws std::runtime_error when it cannot listen; a connection whose upstream
// refuses or fails is closed on both sides (the client sees the connection drop, as it would on a link).

#include <chrono>
#include <cstdint>
#include <memory>
#include <string>

namespace plinth::test {

class LinkDelay {
public:
    LinkDelay(std::string upstreamHost, std::uint16_t upstreamPort, std::chrono::milliseconds oneWay);
    ~LinkDelay();
    LinkDelay(const LinkDelay&) = delete;
    LinkDelay& operator=(const LinkDelay&) = delete;

    std::uint16_t port() const; // where clients connect

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace plinth::test
