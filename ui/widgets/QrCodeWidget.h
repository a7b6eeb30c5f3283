#pragma once
// QrCodeWidget: a QR code of a text (the Receive page's address), drawn from libqrencode's modules
// into a QImage (one pixel a module, with the standard quiet zone of 4 modules) and scaled without
// smoothing, dark on light whatever the theme (scanners want that contrast).
//
// Encoding: QRcode_encodeString(text, version 0 = smallest, ECC level M, 8-bit mode, case-sensitive),
// so that a test can compare modules() with libqrencode's own output.
// Ownership: Qt parent. Threading: GUI thread only (encoding an address takes microseconds).
// Errors: a text that does not fit leaves the widget empty; isEmpty() says so.

#include <QImage>
#include <QString>
#include <QWidget>

#include <vector>

namespace plinth::ui {

class QrCodeWidget : public QWidget {
    Q_OBJECT
public:
    static constexpr int kQuietZone = 4;

    explicit QrCodeWidget(QWidget* parent = nullptr);

    void setText(const QString& text);
    QString text() const { return m_text; }
    bool isEmpty() const { return m_width == 0; }
    // The code's width in modules (without the quiet zone) and whether a module is dark.
    int modules() const { return m_width; }
    bool isDark(int x, int y) const { return m_dark[std::size_t(y) * std::size_t(m_width) + std::size_t(x)]; }
    // One pixel a module, the quiet zone included.
    QImage image() const { return m_image; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QString m_text;
    int m_width = 0;
    std::vector<bool> m_dark;
    QImage m_image;
};

} // namespace plinth::ui
