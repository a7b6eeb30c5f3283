// The theme's style sheet on real widgets (ui/style/Theme), in light and dark: a group box's title has
// the section title style (the size and weight of a settings section's title) while the controls inside
// the box keep the normal weight, and the title is drawn in the palette's text colour.
#include "ui/style/Theme.h"

#include <QApplication>
#include <QFontInfo>
#include <QGroupBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <QVBoxLayout>

using namespace plinth::ui;

namespace {

// How many pixels of `image`'s top `rows` are close to `colour` (antialiased text has few exact ones).
int pixelsNear(const QImage& image, int rows, const QColor& colour)
{
    int n = 0;
    for (int y = 0; y < std::min(rows, image.height()); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - colour.red()) + std::abs(c.green() - colour.green()) + std::abs(c.blue() - colour.blue()) < 40)
                ++n;
        }
    return n;
}

} // namespace

class TestTheme : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void groupBoxTitlesAreSectionTitles_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("light") << static_cast<int>(Theme::Mode::Light);
        QTest::newRow("dark") << static_cast<int>(Theme::Mode::Dark);
    }

    void groupBoxTitlesAreSectionTitles()
    {
        QFETCH(int, mode);
        const auto m = static_cast<Theme::Mode>(mode);
        Theme::apply(*qApp, m);
        QWidget window;
        auto* layout = new QVBoxLayout(&window);
        auto* sectionTitle = new QLabel(QStringLiteral("Section"), &window);
        sectionTitle->setObjectName(QStringLiteral("settingsSectionTitle"));
        auto* plain = new QLabel(QStringLiteral("Plain"), &window);
        auto* box = new QGroupBox(QStringLiteral("Send"), &window);
        auto* inner = new QVBoxLayout(box);
        auto* label = new QLabel(QStringLiteral("Recipient"), box);
        auto* field = new QLineEdit(box);
        inner->addWidget(label);
        inner->addWidget(field);
        layout->addWidget(sectionTitle);
        layout->addWidget(plain);
        layout->addWidget(box);
        window.resize(400, 300);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // The title is the box's own font (Qt applies no font to QGroupBox::title).
        QCOMPARE(box->font().weight(), sectionTitle->font().weight());
        QVERIFY(box->font().weight() >= QFont::DemiBold);
        QCOMPARE(QFontInfo(box->font()).pixelSize(), QFontInfo(sectionTitle->font()).pixelSize());
        QVERIFY(QFontInfo(box->font()).pixelSize() > QFontInfo(plain->font()).pixelSize());
        // What is inside keeps the body text's weight and size.
        QCOMPARE(label->font().weight(), plain->font().weight());
        QVERIFY(label->font().weight() < QFont::DemiBold);
        QCOMPARE(QFontInfo(label->font()).pixelSize(), QFontInfo(plain->font()).pixelSize());
        QCOMPARE(field->font().weight(), plain->font().weight());

        // Drawn: the strip above the frame holds the title in the palette's text colour.
        const Palette p = Theme::palette(m);
        const QImage image = box->grab().toImage();
        const int titleRows = box->contentsRect().top();
        QVERIFY(titleRows > 0);
        QVERIFY2(pixelsNear(image, titleRows, p.text) > 20, qPrintable(QString::number(pixelsNear(image, titleRows, p.text))));
    }
};

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
