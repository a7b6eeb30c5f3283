#include "GovernanceTestSupport.h"

#include "wallet/sync/NetworkCache.h"
#include "wallet/sync/ProfileEndpoints.h"

#include <QFile>
#include <QJsonObject>

namespace plinth::test {

bool SyncedDevnet::sync(QString* error)
{
    if (!fixture.start()) {
        *error = fixture.error();
        return false;
    }
    QFile f(fixture.profilePath());
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the profile");
        return false;
    }
    auto parsed = parseNetworkProfile(f.readAll().toStdString());
    if (!parsed) {
        *error = QString::fromStdString(parsed.error().message);
        return false;
    }
    profile = *parsed;
    auto endpoints = endpointsFromProfile(profile);
    if (!endpoints) {
        *error = QString::fromStdString(endpoints.error().message);
        return false;
    }
    auto created = EndpointPool::create(thread, endpoints->http, PoolOptions{});
    if (!created) {
        *error = QString::fromStdString(created.error().message);
        return false;
    }
    pool = std::move(*created);
    auto opened = openNetworkCache(dir.path().toStdString(), profile);
    if (!opened) {
        *error = QString::fromStdString(opened.error().message);
        return false;
    }
    store = std::move(*opened);
    engine = std::make_unique<SyncEngine>(profile, *pool, *store);
    auto report = engine->syncToHead();
    if (!report) {
        *error = QString::fromStdString(report.error().message);
        return false;
    }
    auto cursor = store->cursor();
    if (!cursor || !*cursor) {
        *error = QStringLiteral("no cursor after sync");
        return false;
    }
    verifiedBlock = (**cursor).number;
    return true;
}

QStringList SyncedDevnet::call(const std::string& contract, const QString& signature, const QStringList& args) const
{
    QStringList all{QStringLiteral("call"), QString::fromStdString(contract), signature};
    all += args;
    all += {QStringLiteral("--block"), QString::number(verifiedBlock)};
    QStringList out;
    for (const QString& line : fixture.cast(all).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        out.append(line.trimmed().section(QLatin1Char(' '), 0, 0));
    return out;
}

QString SyncedDevnet::fact(const QString& label, const QString& field) const
{
    const QJsonValue v = fixture.facts().value(QStringLiteral("proposals")).toObject().value(label).toObject().value(field);
    return v.isString() ? v.toString() : QString::number(v.toInteger());
}

} // namespace plinth::test
