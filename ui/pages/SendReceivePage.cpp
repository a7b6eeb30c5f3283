#include "ui/pages/SendReceivePage.h"

#include "ui/common/AddressInput.h"
#include "ui/common/Formatting.h"
#include "ui/common/GuiCallback.h"
#include "ui/dialogs/TransactionConfirmDialog.h"
#include "ui/models/AddressBook.h"
#include "ui/pages/EmptyStatePage.h"
#include "ui/widgets/QrCodeWidget.h"
#include "wallet/tx/Amount.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedLayout>
#include <QVBoxLayout>

namespace plinth::ui {
namespace {

QString qs(const std::string& s) { return QString::fromStdString(s); }

template <class W>
W* named(W* widget, const char* name, const QString& accessible)
{
    widget->setObjectName(QLatin1String(name));
    widget->setAccessibleName(accessible);
    return widget;
}

} // namespace

SendReceivePage::SendReceivePage(UiServices& services, AccountContext& accounts, QWidget* parent)
    : QWidget(parent), m_services(services), m_accounts(accounts), m_empty(new EmptyStatePage(QStringLiteral("sendReceive.empty"), this))
{
    setObjectName(QStringLiteral("page.sendReceive"));
    m_book = new AddressBook(services.dataDir, this);
    m_stack = new QStackedLayout(this);
    m_stack->addWidget(m_empty);
    auto* content = new QWidget(this);
    auto* page = new QVBoxLayout(content);
    page->setContentsMargins(32, 24, 32, 24);
    m_title = new QLabel(content);
    m_title->setObjectName(QStringLiteral("pageTitle"));
    page->addWidget(m_title);
    auto* columns = new QHBoxLayout;
    page->addLayout(columns, 1);
    auto* send = new QGroupBox(tr("Send"), content);
    auto* receive = new QGroupBox(tr("Receive"), content);
    buildSend(send);
    buildReceive(receive);
    columns->addWidget(send, 3);
    columns->addWidget(receive, 2);
    m_stack->addWidget(content);
    connect(&m_accounts, &AccountContext::currentChanged, this, &SendReceivePage::accountChanged);
    accountChanged();
}

void SendReceivePage::buildSend(QWidget* box)
{
    auto* form = new QFormLayout(box);
    m_to = named(new QLineEdit(box), "sendReceive.to", tr("Recipient address"));
    m_to->setPlaceholderText(tr("0x… (checksummed or all lower case)"));
    form->addRow(tr("&To:"), m_to);
    m_pick = named(new QComboBox(box), "sendReceive.book", tr("Address book"));
    m_pick->setModel(m_book);
    m_pick->setPlaceholderText(tr("Pick a saved address…"));
    m_pick->setCurrentIndex(-1);
    form->addRow(tr("Saved:"), m_pick);
    connect(m_pick, &QComboBox::activated, this, [this](int row) {
        m_to->setText(m_book->data(m_book->index(row), Qt::UserRole).toString());
        m_error->clear();
    });

    auto* amountRow = new QHBoxLayout;
    m_amount = named(new QLineEdit(box), "sendReceive.amount", tr("Amount"));
    m_amount->setPlaceholderText(tr("0.0"));
    m_asset = named(new QComboBox(box), "sendReceive.asset", tr("Asset"));
    if (m_services.profile) {
        m_asset->addItem(qs(m_services.profile->currency.symbol), false);
        m_asset->addItem(qs(m_services.profile->token.symbol), true);
    }
    m_max = named(new QPushButton(tr("&Max"), box), "sendReceive.max", tr("Use the whole balance"));
    amountRow->addWidget(m_amount, 1);
    amountRow->addWidget(m_asset);
    amountRow->addWidget(m_max);
    auto* amountLabel = new QLabel(tr("&Amount:"), box);
    amountLabel->setBuddy(m_amount); // a row of a layout gets no buddy of its own
    form->addRow(amountLabel, amountRow);
    m_balance = named(new QLabel(box), "sendReceive.balance", tr("Available balance"));
    m_balance->setWordWrap(true);
    form->addRow(QString(), m_balance);

    auto* saveRow = new QHBoxLayout;
    m_label = named(new QLineEdit(box), "sendReceive.label", tr("Name for the address book"));
    m_label->setPlaceholderText(tr("A name for this recipient"));
    m_save = named(new QPushButton(tr("Save to address book"), box), "sendReceive.save", tr("Save to address book"));
    saveRow->addWidget(m_label, 1);
    saveRow->addWidget(m_save);
    auto* nameLabel = new QLabel(tr("&Name:"), box);
    nameLabel->setBuddy(m_label);
    form->addRow(nameLabel, saveRow);

    m_error = named(new QLabel(box), "sendReceive.error", tr("Problem"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    form->addRow(QString(), m_error);
    m_send = named(new QPushButton(tr("&Review and send…"), box), "sendReceive.send", tr("Review and send"));
    form->addRow(QString(), m_send);

    connect(m_asset, &QComboBox::currentIndexChanged, this, &SendReceivePage::showBalance);
    connect(m_max, &QPushButton::clicked, this, &SendReceivePage::fillMax);
    connect(m_save, &QPushButton::clicked, this, &SendReceivePage::saveRecipient);
    connect(m_send, &QPushButton::clicked, this, &SendReceivePage::review);
    connect(m_book, &AddressBook::failed, this, &SendReceivePage::showError);
}

void SendReceivePage::buildReceive(QWidget* box)
{
    auto* layout = new QVBoxLayout(box);
    auto* hint = new QLabel(tr("Your address on this network. Anyone can send to it; only this vault can spend from it."), box);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_address = named(new QLabel(box), "sendReceive.address", tr("Your address"));
    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_address->setWordWrap(true);
    layout->addWidget(m_address);
    m_copy = named(new QPushButton(tr("&Copy address"), box), "sendReceive.copy", tr("Copy address"));
    layout->addWidget(m_copy, 0, Qt::AlignLeft);
    m_qr = named(new QrCodeWidget(box), "sendReceive.qr", tr("QR code of your address"));
    layout->addWidget(m_qr, 1);
    connect(m_copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_address->text()); });
}

void SendReceivePage::setEmptyTexts(const QString& title, const QString& message)
{
    m_empty->setTexts(title, message);
    m_title->setText(title);
}

bool SendReceivePage::token() const { return m_asset->currentData().toBool(); }

void SendReceivePage::showError(const QString& sentence) { m_error->setText(sentence); }

void SendReceivePage::accountChanged()
{
    const auto current = m_accounts.current();
    const bool usable = current && m_services.hasNetwork();
    m_stack->setCurrentIndex(usable ? 1 : 0);
    if (!usable)
        return;
    m_address->setText(fullAddress(*current));
    m_qr->setText(fullAddress(*current));
    refreshBalances();
}

void SendReceivePage::refreshBalances()
{
    const auto current = m_accounts.current();
    if (!current || !m_services.sync)
        return;
    m_balances.reset();
    m_balance->setText(tr("Proving the balances at the verified block…"));
    const int request = ++m_balanceRequest;
    m_services.sync->proveBalances(*current, onGui(this, [this, request](Result<ProvenBalances> r) {
        if (request != m_balanceRequest)
            return;
        if (!r) {
            //: %1 why the balances could not be proven
            m_balance->setText(tr("The balances could not be proven: %1").arg(qs(r.error().message)));
            return;
        }
        m_balances = *r;
        showBalance();
    }));
}

void SendReceivePage::showBalance()
{
    if (!m_balances || !m_services.profile)
        return;
    const NetworkProfile& p = *m_services.profile;
    const ProvenAmount& a = token() ? m_balances->token : m_balances->native;
    const unsigned decimals = token() ? p.token.decimals : p.currency.decimals;
    const QString symbol = qs(token() ? p.token.symbol : p.currency.symbol);
    //: %1 an amount with its symbol, %2 a block number
    m_balance->setText(tr("Available: %1 (proven at block %2)")
                           .arg(formatAmount(a.amount, decimals, symbol, {6, true}), formatCount(a.blockNumber)));
    m_balance->setToolTip(fullAmount(a.amount, decimals, symbol));
}

void SendReceivePage::fillMax()
{
    if (!m_balances || !m_services.profile) {
        showError(tr("The balance is not known yet."));
        return;
    }
    const NetworkProfile& p = *m_services.profile;
    if (token()) {
        m_amount->setText(qs(plinth::formatAmount(m_balances->token.amount, p.token.decimals, std::string_view{})));
        return;
    }
    // The native balance pays the fee too: leave the most a transfer can cost at the fast speed.
    const Address from = *m_accounts.current();
    m_max->setEnabled(false);
    m_error->setText(tr("Working out the most the fee can be…"));
    const UInt256 balance = m_balances->native.amount;
    m_services.transactions->previewAction(
        from, NetworkAction{"max", TransferAction{from, 1, false}}, FeeSpeed::Fast,
        onGui(this, [this, balance](Result<PreviewedPlan> r) {
            m_max->setEnabled(true);
            if (!r || r->steps.empty() || !r->steps.front().call.preview.fees) {
                showError(tr("The fee could not be worked out, so Max cannot be used now."));
                return;
            }
            const UInt256 fee = r->steps.front().call.preview.fees->maximum;
            if (balance <= fee) {
                showError(tr("The balance does not cover a transfer's fee."));
                return;
            }
            m_error->clear();
            m_amount->setText(qs(plinth::formatAmount(balance - fee, m_services.profile->currency.decimals, std::string_view{})));
        }));
}

void SendReceivePage::saveRecipient()
{
    const AddressInput address = readAddressInput(m_to->text());
    if (!address.address) {
        //: %1 what is wrong with it (e.g. "bad checksum")
        showError(tr("The recipient's address is not valid: %1.").arg(inSentence(address.reason)));
        return;
    }
    const QString label = m_label->text().trimmed();
    if (label.isEmpty()) {
        showError(tr("Give the address a name to save it."));
        return;
    }
    m_book->add(label, *address.address);
    m_error->clear();
}

void SendReceivePage::review()
{
    const auto current = m_accounts.current();
    if (!current || !m_services.profile)
        return;
    const AddressInput recipient = readAddressInput(m_to->text());
    if (recipient.problem == AddressProblem::Empty)
        return showError(tr("Enter the recipient's address."));
    if (!recipient.address)
        return showError(tr("The recipient's address is not valid: %1.").arg(inSentence(recipient.reason)));
    if (recipient.isZero())
        return showError(tr("The zero address belongs to no one: anything sent there is lost."));
    const std::optional<Address> to = recipient.address;
    const NetworkProfile& p = *m_services.profile;
    const unsigned decimals = token() ? p.token.decimals : p.currency.decimals;
    const std::string symbol = token() ? p.token.symbol : p.currency.symbol;
    auto amount = parseAmount(m_amount->text().trimmed().toStdString(), decimals, symbol);
    if (!amount)
        //: %1 what is wrong with it
        return showError(tr("The amount is not valid: %1.").arg(inSentence(amount.error().message)));
    if (*amount == 0)
        return showError(tr("The amount must be more than 0."));
    m_error->clear();
    //: %1 an amount with its symbol, %2 the recipient's address
    const QString description = tr("Send %1 to %2").arg(fullAmount(*amount, decimals, qs(symbol)), fullAddress(*to));
    auto* dialog = new TransactionConfirmDialog(m_services, *current, NetworkAction{description.toStdString(), TransferAction{*to, *amount, token()}}, this);
    connect(dialog, &TransactionConfirmDialog::completed, this, [this](bool) { refreshBalances(); });
    dialog->open();
}

} // namespace plinth::ui
