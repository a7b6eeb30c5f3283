#include "LinkDelay.h"

#include <boost/asio.hpp>

#include <array>
#include <deque>
#include <stdexcept>
#include <thread>
#include <vector>

namespace plinth::test {
namespace {

namespace asio = boost::asio;
using tcp = asio::ip::tcp;
using Clock = std::chrono::steady_clock;

// One direction of a connection: what is read from `from` is written to `to` once `delay` has passed
// since it was read. Reading goes on while earlier chunks wait, so the delay is a latency, not a stall.
class Pipe : public std::enable_shared_from_this<Pipe> {
public:
    Pipe(std::shared_ptr<tcp::socket> from, std::shared_ptr<tcp::socket> to, std::chrono::milliseconds delay)
        : m_from(std::move(from)), m_to(std::move(to)), m_delay(delay), m_timer(m_to->get_executor())
    {
    }

    void start() { read(); }

private:
    struct Chunk {
        Clock::time_point due;
        std::vector<char> bytes; // empty: the end of this direction
    };

    void read()
    {
        m_from->async_read_some(asio::buffer(m_buffer), [self = shared_from_this()](boost::system::error_code ec, std::size_t n) {
            if (ec == asio::error::eof) {
                self->enqueue({}); // passed on as an end once the bytes before it are out
                return;
            }
            if (ec)
                return self->closeBoth();
            self->enqueue(std::vector<char>(self->m_buffer.begin(), self->m_buffer.begin() + static_cast<std::ptrdiff_t>(n)));
            self->read();
        });
    }

    void enqueue(std::vector<char> bytes)
    {
        m_queue.push_back(Chunk{Clock::now() + m_delay, std::move(bytes)});
        if (m_queue.size() == 1)
            writeFront();
    }

    void writeFront()
    {
        m_timer.expires_at(m_queue.front().due);
        m_timer.async_wait([self = shared_from_this()](boost::system::error_code ec) {
            if (ec)
                return self->closeBoth();
            Chunk& front = self->m_queue.front();
            if (front.bytes.empty()) {
                boost::system::error_code ignored;
                self->m_to->shutdown(tcp::socket::shutdown_send, ignored);
                self->m_queue.clear();
                return;
            }
            asio::async_write(*self->m_to, asio::buffer(front.bytes), [self](boost::system::error_code ec2, std::size_t) {
                if (ec2)
                    return self->closeBoth();
                self->m_queue.pop_front();
                if (!self->m_queue.empty())
                    self->writeFront();
            });
        });
    }

    void closeBoth()
    {
        boost::system::error_code ignored;
        m_from->close(ignored);
        m_to->close(ignored);
        m_queue.clear();
    }

    std::shared_ptr<tcp::socket> m_from, m_to;
    std::chrono::milliseconds m_delay;
    asio::steady_timer m_timer;
    std::array<char, 65536> m_buffer{};
    std::deque<Chunk> m_queue;
};

} // namespace

struct LinkDelay::Impl {
    asio::io_context io;
    tcp::acceptor acceptor{io};
    tcp::endpoint upstream;
    std::chrono::milliseconds oneWay{0};
    std::uint16_t port = 0;
    std::thread thread;

    void accept()
    {
        acceptor.async_accept([this](boost::system::error_code ec, tcp::socket client) {
            if (ec)
                return; // the acceptor was closed: the relay stops
            auto down = std::make_shared<tcp::socket>(std::move(client));
            auto up = std::make_shared<tcp::socket>(io);
            up->async_connect(upstream, [this, down, up](boost::system::error_code ec2) {
                if (ec2) {
                    boost::system::error_code ignored;
                    down->close(ignored);
                    return;
                }
                const tcp::no_delay noDelay(true);
                down->set_option(noDelay, ec2);
                up->set_option(noDelay, ec2);
                std::make_shared<Pipe>(down, up, oneWay)->start();
                std::make_shared<Pipe>(up, down, oneWay)->start();
            });
            accept();
        });
    }
};

LinkDelay::LinkDelay(std::string upstreamHost, std::uint16_t upstreamPort, std::chrono::milliseconds oneWay)
    : m_impl(std::make_unique<Impl>())
{
    boost::system::error_code ec;
    const auto address = asio::ip::make_address(upstreamHost, ec);
    if (ec)
        throw std::runtime_error("LinkDelay: the upstream must be an IP address, not " + upstreamHost);
    m_impl->upstream = tcp::endpoint(address, upstreamPort);
    m_impl->oneWay = oneWay;
    const tcp::endpoint local(asio::ip::address_v4::loopback(), 0);
    m_impl->acceptor.open(local.protocol(), ec);
    if (!ec)
        m_impl->acceptor.bind(local, ec);
    if (!ec)
        m_impl->acceptor.listen(asio::socket_base::max_listen_connections, ec);
    if (ec)
        throw std::runtime_error("LinkDelay: cannot listen on 127.0.0.1: " + ec.message());
    m_impl->port = m_impl->acceptor.local_endpoint().port();
    m_impl->accept();
    m_impl->thread = std::thread([impl = m_impl.get()] { impl->io.run(); });
}

LinkDelay::~LinkDelay()
{
    m_impl->io.stop();
    if (m_impl->thread.joinable())
        m_impl->thread.join();
}

std::uint16_t LinkDelay::port() const { return m_impl->port; }

} // namespace plinth::test
