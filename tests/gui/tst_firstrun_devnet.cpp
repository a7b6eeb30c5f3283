// The first-run wizard (ui/dialogs/FirstRunWizard) driven through its real widgets: create (the phrase
// shown, three words asked back, a wrong one refused; the vault's first address equals cast's for the
// shown words), restore (the devnet phrase gives the seeded user), import a keystore made by cast (a
// wrong file password reported, then retried), watch an address (EIP-55 checked), and the network page
// (the devnet offered only when its RPC answers, probed off the GUI thread).
#include "GuiDevnet.h"
#include "GuiTestTools.h"
#include "app/common/Language.h"
#include "app/common/NetworkProbe.h"
#include "tst_vault_support.h"
#include "tst_walletservice_await.h"
#include "ui/common/FileChooser.h"
#include "ui/dialogs/FirstRunWizard.h"
#include "ui/widgets/PasswordStrengthMeter.h"

#include <QAbstractItemModelTester>
#include <QAbstractButton>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QRadioButton>
#include <QRegularExpression>
#include <QTest>

using namespace plinth;
using test::child;
using test::typeInto;
using ui::FirstRunWizard;

namespace {

ui::NetworkProbe probeFor(const QString& dataDir)
{
    return [dataDir] {
        QList<ui::NetworkChoice> out;
        for (const auto& r : app::probeKnownNetworks(dataDir))
            out.push_back({r.name, r.description, r.answers, r.isLocalDevnet});
        return out;
    };
}

bool saveProfile(const QString& dataDir, const QString& name, const NetworkProfile& profile)
{
    QDir().mkpath(QDir(dataDir).filePath(QStringLiteral("networks")));
    QFile f(QDir(dataDir).filePath(QStringLiteral("networks/%1.json").arg(name)));
    const std::string json = serializeNetworkProfile(profile);
    return f.open(QIODevice::WriteOnly) && f.write(json.data(), qint64(json.size())) == qint64(json.size());
}

QAbstractButton* button(FirstRunWizard& w, const char* name) { return child<QAbstractButton>(&w, name); }

// Clicks Next once it is enabled; true when the wizard moved to `expected`.
bool next(FirstRunWizard& w, int expected)
{
    if (!test::spinUntil([&] { return button(w, "firstRun.next")->isEnabled(); }, std::chrono::seconds(10)))
        return false;
    QTest::mouseClick(button(w, "firstRun.next"), Qt::LeftButton);
    return test::spinUntil([&] { return w.currentId() == expected; }, std::chrono::seconds(10));
}

} // namespace

class TestFirstRunDevnet : public QObject {
    Q_OBJECT
private:
    test::GuiDevnet m_net;
    QTemporaryDir m_root;
    int m_dirs = 0;
    QString newDir() { return m_root.filePath(QStringLiteral("d%1").arg(++m_dirs)); }

    // Sets the vault password and finishes on the network page; true when the wizard accepted.
    bool passwordAndFinish(FirstRunWizard& w, const QString& expectNetwork)
    {
        typeInto(child<QLineEdit>(&w, "firstRun.password"), QString::fromLatin1(test::GuiDevnet::kPassword));
        typeInto(child<QLineEdit>(&w, "firstRun.passwordConfirm"), QString::fromLatin1(test::GuiDevnet::kPassword));
        if (!next(w, FirstRunWizard::NetworkPageId))
            return false;
        auto* list = child<QListWidget>(&w, "firstRun.networks");
        if (!test::spinUntil([&] { return button(w, "firstRun.finish")->isEnabled(); }, std::chrono::seconds(20)))
            return false;
        QAbstractItemModelTester tester(list->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        test::saveScreenshot(&w, QStringLiteral("firstrun-network"));
        if (w.networkName() != expectNetwork) {
            qWarning("network %s, expected %s", qPrintable(w.networkName()), qPrintable(expectNetwork));
            return false;
        }
        w.accept(); // what Finish does
        // The KDF runs on the wallet's worker: right after the request the wizard is busy, not blocked.
        if (!child<QProgressBar>(&w, "firstRun.busy")->isVisibleTo(&w) || button(w, "firstRun.back")->isEnabled()) {
            qWarning("the wizard did not show that it is busy");
            return false;
        }
        auto* error = child<QLabel>(&w, "firstRun.error");
        test::spinUntil([&] { return w.result() == QDialog::Accepted || !error->text().isEmpty(); },
                        std::chrono::seconds(30));
        return w.result() == QDialog::Accepted;
    }

private Q_SLOTS:
    void initTestCase()
    {
        app::installLanguage(QStringLiteral("en"));
        QVERIFY(m_root.isValid());
        // No devnet profile from the machine's default data dir: each test says which networks exist.
        qputenv("XDG_DATA_HOME", m_root.filePath(QStringLiteral("xdg")).toUtf8());
        QVERIFY2(m_net.start(test::GuiDevnet::Vault::None), qPrintable(m_net.error()));
        QVERIFY(!m_net.services().wallet->hasVault());
        QVERIFY(saveProfile(m_net.dataDir(), QStringLiteral("devnet"), *m_net.services().profile));
    }

    void strengthMeterJudgesLengthClassesAndPatterns()
    {
        using L = ui::PasswordStrengthMeter::Level;
        const auto level = [](const char* p) { return ui::PasswordStrengthMeter::assess(QString::fromLatin1(p)).level; };
        QCOMPARE(level(""), L::Empty);
        QCOMPARE(level("Sunshine1"), L::VeryWeak);   // a leaked favourite with a digit
        QCOMPARE(level("xK9#"), L::VeryWeak);        // all classes, far too short
        QCOMPARE(level("aaaaaaaaaaaa"), L::Weak);    // length made of repeats
        QCOMPARE(level("23456789wxyz"), L::Weak);    // sequences
        QCOMPARE(level("asdfghjk;902"), L::Weak);    // a keyboard row
        QCOMPARE(level("hello world"), L::Weak);     // short, two classes
        QCOMPARE(level("mellow yak river"), L::Strong); // unrelated words
        QCOMPARE(level("Tr0ub4dor&3x!"), L::Strong); // 13 characters of four classes
        QCOMPARE(level("lantern-pickle"), L::Fair);
        // Every level explains itself in a sentence.
        QVERIFY(ui::PasswordStrengthMeter::assess(QStringLiteral("asdfghjk;902")).reason.contains(QStringLiteral("keyboard")));
    }

    void createAsksThreeWordsAndRefusesAWrongOne()
    {
        FirstRunWizard w(*m_net.services().wallet, probeFor(m_net.dataDir()));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(child<QRadioButton>(&w, "firstRun.create")->isChecked());
        test::saveScreenshot(&w, QStringLiteral("firstrun-choose"));
        QVERIFY(next(w, FirstRunWizard::PhrasePageId));
        QTRY_VERIFY(w.findChild<QLabel*>(QStringLiteral("firstRun.word.12")));
        QVERIFY(!w.findChild<QLabel*>(QStringLiteral("firstRun.word.13")));
        QStringList words;
        for (int i = 1; i <= 12; ++i)
            words << w.findChild<QLabel*>(QStringLiteral("firstRun.word.%1").arg(i))->property("word").toString();
        QCOMPARE(words.join(QLatin1Char(' ')), w.phrase());
        test::saveScreenshot(&w, QStringLiteral("firstrun-phrase"));
        QVERIFY(WalletService::checkMnemonic(w.phrase().toStdString()));

        QVERIFY(next(w, FirstRunWizard::ConfirmPageId));
        QList<QLineEdit*> fields;
        QSet<int> positions;
        for (int i = 1; i <= 3; ++i) {
            auto* f = w.findChild<QLineEdit*>(QStringLiteral("firstRun.confirmWord.%1").arg(i));
            QVERIFY(f);
            const int p = f->property("position").toInt();
            QVERIFY(p >= 1 && p <= 12);
            positions << p;
            fields << f;
            typeInto(f, words.at(p - 1));
        }
        QCOMPARE(positions.size(), 3); // three different words
        // One wrong word: refused, with the position named.
        const int second = fields[1]->property("position").toInt();
        const QString wrong = words.at(second - 1) == QLatin1String("zoo") ? QStringLiteral("abandon") : QStringLiteral("zoo");
        typeInto(fields[1], wrong);
        QTest::mouseClick(button(w, "firstRun.next"), Qt::LeftButton);
        QCOMPARE(w.currentId(), int(FirstRunWizard::ConfirmPageId));
        QVERIFY(child<QLabel>(&w, "firstRun.confirmError")->text().contains(QString::number(second)));
        test::saveScreenshot(&w, QStringLiteral("firstrun-confirm"));
        typeInto(fields[1], words.at(second - 1).toUpper()); // case does not matter
        QVERIFY(next(w, FirstRunWizard::PasswordPageId));

        // A very weak password keeps Next disabled.
        typeInto(child<QLineEdit>(&w, "firstRun.password"), QStringLiteral("password"));
        typeInto(child<QLineEdit>(&w, "firstRun.passwordConfirm"), QStringLiteral("password"));
        QVERIFY(!button(w, "firstRun.next")->isEnabled());
        test::saveScreenshot(&w, QStringLiteral("firstrun-password"));

        QVERIFY(passwordAndFinish(w, QStringLiteral("devnet")));
        QVERIFY(m_net.services().wallet->hasVault());
        const QString expected = m_net.fixture().castOffline({QStringLiteral("wallet"), QStringLiteral("address"),
                                                              QStringLiteral("--mnemonic"), words.join(QLatin1Char(' '))});
        QVERIFY(!expected.isEmpty());
        QVERIFY(w.firstAddress());
        QCOMPARE(QString::fromStdString(toChecksumAddress(*w.firstAddress())), expected);
    }

    void restoreChecksWordsAndGivesTheSeededUser()
    {
        WalletService wallet(test::toPath(newDir()), test::fastOptions());
        FirstRunWizard w(wallet, probeFor(newDir()));
        w.show();
        child<QRadioButton>(&w, "firstRun.restore")->setChecked(true);
        QVERIFY(next(w, FirstRunWizard::RestorePageId));
        auto* phrase = child<QPlainTextEdit>(&w, "firstRun.restorePhrase");
        auto* status = child<QLabel>(&w, "firstRun.restoreStatus");
        QTest::keyClicks(phrase, QStringLiteral("test tset "));
        QVERIFY(status->text().contains(QStringLiteral("Word 2")));
        test::saveScreenshot(&w, QStringLiteral("firstrun-restore"));
        QVERIFY(!button(w, "firstRun.next")->isEnabled());
        phrase->setPlainText(QStringLiteral("test test test test test test test test test test test test"));
        QVERIFY(status->text().contains(QStringLiteral("checksum")));
        QVERIFY(!button(w, "firstRun.next")->isEnabled());
        phrase->clear();
        QTest::keyClicks(phrase, QString::fromLatin1(test::GuiDevnet::kMnemonic).toUpper().replace(QLatin1Char(' '), QStringLiteral("  ")));
        QVERIFY(status->text().contains(QStringLiteral("valid")));
        QVERIFY(next(w, FirstRunWizard::PasswordPageId));
        QVERIFY(passwordAndFinish(w, QString())); // no network known in this data dir
        QVERIFY(w.firstAddress());
        QCOMPARE(QString::fromStdString(toChecksumAddress(*w.firstAddress())), m_net.userAddress());
    }

    void importKeystoreMadeByCast()
    {
        QTemporaryDir keys;
        const QString out = m_net.fixture().castOffline({QStringLiteral("wallet"), QStringLiteral("new"), keys.path(),
                                                         QStringLiteral("--unsafe-password"), QStringLiteral("cast pw")});
        const QRegularExpression addressLine(QStringLiteral("Address:\\s*(0x[0-9a-fA-F]{40})"));
        const QString castAddress = addressLine.match(out).captured(1);
        QVERIFY2(!castAddress.isEmpty(), qPrintable(out));
        const QStringList files = QDir(keys.path()).entryList(QDir::Files);
        QCOMPARE(files.size(), 1);

        WalletService wallet(test::toPath(newDir()), test::fastOptions());
        FirstRunWizard w(wallet, probeFor(newDir()));
        w.show();
        child<QRadioButton>(&w, "firstRun.keystore")->setChecked(true);
        QVERIFY(next(w, FirstRunWizard::KeystorePageId));
        QVERIFY(!button(w, "firstRun.next")->isEnabled());
        ui::setNextFileChoiceForTests(QDir(keys.path()).filePath(files.first()));
        QTest::mouseClick(child<QAbstractButton>(&w, "firstRun.keystoreBrowse"), Qt::LeftButton);
        QTRY_COMPARE(child<QLineEdit>(&w, "firstRun.keystorePath")->text(), QDir(keys.path()).filePath(files.first()));
        typeInto(child<QLineEdit>(&w, "firstRun.keystorePassword"), QStringLiteral("not the password"));
        QVERIFY(next(w, FirstRunWizard::PasswordPageId));
        QVERIFY(!passwordAndFinish(w, QString())); // the wrong file password: not accepted
        QTRY_VERIFY(child<QLabel>(&w, "firstRun.error")->text().contains(QStringLiteral("password is wrong")));
        QVERIFY(button(w, "firstRun.back")->isEnabled());
        w.back();
        w.back();
        QCOMPARE(w.currentId(), int(FirstRunWizard::KeystorePageId));
        typeInto(child<QLineEdit>(&w, "firstRun.keystorePassword"), QStringLiteral("cast pw"));
        QVERIFY(next(w, FirstRunWizard::PasswordPageId));
        QVERIFY(passwordAndFinish(w, QString()));
        QVERIFY(w.firstAddress());
        QCOMPARE(QString::fromStdString(toChecksumAddress(*w.firstAddress())), castAddress);
    }

    void watchAnAddressWithItsChecksum()
    {
        WalletService wallet(test::toPath(newDir()), test::fastOptions());
        FirstRunWizard w(wallet, probeFor(newDir()));
        w.show();
        child<QRadioButton>(&w, "firstRun.watch")->setChecked(true);
        QVERIFY(next(w, FirstRunWizard::WatchPageId));
        const QString user = m_net.userAddress();
        // Flip the case of the first letter digit: a mixed-case address whose checksum no longer matches.
        QString broken = user;
        for (qsizetype i = 2; i < broken.size(); ++i)
            if (broken[i].isLetter()) {
                broken[i] = broken[i].isUpper() ? broken[i].toLower() : broken[i].toUpper();
                break;
            }
        typeInto(child<QLineEdit>(&w, "firstRun.watchAddress"), broken);
        QVERIFY(child<QLabel>(&w, "firstRun.watchStatus")->text().contains(QStringLiteral("checksum")));
        QVERIFY(!button(w, "firstRun.next")->isEnabled());
        typeInto(child<QLineEdit>(&w, "firstRun.watchAddress"), user);
        typeInto(child<QLineEdit>(&w, "firstRun.watchLabel"), QStringLiteral("Seeded user"));
        QVERIFY(next(w, FirstRunWizard::PasswordPageId));
        QVERIFY(passwordAndFinish(w, QString()));
        test::Await<std::vector<VaultAccount>> list;
        wallet.accounts(list.callback());
        auto accounts = list.get();
        QVERIFY(accounts);
        QCOMPARE(accounts->size(), std::size_t{1});
        QCOMPARE(accounts->front().kind, AccountKind::WatchOnly);
        QCOMPARE(QString::fromStdString(toChecksumAddress(accounts->front().address)), user);
        QCOMPARE(QString::fromStdString(accounts->front().label), QStringLiteral("Seeded user"));
    }

    void aDevnetThatDoesNotAnswerIsNotOffered()
    {
        const QString dir = newDir();
        NetworkProfile dead = *m_net.services().profile;
        dead.rpc = {"http://127.0.0.1:1"}; // nothing listens there
        QVERIFY(saveProfile(dir, QStringLiteral("devnet"), dead));
        QVERIFY(saveProfile(dir, QStringLiteral("other"), *m_net.services().profile));
        WalletService wallet(test::toPath(newDir()), test::fastOptions());
        FirstRunWizard w(wallet, probeFor(dir));
        w.show();
        child<QRadioButton>(&w, "firstRun.watch")->setChecked(true);
        QVERIFY(next(w, FirstRunWizard::WatchPageId));
        typeInto(child<QLineEdit>(&w, "firstRun.watchAddress"), m_net.userAddress());
        QVERIFY(next(w, FirstRunWizard::PasswordPageId));
        typeInto(child<QLineEdit>(&w, "firstRun.password"), QString::fromLatin1(test::GuiDevnet::kPassword));
        typeInto(child<QLineEdit>(&w, "firstRun.passwordConfirm"), QString::fromLatin1(test::GuiDevnet::kPassword));
        QVERIFY(next(w, FirstRunWizard::NetworkPageId));
        auto* list = child<QListWidget>(&w, "firstRun.networks");
        QTRY_VERIFY_WITH_TIMEOUT(button(w, "firstRun.finish")->isEnabled(), 20000);
        QStringList names;
        for (int i = 0; i < list->count(); ++i)
            names << list->item(i)->data(Qt::UserRole).toString();
        // "other" (the running devnet under another name) answers and is preselected; the dead devnet is absent.
        QCOMPARE(names, (QStringList{QStringLiteral("other"), QString()}));
        QCOMPARE(w.networkName(), QStringLiteral("other"));
        QVERIFY(list->item(0)->text().contains(QStringLiteral("The RPC answers")));
    }
};

QTEST_MAIN(TestFirstRunDevnet)
#include "tst_firstrun_devnet.moc"
