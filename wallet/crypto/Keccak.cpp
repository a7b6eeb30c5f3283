#include "wallet/crypto/Keccak.h"

#include <QCryptographicHash>

#include <cstring>

namespace plinth {

Hash32 keccak256(ByteView data)
{
    // QtCore's Keccak_256 is the pre-standard Keccak that Ethereum uses (RealSha3_256 is NIST SHA-3).
    QCryptographicHash hash(QCryptographicHash::Keccak_256);
    hash.addData(QByteArrayView(reinterpret_cast<const char*>(data.data()), static_cast<qsizetype>(data.size())));
    const QByteArrayView digest = hash.resultView();
    Hash32 out{};
    std::memcpy(out.data(), digest.data(), out.size());
    return out;
}

} // namespace plinth
