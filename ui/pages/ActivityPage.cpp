#include "ui/pages/ActivityPage.h"

#include "ui/common/Formatting.h"
#include "ui/common/GuiCallback.h"
#include "ui/dialogs/TransactionConfirmDialog.h"
#include "ui/models/ActivityModel.h"
#include "ui/pages/EmptyStatePage.h"
#include "wallet/codec/Hex.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedLayout>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace plinth::ui {
namespace {

QString qs(const std::string& s) { return QString::fromStdString(s); }

} // namespace

ActivityPage::ActivityPage(UiServices& services, AccountContext& accounts, QWidget* parent)
    : QWidget(parent), m_services(services), m_accounts(accounts), m_empty(new EmptyStatePage(QStringLiteral("activity.empty"), this))
{
    setObjectName(QStringLiteral("page.activity"));
    m_stack = new QStackedLayout(this);
    m_stack->addWidget(m_empty);
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(32, 24, 32, 24);
    m_title = new QLabel(content);
    m_title->setObjectName(QStringLiteral("pageTitle"));
    layout->addWidget(m_title);
    m_status = new QLabel(content);
    m_status->setObjectName(QStringLiteral("activity.status"));
    m_status->setAccessibleName(tr("Activity status"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    m_model = new ActivityModel(this);
    m_model->setProfile(services.profile);
    m_sorted = new QSortFilterProxyModel(this);
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(ActivityModel::SortRole);
    m_sorted->sort(ActivityModel::When, Qt::DescendingOrder); // newest first
    m_sorted->setDynamicSortFilter(true);
    m_table = new QTableView(content);
    m_table->setObjectName(QStringLiteral("activity.table"));
    m_table->setAccessibleName(tr("Transactions and events"));
    m_table->setModel(m_sorted);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ActivityModel::What, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);
    m_detail = new QLabel(content);
    m_detail->setObjectName(QStringLiteral("activity.detail"));
    m_detail->setProperty("role", QStringLiteral("error")); // the theme's danger colour
    m_detail->setAccessibleName(tr("Why the selected transaction failed"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->hide();
    layout->addWidget(m_detail);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_speedUp = new QPushButton(tr("S&peed up"), content);
    m_speedUp->setObjectName(QStringLiteral("activity.speedUp"));
    m_speedUp->setAccessibleName(tr("Speed up the selected pending transaction"));
    m_cancel = new QPushButton(tr("&Cancel transaction"), content);
    m_cancel->setObjectName(QStringLiteral("activity.cancel"));
    m_cancel->setAccessibleName(tr("Cancel the selected pending transaction"));
    buttons->addWidget(m_speedUp);
    buttons->addWidget(m_cancel);
    layout->addLayout(buttons);
    m_stack->addWidget(content);

    m_poll = new QTimer(this);
    m_poll->setInterval(2000);
    connect(m_poll, &QTimer::timeout, this, &ActivityPage::readJournal);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ActivityPage::updateButtons);
    connect(m_sorted, &QAbstractItemModel::modelReset, this, &ActivityPage::updateButtons);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ActivityPage::updateDetail);
    connect(m_sorted, &QAbstractItemModel::modelReset, this, &ActivityPage::updateDetail);
    connect(m_speedUp, &QPushButton::clicked, this, [this] { replace(true); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { replace(false); });
    connect(&m_accounts, &AccountContext::currentChanged, this, &ActivityPage::refresh);
    if (m_services.sync)
        m_newHead = m_services.sync->handleCacheChanged(onGui(this, [this](const CacheChange&) { readJournal(); }));
    updateButtons();
    refresh();
}

void ActivityPage::setEmptyTexts(const QString& title, const QString& message)
{
    m_empty->setTexts(title, message);
    m_title->setText(title);
}

void ActivityPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

void ActivityPage::refresh()
{
    const auto current = m_accounts.current();
    const bool usable = current && m_services.hasNetwork();
    m_stack->setCurrentIndex(usable ? 1 : 0);
    if (!usable)
        return;
    m_journalRead = m_claimsRead = m_stakesRead = false;
    m_claimsError.clear();
    m_stakesError.clear();
    updateStatus();
    readJournal();
    const int request = ++m_claimsRequest;
    m_services.network->ledger(*current, onGui(this, [this, request](Result<LedgerSnapshot> r) {
        if (request != m_claimsRequest)
            return;
        m_claimsRead = true;
        if (r)
            m_model->setClaims(r->ledger.claims);
        else
            m_claimsError = qs(r.error().message);
        updateStatus();
    }));
    const Address account = *current;
    m_services.network->stakes(account, onGui(this, [this, request, account](Result<StakesSnapshot> r) {
        if (request != m_claimsRequest)
            return;
        if (r)
            m_model->setStakeEvents(r->book, account);
        else
            m_stakesError = qs(r.error().message);
        m_stakesRead = true;
        updateStatus();
    }));
}

void ActivityPage::readJournal()
{
    const auto current = m_accounts.current();
    if (!current || !m_services.transactions)
        return;
    const int request = ++m_journalRequest;
    m_services.transactions->journal(*current, onGui(this, [this, request](Result<std::vector<JournalEntry>> r) {
        if (request != m_journalRequest)
            return;
        m_journalRead = true;
        if (r) {
            // Keep the selection on the same transaction across the reset.
            const QModelIndexList rows = m_table->selectionModel()->selectedRows();
            const QString selected = rows.isEmpty() ? QString() : rows.front().data(ActivityModel::HashRole).toString();
            m_model->setTransactions(std::move(*r));
            for (int row = 0; !selected.isEmpty() && row < m_sorted->rowCount(); ++row)
                if (m_sorted->index(row, 0).data(ActivityModel::HashRole).toString() == selected)
                    m_table->selectRow(row);
        } else {
            //: %1 why the journal could not be read
            m_status->setText(tr("The transaction journal could not be read: %1").arg(qs(r.error().message)));
            return;
        }
        if (m_model->hasPending())
            m_poll->start();
        else
            m_poll->stop();
        updateStatus();
    }));
}

void ActivityPage::updateStatus()
{
    if (!m_journalRead || !m_claimsRead || !m_stakesRead) {
        m_status->setText(tr("Reading the transaction journal and the verified cache…"));
        return;
    }
    QString text;
    if (m_model->rowCount() == 0)
        text = tr("No activity yet: this account has sent no transaction from this wallet, claimed no rewards and has no unbonding or slash.");
    else
        //: %1 how many transactions this wallet sent from the account, %2 how many reward claims are proven, %3 how many unbonding and slash events
        text = tr("Transactions sent from this wallet: %1. Proven in the verified cache: reward claims %2, unbonding and slash events %3.")
                   .arg(formatCount(m_model->transactionCount()), formatCount(m_model->claimCount()),
                        formatCount(m_model->stakeEventCount()));
    if (!m_claimsError.isEmpty())
        //: %1 why the claims could not be read
        text += QLatin1Char('\n') + tr("The proven claims could not be read: %1").arg(m_claimsError);
    if (!m_stakesError.isEmpty())
        //: %1 why the stakes could not be read
        text += QLatin1Char('\n') + tr("The proven stakes could not be read: %1").arg(m_stakesError);
    m_status->setText(text);
}

void ActivityPage::updateButtons()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const bool pending = !rows.isEmpty() && rows.front().data(ActivityModel::PendingRole).toBool();
    m_speedUp->setEnabled(pending);
    m_cancel->setEnabled(pending);
}

void ActivityPage::updateDetail()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const bool failed = !rows.isEmpty() && !rows.front().data(ActivityModel::ReasonRole).toString().isEmpty();
    m_detail->setText(failed ? rows.front().data(Qt::AccessibleDescriptionRole).toString() : QString());
    m_detail->setVisible(failed);
}

void ActivityPage::replace(bool speedUp)
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const auto current = m_accounts.current();
    if (rows.isEmpty() || !current)
        return;
    auto hash = fromHexFixed<32>(rows.front().data(ActivityModel::HashRole).toString().toStdString());
    if (!hash)
        return;
    auto* dialog = new TransactionConfirmDialog(m_services, *current, ReplacementRequest{*hash, speedUp}, this);
    connect(dialog, &TransactionConfirmDialog::completed, this, [this](bool) { readJournal(); });
    dialog->open();
}

} // namespace plinth::ui
