#include "ui/pages/GovernancePage.h"

#include "ui/common/ActionFlow.h"
#include "ui/common/Formatting.h"
#include "ui/common/GuiCallback.h"
#include "ui/dialogs/DelegateVotesDialog.h"
#include "ui/dialogs/VoteDialog.h"
#include "ui/models/ProposalsModel.h"
#include "ui/pages/EmptyStatePage.h"
#include "ui/widgets/ProposalDelegate.h"
#include "ui/widgets/ProposalDetailPanel.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

namespace plinth::ui {

GovernancePage::GovernancePage(UiServices& services, AccountContext& accounts, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_accounts(accounts)
    , m_empty(new EmptyStatePage(QStringLiteral("governance.empty"), this))
    , m_stack(new QStackedWidget(this))
    , m_model(new ProposalsModel(this))
    , m_clockTimer(new QTimer(this))
    , m_refresh([this] { read(); })
{
    setObjectName(QStringLiteral("page.governance"));
    auto* content = new QWidget;
    m_title = new QLabel(content);
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_verified = new QLabel(content);
    m_verified->setObjectName(QStringLiteral("mutedNote"));
    m_status = new QLabel(content);
    m_status->setObjectName(QStringLiteral("governance.status"));
    m_status->setWordWrap(true);
    m_status->hide();
    m_listEmpty = new QLabel(tr("No proposals yet: a proposal appears here once it is created on the governor."), content);
    m_listEmpty->setObjectName(QStringLiteral("mutedNote"));
    m_listEmpty->setWordWrap(true);
    m_listEmpty->hide();

    m_list = new QListView(content);
    m_list->setObjectName(QStringLiteral("governance.list"));
    m_list->setAccessibleName(tr("Proposals"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new ProposalDelegate(m_list));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setMinimumWidth(340);
    m_detail = new ProposalDetailPanel(content);

    auto* splitter = new QSplitter(Qt::Horizontal, content);
    auto* left = new QWidget(splitter);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_listEmpty);
    leftLayout->addWidget(m_list, 1);
    splitter->addWidget(left);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);

    auto* delegateVotes = new QPushButton(tr("De&legate votes…"), content);
    delegateVotes->setObjectName(QStringLiteral("governance.delegateVotes"));
    delegateVotes->setAccessibleName(tr("Delegate votes"));
    delegateVotes->setToolTip(tr("Choose who votes with your tokens: yourself or another address"));
    connect(delegateVotes, &QPushButton::clicked, this, &GovernancePage::delegateVotes);
    auto* header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addStretch(1);
    header->addWidget(m_verified);
    header->addWidget(delegateVotes);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->setSpacing(8);
    layout->addLayout(header);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);

    m_stack->addWidget(m_empty);
    m_stack->addWidget(content);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
        if (const Proposal* p = m_model->proposal(current.row()); p && (!m_selected || *m_selected != p->id)) {
            m_selected = p->id;
            loadDetail(p->id);
        }
    });
    connect(m_detail, &ProposalDetailPanel::voteRequested, this, &GovernancePage::vote);
    connect(m_detail, &ProposalDetailPanel::simulateRequested, this, &GovernancePage::simulate);
    connect(m_detail, &ProposalDetailPanel::queueRequested, this, [this] {
        //: %1 the proposal's title
        if (const auto& d = m_detail->detail())
            confirm(NetworkAction{tr("Queue %1 in the timelock").arg(QString::fromStdString(d->proposal.title)).toStdString(),
                                  QueueAction{d->proposal.actions, d->proposal.description}});
    });
    connect(m_detail, &ProposalDetailPanel::executeRequested, this, [this] {
        //: %1 the proposal's title
        if (const auto& d = m_detail->detail())
            confirm(NetworkAction{tr("Execute %1").arg(QString::fromStdString(d->proposal.title)).toStdString(),
                                  ExecuteAction{d->proposal.actions, d->proposal.description}});
    });
    connect(m_detail, &ProposalDetailPanel::delegateRequested, this, [this] {
        if (const auto account = m_accounts.current())
            //: %1 the account's own address
            confirm(DelegateVotesDialog::delegationAction(*account, *account));
    });
    connect(m_detail, &ProposalDetailPanel::changeDelegateRequested, this, &GovernancePage::delegateVotes);
    connect(&m_accounts, &AccountContext::currentChanged, this, [this] {
        if (m_selected)
            loadDetail(*m_selected);
        else
            reload();
    });

    m_clockTimer->setInterval(1000);
    connect(m_clockTimer, &QTimer::timeout, this, &GovernancePage::tick);
    m_clockTimer->start();
    if (m_services.network)
        m_changed = m_services.network->handleChanged(onGui(this, [this](const NetworkChange& change) {
            if (change.proposals)
                reload();
        }));
    // Only the clock moved: the states may have (the detail follows when its proposal's did).
    if (m_services.sync)
        m_newHead = m_services.sync->handleCacheChanged(onGui(this, [this](const CacheChange&) { refreshForClock(); }));
    m_waitingText = tr("Reading the verified cache…");
    reload();
}

GovernancePage::~GovernancePage() = default;

void GovernancePage::setEmptyTexts(const QString& title, const QString& message)
{
    m_title->setText(title);
    m_waitingText = message;
    setAccessibleName(title);
    // Called again on a language change: read again so that every sentence on screen is retranslated.
    reload();
}

TokenUnits GovernancePage::units() const { return tokenUnits(m_services); }

void GovernancePage::showMessage(const QString& message)
{
    m_empty->setTexts(m_title->text(), message);
    m_stack->setCurrentWidget(m_empty);
    m_shownAt.reset();
}

void GovernancePage::reload()
{
    m_detailStale = true;
    m_refresh.request();
}

void GovernancePage::refreshForClock() { m_refresh.request(); }

void GovernancePage::read()
{
    if (!m_services.hasNetwork()) {
        showMessage(m_services.networkError.isEmpty() ? m_waitingText : m_services.networkError);
        return m_refresh.finish();
    }
    const quint64 generation = ++m_generation;
    const bool detailStale = std::exchange(m_detailStale, false);
    if (!m_shownAt)
        showMessage(tr("Reading the verified cache…"));
    m_services.network->proposals(onGui(this, [this, generation, detailStale](Result<ProposalsSnapshot> r) {
        if (generation == m_generation)
            showProposals(std::move(r), detailStale);
        m_refresh.finish(); // a queued read starts now
    }));
}

void GovernancePage::showProposals(Result<ProposalsSnapshot> r, bool detailStale)
{
    if (!r) {
        //: %1 the core's reason
        const QString failed = tr("Could not read the proposals from the verified cache: %1").arg(QString::fromStdString(r.error().message));
        return showMessage(r.error().code == ErrorCode::NotFound ? tr("Nothing is verified yet: the proposals appear after the first sync.")
                                                                 : failed);
    }
    // The clock restarts only on another block (a read of the same block must not set it back).
    if (!m_shownAt || m_shownAt->block != r->at.block)
        m_clock.set(r->at.timestamp);
    m_shownAt = r->at;
    const TokenUnits t = units();
    m_model->setProposals(std::move(r->proposals), t.decimals, t.symbol, m_clock.now());
    m_listEmpty->setVisible(m_model->rowCount() == 0);
    m_list->setVisible(m_model->rowCount() > 0);
    m_stack->setCurrentIndex(1);
    // Keep the selection across reloads; the detail is read again for the new tallies or state.
    const int row = m_selected ? m_model->rowOf(*m_selected) : -1;
    const int pick = row >= 0 ? row : (m_model->rowCount() > 0 ? 0 : -1);
    if (pick >= 0) {
        const Proposal& p = *m_model->proposal(pick);
        const auto& shown = m_detail->detail();
        const bool moved = !shown || shown->proposal.id != p.id || shown->proposal.state != p.state || shown->proposal.eta != p.eta
                           || shown->proposal.forVotes != p.forVotes || shown->proposal.againstVotes != p.againstVotes
                           || shown->proposal.abstainVotes != p.abstainVotes;
        const UInt256 id = p.id;
        m_selected = id;
        m_list->selectionModel()->setCurrentIndex(m_model->index(pick), QItemSelectionModel::ClearAndSelect);
        if (detailStale || moved)
            loadDetail(id);
    }
    tick();
}

void GovernancePage::loadDetail(const UInt256& id)
{
    if (!m_services.hasNetwork())
        return;
    const quint64 generation = ++m_detailGeneration;
    // First out of the cache alone (at once, even with every endpoint down), then again with the proofs
    // of the parameters' values, which wait for the network. The service's worker answers in order.
    for (const auto proofs : {NetworkServices::ParameterProofs::Skip, NetworkServices::ParameterProofs::Prove}) {
        const bool proving = proofs == NetworkServices::ParameterProofs::Skip;
        m_services.network->proposal(id, m_accounts.current(), proofs,
                                     onGui(this, [this, generation, proving](Result<ProposalDetail> r) {
            if (generation != m_detailGeneration)
                return;
            if (!r) {
                //: %1 the core's reason
                m_status->setText(tr("Could not read the proposal from the verified cache: %1").arg(QString::fromStdString(r.error().message)));
                m_status->show();
                return;
            }
            m_detail->setDetail(std::move(*r), units(), m_clock.now(), proving);
        }));
    }
}

void GovernancePage::tick()
{
    if (!m_clock.valid() || !m_shownAt)
        return;
    const std::uint64_t before = m_model->now();
    const std::uint64_t now = m_clock.now();
    m_model->setNow(now);
    m_detail->setNow(now);
    m_verified->setText(verifiedAtText(*m_shownAt, now));
    // A vote start, vote end or eta just passed: the verified state is read again.
    if (m_model->boundaryBetween(before, now))
        refreshForClock();
}

QString GovernancePage::voteText(VoteSupport support, const QString& title)
{
    switch (support) {
    //: %1 the proposal's title
    case VoteSupport::For: return tr("Vote for %1").arg(title);
    //: %1 the proposal's title
    case VoteSupport::Against: return tr("Vote against %1").arg(title);
    case VoteSupport::Abstain: break;
    }
    //: %1 the proposal's title
    return tr("Abstain on %1").arg(title);
}

void GovernancePage::vote()
{
    const auto& d = m_detail->detail();
    if (!d || !d->impact)
        return;
    auto* dialog = new VoteDialog(QString::fromStdString(d->proposal.title), *d->impact, d->proposal.snapshot < d->at.timestamp, units(), this);
    const UInt256 id = d->proposal.id;
    const QString title = QString::fromStdString(d->proposal.title);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id, title] {
        const VoteSupport s = dialog->support();
        confirm(NetworkAction{voteText(s, title).toStdString(), VoteAction{id, s, dialog->reason()}});
    });
    dialog->open();
}

void GovernancePage::simulate()
{
    const auto& d = m_detail->detail();
    if (!d || !m_services.transactions)
        return;
    m_detail->showSimulating();
    const UInt256 id = d->proposal.id;
    m_services.transactions->simulateProposal(d->proposal.actions, onGui(this, [this, id](Result<ProposalSimulation> r) {
        const auto& now = m_detail->detail();
        if (!now || now->proposal.id != id)
            return; // another proposal is shown now
        //: %1 the reason
        if (!r)
            return m_detail->showSimulationError(tr("The node could not run the simulation: %1").arg(QString::fromStdString(r.error().message)));
        m_detail->showSimulation(*r);
    }));
}

void GovernancePage::delegateVotes()
{
    const std::optional<Address> account = m_accounts.current();
    if (!m_services.hasNetwork()) {
        m_status->setText(tr("Choose a network first (Settings): votes are delegated on a network's token."));
        m_status->show();
        return;
    }
    if (!account) {
        m_status->setText(tr("Open an account first: votes are delegated per account."));
        m_status->show();
        return;
    }
    auto* dialog = new DelegateVotesDialog(m_services, *account, this);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { confirm(dialog->action()); });
    dialog->open();
}

void GovernancePage::confirm(NetworkAction action)
{
    if (const std::optional<Address> account = m_accounts.current())
        confirmAction(this, m_services, *account, std::move(action), m_status, [this] { reload(); });
}

} // namespace plinth::ui
