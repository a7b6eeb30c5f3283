// The key vault: how long a user waits to unlock (scrypt at keystore v3's default cost, n=2^18, r=8,
// p=1, plus checking every row), and what a signature costs once unlocked (a derived account re-runs
// BIP-39's PBKDF2 and BIP-32 for each signature, since keys are never kept).
#include "wallet/crypto/Bip39.h"
#include "wallet/vault/Keystore.h"
#include "wallet/vault/Vault.h"

#include <benchmark/benchmark.h>

#include <unistd.h>

#include <filesystem>

namespace {

using plinth::SecureString;

const char* const kPassword = "benchmark password";
const char* const kMnemonic = "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about";

// A vault in a fresh temporary folder, removed afterwards.
class TempVault {
public:
    explicit TempVault(const plinth::ScryptParams& cost)
        : m_dir(std::filesystem::temp_directory_path()
                / ("plinth-bench-vault-" + std::to_string(::getpid()) + "-" + std::to_string(cost.n)))
    {
        std::filesystem::remove_all(m_dir);
        plinth::VaultOptions options;
        options.kdfCost = cost;
        auto vault = plinth::Vault::create(m_dir, SecureString(kPassword), SecureString(kMnemonic), SecureString(), options);
        if (vault)
            m_vault = std::move(*vault);
        else
            m_error = vault.error().message;
    }
    ~TempVault()
    {
        m_vault.reset();
        std::error_code ec;
        std::filesystem::remove_all(m_dir, ec);
    }
    plinth::Vault* vault() { return m_vault.get(); }
    const std::string& error() const { return m_error; }

private:
    std::filesystem::path m_dir;
    std::unique_ptr<plinth::Vault> m_vault;
    std::string m_error;
};

void unlock(benchmark::State& state, const plinth::ScryptParams& cost)
{
    TempVault temp(cost);
    if (!temp.vault()) {
        state.SkipWithError(temp.error().c_str());
        return;
    }
    const SecureString password(kPassword);
    for (auto _ : state) {
        temp.vault()->lock();
        auto ok = temp.vault()->unlock(password);
        if (!ok) {
            state.SkipWithError(ok.error().message.c_str());
            return;
        }
    }
}

void BM_VaultUnlockDefaultCost(benchmark::State& state) { unlock(state, plinth::kDefaultScrypt); }
BENCHMARK(BM_VaultUnlockDefaultCost)->Unit(benchmark::kMillisecond);

// The same with a trivial KDF: what unlocking costs besides scrypt (reading and verifying every row).
void BM_VaultUnlockTrivialKdf(benchmark::State& state) { unlock(state, plinth::ScryptParams{1024, 8, 1}); }
BENCHMARK(BM_VaultUnlockTrivialKdf)->Unit(benchmark::kMillisecond);

void BM_VaultSignWithDerivedKey(benchmark::State& state)
{
    TempVault temp(plinth::ScryptParams{1024, 8, 1});
    if (!temp.vault()) {
        state.SkipWithError(temp.error().c_str());
        return;
    }
    const plinth::Address from = temp.vault()->accounts()->front().address;
    plinth::Hash32 hash{};
    for (auto _ : state) {
        ++hash[0];
        auto signature = temp.vault()->signHash(from, hash);
        if (!signature) {
            state.SkipWithError(signature.error().message.c_str());
            return;
        }
        benchmark::DoNotOptimize(signature);
    }
}
BENCHMARK(BM_VaultSignWithDerivedKey)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
