#include "ui/dialogs/StakeDialog.h"

#include "ui/common/Formatting.h"
#include "wallet/tx/Amount.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace plinth::ui {

StakeDialog::StakeDialog(Kind kind, std::vector<DeviceChoice> choices, TokenUnits units, QWidget* parent)
    : QDialog(parent)
    , m_kind(kind)
    , m_choices(std::move(choices))
    , m_units(std::move(units))
    , m_device(new QComboBox(this))
    , m_amount(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("stakeDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(kind == Kind::Stake      ? tr("Stake on your device")
                   : kind == Kind::Delegate ? tr("Delegate stake to a device")
                                            : tr("Unstake"));
    auto* intro = new QLabel(kind == Kind::Stake ? tr("Bond tokens on a device you own. Bonded stake counts toward the device's rewards.")
                             : kind == Kind::Delegate
                                 ? tr("Bond tokens on someone else's device. You can unstake them later; they are released after the unbonding period.")
                                 : tr("Request tokens back from a stake. They stop counting at once and can be withdrawn when the unbonding period ends."),
                             this);
    intro->setWordWrap(true);

    m_device->setObjectName(QStringLiteral("stakeDialog.device"));
    m_device->setAccessibleName(tr("Device"));
    // Editable for a device that is not in the list: its address can be pasted.
    m_device->setEditable(kind == Kind::Delegate);
    for (const DeviceChoice& c : m_choices)
        //: %1 a short device address, %2 what the device is ("GPU, Lisbon"; or the bonded amount)
        m_device->addItem(c.label.isEmpty() ? fullAddress(c.device) : tr("%1 — %2").arg(shortAddress(c.device), c.label));
    if (m_device->isEditable())
        m_device->lineEdit()->setPlaceholderText(tr("Device address (0x…)"));

    m_amount->setObjectName(QStringLiteral("stakeDialog.amount"));
    m_amount->setAccessibleName(tr("Amount"));
    //: %1 the token's symbol
    m_amount->setPlaceholderText(tr("Amount in %1").arg(m_units.symbol));
    m_problem->setObjectName(QStringLiteral("stakeDialog.problem"));
    m_problem->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Device"), m_device);
    form->addRow(tr("&Amount"), m_amount);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("stakeDialog.ok"));
    m_ok->setText(tr("Continue"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("stakeDialog.cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(m_device, &QComboBox::currentTextChanged, this, &StakeDialog::validate);
    connect(m_amount, &QLineEdit::textChanged, this, &StakeDialog::validate);
    setTabOrder(m_device, m_amount);
    validate();
    m_amount->setFocus();
}

const StakeDialog::DeviceChoice* StakeDialog::chosen() const
{
    const int i = m_device->currentIndex();
    if (i < 0 || i >= static_cast<int>(m_choices.size()))
        return nullptr;
    // An edited text that is no longer the item's is a pasted address, not the choice.
    if (m_device->isEditable() && m_device->currentText() != m_device->itemText(i))
        return nullptr;
    return &m_choices[static_cast<std::size_t>(i)];
}

std::optional<Address> StakeDialog::device() const
{
    if (const DeviceChoice* c = chosen())
        return c->device;
    if (auto parsed = parseAddress(m_device->currentText().trimmed().toStdString()))
        return *parsed;
    return std::nullopt;
}

std::optional<UInt256> StakeDialog::amount() const
{
    auto parsed = parseAmount(m_amount->text().trimmed().toStdString(), m_units.decimals, m_units.symbol.toStdString());
    if (!parsed || *parsed == 0)
        return std::nullopt;
    if (const DeviceChoice* c = chosen(); c && c->limit && *parsed > *c->limit)
        return std::nullopt;
    return *parsed;
}

void StakeDialog::validate()
{
    QString problem;
    if (m_device->currentText().trimmed().isEmpty())
        problem = m_choices.empty() && !m_device->isEditable() ? tr("There is no device to choose: the list is empty.")
                                                               : tr("Choose a device.");
    else if (!device())
        problem = tr("The device address is not valid: %1")
                      .arg(QString::fromStdString(parseAddress(m_device->currentText().trimmed().toStdString()).error().message));
    else if (m_amount->text().trimmed().isEmpty())
        problem = tr("Enter an amount.");
    else if (auto parsed = parseAmount(m_amount->text().trimmed().toStdString(), m_units.decimals, m_units.symbol.toStdString()); !parsed)
        problem = QString::fromStdString(parsed.error().message);
    else if (*parsed == 0)
        problem = tr("The amount must be more than zero.");
    else if (const DeviceChoice* c = chosen(); c && c->limit && *parsed > *c->limit)
        //: %1 the largest amount allowed
        problem = tr("That is more than the bonded stake of %1.").arg(fullAmount(*c->limit, m_units.decimals, m_units.symbol));
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty() && !m_amount->text().isEmpty());
    m_ok->setEnabled(problem.isEmpty());
}

} // namespace plinth::ui
