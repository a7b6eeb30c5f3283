#pragma once
// toSecret(text): what the user typed into a password or phrase field, as the zeroising SecureString the
// wallet facade takes. The QString itself is the widget's and cannot be wiped; fields are cleared after use.
// Threading: any thread (pure).

#include "wallet/crypto/SecureBytes.h"

#include <QString>

namespace plinth::ui {

inline SecureString toSecret(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    return SecureString(std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())));
}

} // namespace plinth::ui
