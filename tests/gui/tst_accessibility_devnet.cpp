// Accessibility of the real window on the seeded devnet: every page (Ctrl+1..Ctrl+8) and every dialog
// reachable without sending (help, unlock, each first-run page, vote, stake, onboarding, a device action,
// the confirmation of a claim preview). For each, every visible control (buttons, fields, combo and spin
// boxes, item views, text edits, sliders, tab bars, and any other widget Tab stops at) must have a name
// that assistive technology reads: QAccessible::queryAccessibleInterface(w)->text(QAccessible::Name),
// which is the accessible name, else a QLabel buddy's text, else the visible text Qt uses. And walking
// QWidget::nextInFocusChain from the window must stop at every enabled visible control: none may be
// unreachable by keyboard. A failure lists every offending control (where, objectName, class, what).
#include "GuiDevnet.h"
#include "GuiTestTools.h"
#include "app/common/Language.h"
#include "app/common/NetworkProbe.h"
#include "tst_vault_support.h"
#include "ui/AccountContext.h"
#include "ui/LockController.h"
#include "ui/MainWindow.h"
#include "ui/UiSettings.h"
#include "ui/dialogs/FirstRunWizard.h"
#include "ui/dialogs/HelpDialog.h"
#include "ui/dialogs/OnboardingWizard.h"
#include "ui/dialogs/StakeDialog.h"
#include "ui/dialogs/TransactionConfirmDialog.h"
#include "ui/dialogs/UnlockDialog.h"
#include "ui/dialogs/VoteDialog.h"
#include "ui/models/DevicesFilterModel.h"
#include "ui/models/DevicesModel.h"
#include "ui/models/ProposalsModel.h"
#include "ui/pages/DevicesPage.h"
#include "ui/pages/GovernancePage.h"
#include "ui/pages/OverviewPage.h"
#include "ui/pages/StakingPage.h"
#include "ui/widgets/Card.h"
#include "ui/widgets/ProposalDetailPanel.h"
#include "wallet/codec/UInt256.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QStackedWidget>
#include <QTabBar>
#include <QTableView>
#include <QTest>
#include <QTextEdit>
#include <QDir>
#include <QHash>
#include <QJsonObject>
#include <QLabel>

using namespace plinth;
using test::child;

namespace {

// The control a user operates, as opposed to a part Qt builds inside one (a spin box's line edit, a
// combo box's popup, a tab bar's scroll arrows, a view's viewport): those are named through their owner.
bool insideCompound(const QWidget* w, const QWidget* root)
{
    if (auto* area = qobject_cast<const QAbstractScrollArea*>(w->parentWidget()); area && area->viewport() == w)
        return true; // a view's viewport: focus and name are the view's
    for (const QWidget* p = w->parentWidget(); p && p != root->parentWidget(); p = p->parentWidget())
        if (qobject_cast<const QAbstractSpinBox*>(p) || qobject_cast<const QComboBox*>(p) || qobject_cast<const QTabBar*>(p))
            return true;
    return false;
}

bool isControl(const QWidget* w)
{
    return qobject_cast<const QAbstractButton*>(w) || qobject_cast<const QLineEdit*>(w) || qobject_cast<const QComboBox*>(w)
           || qobject_cast<const QAbstractSpinBox*>(w) || qobject_cast<const QAbstractItemView*>(w)
           || qobject_cast<const QTextEdit*>(w) || qobject_cast<const QPlainTextEdit*>(w)
           || qobject_cast<const QAbstractSlider*>(w) || qobject_cast<const QTabBar*>(w) || (w->focusPolicy() & Qt::TabFocus);
}

// The visible controls of `root` (itself included when it is one); scroll bars and header views take
// no focus and are the views' own parts.
QList<QWidget*> controls(QWidget* root)
{
    QList<QWidget*> out;
    QList<QWidget*> all = root->findChildren<QWidget*>();
    all.prepend(root);
    for (QWidget* w : all) {
        if (!w->isVisible() || w->window() != root->window() || !isControl(w) || insideCompound(w, root))
            continue;
        if (w->focusPolicy() == Qt::NoFocus && !qobject_cast<QAbstractButton*>(w) && !qobject_cast<QLineEdit*>(w)
            && !qobject_cast<QComboBox*>(w) && !qobject_cast<QTextEdit*>(w) && !qobject_cast<QPlainTextEdit*>(w))
            continue; // a display-only view or a scroll bar
        out << w;
    }
    return out;
}

// "where: objectName (class): what"; an unnamed widget is named by its nearest named ancestor.
QString describe(const QString& where, const QWidget* w, const char* what)
{
    QString name = w->objectName();
    if (name.isEmpty()) {
        const QWidget* named = w->parentWidget();
        while (named && named->objectName().isEmpty())
            named = named->parentWidget();
        name = QStringLiteral("<no objectName> in %1").arg(named ? named->objectName() : QStringLiteral("?"));
    }
    return QStringLiteral("%1: %2 (%3): %4").arg(where, name, QString::fromLatin1(w->metaObject()->className()), QString::fromLatin1(what));
}

// An unchecked button of an exclusive set (radio buttons) leaves the tab chain by Qt's design: Tab
// stops at the checked one and the arrow keys move between them. Reachable when a sibling of its set is.
bool reachedThroughItsSet(const QWidget* w, const QSet<QWidget*>& stops)
{
    const auto* button = qobject_cast<const QAbstractButton*>(w);
    if (!button || !button->isCheckable() || button->isChecked() || !button->autoExclusive())
        return false;
    for (const QObject* sibling : w->parent()->children())
        if (auto* other = qobject_cast<const QAbstractButton*>(sibling); other && other != button && other->autoExclusive()
                                                                         && stops.contains(const_cast<QAbstractButton*>(other)))
            return true;
    return false;
}

QString accessibleName(QWidget* w)
{
    if (auto* bar = qobject_cast<QTabBar*>(w)) { // a tab bar is read tab by tab
        for (int i = 0; i < bar->count(); ++i)
            if (bar->tabText(i).trimmed().isEmpty() && bar->accessibleTabName(i).trimmed().isEmpty())
                return {};
        return QStringLiteral("tabs");
    }
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(QAccessible::Name).trimmed() : QString();
}

// Where Tab stops, walking the focus chain from `root` as QWidget::focusNextPrevChild does.
QSet<QWidget*> tabStops(QWidget* root)
{
    QSet<QWidget*> out;
    QWidget* w = root;
    for (int guard = 0; guard < 100000; ++guard) {
        w = w->nextInFocusChain();
        if (w == root)
            break;
        if ((w->focusPolicy() & Qt::TabFocus) && !w->focusProxy() && w->isVisible() && w->isEnabled() && w->window() == root->window())
            out.insert(w);
    }
    return out;
}

// Two visible widgets of `root` whose accessible names differ only by case or a plural "s" ("Device
// detail", "Device details"): a screen reader user cannot tell which is which. Equal names are allowed
// (a list's rows of "Copy" buttons); the name should say what each one is.
QStringList nearlyIdenticalNames(QWidget* root, const QString& where)
{
    QHash<QString, QSet<QString>> byKey; // folded name -> the names as written
    QList<QWidget*> all = root->findChildren<QWidget*>();
    all.prepend(root);
    for (QWidget* w : all) {
        if (!w->isVisible() || w->window() != root->window() || w->accessibleName().trimmed().isEmpty())
            continue;
        const QString name = w->accessibleName().trimmed();
        QString key = name.toCaseFolded();
        if (key.endsWith(QLatin1Char('s')))
            key.chop(1);
        byKey[key].insert(name);
    }
    QStringList failures;
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it)
        if (it.value().size() > 1) {
            QStringList names(it.value().cbegin(), it.value().cend());
            names.sort();
            failures << QStringLiteral("%1: nearly identical accessible names: %2").arg(where, names.join(QStringLiteral(" / ")));
        }
    return failures;
}

// Every failure of `root`'s visible controls: a missing name, a control Tab never reaches. A root
// with no visible control is a failure too (the page or dialog did not show what it should).
QStringList audit(QWidget* root, const QString& where)
{
    QStringList failures;
    const QSet<QWidget*> stops = tabStops(root->window());
    const QList<QWidget*> found = controls(root);
    qInfo("%s: %d controls", qPrintable(where), int(found.size()));
    if (found.isEmpty())
        failures << where + QStringLiteral(": no visible control at all");
    for (QWidget* w : found) {
        if (accessibleName(w).isEmpty())
            failures << describe(where, w, "no accessible name (nor a buddy label or text)");
        if (!w->isEnabled())
            continue;
        QWidget* target = w;
        while (target->focusProxy())
            target = target->focusProxy();
        if (reachedThroughItsSet(target, stops))
            continue;
        if (!(target->focusPolicy() & Qt::TabFocus))
            failures << describe(where, w, "takes no keyboard focus");
        else if (!stops.contains(target))
            failures << describe(where, w, "not in the window's tab chain");
    }
    failures << nearlyIdenticalNames(root, where);
    return failures;
}

// True once no visible card of `page` is still loading.
bool cardsSettled(QWidget* page)
{
    for (const ui::Card* card : page->findChildren<ui::Card*>())
        if (card->isVisible() && card->state() == ui::Card::State::Loading)
            return false;
    return true;
}

template <class T>
T* newest(QObject* parent)
{
    const QList<T*> all = parent->findChildren<T*>();
    return all.isEmpty() ? nullptr : all.back();
}

} // namespace

class TestAccessibilityDevnet : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        app::installLanguage(QStringLiteral("en"));
        QVERIFY2(m_net.start(), qPrintable(m_net.error()));
        m_settings = std::make_unique<ui::UiSettings>(m_net.dataDir());
        m_window = std::make_unique<ui::MainWindow>(ui::WindowContext{}, m_net.services(), *m_settings);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->accounts().current().has_value(), 20000);
    }

    void everyPageNamesItsControlsAndTabReachesThem()
    {
        QStringList failures;
        const char* const names[] = {"Overview", "Devices", "Earnings", "Staking", "Governance", "Activity", "Send & Receive", "Settings"};
        auto* stack = child<QStackedWidget>(m_window.get(), "pageStack");
        QVERIFY(stack);
        for (int i = 0; i < ui::MainWindow::PageCount; ++i) {
            QTest::keyClick(m_window.get(), static_cast<Qt::Key>(Qt::Key_1 + i), Qt::ControlModifier);
            QCOMPARE(static_cast<int>(m_window->currentPage()), i);
            QWidget* page = stack->currentWidget();
            QTRY_VERIFY_WITH_TIMEOUT(cardsSettled(page), 30000);
            waitForPageData(page);
            const QString where = QStringLiteral("page %1").arg(QLatin1String(names[i]));
            failures << audit(m_window.get(), where);
            if (controls(page).isEmpty()) // beyond the sidebar and the top bar
                failures << where + QStringLiteral(": the page itself shows no control");
        }
        failures.removeDuplicates(); // the sidebar and top bar are on every page: keep one line each
        QVERIFY2(failures.isEmpty(), qPrintable(QStringLiteral("\n") + failures.join(QLatin1Char('\n'))));
    }

    void everyDialogNamesItsControlsAndTabReachesThem()
    {
        QStringList failures;
        failures << helpDialog() << unlockDialog() << claimConfirmation() << stakeDialog() << voteDialog()
                 << onboardingWizard() << deviceActionDialog();
        QVERIFY2(failures.isEmpty(), qPrintable(QStringLiteral("\n") + failures.join(QLatin1Char('\n'))));
    }

    void everyFirstRunPageNamesItsControlsAndTabReachesThem()
    {
        QStringList failures;
        WalletService wallet(QDir(m_net.dataDir()).filePath(QStringLiteral("firstrun")).toStdString(), test::fastOptions());
        const ui::NetworkProbe probe = [dir = m_net.dataDir()] {
            QList<ui::NetworkChoice> out;
            for (const auto& r : app::probeKnownNetworks(dir))
                out.push_back({r.name, r.description, r.answers, r.isLocalDevnet});
            return out;
        };
        // One wizard per way in: each way's own pages, and for "watch" the password and network pages.
        for (const char* way : {"firstRun.create", "firstRun.restore", "firstRun.keystore", "firstRun.watch"}) {
            ui::FirstRunWizard w(wallet, probe);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            failures << audit(&w, QStringLiteral("first run: choice"));
            child<QRadioButton>(&w, way)->setChecked(true);
            QVERIFY(next(w));
            failures << audit(&w, QStringLiteral("first run: %1 page %2").arg(QLatin1String(way)).arg(w.currentId()));
            if (QLatin1String(way) == QLatin1String("firstRun.create")) {
                QTRY_VERIFY(w.findChild<QLabel*>(QStringLiteral("firstRun.word.12")));
                failures << audit(&w, QStringLiteral("first run: phrase"));
                QVERIFY(next(w));
                failures << audit(&w, QStringLiteral("first run: confirm words"));
            }
            if (QLatin1String(way) == QLatin1String("firstRun.watch")) {
                test::typeInto(child<QLineEdit>(&w, "firstRun.watchAddress"), m_net.userAddress());
                QVERIFY(next(w));
                failures << audit(&w, QStringLiteral("first run: password"));
                const QString password = QStringLiteral("Plinth-accessibility-2026!");
                test::typeInto(child<QLineEdit>(&w, "firstRun.password"), password);
                test::typeInto(child<QLineEdit>(&w, "firstRun.passwordConfirm"), password);
                QVERIFY(next(w));
                QCOMPARE(w.currentId(), int(ui::FirstRunWizard::NetworkPageId));
                failures << audit(&w, QStringLiteral("first run: network"));
            }
        }
        failures.removeDuplicates();
        QVERIFY2(failures.isEmpty(), qPrintable(QStringLiteral("\n") + failures.join(QLatin1Char('\n'))));
    }

private:
    // Clicks Next once it is enabled; true when the wizard moved on.
    static bool next(ui::FirstRunWizard& w)
    {
        auto* button = child<QAbstractButton>(&w, "firstRun.next");
        if (!test::spinUntil([&] { return button->isEnabled(); }, std::chrono::seconds(10)))
            return false;
        const int before = w.currentId();
        QTest::mouseClick(button, Qt::LeftButton);
        return test::spinUntil([&] { return w.currentId() != before; }, std::chrono::seconds(10));
    }

    // The controls that appear only with data: a device and a proposal selected, rows in the tables.
    void waitForPageData(QWidget* page)
    {
        if (auto* devices = qobject_cast<ui::DevicesPage*>(page)) {
            QTRY_VERIFY_WITH_TIMEOUT(devices->model()->rowCount() > 0, 30000);
            child<QTableView>(devices, "devices.table")->setCurrentIndex(devices->proxy()->index(0, 0));
            QTRY_VERIFY_WITH_TIMEOUT(!child<QLabel>(devices, "devices.detail.title")->text().isEmpty(), 30000);
        } else if (auto* governance = qobject_cast<ui::GovernancePage*>(page)) {
            QTRY_VERIFY_WITH_TIMEOUT(governance->shownAt().has_value(), 30000);
            QVERIFY(selectProposal(*governance, QStringLiteral("lisbon")));
        } else if (auto* staking = qobject_cast<ui::StakingPage*>(page)) {
            QTRY_VERIFY_WITH_TIMEOUT(staking->shownAt().has_value(), 30000);
        }
    }

    bool selectProposal(ui::GovernancePage& page, const QString& label)
    {
        const auto id = parseDecimalUInt256(m_net.fixture().facts().value(QStringLiteral("proposals")).toObject().value(label).toObject()
                                                .value(QStringLiteral("id")).toString().toStdString());
        if (!id)
            return false;
        const int row = page.model()->rowOf(*id);
        if (row < 0)
            return false;
        child<QListView>(&page, "governance.list")->setCurrentIndex(page.model()->index(row));
        return test::spinUntil([&] { return page.detailPanel()->detail() && page.detailPanel()->detail()->proposal.id == *id; },
                               std::chrono::seconds(30));
    }

    template <class F>
    QWidget* page(ui::MainWindow::Page which, F wait)
    {
        m_window->showPage(which);
        QWidget* p = child<QStackedWidget>(m_window.get(), "pageStack")->currentWidget();
        waitForPageData(p);
        wait(p);
        return p;
    }

    // Opens a dialog (of class Dialog, named `name` unless empty) with `open`, audits it once it is
    // shown, then closes it.
    template <class Dialog, class F>
    QStringList audited(const QString& where, QObject* parent, F open, const QString& name = {})
    {
        QList<QPointer<Dialog>> before;
        for (Dialog* d : parent->findChildren<Dialog*>(name))
            before << QPointer<Dialog>(d);
        open();
        Dialog* shown = nullptr;
        const bool opened = test::spinUntil([&] {
            for (Dialog* d : parent->findChildren<Dialog*>(name))
                if (!before.contains(QPointer<Dialog>(d)) && d->isVisible())
                    shown = d;
            return shown != nullptr;
        }, std::chrono::seconds(20));
        if (!opened)
            return {where + QStringLiteral(": the dialog did not open")};
        const QStringList failures = audit(shown, where);
        shown->reject();
        return failures;
    }

    QStringList helpDialog()
    {
        return audited<ui::HelpDialog>(QStringLiteral("help"), m_window.get(), [&] { QTest::keyClick(m_window.get(), Qt::Key_F1); });
    }

    QStringList unlockDialog()
    {
        WalletService& wallet = *m_net.services().wallet;
        m_window->activateWindow(); // the last dialog had the focus
        if (!QTest::qWaitForWindowActive(m_window.get()))
            return {QStringLiteral("unlock: the window could not be activated")};
        if (wallet.isUnlocked()) {
            QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
            if (!test::spinUntil([&] { return !wallet.isUnlocked() && !m_window->lock().isUnlocked(); }))
                return {QStringLiteral("unlock: Ctrl+L did not lock")};
        }
        return audited<ui::UnlockDialog>(QStringLiteral("unlock"), m_window.get(),
                                         [&] { QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier); });
    }

    QStringList claimConfirmation()
    {
        QWidget* overview = page(ui::MainWindow::Overview, [](QWidget* p) {
            test::spinUntil([&] { return qobject_cast<ui::OverviewPage*>(p)->isFilled(); });
        });
        auto* claim = child<QPushButton>(overview, "overview.claim");
        if (!claim->isEnabled())
            return {QStringLiteral("claim: the seeded user has nothing to claim")};
        return audited<ui::TransactionConfirmDialog>(QStringLiteral("claim confirmation"), overview, [&] {
            QTest::mouseClick(claim, Qt::LeftButton);
        });
    }

    QStringList stakeDialog()
    {
        QWidget* staking = page(ui::MainWindow::Staking, [](QWidget*) {});
        auto* stake = child<QPushButton>(staking, "staking.stake");
        if (!test::spinUntil([&] { return stake->isEnabled(); }, std::chrono::seconds(20)))
            return {QStringLiteral("stake: the Stake button stayed disabled")};
        return audited<ui::StakeDialog>(QStringLiteral("stake"), staking, [&] { QTest::mouseClick(stake, Qt::LeftButton); });
    }

    QStringList voteDialog()
    {
        auto* governance = qobject_cast<ui::GovernancePage*>(page(ui::MainWindow::Governance, [](QWidget*) {}));
        auto* vote = child<QPushButton>(governance, "governance.vote");
        // The proposal open for voting: an account of the vault that can still vote on it.
        for (const VaultAccount& a : m_window->accounts().accounts()) {
            m_window->accounts().setCurrent(a.address);
            if (selectProposal(*governance, QStringLiteral("lisbon")) && test::spinUntil([&] { return vote->isEnabled(); }, std::chrono::seconds(5)))
                break;
        }
        if (!vote->isEnabled())
            return {QStringLiteral("vote: no account of the vault can vote on the open proposal")};
        QStringList failures = audited<ui::VoteDialog>(QStringLiteral("vote"), governance, [&] { QTest::mouseClick(vote, Qt::LeftButton); });
        m_window->accounts().setCurrent(m_window->accounts().accounts().front().address);
        return failures;
    }

    QStringList onboardingWizard()
    {
        QWidget* devices = page(ui::MainWindow::Devices, [](QWidget*) {});
        auto* onboard = child<QPushButton>(devices, "devices.onboard");
        QStringList failures;
        const int before = int(devices->findChildren<ui::OnboardingWizard*>().size());
        QTest::mouseClick(onboard, Qt::LeftButton);
        if (!test::spinUntil([&] { return int(devices->findChildren<ui::OnboardingWizard*>().size()) > before; }))
            return {QStringLiteral("onboarding: the wizard did not open")};
        ui::OnboardingWizard* w = newest<ui::OnboardingWizard>(devices);
        failures << audit(w, QStringLiteral("onboarding: choose the way"));
        QTest::mouseClick(child<QPushButton>(w, "onboarding.next"), Qt::LeftButton); // the payload way
        failures << audit(w, QStringLiteral("onboarding: payload"));
        QTest::mouseClick(child<QPushButton>(w, "onboarding.back"), Qt::LeftButton);
        child<QRadioButton>(w, "onboarding.modeComputer")->setChecked(true);
        QTest::mouseClick(child<QPushButton>(w, "onboarding.next"), Qt::LeftButton); // this computer
        failures << audit(w, QStringLiteral("onboarding: this computer"));
        w->reject();
        return failures;
    }

    QStringList deviceActionDialog()
    {
        QWidget* devices = page(ui::MainWindow::Devices, [](QWidget*) {});
        QStringList failures;
        for (const char* action : {"devices.detail.update", "devices.detail.stake", "devices.detail.transfer"}) {
            auto* button = child<QPushButton>(devices, action);
            if (!test::spinUntil([&] { return button->isEnabled(); }, std::chrono::seconds(20))) {
                failures << QStringLiteral("%1: disabled for the first device").arg(QLatin1String(action));
                continue;
            }
            failures << audited<QDialog>(QStringLiteral("device action %1").arg(QLatin1String(action)), devices,
                                         [&] { QTest::mouseClick(button, Qt::LeftButton); }, QStringLiteral("deviceAction"));
        }
        return failures;
    }

    test::GuiDevnet m_net;
    std::unique_ptr<ui::UiSettings> m_settings;
    std::unique_ptr<ui::MainWindow> m_window;
};

QTEST_MAIN(TestAccessibilityDevnet)
#include "tst_accessibility_devnet.moc"
