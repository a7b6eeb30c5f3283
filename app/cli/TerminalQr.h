#pragma once
// A QR code drawn with text: libqrencode encodes (8-bit mode, error correction M, the smallest version
// that fits) and each pair of module rows becomes one line of Unicode half blocks, with the standard
// 4-module quiet zone. Light modules are drawn as blocks and dark ones as spaces, as `qrencode -t UTF8`
// does, so that the code reads right on the usual light-on-dark terminal.
//
// Threading: pure; any thread. Errors: InvalidArgument when the text is too long for any QR version.

#include "wallet/common/Result.h"

#include <QString>

#include <string>

namespace plinth::cli {

Result<QString> terminalQrCode(const std::string& text);

} // namespace plinth::cli
