#include "ui/MainWindow.h"

#include "ui/AccountContext.h"
#include "ui/LockController.h"
#include "ui/UiSettings.h"
#include "ui/common/GuiCallback.h"
#include "ui/pages/ActivityPage.h"
#include "ui/pages/DevicesPage.h"
#include "ui/pages/EarningsPage.h"
#include "ui/pages/GovernancePage.h"
#include "ui/pages/OverviewPage.h"
#include "ui/pages/SendReceivePage.h"
#include "ui/pages/SettingsPage.h"
#include "ui/pages/StakingPage.h"
#include "ui/widgets/BackupPanel.h"
#include "ui/widgets/Sidebar.h"

#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>

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
    , m_stack(new QStackedWidget(this))
    , m_networkStatus(new QLabel(this))
    , m_syncStatus(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
    m_stack->setObjectName(QStringLiteral("pageStack"));

    // The lock action lives here so that the top bar can place it; until then a small toolbar holds it.
    addAction(m_lock->lockAction());
    auto* toolbar = addToolBar(QString());
    toolbar->setObjectName(QStringLiteral("toolbar.main"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_lock->lockAction());
    m_lock->setIdleTimeout(std::chrono::minutes(m_settings.autoLockMinutes()));

    buildPages();
    connect(m_sidebar, &Sidebar::currentIndexChanged, this, [this](int index) {
        m_stack->setCurrentIndex(index);
        m_settings.setLastPage(index);
    });
    for (int i = 0; i < PageCount; ++i) {
        auto* shortcut = new QShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)), this);
        connect(shortcut, &QShortcut::activated, this, [this, i] { showPage(static_cast<Page>(i)); });
    }

    m_networkStatus->setObjectName(QStringLiteral("status.network"));
    m_syncStatus->setObjectName(QStringLiteral("status.sync"));
    statusBar()->addWidget(m_networkStatus);
    statusBar()->addPermanentWidget(m_syncStatus);
    setGuiExceptionHandler([this](const QString& message) { statusBar()->showMessage(message, 10000); });

    retranslate();
    if (!restoreGeometry(m_settings.windowGeometry()))
        resize(1180, 760);
    const int last = m_settings.lastPage();
    showPage(last >= 0 && last < PageCount ? static_cast<Page>(last) : Overview);
    m_accounts->refresh();
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
    auto* settingsPage = new SettingsPage(m_context.languages, m_settings.language(), m_stack);
    connect(settingsPage, &SettingsPage::languageChangeRequested, this, [this](const QString& code) {
        m_settings.setLanguage(code);
        Q_EMIT languageChangeRequested(code);
    });
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
    if (m_context.networkName.isEmpty())
        m_networkStatus->setText(tr("No network selected"));
    else
        //: %1 is the network's name, %2 its chain id
        m_networkStatus->setText(tr("Network: %1 (chain %2)").arg(m_context.networkName).arg(m_context.chainId));
    m_syncStatus->setText(tr("Not synced"));
}

} // namespace plinth::ui
