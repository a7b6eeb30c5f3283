#include "ui/widgets/QrCodeWidget.h"

#include <QPainter>

#include <qrencode.h>

#include <memory>

namespace plinth::ui {

QrCodeWidget::QrCodeWidget(QWidget* parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

void QrCodeWidget::setText(const QString& text)
{
    m_text = text;
    m_width = 0;
    m_dark.clear();
    m_image = QImage();
    const QByteArray bytes = text.toUtf8();
    std::unique_ptr<QRcode, void (*)(QRcode*)> code(
        bytes.isEmpty() ? nullptr : QRcode_encodeString(bytes.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), QRcode_free);
    if (code) {
        m_width = code->width;
        m_dark.resize(std::size_t(m_width) * std::size_t(m_width));
        const int size = m_width + 2 * kQuietZone;
        m_image = QImage(size, size, QImage::Format_Mono);
        m_image.setColor(0, qRgb(255, 255, 255));
        m_image.setColor(1, qRgb(0, 0, 0));
        m_image.fill(0);
        for (int y = 0; y < m_width; ++y)
            for (int x = 0; x < m_width; ++x) {
                // Bit 0 of each of libqrencode's bytes is "dark".
                const bool dark = (code->data[y * m_width + x] & 1) != 0;
                m_dark[std::size_t(y) * std::size_t(m_width) + std::size_t(x)] = dark;
                m_image.setPixel(x + kQuietZone, y + kQuietZone, dark ? 1 : 0);
            }
    }
    updateGeometry();
    update();
}

QSize QrCodeWidget::sizeHint() const { return {220, 220}; }
QSize QrCodeWidget::minimumSizeHint() const { return {120, 120}; }

void QrCodeWidget::paintEvent(QPaintEvent*)
{
    if (m_image.isNull())
        return;
    QPainter p(this);
    // Whole pixels a module, centred: a blurred module is harder to scan.
    const int side = std::min(width(), height());
    const int scale = std::max(1, side / m_image.width());
    const int drawn = scale * m_image.width();
    p.drawImage(QRect((width() - drawn) / 2, (height() - drawn) / 2, drawn, drawn), m_image);
}

} // namespace plinth::ui
