#include "ui/MainWindow.h"

#include "ui/AccountContext.h"
#include "ui/EventNotifier.h"
#include "ui/SyncController.h"
#include "ui/TrayNotifier.h"
#include "ui/LockController.h"
#include "ui/UiSettings.h"
#include "ui/common/GuiCallback.h"
#include "ui/dialogs/HelpDialog.h"
#include "ui/pages/ActivityPage.h"
#include "ui/pages/DevicesPage.h"
#include "ui/pages/EarningsPage.h"
#include "ui/pages/GovernancePage.h"
#include "ui/pages/OverviewPage.h"
#include "ui/pages/SendReceivePage.h"
#include "ui/pages/SettingsPage.h"
#include "ui/pages/StakingPage.h"
#include "ui/style/Theme.h"
#include "ui/widgets/BackupPanel.h"
#include "ui/widgets/Sidebar.h"
#include "ui/widgets/TopBar.h"

#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QHBoxLayout>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyleHints>
#include <QVBoxLayout>

namespace plinth::ui {
namespace {

struct PageInfo {
    const char* id;
    const char* icon;
};

// Sidebar order; ids name the widgets ("nav.<id>", "page.<id>").
constexpr PageInfo kPages[MainWindow::PageCount] = {
    {"overview", ":/icons/nav-overview.svg"},   {"devices", ":/icons/nav-devices.svg"},
    {"earnings", ":/icons/nav-earnings.svg"},   {"staking", ":/icons/nav-staking.svg"},
    {"governance", ":/icons/nav-governance.svg"}, {"activity", ":/icons/nav-activity.svg"},
    {"sendReceive", ":/icons/nav-send-receive.svg"}, {"settings", ":/icons/nav-settings.svg"},
};

} // namespace

MainWindow::MainWindow(const WindowContext& context, UiServices& services, UiSettings& settings, QWidget* parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_services(services)
    , m_settings(settings)
    , m_accounts(new AccountContext(*services.wallet, this))
    , m_lock(new LockController(*services.wallet, this))
    , m_sidebar(new Sidebar(this))
    , m_topBar(new TopBar(services, *m_accounts, settings, context.networkName, context.chainId, this))
    , m_stack(new QStackedWidget(this))
    , m_syncController(std::make_unique<SyncController>(context.followSync ? services.sync : nullptr))
    , m_notifier(new EventNotifier(services, *m_accounts, this))
    , m_tray(new TrayNotifier(*m_notifier, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    auto* right = new QVBoxLayout;
    right->setContentsMargins(0, 0, 0, 0);
    right->setSpacing(0);
    right->addWidget(m_topBar);
    right->addWidget(m_stack, 1);
    layout->addLayout(right, 1);
    setCentralWidget(central);
    setTabOrder(m_sidebar, m_topBar);
    m_stack->setObjectName(QStringLiteral("pageStack"));

    // The lock action (Ctrl+L) is the window's, so that it works on every page; the top bar shows it.
    addAction(m_lock->lockAction());
    m_topBar->addActionButton(m_lock->lockAction(), QStringLiteral("topBar.lock"));
    m_lock->setIdleTimeout(std::chrono::minutes(m_settings.autoLockMinutes()));

    buildPages();
    connect(m_sidebar, &Sidebar::currentIndexChanged, this, [this](int index) {
        m_stack->setCurrentIndex(index);
        m_settings.setLastPage(index);
    });
    buildShortcuts();
    connect(m_topBar, &TopBar::shortcutsRequested, this, [this] { showHelp(HelpDialog::Shortcuts); });
    connect(m_topBar, &TopBar::aboutRequested, this, [this] { showHelp(HelpDialog::About); });
    connect(m_tray, &TrayNotifier::activated, this, &MainWindow::bringToFront);
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    connect(QGuiApplication::styleHints(), &QStyleHints::colorSchemeChanged, this, [this] {
        if (m_settings.theme() == UiSettings::ThemeChoice::System)
            applyTheme(UiSettings::ThemeChoice::System);
    });
#endif

    // The status bar only carries passing messages (an exception's sentence); the state is in the top bar.
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    statusBar()->setSizeGripEnabled(false);
    setGuiExceptionHandler([this](const QString& message) { statusBar()->showMessage(message, 10000); });

    retranslate();
    if (!restoreGeometry(m_settings.windowGeometry()))
        resize(1180, 760);
    const int last = m_settings.lastPage();
    showPage(last >= 0 && last < PageCount ? static_cast<Page>(last) : Overview);
    m_accounts->refresh();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildShortcuts()
{
    for (int i = 0; i < PageCount; ++i) {
        auto* shortcut = new QShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)), this);
        connect(shortcut, &QShortcut::activated, this, [this, i] { showPage(static_cast<Page>(i)); });
    }
    auto* help = new QShortcut(QKeySequence::HelpContents, this);
    connect(help, &QShortcut::activated, this, [this] { showHelp(HelpDialog::Shortcuts); });
    auto* account = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_K), this);
    connect(account, &QShortcut::activated, this, [this] {
        m_topBar->accountSwitcher()->setFocus(Qt::ShortcutFocusReason);
        m_topBar->accountSwitcher()->showPopup();
    });
}

void MainWindow::showHelp(int tab)
{
    const QString names[PageCount] = {tr("Overview"), tr("Devices"),  tr("Earnings"),       tr("Staking"),
                                      tr("Governance"), tr("Activity"), tr("Send & Receive"), tr("Settings")};
    std::vector<HelpDialog::Shortcut> shortcuts;
    for (int i = 0; i < PageCount; ++i)
        //: a keyboard shortcut's action: %1 is a page name
        shortcuts.push_back({QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)), tr("Show %1").arg(names[i])});
    shortcuts.push_back({QKeySequence(Qt::CTRL | Qt::Key_L), tr("Lock the wallet")});
    shortcuts.push_back({QKeySequence(Qt::CTRL | Qt::Key_K), tr("Switch the account")});
    shortcuts.push_back({QKeySequence(QKeySequence::HelpContents), tr("Show this help")});
    shortcuts.push_back({QKeySequence(Qt::Key_Tab), tr("Move to the next control")});
    auto* dialog = new HelpDialog(std::move(shortcuts), static_cast<HelpDialog::Tab>(tab), this);
    dialog->open();
}

void MainWindow::applyTheme(UiSettings::ThemeChoice choice)
{
    if (auto* app = qobject_cast<QApplication*>(QCoreApplication::instance()))
        Theme::apply(*app, choice);
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    // The first sync run starts once there is a window to show its progress; it never blocks this thread.
    m_syncController->start();
}

void MainWindow::buildPages()
{
    for (int i = 0; i < PageCount; ++i)
        m_sidebar->addEntry(QString::fromLatin1(kPages[i].id), QString::fromLatin1(kPages[i].icon));
    m_stack->addWidget(new OverviewPage(m_services, *m_accounts, m_stack));
    m_stack->addWidget(new DevicesPage(m_services, *m_accounts, m_stack));
    m_stack->addWidget(new EarningsPage(m_services, *m_accounts, m_stack));
    m_stack->addWidget(new StakingPage(m_services, *m_accounts, m_stack));
    m_stack->addWidget(new GovernancePage(m_services, *m_accounts, m_stack));
    m_stack->addWidget(new ActivityPage(m_services, *m_accounts, m_stack));
    m_stack->addWidget(new SendReceivePage(m_services, *m_accounts, m_stack));
    auto* settingsPage = new SettingsPage(m_services, *m_accounts, m_settings, m_context.languages, m_stack);
    connect(settingsPage, &SettingsPage::languageChangeRequested, this, &MainWindow::languageChangeRequested);
    connect(settingsPage, &SettingsPage::themeChangeRequested, this, &MainWindow::applyTheme);
    connect(settingsPage, &SettingsPage::autoLockChanged, this,
            [this](int minutes) { m_lock->setIdleTimeout(std::chrono::minutes(minutes)); });
    settingsPage->addSection(new BackupPanel(*m_services.wallet, *m_accounts, *m_lock));
    m_stack->addWidget(settingsPage);
}

void MainWindow::showPage(Page page)
{
    m_sidebar->setCurrentIndex(page);
    m_stack->setCurrentIndex(page);
}

MainWindow::Page MainWindow::currentPage() const { return static_cast<Page>(m_stack->currentIndex()); }

void MainWindow::bringToFront()
{
    if (isMinimized())
        showNormal();
    show();
    raise();
    activateWindow();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_syncController->stop();
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.sync();
    QMainWindow::closeEvent(event);
}

void MainWindow::retranslate()
{
    setWindowTitle(m_context.networkName.isEmpty() ? tr("Plinth")
                                                   : tr("Plinth — %1").arg(m_context.networkName));
    const QString names[PageCount] = {tr("Overview"), tr("Devices"),  tr("Earnings"),       tr("Staking"),
                                      tr("Governance"), tr("Activity"), tr("Send & Receive"), tr("Settings")};
    // What each page will show once the wallet has data; said plainly rather than showing zeros.
    const QString waiting[PageCount] = {
        tr("Your balances, claimable rewards and devices appear here once a wallet is open and synced."),
        tr("The devices you registered appear here once a wallet is open and synced."),
        tr("Rewards per device and epoch appear here once a wallet is open and synced."),
        tr("Your stakes, delegations and unbonding entries appear here once a wallet is open and synced."),
        tr("The network's proposals and your votes appear here once a wallet is open and synced."),
        tr("Your transactions and events appear here once a wallet is open and synced."),
        tr("Sending and receiving become available once a wallet is open."),
        QString()};
    for (int i = 0; i < PageCount; ++i) {
        //: %1 is the page name, %2 the keyboard shortcut
        m_sidebar->setEntryText(i, names[i], tr("%1 (%2)").arg(names[i],
                                                             QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i))
                                                                 .toString(QKeySequence::NativeText)));
    }
    qobject_cast<OverviewPage*>(m_stack->widget(Overview))->setEmptyTexts(names[Overview], waiting[Overview]);
    qobject_cast<DevicesPage*>(m_stack->widget(Devices))->setEmptyTexts(names[Devices], waiting[Devices]);
    qobject_cast<EarningsPage*>(m_stack->widget(Earnings))->setEmptyTexts(names[Earnings], waiting[Earnings]);
    qobject_cast<StakingPage*>(m_stack->widget(Staking))->setEmptyTexts(names[Staking], waiting[Staking]);
    qobject_cast<GovernancePage*>(m_stack->widget(Governance))->setEmptyTexts(names[Governance], waiting[Governance]);
    qobject_cast<ActivityPage*>(m_stack->widget(Activity))->setEmptyTexts(names[Activity], waiting[Activity]);
    qobject_cast<SendReceivePage*>(m_stack->widget(SendReceive))
        ->setEmptyTexts(names[SendReceive], waiting[SendReceive]);
}

} // namespace plinth::ui
