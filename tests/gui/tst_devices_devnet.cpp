// The Devices page and the onboarding wizard over the facade services of a seeded devnet (GuiDevnet):
// the page's devices equal the core's snapshot and the chain (cast: isActive, ownerOfDevice and
// deviceEarned for each), sorting and filtering through the real controls, QAbstractItemModelTester on
// DevicesModel and its proxy, the detail panel's earnings total equal to the core's and the contract's,
// a payload signed by a seeded (registered) device key refused with the core's exact sentence (the same
// as `plinth-cli device register` gives), and a new device onboarded through the wizard and the
// confirmation dialog (cast ownerOfDevice = user, then listed on the page).
#include "ConfirmSend.h"
#include "DevicesTestSupport.h"
#include "GuiDevnet.h"
#include "ServiceTestSupport.h"
#include "app/common/Language.h"
#include "ui/AccountContext.h"
#include "ui/common/Formatting.h"
#include "ui/dialogs/OnboardingWizard.h"
#include "ui/dialogs/TransactionConfirmDialog.h"
#include "ui/models/DevicesFilterModel.h"
#include "ui/models/DevicesModel.h"
#include "ui/pages/DevicesPage.h"
#include "ui/widgets/DeviceEarningsChart.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

#include <algorithm>
#include <functional>
#include <memory>

using namespace plinth;
using namespace plinth::test::devices;

class TestDevicesDevnet : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        app::installLanguage(QStringLiteral("en"));
        QVERIFY2(m_net.start(), qPrintable(m_net.error()));
        m_user = *parseAddress(m_net.userAddress().toStdString());
        m_accounts = std::make_unique<ui::AccountContext>(*m_net.services().wallet);
        m_accounts->setPreferred(m_user);
        m_accounts->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(m_accounts->current() == m_user, 20000);
        m_page = std::make_unique<ui::DevicesPage>(m_net.services(), *m_accounts);
        m_page->setEmptyTexts(QStringLiteral("Devices"), QStringLiteral("Waiting"));
        m_page->resize(1200, 800);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->verifiedAt().has_value(), 30000);
        auto snapshot = test::ask<DevicesSnapshot>([&](auto done) { m_net.services().network->devices(m_user, std::move(done)); });
        QVERIFY2(snapshot, snapshot ? "" : snapshot.error().message.c_str());
        m_snapshot = *snapshot;
    }

    void seededDevicesEqualSnapshotAndCast()
    {
        ui::DevicesModel* model = m_page->model();
        const auto& contracts = m_net.services().profile->contracts;
        QCOMPARE(model->rowCount(), int(m_snapshot.devices.size()));
        QCOMPARE(qint64(m_snapshot.devices.size()),
                 m_net.fixture().facts().value(QStringLiteral("deviceCounts")).toObject().value(QStringLiteral("user")).toInteger());
        QVERIFY(model->rowCount() > 0);
        int active = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            const Device& shown = model->device(row);
            const Device& core = m_snapshot.devices[std::size_t(row)];
            QCOMPARE(addr(shown.address), addr(core.address));
            QCOMPARE(dec(shown.lifetimeEarned), dec(core.lifetimeEarned));
            const QString device = addr(shown.address);
            const QString owner = call(m_net, contracts.devices, QStringLiteral("ownerOfDevice(address)(address)"), {device});
            const QString isActive = call(m_net, contracts.devices, QStringLiteral("isActive(address)(bool)"), {device});
            QCOMPARE(isActive, shown.status == DeviceStatus::Retired ? QStringLiteral("false") : QStringLiteral("true"));
            if (shown.status != DeviceStatus::Retired) {
                QCOMPARE(owner, m_net.userAddress());
                ++active;
            }
            QCOMPARE(dec(shown.lifetimeEarned), test::DevnetFixture::exactNumber(call(m_net, contracts.rewards,
                                                                               QStringLiteral("deviceEarned(address)(uint256)"), {device})));
            // What the table shows for it, through the shared formatter.
            const int proxyRow = m_page->proxy()->mapFromSource(model->index(row, 0)).row();
            QCOMPARE(m_page->proxy()->index(proxyRow, ui::DevicesModel::Earned).data().toString(),
                     ui::formatAmount(core.lifetimeEarned, m_net.services().profile->token.decimals,
                                      QString::fromStdString(m_net.services().profile->token.symbol)));
        }
        QVERIFY(active > 0);
        auto* count = m_page->findChild<QLabel*>(QStringLiteral("devices.count"));
        QVERIFY(count);
        QCOMPARE(count->text(), plural("plinth::ui::DevicesPage", "%Ln device(s)", int(m_snapshot.devices.size())));
    }

    void modelsPassTheModelTester()
    {
        // The page's own model and proxy, through a reload, a filter and a sort.
        QAbstractItemModelTester source(m_page->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester proxy(m_page->proxy(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        m_page->proxy()->setText(QStringLiteral("storage"));
        m_page->proxy()->sort(ui::DevicesModel::Stake, Qt::AscendingOrder);
        m_page->proxy()->setText(QString());
        m_page->reload();
        // A model of its own through every kind of diff: fill, remove some, insert them back, clear.
        ui::DevicesModel model(18, QStringLiteral("PLNTH"));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setSnapshot(m_snapshot);
        QCOMPARE(model.rowCount(), int(m_snapshot.devices.size()));
        DevicesSnapshot fewer = m_snapshot;
        fewer.devices.erase(fewer.devices.begin() + 1);
        fewer.devices.pop_back();
        model.setSnapshot(fewer);
        QCOMPARE(model.rowCount(), int(fewer.devices.size()));
        QCOMPARE(addr(model.device(1).address), addr(m_snapshot.devices[2].address));
        model.setSnapshot(m_snapshot);
        QCOMPARE(model.rowCount(), int(m_snapshot.devices.size()));
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(addr(model.device(row).address), addr(m_snapshot.devices[std::size_t(row)].address));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void sortingAndFiltering()
    {
        auto* table = m_page->findChild<QTableView*>(QStringLiteral("devices.table"));
        auto* filter = m_page->findChild<QLineEdit*>(QStringLiteral("devices.filter"));
        auto* kind = m_page->findChild<QComboBox*>(QStringLiteral("devices.kind"));
        auto* status = m_page->findChild<QComboBox*>(QStringLiteral("devices.status"));
        QVERIFY(table && filter && kind && status);
        QAbstractItemModel* view = table->model();
        const int all = int(m_snapshot.devices.size());
        QTRY_COMPARE(view->rowCount(), all);

        // Sorting by earnings through the header: both directions follow the core's amounts.
        table->horizontalHeader()->setSortIndicator(ui::DevicesModel::Earned, Qt::AscendingOrder);
        std::vector<UInt256> earned;
        for (const Device& d : m_snapshot.devices)
            earned.push_back(d.lifetimeEarned);
        std::sort(earned.begin(), earned.end());
        for (int row = 0; row < all; ++row)
            QCOMPARE(dec(m_page->model()->device(m_page->proxy()->mapToSource(view->index(row, 0)).row()).lifetimeEarned),
                     dec(earned[std::size_t(row)]));
        table->horizontalHeader()->setSortIndicator(ui::DevicesModel::Earned, Qt::DescendingOrder);
        QCOMPARE(dec(m_page->model()->device(m_page->proxy()->mapToSource(view->index(0, 0)).row()).lifetimeEarned), dec(earned.back()));

        // The kind filter: as many rows as the snapshot has devices of that kind.
        for (int i = 1; i < kind->count(); ++i) {
            kind->setCurrentIndex(i);
            const auto wanted = static_cast<std::uint8_t>(kind->itemData(i).toInt());
            const auto expected = std::count_if(m_snapshot.devices.begin(), m_snapshot.devices.end(),
                                                [&](const Device& d) { return d.kind == wanted; });
            QCOMPARE(view->rowCount(), int(expected));
        }
        kind->setCurrentIndex(0);
        QCOMPARE(view->rowCount(), all);

        // The status filter.
        for (int i = 1; i < status->count(); ++i) {
            status->setCurrentIndex(i);
            const int wanted = status->itemData(i).toInt();
            const auto expected = std::count_if(m_snapshot.devices.begin(), m_snapshot.devices.end(),
                                                [&](const Device& d) { return int(d.status) == wanted; });
            QCOMPARE(view->rowCount(), int(expected));
        }
        status->setCurrentIndex(0);

        // Text: a full address finds exactly that device; a region word every device in it.
        const Device& first = m_snapshot.devices.front();
        QTest::keyClicks(filter, addr(first.address).toLower());
        QCOMPARE(view->rowCount(), 1);
        QCOMPARE(view->index(0, ui::DevicesModel::Address).data(ui::DevicesModel::AddressRole).toString(), addr(first.address));
        auto* count = m_page->findChild<QLabel*>(QStringLiteral("devices.count"));
        QCOMPARE(count->text(), QStringLiteral("Showing 1 of %1 devices").arg(all));
        filter->clear();
        filter->setText(QStringLiteral("Berlin"));
        const auto berlin = std::count_if(m_snapshot.devices.begin(), m_snapshot.devices.end(), [](const Device& d) {
            return QString::fromStdString(d.region).contains(QStringLiteral("Berlin"), Qt::CaseInsensitive);
        });
        QVERIFY(berlin > 0);
        QCOMPARE(view->rowCount(), int(berlin));
        filter->setText(QStringLiteral("no device is called this"));
        QCOMPARE(view->rowCount(), 0);
        filter->clear();
        QCOMPARE(view->rowCount(), all);
    }

    void detailShowsTheCoresEarningsTotal()
    {
        auto* table = m_page->findChild<QTableView*>(QStringLiteral("devices.table"));
        // The device with the most rewards, so that the chart has something to draw.
        const auto best = std::max_element(m_snapshot.devices.begin(), m_snapshot.devices.end(),
                                           [](const Device& a, const Device& b) { return a.rewardCount < b.rewardCount; });
        const int source = m_page->model()->rowOf(best->address);
        table->setCurrentIndex(m_page->proxy()->mapFromSource(m_page->model()->index(source, 0)));
        auto* title = m_page->findChild<QLabel*>(QStringLiteral("devices.detail.title"));
        QTRY_COMPARE_WITH_TIMEOUT(title->text(), addr(best->address), 20000);

        auto detail = test::ask<DeviceDetail>([&](auto done) { m_net.services().network->device(best->address, std::move(done)); });
        QVERIFY(detail);
        UInt256 sum = 0;
        for (const RewardRecord& r : detail->rewards)
            sum += r.amount;
        QCOMPARE(dec(sum), dec(detail->device.lifetimeEarned));
        const auto& profile = *m_net.services().profile;
        QCOMPARE(dec(sum), test::DevnetFixture::exactNumber(call(m_net, profile.contracts.rewards, QStringLiteral("deviceEarned(address)(uint256)"),
                                                           {addr(best->address)})));
        auto* earned = m_page->findChild<QLabel*>(QStringLiteral("devices.detail.earned"));
        const QString symbol = QString::fromStdString(profile.token.symbol);
        QCOMPARE(earned->text(), ui::formatAmount(sum, profile.token.decimals, symbol));
        QCOMPARE(earned->toolTip(), ui::fullAmount(sum, profile.token.decimals, symbol));
        auto* rewards = m_page->findChild<QLabel*>(QStringLiteral("devices.detail.rewards"));
        QCOMPARE(rewards->text(), plural("plinth::ui::DeviceDetailPanel", "%Ln reward(s)", int(detail->rewards.size())));
        auto* chart = m_page->findChild<ui::DeviceEarningsChart*>();
        QVERIFY(chart);
        QCOMPARE(chart->pointCount(), int(detail->rewards.size()) + 1);
        QVERIFY(m_page->findChild<QPushButton*>(QStringLiteral("devices.detail.retire"))->isEnabled());
    }

    void aBadPayloadShowsItsExactRefusal()
    {
        // Seeded device 0 is registered already: its own key signs a payload the registry would refuse.
        const QJsonObject seeded = m_net.fixture().facts().value(QStringLiteral("devices")).toArray().at(0).toObject();
        const QString keystore = keystoreFor(seeded.value(QStringLiteral("key")).toString(), m_net.dataDir() + QStringLiteral("/seeded0.json"));
        const QString password = writeFile(m_net.dataDir() + QStringLiteral("/device-password"), kDevicePassword + "\n");
        QVERIFY(!keystore.isEmpty() && !password.isEmpty());
        const QJsonObject signedPayload = signOnboarding(m_net, keystore, password, m_net.userAddress());
        const QByteArray json = QJsonDocument(signedPayload.value(QStringLiteral("payload")).toObject()).toJson(QJsonDocument::Compact);
        QVERIFY(!json.isEmpty() && json != "{}");

        // What the CLI says about the same payload (it stops before anything is sent).
        const QString file = writeFile(m_net.dataDir() + QStringLiteral("/seeded0-payload.json"), json);
        const CliResult cli = runCli(QStringList{QStringLiteral("device"), QStringLiteral("register"), QStringLiteral("--payload"), file}
                                     + network(m_net));
        QCOMPARE(cli.exitCode, 1);
        const QString prefix = QStringLiteral("plinth-cli: not registered, nothing was sent: ");
        QVERIFY2(cli.err.startsWith(prefix), qPrintable(cli.err));
        const QString refusal = cli.err.trimmed().mid(prefix.size());
        QVERIFY(refusal.contains(QStringLiteral("already registered")));

        auto* wizard = openOnboardingWizard(*m_page);
        QVERIFY(wizard);
        wizard->findChild<QPlainTextEdit*>(QStringLiteral("onboarding.payload"))->setPlainText(QString::fromUtf8(json));
        QTest::mouseClick(wizard->findChild<QPushButton*>(QStringLiteral("onboarding.next")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(wizard->review().has_value(), 30000);
        auto* checks = wizard->findChild<QListWidget*>(QStringLiteral("onboarding.checks"));
        QStringList failed;
        int passed = 0;
        for (int i = 0; i < checks->count(); ++i) {
            if (checks->item(i)->data(Qt::UserRole).toBool())
                ++passed;
            else
                failed << checks->item(i)->text();
        }
        QCOMPARE(checks->count(), 9);
        QCOMPARE(failed, QStringList{refusal});
        QCOMPARE(passed, 8);
        QVERIFY(!wizard->findChild<QPushButton*>(QStringLiteral("onboarding.next"))->isEnabled());
        QCOMPARE(wizard->findChild<QLabel*>(QStringLiteral("onboarding.summary"))->text(),
                 plural("plinth::ui::OnboardingWizard",
                        "%n check(s) failed: this payload would be refused, so nothing can be sent. No device key was kept.", 1));

        // Text that is not a payload at all: the parser's exact phrase.
        QTest::mouseClick(wizard->findChild<QPushButton*>(QStringLiteral("onboarding.back")), Qt::LeftButton);
        wizard->findChild<QPlainTextEdit*>(QStringLiteral("onboarding.payload"))->setPlainText(QStringLiteral("plinth-onboard:2;c=1"));
        QTest::mouseClick(wizard->findChild<QPushButton*>(QStringLiteral("onboarding.next")), Qt::LeftButton);
        auto* status = wizard->findChild<QLabel*>(QStringLiteral("onboarding.status"));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("the onboarding payload is not valid: unknown version 2")), 20000);
        wizard->reject();
    }

    void onboardingANewDevice()
    {
        // A new device key, made and used as on the device itself.
        const QString password = writeFile(m_net.dataDir() + QStringLiteral("/device-password"), kDevicePassword + "\n");
        const QString keystore = m_net.dataDir() + QStringLiteral("/new-device.json");
        const QString device = newDeviceKey(m_net, keystore, password);
        QVERIFY(!device.isEmpty());
        const QJsonObject signedPayload = signOnboarding(m_net, keystore, password, m_net.userAddress());
        const QString qrText = signedPayload.value(QStringLiteral("text")).toString();
        QVERIFY(qrText.startsWith(QStringLiteral("plinth-onboard:1;")));

        auto* wizard = openOnboardingWizard(*m_page);
        QVERIFY(wizard);
        bool registered = false;
        connect(wizard, &ui::OnboardingWizard::registered, this, [&](const QString& d) { registered = d == device; });
        wizard->findChild<QPlainTextEdit*>(QStringLiteral("onboarding.payload"))->setPlainText(qrText);
        QTest::mouseClick(wizard->findChild<QPushButton*>(QStringLiteral("onboarding.next")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(wizard->review().has_value(), 30000);
        QVERIFY2(wizard->review()->check.ok(), wizard->review()->check.ok() ? "" : wizard->review()->check.problems.front().sentence.c_str());
        auto* checks = wizard->findChild<QListWidget*>(QStringLiteral("onboarding.checks"));
        for (int i = 0; i < checks->count(); ++i)
            QVERIFY2(checks->item(i)->data(Qt::UserRole).toBool(), qPrintable(checks->item(i)->text()));
        auto* registerButton = wizard->findChild<QPushButton*>(QStringLiteral("onboarding.next"));
        QVERIFY(registerButton->isEnabled());
        QTest::mouseClick(registerButton, Qt::LeftButton);

        QVERIFY(sendThroughConfirmation(wizard->findChild<ui::TransactionConfirmDialog*>()));
        QTRY_VERIFY_WITH_TIMEOUT(registered, 120000);

        const auto& contracts = m_net.services().profile->contracts;
        QCOMPARE(call(m_net, contracts.devices, QStringLiteral("ownerOfDevice(address)(address)"), {device}), m_net.userAddress());
        QCOMPARE(call(m_net, contracts.devices, QStringLiteral("isActive(address)(bool)"), {device}), QStringLiteral("true"));
        // The newest block is verified once it has a child: mine one, then sync; the page reloads on
        // the services' change notification.
        QVERIFY(!m_net.fixture().cast({QStringLiteral("rpc"), QStringLiteral("anvil_mine")}).isNull());
        QVERIFY2(m_net.syncNow(), qPrintable(m_net.error()));
        const Address added = *parseAddress(device.toStdString());
        QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->rowOf(added) >= 0, 30000);
        QCOMPARE(m_page->model()->rowCount(), int(m_snapshot.devices.size()) + 1);
    }

    void registeringThisComputer()
    {
        auto* wizard = openOnboardingWizard(*m_page, false);
        QVERIFY(wizard);
        bool registered = false;
        QString device;
        connect(wizard, &ui::OnboardingWizard::registered, this, [&](const QString& d) {
            registered = true;
            device = d;
        });
        auto* resources = wizard->findChild<QLabel*>(QStringLiteral("onboarding.resources"));
        QTRY_VERIFY_WITH_TIMEOUT(resources->text().startsWith(QStringLiteral("Processor:")), 20000);
        auto* kind = wizard->findChild<QComboBox*>(QStringLiteral("onboarding.kind"));
        kind->setCurrentIndex(kind->findData(int(OnboardingKind::Storage)));
        // Storage is measured here (free space): the capacity is prefilled unless declared.
        auto* source = wizard->findChild<QLabel*>(QStringLiteral("onboarding.capacitySource"));
        QVERIFY2(source->text().startsWith(QStringLiteral("Measured on this computer: ")), qPrintable(source->text()));
        wizard->findChild<QLineEdit*>(QStringLiteral("onboarding.capacity"))->setText(QStringLiteral("2"));
        wizard->findChild<QLineEdit*>(QStringLiteral("onboarding.unit"))->setText(QStringLiteral("TB"));
        QCOMPARE(source->text(), QStringLiteral("Declared by you."));
        wizard->findChild<QLineEdit*>(QStringLiteral("onboarding.region"))->setText(QStringLiteral("881f1d4895fffff"));
        wizard->findChild<QLineEdit*>(QStringLiteral("onboarding.keyPassword"))->setText(QStringLiteral("device key password"));
        wizard->findChild<QLineEdit*>(QStringLiteral("onboarding.keyPasswordRepeat"))->setText(QStringLiteral("device key password"));
        QTest::mouseClick(wizard->findChild<QPushButton*>(QStringLiteral("onboarding.next")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(wizard->review().has_value(), 60000);
        QVERIFY2(wizard->review()->check.ok(), wizard->review()->check.ok() ? "" : wizard->review()->check.problems.front().sentence.c_str());
        const QString made = addr(wizard->review()->payload.device);
        // The wallet kept the device key it made, before anything was sent.
        QVERIFY(QFile::exists(m_net.dataDir() + QStringLiteral("/device-keys/") + made + QStringLiteral(".json")));
        QTest::mouseClick(wizard->findChild<QPushButton*>(QStringLiteral("onboarding.next")), Qt::LeftButton);
        QVERIFY(sendThroughConfirmation(wizard->findChild<ui::TransactionConfirmDialog*>()));
        QTRY_VERIFY_WITH_TIMEOUT(registered, 120000);
        QCOMPARE(device, made);
        const auto& contracts = m_net.services().profile->contracts;
        QCOMPARE(call(m_net, contracts.devices, QStringLiteral("ownerOfDevice(address)(address)"), {made}), m_net.userAddress());
    }

    void updatingStakingAndTransferringFromTheDetail()
    {
        const auto& contracts = m_net.services().profile->contracts;
        const Device& d = m_snapshot.devices.front();
        const QString device = addr(d.address);

        // Update: only the region changed, so one transaction; the page then shows the new region.
        QVERIFY(runAction(d.address, QStringLiteral("devices.detail.update"), [](QDialog* form) {
            form->findChild<QLineEdit*>(QStringLiteral("deviceAction.region"))->setText(QStringLiteral("Hamburg, DE"));
        }));
        QVERIFY(!m_net.fixture().cast({QStringLiteral("rpc"), QStringLiteral("anvil_mine")}).isNull());
        QVERIFY2(m_net.syncNow(), qPrintable(m_net.error()));
        QTRY_COMPARE_WITH_TIMEOUT(m_page->model()->device(m_page->model()->rowOf(d.address)).region, std::string("Hamburg, DE"), 30000);

        // Stake 25 more: the staking contract's deviceStake grows by exactly that.
        const QString before = test::DevnetFixture::exactNumber(call(m_net, contracts.staking, QStringLiteral("deviceStake(address)(uint256)"), {device}));
        QVERIFY(runAction(d.address, QStringLiteral("devices.detail.stake"), [](QDialog* form) {
            form->findChild<QLineEdit*>(QStringLiteral("deviceAction.amount"))->setText(QStringLiteral("25"));
        }));
        const QString after = test::DevnetFixture::exactNumber(call(m_net, contracts.staking, QStringLiteral("deviceStake(address)(uint256)"), {device}));
        QCOMPARE(after, dec(*parseDecimalUInt256(before.toStdString()) + UInt256(25) * UInt256("1000000000000000000")));

        // Transfer to alice: ownerOfDevice says so, and after a sync the user's page no longer lists it.
        const QString alice = m_net.fixture().facts().value(QStringLiteral("accounts")).toObject().value(QStringLiteral("alice")).toString();
        QVERIFY(runAction(d.address, QStringLiteral("devices.detail.transfer"), [&](QDialog* form) {
            form->findChild<QLineEdit*>(QStringLiteral("deviceAction.to"))->setText(alice);
        }));
        QCOMPARE(call(m_net, contracts.devices, QStringLiteral("ownerOfDevice(address)(address)"), {device}), alice);
        QVERIFY(!m_net.fixture().cast({QStringLiteral("rpc"), QStringLiteral("anvil_mine")}).isNull());
        QVERIFY2(m_net.syncNow(), qPrintable(m_net.error()));
        QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->rowOf(d.address) < 0, 30000);
    }

    void retiringADeviceFromItsDetail()
    {
        // The seeded device with the fewest rewards goes: Retire…, the confirmation dialog, Send.
        const auto last = std::min_element(m_snapshot.devices.begin(), m_snapshot.devices.end(),
                                           [](const Device& a, const Device& b) { return a.lifetimeEarned < b.lifetimeEarned; });
        const QString device = addr(last->address);
        auto* table = m_page->findChild<QTableView*>(QStringLiteral("devices.table"));
        table->setCurrentIndex(m_page->proxy()->mapFromSource(m_page->model()->index(m_page->model()->rowOf(last->address), 0)));
        QTRY_COMPARE_WITH_TIMEOUT(m_page->findChild<QLabel*>(QStringLiteral("devices.detail.title"))->text(), device, 20000);
        auto* retire = m_page->findChild<QPushButton*>(QStringLiteral("devices.detail.retire"));
        QTRY_VERIFY(retire->isEnabled());
        QTest::mouseClick(retire, Qt::LeftButton);
        // The newest: the dialogs of the actions before stay open with their results until closed.
        const auto dialogs = m_page->findChildren<ui::TransactionConfirmDialog*>();
        QVERIFY(!dialogs.isEmpty());
        auto* confirm = dialogs.back();
        bool settled = false, confirmed = false;
        connect(confirm, &ui::TransactionConfirmDialog::completed, this, [&](bool ok) {
            settled = true;
            confirmed = ok;
        });
        QVERIFY(sendThroughConfirmation(confirm));
        QTRY_VERIFY_WITH_TIMEOUT(settled, 120000);
        QVERIFY(confirmed);
        const auto& contracts = m_net.services().profile->contracts;
        QCOMPARE(call(m_net, contracts.devices, QStringLiteral("isActive(address)(bool)"), {device}), QStringLiteral("false"));
        QCOMPARE(call(m_net, contracts.devices, QStringLiteral("isRetired(address)(bool)"), {device}), QStringLiteral("true"));
        QVERIFY(!m_net.fixture().cast({QStringLiteral("rpc"), QStringLiteral("anvil_mine")}).isNull());
        QVERIFY2(m_net.syncNow(), qPrintable(m_net.error()));
        // Listed as retired, and its actions are off.
        QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->rowOf(last->address) >= 0
                                     && m_page->model()->device(m_page->model()->rowOf(last->address)).status == DeviceStatus::Retired,
                                 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->findChild<QPushButton*>(QStringLiteral("devices.detail.retire"))->isEnabled(), 20000);
    }

    void cleanupTestCase()
    {
        m_page.reset();
        m_accounts.reset();
    }

private:
    // A plural sentence as the installed translation words it (the English plural forms come with the
    // translations, regenerated at merge): the test checks the number in it.
    static QString plural(const char* context, const char* text, int n) { return QCoreApplication::translate(context, text, nullptr, n); }

    // Waits for the dialog's preview, gives the vault password when it asks, sends; true once Send was clicked.
    static bool sendThroughConfirmation(ui::TransactionConfirmDialog* confirm)
    {
        QString error;
        return confirm && test::clickSendWhenReady(*confirm, &error);
    }

    // Selects `device`, clicks the panel's `button`, fills its form, continues and sends; true once the
    // transaction is confirmed.
    bool runAction(const Address& device, const QString& button, const std::function<void(QDialog*)>& fill)
    {
        auto* table = m_page->findChild<QTableView*>(QStringLiteral("devices.table"));
        table->setCurrentIndex(m_page->proxy()->mapFromSource(m_page->model()->index(m_page->model()->rowOf(device), 0)));
        auto* title = m_page->findChild<QLabel*>(QStringLiteral("devices.detail.title"));
        auto* action = m_page->findChild<QPushButton*>(button);
        if (!test::spinUntil([&] { return title->text() == addr(device) && action->isEnabled(); }, std::chrono::seconds(20)))
            return false;
        QTest::mouseClick(action, Qt::LeftButton);
        auto* form = m_page->findChild<QDialog*>(QStringLiteral("deviceAction"));
        if (!form)
            return false;
        fill(form);
        QTest::mouseClick(form->findChild<QPushButton*>(QStringLiteral("deviceAction.continue")), Qt::LeftButton);
        const auto dialogs = m_page->findChildren<ui::TransactionConfirmDialog*>();
        ui::TransactionConfirmDialog* confirm = dialogs.isEmpty() ? nullptr : dialogs.back();
        if (!confirm)
            return false;
        bool settled = false, confirmed = false;
        connect(confirm, &ui::TransactionConfirmDialog::completed, this, [&](bool ok) {
            settled = true;
            confirmed = ok;
        });
        if (!sendThroughConfirmation(confirm))
            return false;
        return test::spinUntil([&] { return settled; }, std::chrono::seconds(120)) && confirmed;
    }

    test::GuiDevnet m_net;
    Address m_user;
    DevicesSnapshot m_snapshot;
    std::unique_ptr<ui::AccountContext> m_accounts;
    std::unique_ptr<ui::DevicesPage> m_page;
};

QTEST_MAIN(TestDevicesDevnet)
#include "tst_devices_devnet.moc"
