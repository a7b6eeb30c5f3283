#include "ui/pages/StakingPage.h"

#include "ui/common/ActionFlow.h"
#include "ui/common/Formatting.h"
#include "ui/common/GuiCallback.h"
#include "ui/models/SlashesModel.h"
#include "ui/models/StakesModel.h"
#include "ui/models/UnbondingsModel.h"
#include "ui/pages/EmptyStatePage.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

namespace plinth::ui {
namespace {

QLabel* sectionTitle(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(QStringLiteral("sectionTitle"));
    return label;
}

QLabel* note(const QString& id, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QStringLiteral("mutedNote"));
    label->setProperty("role", id);
    label->setWordWrap(true);
    return label;
}

} // namespace

StakingPage::StakingPage(UiServices& services, AccountContext& accounts, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_accounts(accounts)
    , m_empty(new EmptyStatePage(QStringLiteral("staking.empty"), this))
    , m_stack(new QStackedWidget(this))
    , m_stakes(new StakesModel(this))
    , m_unbondings(new UnbondingsModel(this))
    , m_slashes(new SlashesModel(this))
    , m_clockTimer(new QTimer(this))
    , m_refresh([this] { read(); })
{
    setObjectName(QStringLiteral("page.staking"));
    auto* content = new QWidget;
    m_title = new QLabel(content);
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_verified = note(QStringLiteral("verified"), content);
    m_verified->setWordWrap(false);
    m_status = new QLabel(content);
    m_status->setObjectName(QStringLiteral("staking.status"));
    m_status->setWordWrap(true);
    m_status->hide();

    const auto button = [content](const QString& id, const QString& text, const QString& tip) {
        auto* b = new QPushButton(text, content);
        b->setObjectName(id);
        b->setAccessibleName(b->text().remove(QLatin1Char('&')));
        b->setToolTip(tip);
        return b;
    };
    m_stakeButton = button(QStringLiteral("staking.stake"), tr("&Stake…"), tr("Bond tokens on one of your devices"));
    m_delegateButton = button(QStringLiteral("staking.delegate"), tr("&Delegate…"), tr("Bond tokens on someone else's device"));
    m_unstakeButton = button(QStringLiteral("staking.unstake"), tr("&Unstake…"), tr("Request bonded tokens back"));
    m_withdrawButton = button(QStringLiteral("staking.withdraw"), tr("&Withdraw"), tr("Withdraw the selected released entry"));
    auto* actions = new QHBoxLayout;
    actions->setSpacing(8);
    for (QPushButton* b : {m_stakeButton, m_delegateButton, m_unstakeButton, m_withdrawButton})
        actions->addWidget(b);
    actions->addStretch(1);

    m_stakesView = makeTable(QStringLiteral("staking.stakes"), tr("Stakes and delegations"), m_stakes);
    m_unbondingsView = makeTable(QStringLiteral("staking.unbondings"), tr("Unbonding entries"), m_unbondings);
    m_slashesView = makeTable(QStringLiteral("staking.slashes"), tr("Slashes"), m_slashes);
    m_stakesEmpty = note(QStringLiteral("stakesEmpty"), content);
    m_unbondingsEmpty = note(QStringLiteral("unbondingsEmpty"), content);
    m_slashesEmpty = note(QStringLiteral("slashesEmpty"), content);

    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->setSpacing(8);
    auto* header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addStretch(1);
    header->addWidget(m_verified);
    layout->addLayout(header);
    layout->addLayout(actions);
    layout->addWidget(m_status);
    layout->addWidget(sectionTitle(tr("Stakes and delegations"), content));
    layout->addWidget(m_stakesEmpty);
    layout->addWidget(m_stakesView, 5);
    layout->addWidget(sectionTitle(tr("Unbonding"), content));
    layout->addWidget(m_unbondingsEmpty);
    layout->addWidget(m_unbondingsView, 2);
    layout->addWidget(sectionTitle(tr("Slashes"), content));
    layout->addWidget(m_slashesEmpty);
    layout->addWidget(m_slashesView, 2);
    for (QTableView* v : {m_stakesView, m_unbondingsView, m_slashesView})
        v->setParent(content);

    m_stack->addWidget(m_empty);
    m_stack->addWidget(content);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);
    setTabOrder(m_stakeButton, m_delegateButton);
    setTabOrder(m_delegateButton, m_unstakeButton);
    setTabOrder(m_unstakeButton, m_withdrawButton);
    setTabOrder(m_withdrawButton, m_stakesView);
    setTabOrder(m_stakesView, m_unbondingsView);
    setTabOrder(m_unbondingsView, m_slashesView);

    connect(m_stakeButton, &QPushButton::clicked, this, [this] { openStakeDialog(StakeDialog::Kind::Stake); });
    connect(m_delegateButton, &QPushButton::clicked, this, [this] { openStakeDialog(StakeDialog::Kind::Delegate); });
    connect(m_unstakeButton, &QPushButton::clicked, this, [this] { openStakeDialog(StakeDialog::Kind::Unstake); });
    connect(m_withdrawButton, &QPushButton::clicked, this, [this] {
        const QModelIndexList rows = m_unbondingsView->selectionModel()->selectedRows();
        if (rows.isEmpty())
            return;
        auto* proxy = static_cast<QSortFilterProxyModel*>(m_unbondingsView->model());
        const Unbonding* u = m_unbondings->unbonding(proxy->mapToSource(rows.first()).row());
        if (!u)
            return;
        const TokenUnits t = units();
        //: %1 the amount, %2 the unbonding entry's number
        confirm(NetworkAction{tr("Withdraw %1 (unbonding #%2)")
                                  .arg(fullAmount(u->amount, t.decimals, t.symbol), QString::fromStdString(toDecimalString(u->id)))
                                  .toStdString(),
                              WithdrawAction{u->id}});
    });
    connect(m_unbondingsView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &StakingPage::updateActions);
    connect(&m_accounts, &AccountContext::currentChanged, this, [this] {
        ++m_generation; // a read still running is for the account before: its answer is dropped
        reload();
    });

    // The countdowns move on the chain's clock; a tick only updates text, and reads again (through
    // m_refresh) only when a countdown ran out.
    m_clockTimer->setInterval(1000);
    connect(m_clockTimer, &QTimer::timeout, this, &StakingPage::tick);
    m_clockTimer->start();

    if (m_services.network)
        m_changed = m_services.network->handleChanged(onGui(this, [this](const NetworkChange& change) {
            if (change.stakes || change.devices)
                reload();
        }));
    // A new verified head moves the chain's clock even when no stake changed: releases are judged at
    // the new block's time.
    if (m_services.sync)
        m_newHead = m_services.sync->handleCacheChanged(onGui(this, [this](const CacheChange&) { refreshForClock(); }));
    m_waitingText = tr("Reading the verified cache…");
    reload();
}

StakingPage::~StakingPage() = default;

void StakingPage::setEmptyTexts(const QString& title, const QString& message)
{
    m_title->setText(title);
    m_waitingText = message;
    setAccessibleName(title);
    // Called again on a language change: read again so that every sentence on screen is retranslated.
    reload();
}

QTableView* StakingPage::makeTable(const QString& id, const QString& name, QAbstractItemModel* model)
{
    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(model);
    proxy->setSortRole(SnapshotTableModel::kSortRole);
    auto* view = new QTableView(this);
    view->setObjectName(id);
    view->setAccessibleName(name);
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->sortByColumn(0, Qt::AscendingOrder);
    return view;
}

TokenUnits StakingPage::units() const { return tokenUnits(m_services); }

void StakingPage::showMessage(const QString& message)
{
    m_empty->setTexts(m_title->text(), message);
    m_stack->setCurrentWidget(m_empty);
    m_shownAt.reset();
    updateActions();
}

void StakingPage::reload()
{
    m_devicesStale = true;
    m_refresh.request();
}

void StakingPage::refreshForClock() { m_refresh.request(); }

void StakingPage::read()
{
    if (!m_services.hasNetwork()) {
        showMessage(m_services.networkError.isEmpty() ? m_waitingText : m_services.networkError);
        return m_refresh.finish();
    }
    const std::optional<Address> account = m_accounts.current();
    if (!account) {
        showMessage(tr("Add an account to the wallet to see its stakes."));
        return m_refresh.finish();
    }
    const quint64 generation = m_generation;
    if (!m_shownAt)
        showMessage(tr("Reading the verified cache…"));
    // The devices are the stake dialogs' choices: a change notification of theirs reloads; time does not
    // move them.
    if (std::exchange(m_devicesStale, false))
        m_services.network->devices(std::nullopt, onGui(this, [this, generation](Result<DevicesSnapshot> r) {
            if (generation == m_generation && r)
                m_devices = std::move(r->devices);
            updateActions();
        }));
    // The worker answers in order: the stakes come after the devices, and end the read.
    m_services.network->stakes(account, onGui(this, [this, generation](Result<StakesSnapshot> r) {
        if (generation == m_generation) {
            if (r) {
                showStakes(std::move(*r));
            } else {
                //: %1 the core's reason
                const QString failed = tr("Could not read the stakes from the verified cache: %1").arg(QString::fromStdString(r.error().message));
                showMessage(r.error().code == ErrorCode::NotFound ? tr("Nothing is verified yet: the stakes appear after the first sync.")
                                                                  : failed);
            }
        }
        m_refresh.finish();
    }));
}

void StakingPage::showStakes(StakesSnapshot snapshot)
{
    // The clock restarts only on another block: a read of the same block (a countdown ran out before
    // the next block was verified) must not set the countdowns back by the seconds since that block.
    if (!m_shownAt || m_shownAt->block != snapshot.at.block)
        m_clock.set(snapshot.at.timestamp);
    m_shownAt = snapshot.at;
    // Keep the selected entry selected across the model's reset (Withdraw follows it).
    std::optional<UInt256> selected;
    if (const QModelIndexList rows = m_unbondingsView->selectionModel()->selectedRows(); !rows.isEmpty()) {
        auto* proxy = static_cast<QSortFilterProxyModel*>(m_unbondingsView->model());
        if (const Unbonding* u = m_unbondings->unbonding(proxy->mapToSource(rows.first()).row()))
            selected = u->id;
    }
    const TokenUnits t = units();
    m_stakes->setPositions(snapshot.book.positions(), m_accounts.current(), t);
    m_unbondings->setUnbondings(snapshot.book.unbondings(), t, m_clock.now());
    m_slashes->setSlashes(snapshot.book.slashes(), t);
    if (const int row = selected ? m_unbondings->rowOf(*selected) : -1; row >= 0) {
        auto* proxy = static_cast<QSortFilterProxyModel*>(m_unbondingsView->model());
        m_unbondingsView->selectRow(proxy->mapFromSource(m_unbondings->index(row, 0)).row());
    }
    m_stakesEmpty->setText(tr("No stakes or delegations: stake on one of your devices or delegate to another's."));
    m_unbondingsEmpty->setText(tr("No unbonding entries: an unstake request appears here until it is withdrawn."));
    m_slashesEmpty->setText(tr("No slashes concern this account."));
    m_stakesEmpty->setVisible(m_stakes->rowCount() == 0);
    m_stakesView->setVisible(m_stakes->rowCount() > 0);
    m_unbondingsEmpty->setVisible(m_unbondings->rowCount() == 0);
    m_unbondingsView->setVisible(m_unbondings->rowCount() > 0);
    m_slashesEmpty->setVisible(m_slashes->rowCount() == 0);
    m_slashesView->setVisible(m_slashes->rowCount() > 0);
    m_stack->setCurrentIndex(1);
    tick();
}

void StakingPage::tick()
{
    if (!m_clock.valid() || !m_shownAt)
        return;
    const std::uint64_t before = m_unbondings->now();
    const std::uint64_t now = m_clock.now();
    m_unbondings->setNow(now);
    m_verified->setText(verifiedAtText(*m_shownAt, now));
    updateActions();
    // A countdown ran out: read the verified snapshot again, so that the entry's state is the chain's.
    if (m_unbondings->releasedBetween(before, now))
        refreshForClock();
}

void StakingPage::updateActions()
{
    const std::optional<Address> account = m_accounts.current();
    const bool ready = m_shownAt.has_value() && account && m_services.hasNetwork();
    bool bonded = false;
    for (int i = 0; ready && i < m_stakes->rowCount(); ++i)
        bonded |= m_stakes->position(i)->staker == *account && m_stakes->position(i)->amount > 0;
    m_stakeButton->setEnabled(ready);
    m_delegateButton->setEnabled(ready);
    m_unstakeButton->setEnabled(ready && bonded);
    bool withdrawable = false;
    if (ready) {
        const QModelIndexList rows = m_unbondingsView->selectionModel()->selectedRows();
        auto* proxy = static_cast<QSortFilterProxyModel*>(m_unbondingsView->model());
        if (!rows.isEmpty())
            if (const Unbonding* u = m_unbondings->unbonding(proxy->mapToSource(rows.first()).row()))
                withdrawable = u->staker == *account && m_unbondings->status(*u) == UnbondingsModel::Status::Withdrawable;
    }
    m_withdrawButton->setEnabled(withdrawable);
    m_withdrawButton->setToolTip(withdrawable ? tr("Withdraw the selected released entry")
                                              : tr("Select one of your entries whose unbonding period has ended"));
}

void StakingPage::openStakeDialog(StakeDialog::Kind kind)
{
    const std::optional<Address> account = m_accounts.current();
    if (!account)
        return;
    const TokenUnits t = units();
    std::vector<StakeDialog::DeviceChoice> choices;
    if (kind == StakeDialog::Kind::Unstake) {
        for (int i = 0; i < m_stakes->rowCount(); ++i)
            if (const StakePosition* p = m_stakes->position(i); p->staker == *account && p->amount > 0)
                //: %1 an amount of tokens
                choices.push_back({p->device, tr("%1 bonded").arg(formatAmount(p->amount, t.decimals, t.symbol)), p->amount});
    } else {
        for (const Device& d : m_devices)
            if (d.status != DeviceStatus::Retired && (d.owner == *account) == (kind == StakeDialog::Kind::Stake))
                choices.push_back({d.address, QString::fromStdString(d.region), std::nullopt});
    }
    auto* dialog = new StakeDialog(kind, std::move(choices), t, this);
    connect(dialog, &QDialog::accepted, this, [this, dialog, t] {
        const auto device = dialog->device();
        const auto amount = dialog->amount();
        if (!device || !amount)
            return;
        const QString sum = fullAmount(*amount, t.decimals, t.symbol);
        switch (dialog->kind()) {
        case StakeDialog::Kind::Stake:
            //: %1 the amount, %2 the device's address
            return confirm(NetworkAction{tr("Stake %1 on device %2").arg(sum, fullAddress(*device)).toStdString(),
                                         StakeAction{*device, *amount, false}});
        case StakeDialog::Kind::Delegate:
            //: %1 the amount, %2 the device's address
            return confirm(NetworkAction{tr("Delegate %1 to device %2").arg(sum, fullAddress(*device)).toStdString(),
                                         StakeAction{*device, *amount, true}});
        case StakeDialog::Kind::Unstake:
            //: %1 the amount, %2 the device's address
            return confirm(NetworkAction{tr("Unstake %1 from device %2").arg(sum, fullAddress(*device)).toStdString(),
                                         UnstakeAction{*device, *amount}});
        }
    });
    dialog->open();
}

void StakingPage::confirm(NetworkAction action)
{
    if (const std::optional<Address> account = m_accounts.current())
        confirmAction(this, m_services, *account, std::move(action), m_status, [this] { reload(); });
}

} // namespace plinth::ui
