#pragma once
// What the staking and governance GUI tests read from the chain with cast to check the pages: `cast call`
// at the block the page shows, the first word of each answer line, and ids and accounts of facts.json.
//
// Threading: the test's thread (cast runs as a child process). Errors: a null or empty QString when
// cast failed (the comparisons then fail with the value shown).

#include "DevnetFixture.h"
#include "wallet/codec/UInt256.h"
#include "wallet/eth/Address.h"

#include <QJsonObject>
#include <QStringList>

namespace plinth::test {

inline QString dec(const UInt256& v) { return QString::fromStdString(toDecimalString(v)); }
inline QString addr(const Address& a) { return QString::fromStdString(toChecksumAddress(a)); }

// `cast call <contract> <signature> <args> --block <block>`: each answer line's first word, joined by spaces.
inline QString castCall(const DevnetFixture& fx, const std::string& contract, const QString& signature, const QStringList& args,
                        std::uint64_t block)
{
    const QString out = fx.cast(QStringList{QStringLiteral("call"), QString::fromStdString(contract), signature} + args +
                                QStringList{QStringLiteral("--block"), QString::number(block)});
    QStringList words;
    for (const QString& line : out.split(QLatin1Char('\n')))
        words << DevnetFixture::exactNumber(line.trimmed());
    return words.join(QLatin1Char(' '));
}

inline Address factsAccount(const DevnetFixture& fx, const QString& label)
{
    return parseAddress(fx.facts().value(QStringLiteral("accounts")).toObject().value(label).toString().toStdString()).value();
}

// The id of a seeded proposal by its label in facts.json ("unbonding", "lisbon", ...).
inline UInt256 factsProposalId(const DevnetFixture& fx, const QString& label)
{
    return parseDecimalUInt256(
               fx.facts().value(QStringLiteral("proposals")).toObject().value(label).toObject().value(QStringLiteral("id")).toString().toStdString())
        .value();
}

} // namespace plinth::test
