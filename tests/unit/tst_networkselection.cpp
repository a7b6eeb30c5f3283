#include "ProfileFixture.h"
#include "app/common/NetworkSelection.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace plinth;

class TestNetworkSelection : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        // Point XDG_DATA_HOME at an empty folder so that a devnet running on this machine is not seen.
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
        qputenv("XDG_DATA_HOME", m_home->path().toUtf8());
        m_dataDir = QDir(m_home->path()).filePath(QStringLiteral("plinth"));
        QVERIFY(QDir().mkpath(m_dataDir + QStringLiteral("/networks")));
    }

    void nothingSelectedWithoutDevnet()
    {
        auto s = app::selectNetwork(m_dataDir, {});
        QVERIFY(s);
        QVERIFY(!s->has_value());
    }

    void selectsAFile()
    {
        const QString path = m_home->filePath(QStringLiteral("custom.json"));
        QVERIFY(test::writeFile(path, test::sampleProfileJson("From file", 5)));
        auto s = app::selectNetwork(m_dataDir, path);
        QVERIFY2(s, s ? "" : s.error().message.c_str());
        QCOMPARE((*s)->profile.name, std::string("From file"));
        QCOMPARE((*s)->profile.chainId, 5ULL);
        QCOMPARE((*s)->path, path);
    }

    void selectsASavedName()
    {
        QVERIFY(test::writeFile(m_dataDir + QStringLiteral("/networks/testnet.json"), test::sampleProfileJson("Saved", 7)));
        auto s = app::selectNetwork(m_dataDir, QStringLiteral("testnet"));
        QVERIFY2(s, s ? "" : s.error().message.c_str());
        QCOMPARE((*s)->profile.chainId, 7ULL);
        QCOMPARE(app::knownNetworkNames(m_dataDir), QStringList{QStringLiteral("testnet")});
    }

    void devnetIsTheDefaultOnceItWroteAProfile()
    {
        const QString devnet = m_dataDir + QStringLiteral("/devnet");
        QVERIFY(QDir().mkpath(devnet));
        QVERIFY(test::writeFile(devnet + QStringLiteral("/network.json"), test::sampleProfileJson("Devnet", 31337)));
        auto s = app::selectNetwork(m_dataDir, {});
        QVERIFY(s && s->has_value());
        QCOMPARE((*s)->profile.name, std::string("Devnet"));
        auto named = app::selectNetwork(m_dataDir, QStringLiteral("devnet"));
        QVERIFY(named && named->has_value());
        QVERIFY(app::knownNetworkNames(m_dataDir).contains(QStringLiteral("devnet")));
    }

    void unknownNameSaysSo()
    {
        auto s = app::selectNetwork(m_dataDir, QStringLiteral("nosuchnet"));
        QVERIFY(!s);
        QCOMPARE(s.error().code, ErrorCode::NotFound);
        QVERIFY(QString::fromStdString(s.error().message).contains(QStringLiteral("nosuchnet")));
    }

    void devnetWithoutProfileSaysHowToStartIt()
    {
        auto s = app::selectNetwork(m_dataDir, QStringLiteral("devnet"));
        QVERIFY(!s);
        QVERIFY(QString::fromStdString(s.error().message).contains(QStringLiteral("devnet start")));
    }

    void malformedFileNamesTheFile()
    {
        const QString path = m_home->filePath(QStringLiteral("broken.json"));
        QVERIFY(test::writeFile(path, "{\"name\": \"x\", "));
        auto s = app::selectNetwork(m_dataDir, path);
        QVERIFY(!s);
        QCOMPARE(s.error().code, ErrorCode::InvalidArgument);
        QVERIFY(QString::fromStdString(s.error().message).contains(path));
    }

private:
    std::unique_ptr<QTemporaryDir> m_home;
    QString m_dataDir;
};

QTEST_GUILESS_MAIN(TestNetworkSelection)
#include "tst_networkselection.moc"
