#include "ui/widgets/BackupPanel.h"

#include "ui/AccountContext.h"
#include "ui/LockController.h"
#include "ui/common/Background.h"
#include "ui/common/FileChooser.h"
#include "ui/common/Formatting.h"
#include "ui/common/GuiCallback.h"
#include "ui/common/Secrets.h"

#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QStyle>
#include <QVBoxLayout>

namespace plinth::ui {
namespace {

QLineEdit* passwordField(QWidget* parent, const char* name, const QString& accessible)
{
    auto* field = new QLineEdit(parent);
    field->setObjectName(QString::fromLatin1(name));
    field->setEchoMode(QLineEdit::Password);
    field->setAccessibleName(accessible);
    return field;
}

} // namespace

BackupPanel::BackupPanel(WalletService& wallet, AccountContext& accounts, LockController& lock, QWidget* parent)
    : QWidget(parent)
    , m_wallet(wallet)
    , m_accounts(accounts)
    , m_lock(lock)
    , m_account(new QComboBox(this))
    , m_filePassword(passwordField(this, "backup.keystorePassword", tr("Password for the keystore file")))
    , m_fileConfirm(passwordField(this, "backup.keystoreConfirm", tr("Password for the keystore file, again")))
    , m_export(new QPushButton(QIcon(QStringLiteral(":/icons/key.svg")), tr("&Export keystore…"), this))
    , m_exportStatus(new QLabel(this))
    , m_vaultPassword(passwordField(this, "backup.vaultPassword", tr("Vault password")))
    , m_show(new QPushButton(tr("Show recovery &phrase"), this))
    , m_hide(new QPushButton(tr("&Hide"), this))
    , m_mnemonic(new QLabel(this))
    , m_mnemonicStatus(new QLabel(this))
{
    setObjectName(QStringLiteral("backupPanel"));
    m_account->setObjectName(QStringLiteral("backup.account"));
    m_account->setAccessibleName(tr("Account to export"));
    m_export->setObjectName(QStringLiteral("backup.export"));
    m_exportStatus->setObjectName(QStringLiteral("backup.exportStatus"));
    m_exportStatus->setWordWrap(true);
    m_show->setObjectName(QStringLiteral("backup.showMnemonic"));
    m_hide->setObjectName(QStringLiteral("backup.hideMnemonic"));
    m_mnemonic->setObjectName(QStringLiteral("backup.mnemonic"));
    m_mnemonic->setAccessibleName(tr("Recovery phrase"));
    m_mnemonic->setWordWrap(true);
    m_mnemonic->setTextInteractionFlags(Qt::NoTextInteraction);
    m_mnemonicStatus->setObjectName(QStringLiteral("backup.mnemonicStatus"));
    m_mnemonicStatus->setWordWrap(true);
    hideMnemonic();

    auto* keystoreBox = new QGroupBox(tr("Keystore file"), this);
    auto* keystoreIntro = new QLabel(tr("Saves one account's key as a keystore v3 file that other wallets "
                                        "import, encrypted with a password of its own."),
                                     keystoreBox);
    keystoreIntro->setObjectName(QStringLiteral("hint"));
    keystoreIntro->setWordWrap(true);
    auto* keystoreForm = new QFormLayout;
    keystoreForm->addRow(tr("&Account:"), m_account);
    keystoreForm->addRow(tr("File pass&word:"), m_filePassword);
    keystoreForm->addRow(tr("A&gain:"), m_fileConfirm);
    auto* keystoreLayout = new QVBoxLayout(keystoreBox);
    keystoreLayout->addWidget(keystoreIntro);
    keystoreLayout->addLayout(keystoreForm);
    keystoreLayout->addWidget(m_export, 0, Qt::AlignLeft);
    keystoreLayout->addWidget(m_exportStatus);

    auto* phraseBox = new QGroupBox(tr("Recovery phrase"), this);
    auto* phraseIntro = new QLabel(tr("The words that restore every derived account. Make sure nobody can "
                                      "see your screen."),
                                   phraseBox);
    phraseIntro->setObjectName(QStringLiteral("hint"));
    phraseIntro->setWordWrap(true);
    auto* phraseForm = new QFormLayout;
    phraseForm->addRow(tr("&Vault password:"), m_vaultPassword);
    auto* phraseButtons = new QHBoxLayout;
    phraseButtons->addWidget(m_show);
    phraseButtons->addWidget(m_hide);
    phraseButtons->addStretch(1);
    auto* phraseLayout = new QVBoxLayout(phraseBox);
    phraseLayout->addWidget(phraseIntro);
    phraseLayout->addLayout(phraseForm);
    phraseLayout->addLayout(phraseButtons);
    phraseLayout->addWidget(m_mnemonic);
    phraseLayout->addWidget(m_mnemonicStatus);

    auto* title = new QLabel(tr("Backup"), this);
    title->setObjectName(QStringLiteral("sectionTitle"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 16, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(title);
    layout->addWidget(keystoreBox);
    layout->addWidget(phraseBox);

    connect(m_export, &QPushButton::clicked, this, &BackupPanel::exportKeystore);
    connect(m_show, &QPushButton::clicked, this, &BackupPanel::showMnemonic);
    connect(m_vaultPassword, &QLineEdit::returnPressed, this, &BackupPanel::showMnemonic);
    connect(m_hide, &QPushButton::clicked, this, &BackupPanel::hideMnemonic);
    connect(&m_accounts, &AccountContext::accountsChanged, this, &BackupPanel::fillAccounts);
    connect(&m_lock, &LockController::lockChanged, this, [this](bool unlocked) {
        if (!unlocked)
            hideMnemonic();
    });
    fillAccounts();
}

void BackupPanel::fillAccounts()
{
    const QVariant selected = m_account->currentData();
    m_account->clear();
    for (const VaultAccount& a : m_accounts.accounts()) {
        if (a.kind == AccountKind::WatchOnly)
            continue; // no key to export
        const QString address = fullAddress(a.address);
        m_account->addItem(a.label.empty() ? address : QStringLiteral("%1 — %2").arg(QString::fromStdString(a.label), address),
                           address);
    }
    m_account->setCurrentIndex(qMax(0, m_account->findData(selected)));
    m_export->setEnabled(m_account->count() > 0);
    // Until the first list arrives the panel says nothing rather than "no account".
    const QString none = tr("No account in this vault has a key to export.");
    if (m_account->count() == 0 && !m_accounts.accounts().empty())
        setStatus(m_exportStatus, none, false);
    else if (m_exportStatus->text() == none)
        setStatus(m_exportStatus, QString(), false);
}

void BackupPanel::setStatus(QLabel* label, const QString& text, bool error)
{
    label->setText(text);
    label->setProperty("role", error ? QStringLiteral("error") : QString());
    label->style()->unpolish(label);
    label->style()->polish(label);
}

void BackupPanel::exportKeystore()
{
    auto address = parseAddress(m_account->currentData().toString().toStdString());
    if (!address)
        return setStatus(m_exportStatus, tr("Choose an account to export."), true);
    if (m_filePassword->text().size() < 8)
        return setStatus(m_exportStatus, tr("The file password needs at least 8 characters."), true);
    if (m_filePassword->text() != m_fileConfirm->text())
        return setStatus(m_exportStatus, tr("The two file passwords differ."), true);
    const Address a = *address;
    m_lock.requestUnlock(tr("Unlock the wallet to export the key of %1.").arg(fullAddress(a)), [this, a] {
        const QString suggested = QDir::home().filePath(QStringLiteral("plinth-%1.json").arg(fullAddress(a)));
        chooseSaveFile(this, tr("Save the keystore file"), suggested, tr("Keystore files (*.json)"),
                       [this, a](const QString& path) {
                           if (!path.isEmpty())
                               exportTo(a, path);
                       });
    });
}

void BackupPanel::exportTo(const Address& address, const QString& path)
{
    m_export->setEnabled(false);
    setStatus(m_exportStatus, tr("Encrypting the key for the file… This takes a few seconds."), false);
    m_wallet.exportKeystore(address, toSecret(m_filePassword->text()), onGui(this, [this, path](Result<std::string> json) {
        if (!json) {
            m_export->setEnabled(true);
            //: %1 is the reason, a sentence from the wallet
            return setStatus(m_exportStatus, tr("The key was not exported: %1").arg(QString::fromStdString(json.error().message)), true);
        }
        const QByteArray bytes = QByteArray::fromStdString(*json);
        runInBackground(
            this,
            [path, bytes]() -> QString {
                QSaveFile file(path);
                if (!file.open(QIODevice::WriteOnly))
                    return file.errorString();
                // Only the owner may read a key file, even encrypted.
                file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
                if (file.write(bytes) != bytes.size() || !file.commit())
                    return file.errorString();
                return QString();
            },
            [this, path](QString error) {
                m_export->setEnabled(true);
                m_filePassword->clear();
                m_fileConfirm->clear();
                //: %1 is a file path, %2 the system's reason
                if (!error.isEmpty())
                    return setStatus(m_exportStatus, tr("Could not write %1: %2").arg(path, error), true);
                setStatus(m_exportStatus, tr("Saved the keystore file %1.").arg(path), false);
            });
    }));
}

void BackupPanel::showMnemonic()
{
    if (m_vaultPassword->text().isEmpty())
        return;
    m_show->setEnabled(false);
    setStatus(m_mnemonicStatus, tr("Checking the vault password…"), false);
    const int request = ++m_revealRequest;
    m_wallet.revealMnemonic(toSecret(m_vaultPassword->text()), onGui(this, [this, request](Result<SecureString> phrase) {
        m_show->setEnabled(true);
        if (request != m_revealRequest)
            return;
        if (!phrase) {
            const ErrorCode code = phrase.error().code;
            setStatus(m_mnemonicStatus,
                      code == ErrorCode::WrongPassword ? tr("Wrong password: the phrase stays hidden.")
                      : code == ErrorCode::Unsupported ? tr("This vault has no recovery phrase: its accounts were "
                                                            "imported or are watch-only. Back them up as keystore files.")
                                                       : QString::fromStdString(phrase.error().message),
                      true);
            m_vaultPassword->selectAll();
            return;
        }
        m_vaultPassword->clear();
        m_mnemonic->setText(QString::fromUtf8(phrase->view().data(), static_cast<qsizetype>(phrase->size())));
        m_mnemonic->show();
        m_hide->show();
        setStatus(m_mnemonicStatus, tr("Write it down on paper, then hide it."), false);
    }));
}

void BackupPanel::hideMnemonic()
{
    ++m_revealRequest;
    m_mnemonic->clear();
    m_mnemonic->hide();
    m_hide->hide();
    m_mnemonicStatus->clear();
}

bool BackupPanel::isMnemonicShown() const { return !m_mnemonic->isHidden() && !m_mnemonic->text().isEmpty(); }

void BackupPanel::hideEvent(QHideEvent* event)
{
    hideMnemonic();
    QWidget::hideEvent(event);
}

} // namespace plinth::ui
