#include "app/cli/NetworkSession.h"

#include "app/cli/PasswordInput.h"
#include "wallet/codec/UInt256.h"
#include "wallet/network/EarningsSnapshot.h"
#include "wallet/sync/NetworkCache.h"

#include <QCoreApplication>

namespace plinth::cli {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(NetworkSession)
};

} // namespace

QString NetworkSession::tokenSymbol() const
{
    return profile.token.symbol.empty() ? Text::tr("tokens") : QString::fromStdString(profile.token.symbol);
}

QString NetworkSession::amount(const UInt256& value) const
{
    //: an amount and its token symbol, e.g. "1.5 PLNTH"
    return Text::tr("%1 %2").arg(QString::fromStdString(formatUnits(value, profile.token.decimals)), tokenSymbol());
}

Result<NetworkSession> openNetworkSession(CliContext& context)
{
    auto selected = context.network();
    if (!selected)
        return selected.error();
    NetworkSession s;
    s.profile = selected->profile;
    auto contracts = NetworkAddresses::fromProfile(s.profile);
    if (!contracts)
        return contracts.error();
    s.contracts = *contracts;
    auto store = openNetworkCache(context.dataDir().toStdString(), s.profile);
    if (!store)
        return store.error();
    s.store = std::move(*store);
    // The earnings index kept beside the cache file (EarningsSnapshot.h): an `earnings` run then reads
    // only the blocks verified since the last one, not every reward.
    if (auto identity = cacheIdentityFor(s.profile)) {
        s.snapshotPath = CacheStore::pathFor(std::filesystem::path(context.dataDir().toStdString()) / "cache", *identity);
        s.snapshotPath += ".earnings";
    }
    if (auto ok = refreshNetworkSession(s); !ok)
        return ok.error();
    return s;
}

Result<void> refreshNetworkSession(NetworkSession& s)
{
    auto cursor = s.store->cursor();
    if (!cursor)
        return cursor.error();
    if (!*cursor)
        return makeError(ErrorCode::NotFound,
                         Text::tr("nothing is verified yet: run plinth-cli sync").toStdString());
    s.cursor = **cursor;
    if (auto h = s.store->header(s.cursor.number); h && *h)
        s.cursorTime = (*h)->timestamp;
    if (!s.index) {
        auto index = s.snapshotPath.empty() ? EarningsIndex::build(*s.store, s.contracts)
                                            : buildEarningsIndexWithSnapshot(*s.store, s.contracts, s.snapshotPath);
        if (!index)
            return index.error();
        s.index.emplace(std::move(*index));
        return {};
    }
    return s.index->refresh(*s.store);
}

void addOwnerOption(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("owner"), Text::tr("The owner's address (default: the wallet's first account)"),
                      QStringLiteral("ADDRESS")});
}

Result<Address> ownerFor(CliContext& context)
{
    if (context.isSet(QStringLiteral("owner"))) {
        const QString text = context.value(QStringLiteral("owner"));
        auto parsed = parseAddress(text.toStdString());
        if (!parsed)
            return makeError(ErrorCode::InvalidArgument,
                             Text::tr("%1 is not an address: %2").arg(text, QString::fromStdString(parsed.error().message)).toStdString());
        return *parsed;
    }
    auto first = firstAccount(context);
    if (!first)
        return makeError(first.error().code,
                         Text::tr("no --owner given and no wallet to take the first account from: %1")
                             .arg(QString::fromStdString(first.error().message))
                             .toStdString());
    if (!*first)
        return makeError(ErrorCode::NotFound, Text::tr("the wallet has no account: pass --owner").toStdString());
    return **first;
}

} // namespace plinth::cli
