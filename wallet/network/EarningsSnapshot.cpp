#include "wallet/network/EarningsSnapshot.h"

#include "wallet/crypto/Keccak.h"
#include "wallet/store/CacheStore.h"

#include <cstring>
#include <fstream>
#include <string_view>

namespace plinth {
namespace {

constexpr std::string_view kMagic = "PLNTHEI1";

class Writer {
public:
    void bytes(ByteView b) { m_out.insert(m_out.end(), b.begin(), b.end()); }
    void u8(std::uint8_t v) { m_out.push_back(v); }
    void u32(std::uint32_t v) { little(v, 4); }
    void u64(std::uint64_t v) { little(v, 8); }
    void uint256(const UInt256& v) { bytes(toBigEndian32(v)); }
    Bytes finish()
    {
        const Hash32 sum = keccak256(m_out);
        bytes(sum);
        return std::move(m_out);
    }

private:
    void little(std::uint64_t v, int size)
    {
        for (int i = 0; i < size; ++i)
            m_out.push_back(static_cast<std::uint8_t>(v >> (8 * i)));
    }
    Bytes m_out;
};

class Reader {
public:
    explicit Reader(ByteView in) : m_in(in) {}
    bool ok() const { return m_ok; }
    std::size_t left() const { return m_in.size() - m_at; }
    ByteView bytes(std::size_t n)
    {
        if (!m_ok || left() < n) {
            m_ok = false;
            return {};
        }
        ByteView out = m_in.subspan(m_at, n);
        m_at += n;
        return out;
    }
    template <std::size_t N>
    FixedBytes<N> fixed()
    {
        FixedBytes<N> out{};
        const ByteView b = bytes(N);
        if (b.size() == N)
            std::memcpy(out.data(), b.data(), N);
        return out;
    }
    std::uint8_t u8() { return static_cast<std::uint8_t>(little(1)); }
    std::uint32_t u32() { return static_cast<std::uint32_t>(little(4)); }
    std::uint64_t u64() { return little(8); }
    UInt256 uint256()
    {
        const ByteView b = bytes(32);
        return b.size() == 32 ? *fromBigEndian(b) : UInt256(0);
    }
    // A count of records of `size` bytes each, refused when the rest cannot hold them.
    std::uint32_t count(std::size_t size)
    {
        const std::uint32_t n = u32();
        if (m_ok && static_cast<std::uint64_t>(n) * size > left())
            m_ok = false;
        return m_ok ? n : 0;
    }

private:
    std::uint64_t little(int size)
    {
        const ByteView b = bytes(static_cast<std::size_t>(size));
        std::uint64_t v = 0;
        for (std::size_t i = 0; i < b.size(); ++i)
            v |= static_cast<std::uint64_t>(b[i]) << (8 * i);
        return v;
    }
    ByteView m_in;
    std::size_t m_at = 0;
    bool m_ok = true;
};

// The four addresses as the snapshot stores them (80 bytes).
Bytes contractBytes(const NetworkAddresses& c)
{
    Bytes out;
    for (const Address* a : {&c.token, &c.devices, &c.staking, &c.rewards})
        out.insert(out.end(), a->bytes.begin(), a->bytes.end());
    return out;
}

Error corrupt(const std::string& what) { return makeError(ErrorCode::Corrupt, "the earnings snapshot " + what); }

} // namespace

Bytes encodeEarningsIndex(const EarningsIndex& index)
{
    Writer w;
    w.bytes(asBytes(kMagic));
    w.bytes(contractBytes(index.m_contracts));
    w.u8(index.m_loadedTo ? 1 : 0);
    w.u64(index.m_loadedTo ? index.m_loadedTo->number : 0);
    w.bytes(index.m_loadedTo ? index.m_loadedTo->hash : Hash32{});
    w.u32(static_cast<std::uint32_t>(index.m_devices.size()));
    for (std::size_t i = 0; i < index.m_devices.size(); ++i) {
        w.bytes(index.m_devices[i].bytes);
        w.u8(index.m_kinds[i]);
    }
    w.u32(static_cast<std::uint32_t>(index.m_owners.size()));
    for (const Address& owner : index.m_owners)
        w.bytes(owner.bytes);
    w.u32(static_cast<std::uint32_t>(index.m_epochs.size()));
    for (const auto& [number, e] : index.m_epochs) {
        w.u64(e.epoch);
        w.u64(e.start);
        w.u64(e.end);
        w.u64(e.postedAt);
        w.uint256(e.total);
        w.uint256(e.devices);
    }
    w.u32(static_cast<std::uint32_t>(index.m_rewards.size()));
    for (const RewardRecord& r : index.m_rewards) {
        w.u64(r.epoch);
        w.u64(r.timestamp);
        w.u64(r.blockNumber);
        w.u32(r.logIndex);
        w.u32(r.device);
        w.u32(r.owner);
        w.u32(r.score);
        w.uint256(r.amount);
        w.bytes(r.txHash);
    }
    return w.finish();
}

Result<EarningsIndex> decodeEarningsIndex(ByteView bytes, const NetworkAddresses& contracts)
{
    if (bytes.size() < kMagic.size() + 32)
        return corrupt("is too short");
    const ByteView body = bytes.first(bytes.size() - 32);
    const Hash32 sum = keccak256(body);
    if (!std::equal(sum.begin(), sum.end(), bytes.end() - 32))
        return corrupt("is damaged (its checksum does not match)");
    Reader r(body);
    const ByteView magic = r.bytes(kMagic.size());
    if (!std::equal(magic.begin(), magic.end(), kMagic.begin(), kMagic.end()))
        return corrupt("has another format");
    const Bytes want = contractBytes(contracts);
    const ByteView stored = r.bytes(want.size());
    if (!std::equal(stored.begin(), stored.end(), want.begin(), want.end()))
        return corrupt("is for other contracts");

    EarningsIndex index = EarningsIndex::empty(contracts);
    const bool loaded = r.u8() != 0;
    const std::uint64_t number = r.u64();
    const Hash32 hash = r.fixed<32>();
    if (loaded)
        index.m_loadedTo = SyncCursor{number, hash};
    else if (r.left() != 4 * 4)
        return corrupt("has records but no block"); // refresh() would read them all again on top
    const std::uint32_t devices = r.count(21);
    for (std::uint32_t i = 0; i < devices && r.ok(); ++i) {
        Address a;
        a.bytes = r.fixed<20>();
        const std::uint8_t kind = r.u8();
        if (index.internDevice(a) != i)
            return corrupt("lists a device twice");
        index.m_kinds[i] = kind;
    }
    const std::uint32_t owners = r.count(20);
    for (std::uint32_t i = 0; i < owners && r.ok(); ++i) {
        Address a;
        a.bytes = r.fixed<20>();
        if (index.internOwner(a) != i)
            return corrupt("lists an owner twice");
    }
    const std::uint32_t epochs = r.count(96);
    for (std::uint32_t i = 0; i < epochs && r.ok(); ++i) {
        EpochRecord e;
        e.epoch = r.u64();
        e.start = r.u64();
        e.end = r.u64();
        e.postedAt = r.u64();
        e.total = r.uint256();
        e.devices = r.uint256();
        index.m_epochs[e.epoch] = e;
    }
    const std::uint32_t rewards = r.count(104);
    index.m_rewards.reserve(rewards);
    for (std::uint32_t i = 0; i < rewards && r.ok(); ++i) {
        RewardRecord rec;
        rec.epoch = r.u64();
        rec.timestamp = r.u64();
        rec.blockNumber = r.u64();
        rec.logIndex = r.u32();
        rec.device = r.u32();
        rec.owner = r.u32();
        rec.score = r.u32();
        rec.amount = r.uint256();
        rec.txHash = r.fixed<32>();
        if (rec.device >= devices || rec.owner >= owners)
            return corrupt("names a device or owner it does not list");
        index.m_byDevice[rec.device].push_back(i);
        index.m_byOwner[rec.owner].push_back(i);
        index.m_rewards.push_back(rec);
    }
    if (!r.ok() || r.left() != 0)
        return corrupt("is truncated or has trailing bytes");
    return index;
}

Result<void> saveEarningsSnapshot(const std::filesystem::path& path, const EarningsIndex& index)
{
    const Bytes bytes = encodeEarningsIndex(index);
    std::filesystem::path temporary = path;
    temporary += ".tmp";
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
        out.flush();
        if (!out)
            return makeError(ErrorCode::Io, "cannot write " + temporary.string());
    }
    std::error_code ec;
    std::filesystem::rename(temporary, path, ec);
    if (ec) {
        std::filesystem::remove(temporary, ec);
        return makeError(ErrorCode::Io, "cannot replace " + path.string());
    }
    return {};
}

Result<EarningsIndex> buildEarningsIndexWithSnapshot(const CacheStore& store, const NetworkAddresses& contracts,
                                                     const std::filesystem::path& path)
{
    std::optional<EarningsIndex> index;
    std::optional<SyncCursor> saved;
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    if (std::ifstream in{path, std::ios::binary}; !ec && in) {
        Bytes bytes(static_cast<std::size_t>(size));
        in.read(reinterpret_cast<char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
        if (!in)
            bytes.clear(); // unreadable: decoding refuses it, and the index is built from the cache
        if (auto decoded = decodeEarningsIndex(bytes, contracts)) {
            saved = decoded->loadedTo();
            index.emplace(std::move(*decoded));
        }
        // A snapshot that cannot be used is only a lost shortcut: the cache has everything.
    }
    if (!index)
        index.emplace(EarningsIndex::empty(contracts));
    // Checks that the snapshot's block is still in the cache (else rebuilds) and adds what is newer.
    if (auto ok = index->refresh(store); !ok)
        return ok.error();
    if (index->loadedTo() != saved)
        (void)saveEarningsSnapshot(path, *index);
    return std::move(*index);
}

} // namespace plinth
