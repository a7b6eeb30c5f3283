#include "wallet/crypto/Bip39.h"

#include "wallet/crypto/Bip39WordList.h"

#include <QString>

#include <openssl/evp.h>
#include <openssl/rand.h>
#include <openssl/sha.h>

#include <cstring>
#include <stdexcept>
#include <string>
#include <vector>

namespace plinth {
namespace {

// QString and QByteArray own their buffers; wipe them before they are freed so that no copy of a
// mnemonic or passphrase outlives the call in freed heap memory.
void wipe(QString& s)
{
    if (!s.isEmpty())
        secureZero(s.data(), static_cast<std::size_t>(s.size()) * sizeof(QChar));
}
void wipe(QByteArray& b)
{
    if (!b.isEmpty())
        secureZero(b.data(), static_cast<std::size_t>(b.size()));
}

SecureString nfkd(std::string_view text, bool canonicalMnemonic)
{
    QString in = QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
    QString norm = in.normalized(QString::NormalizationForm_KD);
    wipe(in);
    if (canonicalMnemonic) {
        QString words;
        words.reserve(norm.size());
        bool pendingSpace = false;
        for (const QChar c : norm) {
            if (c.isSpace()) {
                pendingSpace = !words.isEmpty();
                continue;
            }
            if (pendingSpace)
                words.append(QLatin1Char(' '));
            pendingSpace = false;
            words.append(c.toLower());
        }
        wipe(norm);
        norm = std::move(words);
    }
    QByteArray utf8 = norm.toUtf8();
    wipe(norm);
    SecureString out(std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())));
    wipe(utf8);
    return out;
}

bool validEntropySize(std::size_t n) { return n >= 16 && n <= 32 && n % 4 == 0; }

} // namespace

SecureString normalizeMnemonic(std::string_view mnemonic) { return nfkd(mnemonic, true); }

Result<SecureString> generateMnemonic(int words)
{
    if (words < 12 || words > 24 || words % 3 != 0)
        return makeError(ErrorCode::InvalidArgument, "a mnemonic has 12, 15, 18, 21 or 24 words");
    SecureBytes entropy(static_cast<std::size_t>(words) / 3 * 4);
    if (RAND_bytes(entropy.data(), static_cast<int>(entropy.size())) != 1)
        return makeError(ErrorCode::Internal, "the system's random number generator failed");
    return entropyToMnemonic(entropy.view());
}

Result<SecureString> entropyToMnemonic(ByteView entropy)
{
    if (!validEntropySize(entropy.size()))
        return makeError(ErrorCode::InvalidArgument, "BIP-39 entropy is 16, 20, 24, 28 or 32 bytes");
    unsigned char hash[SHA256_DIGEST_LENGTH];
    SHA256(entropy.data(), entropy.size(), hash);
    const std::size_t bits = entropy.size() * 8;
    const std::size_t wordCount = (bits + bits / 32) / 11;
    auto bitAt = [&](std::size_t i) -> unsigned {
        const std::uint8_t byte = i < bits ? entropy[i / 8] : hash[(i - bits) / 8];
        return (byte >> (7 - i % 8)) & 1U;
    };
    const auto& list = bip39::englishWords();
    std::string text;
    text.reserve(wordCount * 9);
    for (std::size_t w = 0; w < wordCount; ++w) {
        unsigned index = 0;
        for (std::size_t b = 0; b < 11; ++b)
            index = (index << 1) | bitAt(w * 11 + b);
        if (w)
            text += ' ';
        text += list[index];
    }
    SecureString out(text);
    secureZero(text.data(), text.size());
    secureZero(hash, sizeof hash);
    return out;
}

Result<SecureBytes> mnemonicToEntropy(std::string_view mnemonic)
{
    const SecureString norm = normalizeMnemonic(mnemonic);
    const std::string_view text = norm.view();
    std::vector<unsigned> indices;
    indices.reserve(24);
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find(' ', start);
        if (end == std::string_view::npos)
            end = text.size();
        const int index = bip39::indexOfWord(text.substr(start, end - start));
        if (index < 0) {
            secureZero(indices.data(), indices.size() * sizeof(unsigned));
            return makeError(ErrorCode::InvalidArgument, "word " + std::to_string(indices.size() + 1)
                                                             + " is not in the BIP-39 English word list");
        }
        indices.push_back(static_cast<unsigned>(index));
        start = end + 1;
    }
    const std::size_t count = indices.size();
    if (count < 12 || count > 24 || count % 3 != 0) {
        secureZero(indices.data(), indices.size() * sizeof(unsigned));
        return makeError(ErrorCode::InvalidArgument, "a mnemonic has 12, 15, 18, 21 or 24 words, not "
                                                         + std::to_string(count));
    }
    const std::size_t totalBits = count * 11;
    const std::size_t checksumBits = totalBits / 33;
    const std::size_t entropyBits = totalBits - checksumBits;
    SecureBytes entropy(entropyBits / 8);
    unsigned checksum = 0;
    for (std::size_t i = 0; i < totalBits; ++i) {
        const unsigned bit = (indices[i / 11] >> (10 - i % 11)) & 1U;
        if (i < entropyBits)
            entropy.data()[i / 8] = static_cast<std::uint8_t>(entropy.data()[i / 8] | (bit << (7 - i % 8)));
        else
            checksum = (checksum << 1) | bit;
    }
    secureZero(indices.data(), indices.size() * sizeof(unsigned));
    unsigned char hash[SHA256_DIGEST_LENGTH];
    SHA256(entropy.data(), entropy.size(), hash);
    const unsigned expected = hash[0] >> (8 - checksumBits);
    secureZero(hash, sizeof hash);
    if (checksum != expected)
        return makeError(ErrorCode::InvalidArgument,
                         "bad checksum: the words are all valid but one is wrong or out of order");
    return entropy;
}

SecureBytes mnemonicToSeed(std::string_view mnemonic, std::string_view passphrase)
{
    const SecureString norm = normalizeMnemonic(mnemonic);
    const SecureString pass = nfkd(passphrase, false);
    SecureBytes salt(8 + pass.size());
    std::memcpy(salt.data(), "mnemonic", 8);
    if (!pass.empty())
        std::memcpy(salt.data() + 8, pass.view().data(), pass.size());
    SecureBytes seed(64);
    const int ok = PKCS5_PBKDF2_HMAC(norm.view().data(), static_cast<int>(norm.size()), salt.data(),
                                     static_cast<int>(salt.size()), 2048, EVP_sha512(),
                                     static_cast<int>(seed.size()), seed.data());
    if (ok != 1)
        throw std::runtime_error("PBKDF2-HMAC-SHA512 failed"); // only on allocation failure inside OpenSSL
    return seed;
}

} // namespace plinth
