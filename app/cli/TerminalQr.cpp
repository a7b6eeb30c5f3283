#include "app/cli/TerminalQr.h"

#include <QCoreApplication>

#include <qrencode.h>

#include <memory>

namespace plinth::cli {

Result<QString> terminalQrCode(const std::string& text)
{
    std::unique_ptr<QRcode, void (*)(QRcode*)> code(QRcode_encodeString8bit(text.c_str(), 0, QR_ECLEVEL_M), QRcode_free);
    if (!code)
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("cli", "the text (%n byte(s)) does not fit in a QR code", nullptr,
                                                     static_cast<int>(text.size()))
                             .toStdString());
    constexpr int kQuiet = 4;
    const int width = code->width;
    const int size = width + 2 * kQuiet;
    // Dark module at (x, y) of the padded code; bit 0 of each byte is "dark" in libqrencode's output.
    const auto dark = [&](int x, int y) {
        x -= kQuiet;
        y -= kQuiet;
        if (x < 0 || y < 0 || x >= width || y >= width)
            return false;
        return (code->data[y * width + x] & 1) != 0;
    };
    QString out;
    for (int y = 0; y < size; y += 2) {
        for (int x = 0; x < size; ++x) {
            const bool topLight = !dark(x, y);
            const bool bottomLight = y + 1 < size && !dark(x, y + 1);
            if (topLight && bottomLight)
                out += QChar(0x2588); // full block
            else if (topLight)
                out += QChar(0x2580); // upper half
            else if (bottomLight)
                out += QChar(0x2584); // lower half
            else
                out += QLatin1Char(' ');
        }
        out += QLatin1Char('\n');
    }
    return out;
}

} // namespace plinth::cli
