// plinth-cli as a user runs it: a real process, its output and exit codes.
#include "ProfileFixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run runCli(const QStringList& args, const QByteArray& xdgHome)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), QString::fromUtf8(xdgHome));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PLINTH_CLI_PATH), args);
    if (!p.waitForFinished(30000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(m_home.isValid()); }

    void version()
    {
        const Run r = runCli({QStringLiteral("--version")}, m_home.path().toUtf8());
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("plinth-cli 0.")), qPrintable(r.out));
    }

    void helpListsCommands()
    {
        const Run r = runCli({QStringLiteral("--help")}, m_home.path().toUtf8());
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("network show")));
        QVERIFY(r.out.contains(QStringLiteral("--datadir")));
    }

    void noArgumentsIsAUsageError()
    {
        const Run r = runCli({}, m_home.path().toUtf8());
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.contains(QStringLiteral("Usage:")));
    }

    void unknownCommand()
    {
        const Run r = runCli({QStringLiteral("frobnicate")}, m_home.path().toUtf8());
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("unknown command \"frobnicate\"")));
    }

    void commandHelp()
    {
        const Run r = runCli({QStringLiteral("network"), QStringLiteral("show"), QStringLiteral("--help")},
                             m_home.path().toUtf8());
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("network show")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("--network")));
    }

    void unknownOptionIsAUsageError()
    {
        const Run r = runCli({QStringLiteral("network"), QStringLiteral("show"), QStringLiteral("--bogus")},
                             m_home.path().toUtf8());
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("bogus")));
    }

    void networkShowJson()
    {
        const QString path = m_home.filePath(QStringLiteral("p.json"));
        QVERIFY(plinth::test::writeFile(path, plinth::test::sampleProfileJson("Json net", 99)));
        const Run r = runCli({QStringLiteral("network"), QStringLiteral("show"), QStringLiteral("--network"), path,
                              QStringLiteral("--json")},
                             m_home.path().toUtf8());
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("name")).toString(), QStringLiteral("Json net"));
        QCOMPARE(o.value(QStringLiteral("chainId")).toInteger(), 99);
        QCOMPARE(o.value(QStringLiteral("file")).toString(), path);
    }

    void networkShowBadProfileFails()
    {
        const QString path = m_home.filePath(QStringLiteral("bad.json"));
        QVERIFY(plinth::test::writeFile(path, "{\"name\": 5}"));
        const Run r = runCli({QStringLiteral("network"), QStringLiteral("show"), QStringLiteral("--network"), path},
                             m_home.path().toUtf8());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("\"name\" must be a non-empty string")), qPrintable(r.err));

        const Run j = runCli({QStringLiteral("network"), QStringLiteral("show"), QStringLiteral("--network"), path,
                              QStringLiteral("--json")},
                             m_home.path().toUtf8());
        QCOMPARE(j.exitCode, 1);
        const QJsonObject e = QJsonDocument::fromJson(j.err.toUtf8()).object().value(QStringLiteral("error")).toObject();
        QVERIFY(e.value(QStringLiteral("message")).toString().contains(QStringLiteral("\"name\"")));
    }

private:
    QTemporaryDir m_home;
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
