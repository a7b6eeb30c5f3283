#pragma once
// OnboardingService: the facade's onboarding checks for the GUI (ARCHITECTURE.md "wallet/api"), the same
// steps as the CLI's `device register` (app/cli/DeviceRegisterCommand.cpp) before it builds anything:
//   review():          parses a device's signed payload (JSON or QR text, OnboardingFormat.h), reads the
//                      chain's facts about it (OnboardingReader.h: eth_call, unverified; the verified
//                      cache's registration where NetworkServices knows the device) and judges it
//                      (OnboardingCheck.h: every problem as one sentence);
//   measureResources(): what this computer offers (LocalResources.h), to prefill registering it;
//   prepareThisComputer(): makes a device key here, as `device register --this-computer` does, signs the
//                      onboarding with it, reviews it, and only when the review passes keeps the key in
//                      DATADIR/device-keys/ADDRESS.json (keystore v3 under the given password).
// The registration itself is a RegisterDeviceAction for the TransactionsService (NetworkActions.h),
// which checks the payload again just before it builds the transaction.
//
// Threading: every method may be called from any thread and returns at once; the work and the callback
// run on the service's own worker (ServiceWorker). A callback must not wait for another request of this
// service. Ownership: create() returns the owner; `network` (optional) must outlive it. The destructor
// waits for the running request, calls every queued callback with Cancelled and joins.
// Errors: InvalidArgument "the onboarding payload is not valid: …" for text that is not a payload (the
// parser's exact phrase after the colon); the reader's errors (Network, Remote) when the chain could not
// be asked; Io when the device key cannot be written (nothing is left behind). Problems with a payload
// that parses are not errors: they are in OnboardingReview::check.

#include "wallet/common/Result.h"
#include "wallet/crypto/SecureBytes.h"
#include "wallet/network/LocalResources.h"
#include "wallet/network/NetworkProfile.h"
#include "wallet/onboarding/OnboardingCheck.h"
#include "wallet/onboarding/OnboardingPayload.h"
#include "wallet/onboarding/ResourcePrefill.h"
#include "wallet/vault/Kdf.h"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>

namespace plinth {

class EndpointPool;
class NetworkServices;
class NetworkThread;
class ServiceWorker;

struct OnboardingReview {
    OnboardingPayload payload; // its stake set to the registry's minimum when it named none
    bool minimumStake = false; // the stake is the registry's minimum because none was given
    OnboardingFacts facts;
    OnboardingCheckResult check;
    std::string payloadJson;   // the payload as reviewed (with that stake), for RegisterDeviceAction
};

// Registering this computer: what the user chose; the capacity is measured unless declared.
struct ThisComputerRequest {
    OnboardingKind kind = OnboardingKind::Storage;
    std::optional<UInt256> declaredCapacity; // nullopt: the measured figure (ResourcePrefill)
    std::string declaredUnit;                // with declaredCapacity only
    std::string region;
    std::string metadataURI;
    std::optional<UInt256> stake;            // nullopt: the registry's minimum
    std::uint64_t validForSeconds = 24 * 3600;
    SecureString keyPassword;                // encrypts the device key's keystore; must not be empty
    ScryptParams keyCost = kDefaultScrypt;
};

struct ThisComputerDevice {
    OnboardingReview review;
    CapacityPrefill prefill;       // what was measured for the kind
    bool capacityMeasured = false; // false: the user declared the capacity
    std::filesystem::path keystore; // empty when the review found problems (no key was kept)
};

class OnboardingService {
public:
    template <class T>
    using Callback = std::function<void(Result<T>)>;

    static Result<std::unique_ptr<OnboardingService>> create(NetworkProfile profile, std::filesystem::path dataDir,
                                                             NetworkServices* network = nullptr);
    ~OnboardingService();
    OnboardingService(const OnboardingService&) = delete;
    OnboardingService& operator=(const OnboardingService&) = delete;

    // `stake` replaces the payload's (the device does not sign it); nullopt keeps it, and a payload
    // without one stakes the registry's minimum.
    void review(std::string payloadText, Address sender, std::optional<UInt256> stake, Callback<OnboardingReview> done);
    void measureResources(Callback<LocalResources> done);
    void prepareThisComputer(Address sender, ThisComputerRequest request, Callback<ThisComputerDevice> done);

private:
    OnboardingService() = default;
    Result<OnboardingReview> reviewPayload(OnboardingPayload payload, const Address& sender, bool stakeGiven);
    void useVerifiedRegistration(const Address& device, OnboardingFacts& facts);

    NetworkProfile m_profile;
    std::filesystem::path m_dataDir;
    NetworkServices* m_network = nullptr;
    std::unique_ptr<NetworkThread> m_thread;
    std::unique_ptr<EndpointPool> m_pool;     // worker thread only
    std::unique_ptr<ServiceWorker> m_worker; // last: destroyed (joined) first
};

} // namespace plinth
