// HeaderChain and HeadAgreement: the real chain (anvil) verified from a checkpoint at block 1; wrong and
// tampered blocks rejected; reorgs walked back to the common ancestor on synthetic forks (headers built
// from a real one, linked by their recomputed hashes); reorgs beyond the finality depth reported apart;
// endpoints that disagree named.
#include "wallet/codec/Hex.h"
#include "wallet/eth/BlockHeader.h"
#include "wallet/light/HeadAgreement.h"
#include "wallet/light/HeaderChain.h"

#include <boost/json.hpp>

#include <QTest>

#include <fstream>
#include <sstream>

using namespace plinth;
namespace json = boost::json;

namespace {

json::value loadJson(const std::string& path)
{
    std::ifstream in(path);
    if (!in)
        qFatal("cannot open %s", path.c_str());
    std::stringstream text;
    text << in.rdbuf();
    return json::parse(text.str());
}

const json::value& chainJson()
{
    static const json::value c = loadJson(PLINTH_VECTORS_DIR "/anvil-chain.json");
    return c;
}

std::vector<BlockHeader> anvilHeaders()
{
    std::vector<BlockHeader> out;
    for (const auto& b : chainJson().at("blocks").as_array())
        out.push_back(*parseBlockHeaderJson(b.at("block")));
    return out;
}

TrustedCheckpoint checkpointAt(const std::vector<BlockHeader>& headers, std::uint64_t n)
{
    return TrustedCheckpoint{n, blockHeaderHash(headers.at(n))};
}

// A fork: headers from..to on top of `parent`, told apart from other forks by `tag` in extraData.
std::vector<BlockHeader> fork(const BlockHeader& parent, std::uint64_t count, std::uint8_t tag)
{
    std::vector<BlockHeader> out;
    BlockHeader prev = parent;
    for (std::uint64_t i = 0; i < count; ++i) {
        BlockHeader h = prev;
        h.parentHash = blockHeaderHash(prev);
        h.number = prev.number + 1;
        h.timestamp = prev.timestamp + 12;
        h.extraData = Bytes{tag};
        out.push_back(h);
        prev = h;
    }
    return out;
}

std::span<const BlockHeader> range(const std::vector<BlockHeader>& headers, std::uint64_t from, std::uint64_t to)
{
    // headers[0] has number headers[0].number; returns numbers from..to inclusive.
    const std::uint64_t base = headers.front().number;
    return std::span(headers).subspan(from - base, to - from + 1);
}

bool errorHas(const Result<void>& r, const std::string& fragment)
{
    if (r) {
        qWarning("succeeded, expected an error containing '%s'", fragment.c_str());
        return false;
    }
    if (r.error().message.find(fragment) == std::string::npos) {
        qWarning("error '%s' lacks '%s'", r.error().message.c_str(), fragment.c_str());
        return false;
    }
    return true;
}

using Kind = ChainUpdate::Kind;

} // namespace

class TestHeaderChain : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void anvilChainFromBlock1()
    {
        const auto headers = anvilHeaders();
        QCOMPARE(headers.size(), std::size_t{7});
        HeaderChain chain(checkpointAt(headers, 1), 64);
        QCOMPARE(chain.tipNumber(), std::uint64_t{1});
        QVERIFY(chain.headerAt(1) == nullptr); // only the checkpoint's hash is known so far
        auto ok = chain.extend(std::span(headers).subspan(1));
        QVERIFY2(ok, ok ? "" : ok.error().message.c_str());
        QCOMPARE(chain.tipNumber(), std::uint64_t{6});
        QCOMPARE(toHex(chain.tipHash()), std::string(chainJson().at("blocks").at(6).at("block").at("hash").as_string()));
        QVERIFY(chain.headerAt(1) != nullptr); // the checkpoint's header, verified by its hash, is recorded
        QCOMPARE(chain.tipHeader()->stateRoot, headers[6].stateRoot);
        QCOMPARE(chain.finalizedNumber(), std::uint64_t{1});

        // Starting with the checkpoint's child works as well.
        HeaderChain fromChild(checkpointAt(headers, 1), 64);
        QVERIFY(fromChild.extend(std::span(headers).subspan(2)));
        QCOMPARE(fromChild.tipNumber(), std::uint64_t{6});
        // One at a time.
        HeaderChain oneByOne(checkpointAt(headers, 1), 64);
        for (std::size_t n = 2; n < headers.size(); ++n)
            QVERIFY(oneByOne.extend(std::span(headers).subspan(n, 1)));
        QCOMPARE(oneByOne.tipHash(), chain.tipHash());
    }

    void applyWithGivenHashes()
    {
        const auto headers = anvilHeaders();
        const auto branch = std::span(headers).subspan(2);
        std::vector<Hash32> hashes;
        for (const BlockHeader& h : branch)
            hashes.push_back(blockHeaderHash(h));
        HeaderChain hashed(checkpointAt(headers, 1), 64);
        HeaderChain given(checkpointAt(headers, 1), 64);
        auto a = hashed.apply(branch);
        auto b = given.apply(branch, hashes);
        QVERIFY(a && b);
        QCOMPARE(int(b->kind), int(ChainUpdate::Kind::Extend));
        QCOMPARE(given.tipHash(), hashed.tipHash());
        QCOMPARE(given.tipNumber(), std::uint64_t{6});
        // A given hash still has to link: a wrong one for block 3 breaks block 4's parentHash check.
        HeaderChain wrong(checkpointAt(headers, 1), 64);
        hashes[1][0] ^= 1;
        QVERIFY(!wrong.apply(branch, hashes));
        QCOMPARE(wrong.tipNumber(), std::uint64_t{1});
        // One hash per header.
        hashes.pop_back();
        auto count = wrong.apply(branch, hashes);
        QVERIFY(!count);
        QCOMPARE(int(count.error().code), int(ErrorCode::InvalidArgument));
    }

    void wrongCheckpointOrBlock()
    {
        const auto headers = anvilHeaders();
        // A checkpoint that is not this chain's block 1.
        HeaderChain wrong(TrustedCheckpoint{1, blockHeaderHash(headers[2])}, 64);
        QVERIFY(errorHas(wrong.extend(std::span(headers).subspan(2)),
                         "block 2: parentHash " + toHex(headers[2].parentHash) + " does not match the verified block 1"));
        QCOMPARE(wrong.tipNumber(), std::uint64_t{1});

        HeaderChain chain(checkpointAt(headers, 1), 64);
        // Block 3 asked for, block 5 returned (or any gap).
        QVERIFY(errorHas(chain.extend(std::span(headers).subspan(3, 1)), "block 3 does not follow the verified tip, block 1"));
        // Block numbers out of order inside a batch.
        const std::vector<BlockHeader> skip = {headers[2], headers[4]};
        QVERIFY(errorHas(chain.extend(skip), "block 4 follows block 2: block numbers are not consecutive"));
        // Right number, another chain's block.
        std::vector<BlockHeader> impostor = fork(headers[1], 1, 0xee);
        impostor[0].parentHash[0] ^= 1;
        QVERIFY(errorHas(chain.extend(impostor), "block 2: parentHash"));
        QCOMPARE(chain.tipNumber(), std::uint64_t{1});
    }

    void everyFieldTamperedBreaksTheLink()
    {
        const auto headers = anvilHeaders();
        using Mutator = void (*)(BlockHeader&);
        const std::pair<const char*, Mutator> mutators[] = {
            {"parentHash", [](BlockHeader& h) { h.parentHash[5] ^= 1; }},
            {"ommersHash", [](BlockHeader& h) { h.ommersHash[5] ^= 1; }},
            {"miner", [](BlockHeader& h) { h.miner.bytes[0] ^= 1; }},
            {"stateRoot", [](BlockHeader& h) { h.stateRoot[31] ^= 1; }},
            {"transactionsRoot", [](BlockHeader& h) { h.transactionsRoot[0] ^= 1; }},
            {"receiptsRoot", [](BlockHeader& h) { h.receiptsRoot[0] ^= 1; }},
            {"logsBloom", [](BlockHeader& h) { FixedBytes<256> b = h.logsBloom.bytes(); b[9] ^= 1; h.logsBloom = Bloom(b); }},
            {"difficulty", [](BlockHeader& h) { h.difficulty += 1; }},
            {"gasLimit", [](BlockHeader& h) { h.gasLimit += 1; }},
            {"gasUsed", [](BlockHeader& h) { h.gasUsed += 1; }},
            {"timestamp", [](BlockHeader& h) { h.timestamp += 1; }},
            {"extraData", [](BlockHeader& h) { h.extraData.push_back(0); }},
            {"mixHash", [](BlockHeader& h) { h.mixHash[0] ^= 1; }},
            {"nonce", [](BlockHeader& h) { h.nonce[7] ^= 1; }},
            {"baseFeePerGas", [](BlockHeader& h) { *h.baseFeePerGas += 1; }},
            {"withdrawalsRoot", [](BlockHeader& h) { (*h.withdrawalsRoot)[0] ^= 1; }},
            {"blobGasUsed", [](BlockHeader& h) { *h.blobGasUsed += 1; }},
            {"excessBlobGas", [](BlockHeader& h) { *h.excessBlobGas += 1; }},
            {"parentBeaconBlockRoot", [](BlockHeader& h) { (*h.parentBeaconBlockRoot)[0] ^= 1; }},
            {"requestsHash", [](BlockHeader& h) { (*h.requestsHash)[0] ^= 1; }},
        };
        for (const auto& [name, mutate] : mutators) {
            std::vector<BlockHeader> batch(headers.begin() + 2, headers.end());
            mutate(batch[1]); // block 3
            HeaderChain chain(checkpointAt(headers, 1), 64);
            const std::string expected = name == std::string("parentHash") ? "block 3: parentHash" : "block 4: parentHash";
            QVERIFY2(errorHas(chain.extend(batch), expected), name);
            QCOMPARE(chain.tipNumber(), std::uint64_t{1});
        }
    }

    void reorgWalksBackToTheAncestor()
    {
        const auto headers = anvilHeaders();
        // Chain A: blocks 2..10 on top of the real block 1.
        const std::vector<BlockHeader> a = fork(headers[1], 9, 0xa);
        HeaderChain chain(checkpointAt(headers, 1), 5);
        QVERIFY(chain.extend(a));
        QCOMPARE(chain.tipNumber(), std::uint64_t{10});
        QCOMPARE(chain.finalizedNumber(), std::uint64_t{5});

        // Fork B from block 7: a server reports B9 as its head.
        const std::vector<BlockHeader> b = fork(a[5], 2, 0xb); // a[5] is block 7
        QCOMPARE(b.front().number, std::uint64_t{8});
        auto step = chain.evaluate(std::span(b).subspan(1));
        QVERIFY(step);
        QCOMPARE(step->kind, Kind::NeedParent);
        QCOMPARE(step->neededNumber, std::uint64_t{8});
        QCOMPARE(step->neededHash, blockHeaderHash(b[0]));
        step = chain.evaluate(b);
        QVERIFY(step);
        QCOMPARE(step->kind, Kind::Reorg);
        QCOMPARE(step->ancestorNumber, std::uint64_t{7});
        QCOMPARE(step->ancestorHash, blockHeaderHash(a[5]));
        QCOMPARE(step->replacedBlocks, std::uint64_t{3});
        QCOMPARE(step->firstNew, std::size_t{0});
        // extend() refuses a reorg and changes nothing.
        QVERIFY(errorHas(chain.extend(b), "block 8: hash " + toHex(blockHeaderHash(b[0])) + " differs from the verified one"));
        QCOMPARE(chain.tipNumber(), std::uint64_t{10});
        // apply() performs it.
        auto applied = chain.apply(b);
        QVERIFY(applied && applied->kind == Kind::Reorg);
        QCOMPARE(chain.tipNumber(), std::uint64_t{9});
        QCOMPARE(chain.tipHash(), blockHeaderHash(b[1]));
        QCOMPARE(*chain.hashAt(7), blockHeaderHash(a[5]));
        QVERIFY(!chain.hashAt(10));
        // The old chain, reported again, is now the reorg (walk back: A10 needs A9's... A8's parent A7 held).
        step = chain.evaluate(range(a, 8, 10));
        QVERIFY(step);
        QCOMPARE(step->kind, Kind::Reorg);
        QCOMPARE(step->ancestorNumber, std::uint64_t{7});
        QCOMPARE(step->replacedBlocks, std::uint64_t{2});
    }

    void extendKnownAndGap()
    {
        const auto headers = anvilHeaders();
        const std::vector<BlockHeader> a = fork(headers[1], 12, 0xa); // blocks 2..13
        HeaderChain chain(checkpointAt(headers, 1), 5);
        QVERIFY(chain.extend(range(a, 2, 10)));
        auto step = chain.evaluate(range(a, 11, 11));
        QVERIFY(step && step->kind == Kind::Extend);
        QCOMPARE(step->ancestorNumber, std::uint64_t{10});
        // A branch that overlaps the tip: held headers first, new ones after.
        step = chain.apply(range(a, 9, 12));
        QVERIFY(step && step->kind == Kind::Extend);
        QCOMPARE(step->firstNew, std::size_t{2});
        QCOMPARE(chain.tipNumber(), std::uint64_t{12});
        step = chain.evaluate(range(a, 10, 12));
        QVERIFY(step && step->kind == Kind::AlreadyKnown);
        step = chain.evaluate(range(a, 13, 13));
        QVERIFY(step && step->kind == Kind::Extend);
        const std::vector<BlockHeader> far = fork(a.back(), 3, 0xa); // 14..16
        step = chain.evaluate(range(far, 16, 16));
        QVERIFY(step && step->kind == Kind::Gap);
        QCOMPARE(step->neededNumber, std::uint64_t{15});
        QVERIFY(!chain.evaluate({}));
    }

    void reorgBeyondFinality()
    {
        const auto headers = anvilHeaders();
        const std::vector<BlockHeader> a = fork(headers[1], 9, 0xa); // 2..10
        HeaderChain chain(checkpointAt(headers, 1), 5);
        QVERIFY(chain.extend(a));
        QCOMPARE(chain.finalizedNumber(), std::uint64_t{5});

        // A fork from block 5 (the final boundary) replaces only non-final blocks: allowed.
        const std::vector<BlockHeader> d = fork(a[3], 6, 0xd); // a[3] is block 5; d = 6..11
        auto step = chain.evaluate(d);
        QVERIFY(step && step->kind == Kind::Reorg);
        QCOMPARE(step->ancestorNumber, std::uint64_t{5});

        // A fork from block 4 (final): walking back stops at the boundary with a distinct outcome.
        const std::vector<BlockHeader> c = fork(a[2], 7, 0xc); // a[2] is block 4; c = 5..11
        std::size_t from = c.size() - 1;
        for (;; --from) {
            step = chain.evaluate(std::span(c).subspan(from));
            QVERIFY(step);
            if (step->kind != Kind::NeedParent)
                break;
            QCOMPARE(step->neededHash, blockHeaderHash(c[from - 1]));
        }
        QCOMPARE(step->kind, Kind::BeyondFinality);
        QCOMPARE(c[from].number, std::uint64_t{6}); // stopped without fetching below the boundary
        QVERIFY(step->replacedBlocks >= 5);
        auto applied = chain.apply(std::span(c).subspan(from));
        QVERIFY(applied && applied->kind == Kind::BeyondFinality);
        QCOMPARE(chain.tipHash(), blockHeaderHash(a.back())); // unchanged
        QVERIFY(errorHas(chain.extend(std::span(c).subspan(from)), "parentHash"));

        // A branch that includes the final block itself, differing there.
        step = chain.evaluate(c);
        QVERIFY(step && step->kind == Kind::BeyondFinality);
        // Below what the chain tracks at all.
        const std::vector<BlockHeader> low = fork(headers[1], 2, 0xf); // 2..3
        QVERIFY(!chain.evaluate(low));
    }

    void branchMustLink()
    {
        const auto headers = anvilHeaders();
        const std::vector<BlockHeader> a = fork(headers[1], 9, 0xa);
        HeaderChain chain(checkpointAt(headers, 1), 5);
        QVERIFY(chain.extend(range(a, 2, 8)));
        std::vector<BlockHeader> broken = {a[7], a[8]}; // 9, 10
        broken[0].stateRoot[0] ^= 1;
        auto step = chain.evaluate(broken);
        QVERIFY(!step);
        QCOMPARE(step.error().code, ErrorCode::Unverified);
        QVERIFY(step.error().message.find("block 10: parentHash " + toHex(a[8].parentHash) + " is not the hash of block 9 (")
                == 0);
    }

    void pruning()
    {
        const auto headers = anvilHeaders();
        const std::vector<BlockHeader> a = fork(headers[1], 200, 0xa); // 2..201
        HeaderChain chain(checkpointAt(headers, 1), 10);
        for (std::size_t i = 0; i < a.size(); i += 7)
            QVERIFY(chain.extend(std::span(a).subspan(i, std::min<std::size_t>(7, a.size() - i))));
        QCOMPARE(chain.tipNumber(), std::uint64_t{201});
        QCOMPARE(chain.finalizedNumber(), std::uint64_t{191});
        QVERIFY(!chain.hashAt(190));
        QVERIFY(chain.headerAt(191) != nullptr);
        QCOMPARE(chain.checkpoint().number, std::uint64_t{1});
    }

    void headsAgreement()
    {
        const auto headers = anvilHeaders();
        const Hash32 h5 = blockHeaderHash(headers[5]);
        const Hash32 h6 = blockHeaderHash(headers[6]);
        const std::vector<EndpointHead> agree = {{"alpha", 5, h5}, {"beta", 6, h6}, {"gamma", 5, h5}};
        QVERIFY(checkHeadsAgree(agree));
        Hash32 other = h6;
        other[0] ^= 1;
        const std::vector<EndpointHead> disagree = {{"alpha", 5, h5}, {"beta", 6, h6}, {"gamma", 6, other}};
        auto r = checkHeadsAgree(disagree);
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::Unverified);
        QCOMPARE(r.error().message, "endpoints beta and gamma disagree on block 6: " + toHex(h6) + " vs " + toHex(other));

        HeaderChain chain(checkpointAt(headers, 1), 64);
        QVERIFY(chain.extend(std::span(headers).subspan(2)));
        QVERIFY(checkHeadsAgainstChain(chain, agree));
        QVERIFY(errorHas(checkHeadsAgainstChain(chain, disagree), "endpoint gamma reports block 6 as"));
        const std::vector<EndpointHead> ahead = {{"delta", 9, other}};
        QVERIFY(checkHeadsAgainstChain(chain, ahead)); // beyond the tip: nothing to compare yet
    }
};

QTEST_GUILESS_MAIN(TestHeaderChain)
#include "tst_headerchain.moc"
