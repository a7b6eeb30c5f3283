#include "wallet/api/OnboardingService.h"

#include "wallet/api/NetworkServices.h"
#include "wallet/api/ServiceWorker.h"
#include "wallet/onboarding/OnboardingFormat.h"
#include "wallet/onboarding/OnboardingReader.h"
#include "wallet/rpc/EndpointPool.h"
#include "wallet/rpc/NetworkThread.h"
#include "wallet/sync/ProfileEndpoints.h"
#include "wallet/vault/Keystore.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <future>
#include <system_error>

namespace plinth {
namespace {

std::uint64_t nowSeconds()
{
    return static_cast<std::uint64_t>(
        std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count());
}

// O_EXCL: an existing key file is never overwritten; a failed write removes what it started.
Result<void> writeNewPrivateFile(const std::filesystem::path& path, const std::string& content)
{
    std::error_code ec;
    std::filesystem::create_directories(path.parent_path(), ec);
    if (ec)
        return makeError(ErrorCode::Io, "cannot create " + path.parent_path().string() + ": " + ec.message());
    std::filesystem::permissions(path.parent_path(), std::filesystem::perms::owner_all, ec);
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0)
        return makeError(ErrorCode::Io, "cannot create " + path.string() + ": " + std::generic_category().message(errno));
    std::size_t written = 0;
    while (written < content.size()) {
        const ssize_t n = ::write(fd, content.data() + written, content.size() - written);
        if (n <= 0) {
            ::close(fd);
            std::filesystem::remove(path, ec);
            return makeError(ErrorCode::Io, "cannot write " + path.string());
        }
        written += static_cast<std::size_t>(n);
    }
    const bool synced = ::fsync(fd) == 0;
    if (::close(fd) != 0 || !synced) {
        std::filesystem::remove(path, ec);
        return makeError(ErrorCode::Io, "cannot write " + path.string());
    }
    return {};
}

} // namespace

OnboardingService::~OnboardingService() = default;

Result<std::unique_ptr<OnboardingService>> OnboardingService::create(NetworkProfile profile, std::filesystem::path dataDir,
                                                                     NetworkServices* network)
{
    std::unique_ptr<OnboardingService> s(new OnboardingService);
    auto endpoints = endpointsFromProfile(profile);
    if (!endpoints)
        return endpoints.error();
    s->m_thread = std::make_unique<NetworkThread>();
    auto pool = EndpointPool::create(*s->m_thread, std::move(endpoints->http), PoolOptions{});
    if (!pool)
        return pool.error();
    s->m_pool = std::move(*pool);
    s->m_profile = std::move(profile);
    s->m_dataDir = std::move(dataDir);
    s->m_network = network;
    s->m_worker = std::make_unique<ServiceWorker>("onboarding service");
    return s;
}

// The verified cache knows registrations from proven DeviceRegistered/DeviceRetired events: better than
// eth_call's word where it has the device (as the CLI does). Waiting here is for another service's
// worker, never this one's. NotFound (no sync yet, or a device the cache does not know) changes nothing.
void OnboardingService::useVerifiedRegistration(const Address& device, OnboardingFacts& facts)
{
    if (!m_network)
        return;
    auto answer = std::make_shared<std::promise<Result<DeviceDetail>>>();
    auto future = answer->get_future();
    m_network->device(device, [answer](Result<DeviceDetail> r) { answer->set_value(std::move(r)); });
    auto detail = future.get();
    if (!detail)
        return;
    facts.registrationVerifiedAt = detail->at.block.number;
    facts.deviceRetired = detail->device.status == DeviceStatus::Retired;
    facts.deviceOwner = facts.deviceRetired ? std::nullopt : std::optional<Address>(detail->device.owner);
}

Result<OnboardingReview> OnboardingService::reviewPayload(OnboardingPayload payload, const Address& sender, bool stakeGiven)
{
    OnboardingReader reader(*m_pool, m_profile);
    auto facts = reader.read(payload, sender);
    if (!facts)
        return facts.error();
    useVerifiedRegistration(payload.device, *facts);
    OnboardingReview review;
    // The stake is not signed: a payload without one stakes the registry's minimum.
    review.minimumStake = payload.stake == 0 && !stakeGiven;
    if (review.minimumStake)
        payload.stake = facts->minStake;
    review.check = checkOnboarding(payload, *facts, m_profile, sender);
    review.payloadJson = onboardingToJson(payload);
    review.payload = std::move(payload);
    review.facts = std::move(*facts);
    return review;
}

void OnboardingService::review(std::string payloadText, Address sender, std::optional<UInt256> stake,
                               Callback<OnboardingReview> done)
{
    m_worker->post([this, text = std::move(payloadText), sender, stake, done = std::move(done)](bool cancelled) {
        if (cancelled)
            return done(m_worker->cancelledError());
        auto payload = parseOnboardingPayload(text);
        if (!payload)
            return done(makeError(ErrorCode::InvalidArgument, "the onboarding payload is not valid: " + payload.error().message));
        if (stake)
            payload->stake = *stake;
        done(reviewPayload(std::move(*payload), sender, stake.has_value()));
    });
}

void OnboardingService::measureResources(Callback<LocalResources> done)
{
    m_worker->post([this, done = std::move(done)](bool cancelled) {
        if (cancelled)
            return done(m_worker->cancelledError());
        done(measureLocalResources());
    });
}

void OnboardingService::prepareThisComputer(Address sender, ThisComputerRequest request, Callback<ThisComputerDevice> done)
{
    auto shared = std::make_shared<ThisComputerRequest>(std::move(request));
    m_worker->post([this, sender, shared, done = std::move(done)](bool cancelled) -> void {
        if (cancelled)
            return done(m_worker->cancelledError());
        ThisComputerRequest& r = *shared;
        if (r.keyPassword.empty())
            return done(makeError(ErrorCode::InvalidArgument, "a device key's password must not be empty"));
        ThisComputerDevice out;
        out.prefill = prefillCapacity(measureLocalResources(), r.kind);
        out.capacityMeasured = !r.declaredCapacity;
        if (!r.declaredCapacity && !out.prefill.capacity)
            return done(makeError(ErrorCode::InvalidArgument,
                                  "nothing on this computer measures a capacity of this kind: declare it"));
        auto key = newDeviceKey();
        if (!key)
            return done(key.error());
        auto device = addressFromPrivateKey(*key);
        if (!device)
            return done(device.error());
        auto nonce = randomOnboardingNonce();
        if (!nonce)
            return done(nonce.error());
        auto registry = parseAddress(m_profile.contracts.devices);
        if (!registry)
            return done(makeError(ErrorCode::InvalidArgument, "the network \"" + m_profile.name + "\" has no device registry"));
        OnboardingPayload p;
        p.chainId = m_profile.chainId;
        p.registry = *registry;
        p.owner = sender;
        p.device = *device;
        p.kind = r.kind;
        p.capacity = r.declaredCapacity ? *r.declaredCapacity : *out.prefill.capacity;
        p.unit = r.declaredCapacity ? r.declaredUnit : out.prefill.unit;
        p.region = r.region;
        p.metadataURI = r.metadataURI;
        p.stake = r.stake.value_or(UInt256(0));
        p.nonce = *nonce;
        p.deadline = UInt256(nowSeconds() + r.validForSeconds);
        if (auto signedOk = signOnboarding(p, *key); !signedOk)
            return done(signedOk.error());
        auto review = reviewPayload(std::move(p), sender, r.stake.has_value());
        if (!review)
            return done(review.error());
        out.review = std::move(*review);
        if (out.review.check.ok()) {
            // Kept only once the review passed, before anything is sent: the device needs its key to
            // prove itself later, and a key for a refused registration would be clutter.
            auto json = encryptKeystore(*key, r.keyPassword, r.keyCost);
            if (!json)
                return done(json.error());
            const auto path = m_dataDir / "device-keys" / (toChecksumAddress(*device) + ".json");
            if (auto written = writeNewPrivateFile(path, *json); !written)
                return done(written.error());
            out.keystore = path;
        }
        done(std::move(out));
    });
}

} // namespace plinth
