#include "wallet/vault/PasswordText.h"

#include <QString>

#include <algorithm>

namespace plinth {
namespace {

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

} // namespace

SecureString nfkdPassword(std::string_view text)
{
    const bool ascii = std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    if (ascii)
        return SecureString(text);
    QString utf16 = QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
    QString normal = utf16.normalized(QString::NormalizationForm_KD);
    QByteArray utf8 = normal.toUtf8();
    SecureString out(std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())));
    wipe(utf16);
    wipe(normal);
    wipe(utf8);
    return out;
}

} // namespace plinth
