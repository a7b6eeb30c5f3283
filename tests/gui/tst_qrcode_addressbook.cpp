// QrCodeWidget: its modules are exactly libqrencode's for the same text (version auto, ECC M, 8-bit), its
// image is one pixel a module with a 4-module quiet zone, dark exactly where the modules are; an empty
// text draws nothing. AddressBook: passes QAbstractItemModelTester; entries added are written to
// addressbook.json atomically (checksummed addresses) and read back by a new book (a restart); adding a
// known address renames it; a corrupt file is reported in a sentence and not overwritten by loading.
#include "ui/models/AddressBook.h"
#include "ui/widgets/QrCodeWidget.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <qrencode.h>

#include <memory>

using namespace plinth;
using plinth::ui::AddressBook;
using plinth::ui::QrCodeWidget;

namespace {
const QString kAlice = QStringLiteral("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
const QString kBob = QStringLiteral("0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC");
Address address(const QString& s) { return parseAddress(s.toStdString()).value(); }
} // namespace

class TestQrCodeAddressBook : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void theModulesAreLibqrencodes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("address") << kAlice;
        QTest::newRow("uri") << QStringLiteral("ethereum:0x70997970C51812dc3A010C7d01b50e0d17dc79C8@31337");
    }

    void theModulesAreLibqrencodes()
    {
        QFETCH(QString, text);
        QrCodeWidget w;
        w.setText(text);
        std::unique_ptr<QRcode, void (*)(QRcode*)> code(QRcode_encodeString(text.toUtf8().constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1),
                                                        QRcode_free);
        QVERIFY(code);
        QCOMPARE(w.modules(), code->width);
        const QImage image = w.image();
        QCOMPARE(image.width(), code->width + 2 * QrCodeWidget::kQuietZone);
        int dark = 0;
        for (int y = 0; y < code->width; ++y)
            for (int x = 0; x < code->width; ++x) {
                const bool expected = (code->data[y * code->width + x] & 1) != 0;
                QCOMPARE(w.isDark(x, y), expected);
                const bool black = qGray(image.pixel(x + QrCodeWidget::kQuietZone, y + QrCodeWidget::kQuietZone)) < 128;
                QCOMPARE(black, expected);
                dark += expected;
            }
        QVERIFY(dark > 0);
        for (int i = 0; i < image.width(); ++i) // the quiet zone is light
            QVERIFY(qGray(image.pixel(i, 0)) > 128 && qGray(image.pixel(0, i)) > 128);
    }

    void anEmptyTextDrawsNothing()
    {
        QrCodeWidget w;
        w.setText(QString());
        QVERIFY(w.isEmpty());
        QVERIFY(w.image().isNull());
    }

    void theAddressBookIsKeptAcrossARestart()
    {
        QTemporaryDir dir;
        {
            AddressBook book(dir.path());
            QAbstractItemModelTester tester(&book, QAbstractItemModelTester::FailureReportingMode::Fatal);
            QTRY_VERIFY(book.isLoaded());
            QCOMPARE(book.rowCount(), 0);
            QSignalSpy saved(&book, &AddressBook::saved);
            book.add(QStringLiteral("Alice"), address(kAlice));
            book.add(QStringLiteral("Bob"), address(kBob.toLower()));
            book.add(QStringLiteral("Alice (hardware)"), address(kAlice)); // renames
            QTRY_COMPARE(saved.count(), 3);
            QCOMPARE(book.rowCount(), 2);
        }
        QFile file(AddressBook::fileName(dir.path()));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray entries = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("entries")).toArray();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(1).toObject().value(QStringLiteral("address")).toString(), kBob); // checksummed
        AddressBook again(dir.path());
        QAbstractItemModelTester tester(&again, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QTRY_VERIFY(again.isLoaded());
        QCOMPARE(again.rowCount(), 2);
        QCOMPARE(again.data(again.index(0)).toString(), QStringLiteral("Alice (hardware)"));
        QCOMPARE(again.data(again.index(0), Qt::UserRole).toString(), kAlice);
        QCOMPARE(again.data(again.index(1)).toString(), QStringLiteral("Bob"));
    }

    void aCorruptFileIsReported()
    {
        QTemporaryDir dir;
        QFile file(AddressBook::fileName(dir.path()));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{ not json");
        file.close();
        AddressBook book(dir.path());
        QSignalSpy failed(&book, &AddressBook::failed);
        QTRY_VERIFY(book.isLoaded());
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.at(0).at(0).toString().contains(QStringLiteral("is not valid JSON")));
        QCOMPARE(book.rowCount(), 0);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("{ not json"));
    }
};

QTEST_MAIN(TestQrCodeAddressBook)
#include "tst_qrcode_addressbook.moc"
