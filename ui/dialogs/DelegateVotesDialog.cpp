#include "ui/dialogs/DelegateVotesDialog.h"

#include "ui/common/ActionFlow.h"
#include "ui/common/AddressInput.h"
#include "ui/common/Formatting.h"
#include "ui/common/GuiCallback.h"
#include "ui/common/VotingPowerText.h"
#include "ui/models/AddressBook.h"
#include "ui/widgets/AddressCompleter.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include <algorithm>

namespace plinth::ui {
namespace {

QLabel* wrapped(const QString& name, QWidget* parent)
{
    auto* l = new QLabel(parent);
    l->setObjectName(name);
    l->setWordWrap(true);
    l->setTextFormat(Qt::PlainText);
    return l;
}

} // namespace

DelegateVotesDialog::DelegateVotesDialog(UiServices& services, const Address& account, QWidget* parent)
    : QDialog(parent)
    , m_services(services)
    , m_account(account)
    , m_units(tokenUnits(services))
    , m_book(new AddressBook(services.dataDir, this))
{
    setObjectName(QStringLiteral("delegateVotesDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Delegate votes"));

    auto* heading = new QLabel(tr("Who votes with your tokens"), this);
    heading->setObjectName(QStringLiteral("sectionTitle"));
    auto* explain = wrapped(QStringLiteral("hint"), this);
    explain->setMinimumWidth(480); // the width every wrapped sentence below takes
    explain->setText(tr("Delegating moves the voting power of every token this account holds, now and later, to the address you choose; "
                        "the tokens themselves stay in your account, and you can delegate again at any time."));
    m_current = wrapped(QStringLiteral("delegateVotes.current"), this);
    m_current->setAccessibleName(tr("Current delegate"));
    m_current->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_moving = wrapped(QStringLiteral("delegateVotes.moving"), this);
    m_moving->setAccessibleName(tr("Votes that move"));

    m_self = new QRadioButton(this);
    m_self->setObjectName(QStringLiteral("delegateVotes.self"));
    //: %1 the account's own address
    m_self->setText(tr("&Myself (%1)").arg(shortAddress(account)));
    m_self->setToolTip(fullAddress(account));
    m_self->setAccessibleName(tr("Delegate to myself"));
    m_other = new QRadioButton(tr("&Another address:"), this);
    m_other->setObjectName(QStringLiteral("delegateVotes.other"));
    m_other->setAccessibleName(tr("Delegate to another address"));
    auto* choices = new QButtonGroup(this);
    choices->addButton(m_self);
    choices->addButton(m_other);
    m_self->setChecked(true);

    m_address = new QLineEdit(this);
    m_address->setObjectName(QStringLiteral("delegateVotes.address"));
    m_address->setAccessibleName(tr("Delegate's address"));
    m_address->setPlaceholderText(tr("0x… or a name from your address book"));
    m_address->setCompleter(new AddressCompleter(m_book, m_address));
    m_address->setClearButtonEnabled(true);
    m_bookNote = wrapped(QStringLiteral("delegateVotes.book"), this);
    m_bookNote->setProperty("plinthRole", QStringLiteral("caption"));
    m_problem = wrapped(QStringLiteral("delegateVotes.problem"), this);
    m_problem->setProperty("role", QStringLiteral("error"));
    m_problem->setAccessibleName(tr("Problem"));
    m_warning = wrapped(QStringLiteral("warningText"), this);
    m_warning->setAccessibleName(tr("Warning"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_continue = buttons->button(QDialogButtonBox::Ok);
    m_continue->setObjectName(QStringLiteral("delegateVotes.continue"));
    m_continue->setText(tr("Co&ntinue…")); // Alt+C may be Cancel's on some platforms
    m_continue->setAccessibleName(tr("Continue to the confirmation"));
    m_continue->setProperty("role", QStringLiteral("primary"));
    QPushButton* cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("delegateVotes.cancel"));
    cancel->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_delegatee)
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* addressRow = new QHBoxLayout;
    addressRow->setContentsMargins(24, 0, 0, 0); // under its radio button's text
    addressRow->addWidget(m_address);
    auto* noteRow = new QVBoxLayout;
    noteRow->setContentsMargins(24, 0, 0, 0);
    noteRow->addWidget(m_bookNote);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    // The dialog follows its content (the wrapped sentences' heights, a warning that appears), so that
    // no sentence is ever cut off.
    layout->setSizeConstraint(QLayout::SetFixedSize);
    layout->setSpacing(8);
    layout->addWidget(heading);
    layout->addWidget(explain);
    layout->addSpacing(4);
    layout->addWidget(m_current);
    layout->addWidget(m_moving);
    layout->addSpacing(4);
    layout->addWidget(m_self);
    layout->addWidget(m_other);
    layout->addLayout(addressRow);
    layout->addLayout(noteRow);
    layout->addWidget(m_problem);
    layout->addWidget(m_warning);
    layout->addSpacing(4);
    layout->addWidget(buttons);
    setTabOrder(m_self, m_other);
    setTabOrder(m_other, m_address);
    setTabOrder(m_address, m_continue);
    setTabOrder(m_continue, cancel);

    const auto touched = [this] {
        m_touched = true;
        validate();
    };
    connect(m_self, &QRadioButton::toggled, this, touched);
    connect(m_address, &QLineEdit::textEdited, this, [this] {
        m_touched = true;
        m_other->setChecked(true); // typing an address chooses it
        validate();
    });
    connect(m_address, &QLineEdit::textChanged, this, [this] { validate(); }); // a completion, or a test
    connect(m_book, &AddressBook::loaded, this, [this] { validate(); });
    load();
    validate();
}

void DelegateVotesDialog::load()
{
    if (!m_services.network) {
        m_current->setText(m_services.networkError.isEmpty() ? tr("No network is open: whom your votes are delegated to is not known.")
                                                             : m_services.networkError);
        m_moving->hide();
        return;
    }
    m_current->setText(tr("Reading whom your votes are delegated to from the verified cache…"));
    m_moving->hide();
    m_services.network->voteDelegation(m_account, onGui(this, [this](Result<VoteDelegationSnapshot> r) {
        if (!r) {
            //: %1 the core's reason
            const QString failed = tr("Could not read whom your votes are delegated to from the verified cache: %1")
                                       .arg(QString::fromStdString(r.error().message));
            m_current->setText(r.error().code == ErrorCode::NotFound
                                   ? tr("Nothing is verified yet: whom your votes are delegated to is known after the first sync.")
                                   : failed);
            return validate();
        }
        showDelegation(*r);
    }));
}

void DelegateVotesDialog::showDelegation(const VoteDelegationSnapshot& d)
{
    m_delegation = d;
    m_current->setText(delegationText(m_account, d.delegate, d.at.block.number));
    m_current->setToolTip(d.delegate ? fullAddress(*d.delegate) : QString());
    //: %1 an amount of tokens
    m_moving->setText(tr("A new delegate gets the votes of your whole balance: %1.").arg(formatAmount(d.balance, m_units.decimals, m_units.symbol)));
    m_moving->setToolTip(fullAmount(d.balance, m_units.decimals, m_units.symbol));
    m_moving->show();
    // Already delegated to yourself: the useful choice is another address.
    if (!m_touched && d.delegate == m_account) {
        m_other->setChecked(true);
        m_address->setFocus();
        m_touched = false; // the dialog chose, not the user
    }
    validate();
}

void DelegateVotesDialog::validate()
{
    m_delegatee.reset();
    QString problem, warning, note;
    std::optional<Address> chosen;
    if (m_self->isChecked()) {
        chosen = m_account;
    } else {
        const AddressInput in = readAddressInput(m_address->text());
        if (in.problem == AddressProblem::Empty)
            problem = tr("Enter the address that will vote with your tokens, or choose Myself.");
        else if (!in.address)
            problem = addressProblemText(in);
        else {
            chosen = in.address;
            if (in.isZero())
                warning = tr("The zero address belongs to no one: votes delegated to it count for nobody until you delegate again.");
            else if (!in.checksummed)
                warning = tr("This address is all in one case, so it carries no checksum (EIP-55): a mistyped character cannot be detected. "
                             "Compare it with where it came from, character by character.");
        }
    }
    if (chosen && m_delegation && m_delegation->delegate == chosen)
        problem = *chosen == m_account ? tr("Your votes are already delegated to yourself: there is nothing to change.")
                                       : tr("Your votes are already delegated to this address: there is nothing to change.");
    if (chosen && problem.isEmpty()) {
        m_delegatee = chosen;
        const auto& entries = m_book->entries();
        const auto saved = std::find_if(entries.begin(), entries.end(), [&](const AddressBookEntry& e) { return e.address == *chosen; });
        if (!m_self->isChecked() && *chosen == m_account)
            note = tr("This is your own address: the same as Myself.");
        else if (!m_self->isChecked() && saved != entries.end())
            //: %1 the name the user gave the address
            note = tr("In your address book as %1.").arg(saved->label);
        else if (!m_self->isChecked())
            //: %1 the full checksummed address
            note = tr("Delegate to %1").arg(fullAddress(*chosen));
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_warning->setText(warning);
    m_warning->setVisible(!warning.isEmpty());
    m_bookNote->setText(note);
    m_bookNote->setVisible(!note.isEmpty());
    m_continue->setEnabled(m_delegatee.has_value() && m_services.network);
    m_continue->setToolTip(problem);
}

NetworkAction DelegateVotesDialog::action() const { return delegationAction(m_account, m_delegatee.value_or(m_account)); }

NetworkAction DelegateVotesDialog::delegationAction(const Address& account, const Address& to)
{
    if (to == account) {
        //: %1 the account's own address
        const QString text = tr("Delegate your votes to yourself (%1)").arg(fullAddress(account));
        return NetworkAction{text.toStdString(), DelegateVotesAction{to}};
    }
    //: %1 the delegate's address
    const QString text = tr("Delegate your votes to %1").arg(fullAddress(to));
    return NetworkAction{text.toStdString(), DelegateVotesAction{to}};
}

} // namespace plinth::ui
