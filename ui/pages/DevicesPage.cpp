#include "ui/pages/DevicesPage.h"

#include "ui/common/Formatting.h"
#include "ui/common/GuiCallback.h"
#include "ui/dialogs/DeviceActionDialog.h"
#include "ui/dialogs/OnboardingWizard.h"
#include "ui/dialogs/TransactionConfirmDialog.h"
#include "ui/models/DevicesFilterModel.h"
#include "ui/models/DevicesModel.h"
#include "ui/widgets/DeviceDetailPanel.h"
#include "wallet/api/NetworkActions.h"

#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace plinth::ui {
namespace {

std::uint64_t now() { return static_cast<std::uint64_t>(QDateTime::currentSecsSinceEpoch()); }

unsigned decimalsOf(const UiServices& s) { return s.profile ? s.profile->token.decimals : 18; }
QString symbolOf(const UiServices& s) { return s.profile ? QString::fromStdString(s.profile->token.symbol) : QString(); }

} // namespace

DevicesPage::DevicesPage(UiServices& services, AccountContext& accounts, QWidget* parent)
    : QWidget(parent), m_services(services), m_accounts(accounts),
      m_model(new DevicesModel(decimalsOf(services), symbolOf(services), this)), m_proxy(new DevicesFilterModel(this)),
      m_title(new QLabel(this)), m_filter(new QLineEdit(this)), m_kind(new QComboBox(this)), m_status(new QComboBox(this)),
      m_onboard(new QPushButton(this)), m_verified(new QLabel(this)), m_count(new QLabel(this)), m_state(new QLabel),
      m_stack(new QStackedWidget(this)), m_table(new QTableView),
      m_detail(new DeviceDetailPanel(decimalsOf(services), symbolOf(services)))
{
    setObjectName(QStringLiteral("page.devices"));
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_filter->setObjectName(QStringLiteral("devices.filter"));
    m_filter->setClearButtonEnabled(true);
    m_kind->setObjectName(QStringLiteral("devices.kind"));
    m_status->setObjectName(QStringLiteral("devices.status"));
    m_onboard->setObjectName(QStringLiteral("devices.onboard"));
    m_verified->setObjectName(QStringLiteral("devices.verified"));
    m_verified->setProperty("plinthRole", QStringLiteral("caption"));
    m_count->setObjectName(QStringLiteral("devices.count"));
    m_count->setProperty("plinthRole", QStringLiteral("caption"));
    m_state->setObjectName(QStringLiteral("devices.state"));
    m_state->setProperty("plinthRole", QStringLiteral("stateMessage"));
    m_state->setWordWrap(true);
    m_state->setAlignment(Qt::AlignCenter);
    m_table->setObjectName(QStringLiteral("devices.table"));

    m_proxy->setSourceModel(m_model);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(DevicesModel::Earned, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);

    for (int kind = 0; kind <= 5; ++kind)
        m_kind->addItem(QString(), kind);
    m_kind->insertItem(0, QString(), -1);
    m_kind->setCurrentIndex(0);
    for (int status : {-1, int(DeviceStatus::Active), int(DeviceStatus::Offline), int(DeviceStatus::Retired)})
        m_status->addItem(QString(), status);

    auto* controls = new QHBoxLayout;
    controls->setSpacing(8);
    controls->addWidget(m_filter, 2);
    controls->addWidget(m_kind);
    controls->addWidget(m_status);
    controls->addStretch(1);
    controls->addWidget(m_onboard);
    auto* captions = new QHBoxLayout;
    captions->addWidget(m_count);
    captions->addStretch(1);
    captions->addWidget(m_verified);

    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    // The panel keeps the width a full address needs (the table scrolls instead); the table gets the rest.
    m_detail->setMinimumWidth(460);
    m_detail->setMaximumWidth(560);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setChildrenCollapsible(false);
    m_stack->addWidget(m_state);
    m_stack->addWidget(splitter);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->setSpacing(12);
    layout->addWidget(m_title);
    layout->addLayout(controls);
    layout->addLayout(captions);
    layout->addWidget(m_stack, 1);
    setTabOrder(m_filter, m_kind);
    setTabOrder(m_kind, m_status);
    setTabOrder(m_status, m_onboard);
    setTabOrder(m_onboard, m_table);

    auto* find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, m_filter, [this] { m_filter->setFocus(Qt::ShortcutFocusReason); });
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setText(text);
        updateCount();
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setKind(m_kind->currentData().toInt());
        updateCount();
    });
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setStatus(m_status->currentData().toInt());
        updateCount();
    });
    connect(m_onboard, &QPushButton::clicked, this, &DevicesPage::openOnboarding);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DevicesPage::selectionChanged);
    connect(m_detail, &DeviceDetailPanel::updateRequested, this, [this] { openAction(int(DeviceActionDialog::Mode::Update)); });
    connect(m_detail, &DeviceDetailPanel::transferRequested, this, [this] { openAction(int(DeviceActionDialog::Mode::Transfer)); });
    connect(m_detail, &DeviceDetailPanel::stakeRequested, this, [this] { openAction(int(DeviceActionDialog::Mode::Stake)); });
    connect(m_detail, &DeviceDetailPanel::retireRequested, this, &DevicesPage::retire);
    connect(&m_accounts, &AccountContext::currentChanged, this, &DevicesPage::reload);

    if (m_services.network)
        m_changed = m_services.network->handleChanged(onGui(this, [this](const NetworkChange& change) {
            if (change.devices || change.earnings || change.rolledBack)
                reload();
        }));
    retranslate();
    reload();
}

DevicesPage::~DevicesPage() = default;

void DevicesPage::setEmptyTexts(const QString& title, const QString& message)
{
    m_title->setText(title);
    setAccessibleName(title);
    m_waitingText = message;
}

void DevicesPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DevicesPage::retranslate()
{
    if (m_title->text().isEmpty())
        m_title->setText(tr("Devices"));
    m_filter->setPlaceholderText(tr("Filter by address, region, kind or status (Ctrl+F)"));
    m_filter->setAccessibleName(tr("Filter devices"));
    m_kind->setAccessibleName(tr("Kind of device"));
    m_status->setAccessibleName(tr("Device status"));
    m_kind->setItemText(0, tr("Any kind"));
    for (int i = 1; i < m_kind->count(); ++i)
        m_kind->setItemText(i, DevicesModel::kindText(static_cast<std::uint8_t>(m_kind->itemData(i).toInt())));
    m_status->setItemText(0, tr("Any status"));
    m_status->setItemText(1, tr("Active"));
    m_status->setItemText(2, tr("Offline"));
    m_status->setItemText(3, tr("Retired"));
    m_onboard->setText(tr("&Onboard a device…"));
    m_onboard->setAccessibleName(tr("Onboard a device"));
    m_table->setAccessibleName(tr("Devices of this account"));
    m_state->setAccessibleName(tr("Devices state"));
    Q_EMIT m_model->headerDataChanged(Qt::Horizontal, 0, DevicesModel::ColumnCount - 1);
    updateCount();
}

void DevicesPage::showState(const QString& sentence)
{
    m_state->setText(sentence);
    m_stack->setCurrentWidget(m_state);
}

void DevicesPage::showTable() { m_stack->setCurrentIndex(1); }

void DevicesPage::updateCount()
{
    if (!m_model->verifiedAt()) {
        m_count->clear();
        m_verified->clear();
        return;
    }
    const int all = m_model->rowCount(), shown = m_proxy->rowCount();
    //: %1 devices shown after filtering, %2 all the account's devices
    const QString filtered = tr("Showing %1 of %2 devices").arg(formatCount(std::uint64_t(shown)), formatCount(std::uint64_t(all)));
    m_count->setText(all == shown ? tr("%Ln device(s)", nullptr, all) : filtered);
    m_verified->setText(verifiedAtText(*m_model->verifiedAt(), now()));
}

void DevicesPage::reload()
{
    m_onboard->setEnabled(m_services.hasNetwork() && m_services.onboarding && m_accounts.current());
    if (!m_services.hasNetwork()) {
        m_model->clear();
        updateCount();
        //: %1 why the network could not be opened
        const QString failed = tr("The network could not be opened: %1").arg(m_services.networkError);
        const QString waiting = m_waitingText.isEmpty() ? tr("Choose a network in Settings to see your devices.") : m_waitingText;
        showState(m_services.networkError.isEmpty() ? waiting : failed);
        return;
    }
    const auto owner = m_accounts.current();
    if (!owner) {
        m_model->clear();
        updateCount();
        showState(tr("This wallet has no account yet: create or restore one to see its devices."));
        return;
    }
    if (!m_model->verifiedAt())
        showState(tr("Reading the verified cache…"));
    const std::uint64_t id = ++m_listRequest;
    m_services.network->devices(*owner, onGui(this, [this, id, owner](Result<DevicesSnapshot> r) {
        if (id != m_listRequest)
            return;
        if (!r) {
            m_model->clear();
            updateCount();
            if (r.error().code == ErrorCode::NotFound)
                showState(tr("Nothing is verified yet: your devices appear here after the first sync."));
            else
                //: %1 why the devices could not be read
                showState(tr("Your devices could not be read: %1").arg(QString::fromStdString(r.error().message)));
            return;
        }
        const auto selected = selectedDevice();
        m_model->setSnapshot(*r);
        updateCount();
        if (r->devices.empty()) {
            //: %1 the account's address
            showState(tr("Account %1 has no devices yet. Use “Onboard a device…” to register one.").arg(fullAddress(*owner)));
            m_detail->showNothing();
            return;
        }
        showTable();
        if (selected && m_model->rowOf(*selected) >= 0)
            loadDetail(); // the same device, read again: its rewards may have changed
        else if (!selected)
            m_table->selectRow(0);
        else
            m_detail->showNothing();
    }));
}

std::optional<Address> DevicesPage::selectedDevice() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    const QModelIndex source = m_proxy->mapToSource(current);
    if (!source.isValid() || source.row() >= m_model->rowCount())
        return std::nullopt;
    return m_model->device(source.row()).address;
}

void DevicesPage::selectionChanged()
{
    loadDetail();
}

void DevicesPage::loadDetail()
{
    const auto device = selectedDevice();
    const std::uint64_t id = ++m_detailRequest;
    if (!device || !m_services.network) {
        m_detail->showNothing();
        return;
    }
    if (!m_detail->detail() || m_detail->detail()->device.address != *device)
        m_detail->showLoading();
    m_services.network->device(*device, onGui(this, [this, id](Result<DeviceDetail> r) {
        if (id != m_detailRequest)
            return;
        if (!r)
            return m_detail->showError(QString::fromStdString(r.error().message));
        const auto account = m_accounts.current();
        const bool mine = account && r->device.owner == *account && r->device.status != DeviceStatus::Retired;
        m_detail->showDetail(*r, mine);
    }));
}

void DevicesPage::openAction(int mode)
{
    const auto account = m_accounts.current();
    if (!account || !m_detail->detail() || !m_services.hasNetwork())
        return;
    auto* dialog = new DeviceActionDialog(m_services, *account, m_detail->detail()->device,
                                          static_cast<DeviceActionDialog::Mode>(mode), this);
    dialog->open();
}

void DevicesPage::retire()
{
    const auto account = m_accounts.current();
    if (!account || !m_detail->detail() || !m_services.hasNetwork())
        return;
    const Address device = m_detail->detail()->device.address;
    auto* confirm = new TransactionConfirmDialog(
        m_services, *account,
        //: %1 the device's address
        NetworkAction{tr("Retire device %1 for good: its token is burnt and it can never register again").arg(fullAddress(device)).toStdString(),
                      DeviceRetireAction{device}},
        this);
    confirm->open();
}

void DevicesPage::openOnboarding()
{
    const auto account = m_accounts.current();
    if (!account || !m_services.hasNetwork() || !m_services.onboarding)
        return;
    auto* wizard = new OnboardingWizard(m_services, *account, this);
    connect(wizard, &OnboardingWizard::registered, this, &DevicesPage::reload);
    wizard->open();
}

} // namespace plinth::ui
