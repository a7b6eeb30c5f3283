#include "ui/widgets/TopBar.h"

#include "ui/AccountContext.h"
#include "ui/UiSettings.h"
#include "ui/common/Formatting.h"
#include "ui/style/Theme.h"
#include "ui/widgets/SyncBadge.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QToolButton>

namespace plinth::ui {

TopBar::TopBar(UiServices& services, AccountContext& accounts, UiSettings& settings, const QString& networkName,
               std::uint64_t chainId, QWidget* parent)
    : QWidget(parent)
    , m_accounts(accounts)
    , m_settings(settings)
    , m_networkName(networkName)
    , m_chainId(chainId)
    , m_accountLabel(new QLabel(this))
    , m_account(new QComboBox(this))
    , m_network(new QLabel(this))
    , m_badge(new SyncBadge(services.sync, this))
    , m_help(new QToolButton(this))
{
    setObjectName(QStringLiteral("topBar"));
    setAttribute(Qt::WA_StyledBackground);
    if (m_networkName.isEmpty() && services.profile)
        m_networkName = QString::fromStdString(services.profile->name);
    if (m_chainId == 0 && services.profile)
        m_chainId = services.profile->chainId;
    m_accountLabel->setObjectName(QStringLiteral("topBar.accountLabel"));
    m_accountLabel->setBuddy(m_account);
    m_account->setObjectName(QStringLiteral("topBar.account"));
    m_account->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_network->setObjectName(QStringLiteral("topBar.network"));
    m_badge->setObjectName(QStringLiteral("syncBadge")); // the style sheet's role name
    m_help->setObjectName(QStringLiteral("topBar.help"));
    m_help->setPopupMode(QToolButton::InstantPopup);
    m_help->setAutoRaise(true);
    paintIcons();
    m_help->setIconSize(QSize(20, 20));
    auto* menu = new QMenu(m_help);
    menu->setObjectName(QStringLiteral("topBar.helpMenu"));
    m_help->setMenu(menu);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(16, 8, 12, 8);
    layout->setSpacing(8);
    layout->addWidget(m_accountLabel);
    layout->addWidget(m_account);
    layout->addSpacing(12);
    layout->addWidget(m_network);
    layout->addStretch(1);
    layout->addWidget(m_badge);
    layout->addWidget(m_help);
    m_layout = layout;

    connect(&m_accounts, &AccountContext::accountsChanged, this, &TopBar::fillAccounts);
    connect(&m_accounts, &AccountContext::currentChanged, this, [this] {
        fillAccounts();
        if (auto current = m_accounts.current())
            m_settings.setLastAccount(fullAddress(*current));
    });
    connect(m_account, &QComboBox::activated, this, [this](int index) {
        const auto address = parseAddress(m_account->itemData(index).toString().toStdString());
        if (address)
            m_accounts.setCurrent(*address);
    });
    // The last session's account becomes current once the list holds it.
    if (const QString last = m_settings.lastAccount(); !last.isEmpty())
        if (auto address = parseAddress(last.toStdString()))
            m_accounts.setPreferred(*address);
    retranslate();
    fillAccounts();
}

void TopBar::fillAccounts()
{
    const QSignalBlocker block(m_account);
    m_account->clear();
    int currentIndex = -1;
    for (const VaultAccount& a : m_accounts.accounts()) {
        const QString label = QString::fromStdString(a.label);
        //: an account in the switcher: %1 is its label, %2 its short address
        const QString text = label.isEmpty() ? shortAddress(a.address) : tr("%1 · %2").arg(label, shortAddress(a.address));
        m_account->addItem(text, fullAddress(a.address));
        m_account->setItemData(m_account->count() - 1, fullAddress(a.address), Qt::ToolTipRole);
        if (m_accounts.current() && *m_accounts.current() == a.address)
            currentIndex = m_account->count() - 1;
    }
    m_account->setCurrentIndex(currentIndex);
    m_account->setEnabled(m_account->count() > 0);
    if (m_account->count() == 0)
        m_account->setPlaceholderText(tr("No accounts yet"));
}

void TopBar::paintIcons()
{
    m_iconMode = static_cast<int>(Theme::current());
    m_help->setIcon(Theme::icon(QStringLiteral(":/icons/help.svg")));
}

void TopBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange && m_iconMode != static_cast<int>(Theme::current()))
        paintIcons();
    QWidget::changeEvent(event);
}

void TopBar::retranslate()
{
    m_accountLabel->setText(tr("&Account:"));
    m_account->setAccessibleName(tr("Current account"));
    if (m_networkName.isEmpty()) {
        m_network->setText(tr("No network"));
        m_network->setToolTip(tr("Start Plinth with --network to choose a network."));
    } else {
        m_network->setText(m_networkName);
        //: %1 is the network's name, %2 its chain id
        m_network->setToolTip(tr("Network %1, chain id %2").arg(m_networkName).arg(m_chainId));
    }
    m_network->setAccessibleName(m_network->toolTip());
    m_help->setToolTip(tr("Help"));
    m_help->setAccessibleName(tr("Help"));
    QMenu* menu = m_help->menu();
    menu->clear();
    QAction* shortcuts = menu->addAction(tr("&Keyboard shortcuts"), this, &TopBar::shortcutsRequested);
    shortcuts->setObjectName(QStringLiteral("topBar.help.shortcuts"));
    QAction* about = menu->addAction(tr("&About Plinth"), this, &TopBar::aboutRequested);
    about->setObjectName(QStringLiteral("topBar.help.about"));
}

void TopBar::addActionButton(QAction* action, const QString& objectName)
{
    auto* button = new QToolButton(this);
    button->setObjectName(objectName);
    button->setDefaultAction(action);
    button->setAutoRaise(true);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setIconSize(QSize(20, 20));
    m_layout->insertWidget(m_layout->indexOf(m_help), button);
}

} // namespace plinth::ui
