#include "NetworkTestSupport.h"

#include "wallet/sync/NetworkCache.h"
#include "wallet/sync/ProfileEndpoints.h"
#include "wallet/sync/SyncEngine.h"

#include <QFile>
#include <QJsonObject>

namespace plinth::test {

bool SyncedDevnet::start()
{
    if (!m_fx.start())
        return fail(m_fx.error());
    QFile f(m_fx.profilePath());
    if (!f.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read the profile"));
    auto profile = parseNetworkProfile(f.readAll().toStdString());
    if (!profile)
        return fail(QString::fromStdString(profile.error().message));
    m_profile = *profile;
    auto contracts = NetworkAddresses::fromProfile(m_profile);
    if (!contracts)
        return fail(QString::fromStdString(contracts.error().message));
    m_contracts = *contracts;
    auto endpoints = endpointsFromProfile(m_profile);
    if (!endpoints)
        return fail(QString::fromStdString(endpoints.error().message));
    PoolOptions options;
    options.backoffBase = std::chrono::milliseconds(20);
    auto pool = EndpointPool::create(m_thread, endpoints->http, options);
    if (!pool)
        return fail(QString::fromStdString(pool.error().message));
    m_pool = std::move(*pool);
    auto store = openNetworkCache(m_dir.path().toStdString(), m_profile);
    if (!store)
        return fail(QString::fromStdString(store.error().message));
    m_store = std::move(*store);
    SyncEngine engine(m_profile, *m_pool, *m_store);
    auto report = engine.syncToHead();
    if (!report)
        return fail(QString::fromStdString(report.error().message));
    auto cursor = m_store->cursor();
    if (!cursor || !*cursor)
        return fail(QStringLiteral("no cursor after sync"));
    m_cursor = (*cursor)->number;
    return true;
}

Address SyncedDevnet::account(const QString& label) const
{
    const QString text = m_fx.facts().value(QStringLiteral("accounts")).toObject().value(label).toString();
    return parseAddress(text.toStdString()).value();
}

QString SyncedDevnet::callAtCursor(const std::string& contract, const QString& signature, const QStringList& args) const
{
    QStringList all{QStringLiteral("call"), QString::fromStdString(contract), signature};
    all << args << QStringLiteral("--block") << QString::number(m_cursor);
    return m_fx.cast(all).section(QLatin1Char(' '), 0, 0);
}

} // namespace plinth::test
