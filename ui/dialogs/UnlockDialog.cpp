#include "ui/dialogs/UnlockDialog.h"

#include "ui/common/GuiCallback.h"
#include "ui/common/Secrets.h"
#include "ui/style/Theme.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace plinth::ui {

UnlockDialog::UnlockDialog(WalletService& wallet, const QString& reason, QWidget* parent)
    : QDialog(parent)
    , m_wallet(wallet)
    , m_password(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_busy(new QProgressBar(this))
{
    setObjectName(QStringLiteral("unlockDialog"));
    setWindowTitle(tr("Unlock the wallet"));
    auto* intro = new QLabel(reason.isEmpty() ? tr("Type the vault password to use your keys.") : reason, this);
    intro->setObjectName(QStringLiteral("unlock.reason"));
    intro->setWordWrap(true);
    m_password->setObjectName(QStringLiteral("unlock.password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Vault password"));
    m_message->setObjectName(QStringLiteral("unlock.message"));
    m_message->setProperty("role", QStringLiteral("error"));
    m_message->setWordWrap(true);
    m_busy->setObjectName(QStringLiteral("unlock.busy"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setFixedHeight(6);
    m_busy->setAccessibleName(tr("Unlocking"));
    m_busy->hide();
    auto* buttons = new QDialogButtonBox(this);
    m_unlock = buttons->addButton(tr("&Unlock"), QDialogButtonBox::AcceptRole);
    m_unlock->setObjectName(QStringLiteral("unlock.unlock"));
    m_unlock->setDefault(true);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("unlock.cancel"));
    connect(m_unlock, &QPushButton::clicked, this, &UnlockDialog::unlock);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_password, &QLineEdit::textEdited, m_message, &QLabel::clear);

    auto* form = new QFormLayout;
    form->addRow(tr("&Password:"), m_password);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_busy);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

void UnlockDialog::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_password->setEnabled(!busy);
    m_unlock->setEnabled(!busy);
    // The line says what is happening while busy (muted) and what went wrong after (the error role).
    Theme::setStyleProperty(m_message, "state", busy ? QStringLiteral("busy") : QString());
    if (busy)
        m_message->setText(tr("Checking the password…"));
}

void UnlockDialog::unlock()
{
    if (m_password->text().isEmpty())
        return;
    setBusy(true);
    m_wallet.unlock(toSecret(m_password->text()),
                    onGui(this, [this](Result<void> r) {
                        setBusy(false);
                        if (r) {
                            m_message->clear();
                            m_password->clear();
                            accept();
                            return;
                        }
                        //: %1 is the reason, a sentence from the wallet
                        const QString failed = tr("The vault could not be unlocked: %1").arg(QString::fromStdString(r.error().message));
                        m_message->setText(r.error().code == ErrorCode::WrongPassword ? tr("Wrong password. Check Caps Lock and try again.")
                                                                                       : failed);
                        m_password->setFocus();
                        m_password->selectAll();
                    }));
}

} // namespace plinth::ui
