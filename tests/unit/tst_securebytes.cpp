#include "wallet/crypto/SecureBytes.h"

#include <QTest>

#include <cstring>
#include <utility>

using namespace plinth;

class TestSecureBytes : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void constructsAndCopiesIn()
    {
        SecureBytes empty;
        QVERIFY(empty.empty());
        QCOMPARE(empty.size(), std::size_t{0});
        SecureBytes zeros(5);
        QCOMPARE(zeros.size(), std::size_t{5});
        for (std::size_t i = 0; i < 5; ++i)
            QCOMPARE(zeros.data()[i], std::uint8_t{0});
        const Bytes src{1, 2, 3};
        SecureBytes copy(src);
        QCOMPARE(copy.size(), std::size_t{3});
        QVERIFY(std::memcmp(copy.data(), src.data(), 3) == 0);
        QVERIFY(copy.view().data() == copy.data());
    }

    void movesLeaveTheSourceEmpty()
    {
        SecureBytes a(Bytes{9, 8, 7});
        const std::uint8_t* buffer = a.data();
        SecureBytes b(std::move(a));
        QVERIFY(a.empty()); // NOLINT(bugprone-use-after-move): the moved-from state is specified
        QCOMPARE(b.data(), buffer);
        SecureBytes c;
        c = std::move(b);
        QVERIFY(b.empty()); // NOLINT(bugprone-use-after-move)
        QCOMPARE(c.size(), std::size_t{3});
    }

    void resizeKeepsThePrefixAndZeroFills()
    {
        SecureBytes a(Bytes{1, 2, 3});
        a.resize(5);
        QCOMPARE(a.size(), std::size_t{5});
        QCOMPARE(a.data()[2], std::uint8_t{3});
        QCOMPARE(a.data()[4], std::uint8_t{0});
        a.resize(2);
        QCOMPARE(a.size(), std::size_t{2});
        QCOMPARE(a.data()[1], std::uint8_t{2});
        a.clear();
        QVERIFY(a.empty());
        QVERIFY(a.data() == nullptr);
    }

    void comparesByContent()
    {
        QVERIFY(SecureBytes(Bytes{1, 2}) == SecureBytes(Bytes{1, 2}));
        QVERIFY(!(SecureBytes(Bytes{1, 2}) == SecureBytes(Bytes{1, 3})));
        QVERIFY(!(SecureBytes(Bytes{1, 2}) == SecureBytes(Bytes{1, 2, 0})));
        QVERIFY(SecureBytes() == SecureBytes());
        SecureBytes a(Bytes{4, 5});
        QVERIFY(a.clone() == a);
    }

    void secureZeroWipes()
    {
        unsigned char buf[16];
        std::memset(buf, 0xaa, sizeof buf);
        secureZero(buf, sizeof buf);
        for (const unsigned char c : buf)
            QCOMPARE(c, static_cast<unsigned char>(0));
        secureZero(nullptr, 0); // allowed
    }

    void secureStringHoldsText()
    {
        SecureString s("correct horse");
        QCOMPARE(s.view(), std::string_view("correct horse"));
        QCOMPARE(s.size(), std::size_t{13});
        QVERIFY(s == SecureString("correct horse"));
        QVERIFY(!(s == SecureString("correct horsf")));
        SecureString t = std::move(s);
        QVERIFY(s.empty()); // NOLINT(bugprone-use-after-move)
        QCOMPARE(t.view(), std::string_view("correct horse"));
        t.clear();
        QVERIFY(t.empty());
        QVERIFY(SecureString().view().empty());
    }
};

QTEST_GUILESS_MAIN(TestSecureBytes)
#include "tst_securebytes.moc"
