#include "ui/dialogs/DeviceActionDialog.h"

#include "ui/common/Formatting.h"
#include "ui/dialogs/TransactionConfirmDialog.h"
#include "wallet/api/NetworkActions.h"
#include "wallet/tx/Amount.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace plinth::ui {

DeviceActionDialog::DeviceActionDialog(UiServices& services, Address from, Device device, Mode mode, QWidget* parent)
    : QDialog(parent), m_services(services), m_from(from), m_device(std::move(device)), m_mode(mode), m_form(new QWidget(this)),
      m_error(new QLabel(this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    setObjectName(QStringLiteral("deviceAction"));
    const QString address = fullAddress(m_device.address);
    auto* intro = new QLabel(this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);
    switch (m_mode) {
    case Mode::Update:
        setWindowTitle(tr("Update device"));
        //: %1 the device's address
        intro->setText(tr("Change what the registry says about device %1. Each changed field is one transaction.").arg(address));
        m_capacity = addLine(QStringLiteral("capacity"), tr("&Capacity"), QString::fromStdString(toDecimalString(m_device.capacity)),
                             tr("A whole number, e.g. 4000"));
        m_unit = addLine(QStringLiteral("unit"), tr("U&nit"), QString::fromStdString(m_device.unit), tr("e.g. GB, Mbps, cores"));
        m_region = addLine(QStringLiteral("region"), tr("&Region"), QString::fromStdString(m_device.region), tr("An H3 cell or a label"));
        m_metadata = addLine(QStringLiteral("metadata"), tr("&Metadata URI"), QString::fromStdString(m_device.metadataURI),
                             tr("e.g. ipfs://…"));
        break;
    case Mode::Transfer:
        setWindowTitle(tr("Transfer device"));
        intro->setText(tr("Give device %1 to another account. Its stakes stay where they are; its future rewards go to the new owner.")
                           .arg(address));
        m_to = addLine(QStringLiteral("to"), tr("New &owner"), QString(), tr("0x…"));
        break;
    case Mode::Stake:
        setWindowTitle(tr("Stake on device"));
        //: %1 the device's address, %2 its current stake
        intro->setText(tr("Stake on device %1 (staked now: %2).")
                           .arg(address, formatAmount(m_device.stake, m_services.profile->token.decimals,
                                                     QString::fromStdString(m_services.profile->token.symbol))));
        //: %1 the token's symbol
        m_amount = addLine(QStringLiteral("amount"), tr("&Amount (%1)").arg(QString::fromStdString(m_services.profile->token.symbol)),
                           QString(), tr("e.g. 100"));
        break;
    }
    m_error->setObjectName(QStringLiteral("deviceAction.error"));
    m_error->setProperty("plinthRole", QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setAccessibleName(tr("Problem"));
    auto* buttons = new QDialogButtonBox(this);
    QPushButton* go = buttons->addButton(tr("C&ontinue…"), QDialogButtonBox::AcceptRole);
    go->setObjectName(QStringLiteral("deviceAction.continue"));
    go->setDefault(true);
    QPushButton* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("deviceAction.cancel"));
    connect(go, &QPushButton::clicked, this, &DeviceActionDialog::proceed);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(intro);
    layout->addWidget(m_form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

QLineEdit* DeviceActionDialog::addLine(const QString& key, const QString& label, const QString& text, const QString& placeholder)
{
    auto* edit = new QLineEdit(text, m_form);
    edit->setObjectName(QStringLiteral("deviceAction.") + key);
    edit->setPlaceholderText(placeholder);
    QString plain = label;
    edit->setAccessibleName(plain.remove(QLatin1Char('&')));
    auto* name = new QLabel(label, m_form);
    name->setBuddy(edit);
    static_cast<QFormLayout*>(m_form->layout())->addRow(name, edit);
    return edit;
}

std::optional<NetworkAction> DeviceActionDialog::buildAction(QString& problem) const
{
    const QString device = fullAddress(m_device.address);
    switch (m_mode) {
    case Mode::Update: {
        DeviceUpdateAction update{m_device.address, {}, {}, {}};
        const std::string unit = m_unit->text().trimmed().toStdString();
        auto capacity = parseDecimalUInt256(m_capacity->text().trimmed().toStdString());
        if (!capacity || *capacity == 0) {
            problem = tr("The capacity must be a whole number above 0.");
            return std::nullopt;
        }
        if (unit.empty()) {
            problem = tr("The capacity needs its unit: the registry stores them together.");
            return std::nullopt;
        }
        if (*capacity != m_device.capacity || unit != m_device.unit)
            update.capacity = std::make_pair(*capacity, unit);
        const std::string region = m_region->text().trimmed().toStdString();
        if (region != m_device.region)
            update.region = region;
        const std::string metadata = m_metadata->text().trimmed().toStdString();
        if (metadata != m_device.metadataURI)
            update.metadataURI = metadata;
        if (!update.capacity && !update.region && !update.metadataURI) {
            problem = tr("Nothing changed: edit the capacity, the region or the metadata URI first.");
            return std::nullopt;
        }
        return NetworkAction{tr("Update device %1").arg(device).toStdString(), std::move(update)};
    }
    case Mode::Transfer: {
        auto to = parseAddress(m_to->text().trimmed().toStdString());
        if (!to) {
            //: %1 why the text is not an address
            problem = tr("The new owner is not an address: %1.").arg(inSentence(to.error().message));
            return std::nullopt;
        }
        if (*to == Address{}) {
            problem = tr("The new owner must not be the zero address: the device would be lost.");
            return std::nullopt;
        }
        if (*to == m_from) {
            problem = tr("The device already belongs to this account.");
            return std::nullopt;
        }
        //: %1 device address, %2 the new owner's address
        return NetworkAction{tr("Transfer device %1 to %2").arg(device, fullAddress(*to)).toStdString(),
                             DeviceTransferAction{m_device.address, *to}};
    }
    case Mode::Stake: {
        const auto& token = m_services.profile->token;
        auto amount = parseAmount(m_amount->text().trimmed().toStdString(), token.decimals, token.symbol);
        if (!amount || *amount == 0) {
            problem = tr("Enter an amount above 0, with at most %n decimal(s).", nullptr, int(token.decimals));
            return std::nullopt;
        }
        const bool delegated = m_device.owner != m_from;
        //: %1 amount with symbol, %2 device address
        return NetworkAction{tr("Stake %1 on device %2")
                                 .arg(fullAmount(*amount, token.decimals, QString::fromStdString(token.symbol)), device)
                                 .toStdString(),
                             StakeAction{m_device.address, *amount, delegated}};
    }
    }
    return std::nullopt;
}

void DeviceActionDialog::proceed()
{
    QString problem;
    auto action = buildAction(problem);
    if (!action) {
        m_error->setText(problem);
        return;
    }
    m_error->clear();
    auto* confirm = new TransactionConfirmDialog(m_services, m_from, std::move(*action), parentWidget());
    confirm->open();
    Q_EMIT confirmationOpened(confirm);
    accept();
}

} // namespace plinth::ui
