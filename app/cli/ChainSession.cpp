#include "app/cli/ChainSession.h"

#include "wallet/sync/ChainReader.h"
#include "wallet/sync/NetworkCache.h"
#include "wallet/sync/ProfileEndpoints.h"

#include <QCoreApplication>
#include <QDateTime>

namespace plinth::cli {

QString qs(const std::string& s) { return QString::fromStdString(s); }
QString addressText(const Address& a) { return qs(toChecksumAddress(a)); }
QString decimalText(const UInt256& v) { return qs(toDecimalString(v)); }

QString dateText(std::uint64_t unixSeconds)
{
    return QDateTime::fromSecsSinceEpoch(static_cast<qint64>(unixSeconds), Qt::UTC).toString(Qt::ISODate);
}

Result<Address> addressOption(CliContext& context, const QString& option)
{
    auto parsed = parseAddress(context.value(option).toStdString());
    if (!parsed)
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("ChainSession", "--%1 %2 is not an address: %3")
                             .arg(option, context.value(option), qs(parsed.error().message))
                             .toStdString());
    return *parsed;
}

void ChainSession::addOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("no-sync"),
                      QCoreApplication::translate("ChainSession", "Read the verified cache as it is, without syncing first")});
}

ChainSession::~ChainSession()
{
    m_engine.reset();
    m_pool.reset(); // before the network thread it runs on
}

Result<std::unique_ptr<ChainSession>> ChainSession::open(CliContext& context)
{
    auto selected = context.network();
    if (!selected)
        return selected.error();
    std::unique_ptr<ChainSession> s(new ChainSession);
    s->m_profile = selected->profile;
    auto endpoints = endpointsFromProfile(s->m_profile);
    if (!endpoints)
        return endpoints.error();
    s->m_thread = std::make_unique<NetworkThread>();
    auto pool = EndpointPool::create(*s->m_thread, endpoints->http, PoolOptions{});
    if (!pool)
        return pool.error();
    s->m_pool = std::move(*pool);
    auto store = openNetworkCache(context.dataDir().toStdString(), s->m_profile);
    if (!store)
        return store.error();
    s->m_store = std::move(*store);
    s->m_engine = std::make_unique<SyncEngine>(s->m_profile, *s->m_pool, *s->m_store);
    if (!context.isSet(QStringLiteral("no-sync")))
        if (auto synced = s->m_engine->syncToHead(); !synced)
            return synced.error();
    auto tip = s->m_store->latestHeader();
    if (!tip)
        return tip.error();
    if (!*tip)
        return makeError(ErrorCode::NotFound, "nothing is verified yet: run plinth-cli sync");
    s->m_verifiedBlock = (**tip).number;
    s->m_verifiedTime = (**tip).timestamp;
    return s;
}

Result<UInt256> ChainSession::proveStorage(const Address& contract, const Hash32& slot)
{
    auto header = m_store->header(m_verifiedBlock);
    if (!header)
        return header.error();
    if (!*header)
        return makeError(ErrorCode::Corrupt, "the cache has no header at its verified block");
    VerifiedRpc rpc(*m_pool, 4, m_cancelled);
    ChainReader reader(rpc);
    auto proven = reader.proof((**header).stateRoot, m_verifiedBlock, contract, {slot});
    if (!proven)
        return proven.error();
    const UInt256 value = proven->slots.at(0).value;
    if (auto kept = m_store->putProvenValue(
            ProvenValue{"storage", contract.bytes, slot, toBigEndian32(value), m_verifiedBlock, (**header).hash});
        !kept)
        return kept.error();
    return value;
}

QString ChainSession::symbol() const
{
    return m_profile.token.symbol.empty() ? QStringLiteral("token") : qs(m_profile.token.symbol);
}

QJsonObject ChainSession::tokenJson(const UInt256& amount) const
{
    return QJsonObject{{QStringLiteral("amount"), qs(formatUnits(amount, m_profile.token.decimals))},
                       {QStringLiteral("raw"), decimalText(amount)},
                       {QStringLiteral("symbol"), symbol()}};
}

QString ChainSession::tokenText(const UInt256& amount) const
{
    return qs(formatUnits(amount, m_profile.token.decimals)) + QLatin1Char(' ') + symbol();
}

} // namespace plinth::cli
