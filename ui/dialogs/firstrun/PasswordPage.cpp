#include "ui/dialogs/firstrun/PasswordPage.h"

#include "ui/widgets/PasswordStrengthMeter.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace plinth::ui {

PasswordPage::PasswordPage(QWidget* parent)
    : QWizardPage(parent)
    , m_password(new QLineEdit(this))
    , m_confirm(new QLineEdit(this))
    , m_meter(new PasswordStrengthMeter(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("firstRun.passwordPage"));
    setTitle(tr("Choose a vault password"));
    setSubTitle(tr("Plinth asks for it to unlock the wallet and before anything is signed. It cannot be "
                   "recovered: if you forget it, restore the wallet from its recovery phrase."));
    m_password->setObjectName(QStringLiteral("firstRun.password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Vault password"));
    m_confirm->setObjectName(QStringLiteral("firstRun.passwordConfirm"));
    m_confirm->setEchoMode(QLineEdit::Password);
    m_confirm->setAccessibleName(tr("Vault password again"));
    m_meter->setObjectName(QStringLiteral("firstRun.strength"));
    m_meter->setAccessibleName(tr("Password strength"));
    m_status->setObjectName(QStringLiteral("firstRun.passwordStatus"));
    m_status->setProperty("role", QStringLiteral("error"));
    m_status->setWordWrap(true);
    auto* form = new QFormLayout(this);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_meter);
    form->addRow(tr("&Again:"), m_confirm);
    form->addRow(QString(), m_status);
    connect(m_password, &QLineEdit::textChanged, this, &PasswordPage::update);
    connect(m_confirm, &QLineEdit::textChanged, this, &PasswordPage::update);
}

QString PasswordPage::password() const { return m_password->text(); }

bool PasswordPage::isComplete() const
{
    // A very weak password is refused outright: the vault file may be copied and attacked offline.
    return m_meter->level() >= PasswordStrengthMeter::Level::Weak && m_password->text() == m_confirm->text();
}

void PasswordPage::update()
{
    m_meter->setPassword(m_password->text());
    if (!m_confirm->text().isEmpty() && m_confirm->text() != m_password->text())
        m_status->setText(tr("The two passwords differ."));
    else if (m_meter->level() == PasswordStrengthMeter::Level::VeryWeak)
        m_status->setText(tr("Plinth does not accept a password this weak."));
    else
        m_status->clear();
    Q_EMIT completeChanged();
}

} // namespace plinth::ui
