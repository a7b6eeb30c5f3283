#include "ui/dialogs/FirstRunWizard.h"

#include "ui/common/Background.h"
#include "ui/common/GuiCallback.h"
#include "ui/common/Secrets.h"
#include "ui/dialogs/firstrun/ChoicePage.h"
#include "ui/dialogs/firstrun/ConfirmPhrasePage.h"
#include "ui/dialogs/firstrun/KeystorePage.h"
#include "ui/dialogs/firstrun/NetworkPage.h"
#include "ui/dialogs/firstrun/PasswordPage.h"
#include "ui/dialogs/firstrun/PhrasePage.h"
#include "ui/dialogs/firstrun/RestorePage.h"
#include "ui/dialogs/firstrun/WatchPage.h"

#include <QAbstractButton>
#include <QFile>

namespace plinth::ui {
namespace {

constexpr qint64 kMaxKeystoreBytes = 1 << 20; // a keystore is about 500 bytes; refuse anything huge

QString sentence(const Error& error) { return QString::fromStdString(error.message); }

} // namespace

FirstRunWizard::FirstRunWizard(WalletService& wallet, NetworkProbe probe, QWidget* parent)
    : QWizard(parent)
    , m_wallet(wallet)
    , m_restorePage(new RestorePage(this))
    , m_keystorePage(new KeystorePage(this))
    , m_watchPage(new WatchPage(this))
    , m_passwordPage(new PasswordPage(this))
    , m_networkPage(new NetworkPage(std::move(probe), this))
{
    setObjectName(QStringLiteral("firstRunWizard"));
    setWindowTitle(tr("Set up Plinth"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(ChoosePage, new ChoicePage(this));
    setPage(PhrasePageId, new PhrasePage(this));
    setPage(ConfirmPageId, new ConfirmPhrasePage(this));
    setPage(RestorePageId, m_restorePage);
    setPage(KeystorePageId, m_keystorePage);
    setPage(WatchPageId, m_watchPage);
    setPage(PasswordPageId, m_passwordPage);
    setPage(NetworkPageId, m_networkPage);
    setStartId(ChoosePage);
    button(QWizard::NextButton)->setObjectName(QStringLiteral("firstRun.next"));
    button(QWizard::BackButton)->setObjectName(QStringLiteral("firstRun.back"));
    button(QWizard::FinishButton)->setObjectName(QStringLiteral("firstRun.finish"));
    button(QWizard::CancelButton)->setObjectName(QStringLiteral("firstRun.cancel"));
    resize(640, 520);
}

QString FirstRunWizard::networkName() const { return m_networkPage->networkName(); }

int FirstRunWizard::nextId() const
{
    switch (currentId()) {
    case ChoosePage:
        switch (m_mode) {
        case Mode::Create: return PhrasePageId;
        case Mode::Restore: return RestorePageId;
        case Mode::Keystore: return KeystorePageId;
        case Mode::Watch: return WatchPageId;
        }
        return -1;
    case PhrasePageId: return ConfirmPageId;
    case ConfirmPageId:
    case RestorePageId:
    case KeystorePageId:
    case WatchPageId: return PasswordPageId;
    case PasswordPageId: return NetworkPageId;
    default: return -1;
    }
}

void FirstRunWizard::setWorking(bool working)
{
    m_working = working;
    // The page first: its completeChanged makes QWizard re-enable Back, which must stay off while busy.
    m_networkPage->setBusy(working ? tr("Encrypting your vault… This takes a few seconds on purpose: it makes "
                                        "guessing your password slow.")
                                   : QString());
    button(QWizard::BackButton)->setEnabled(!working);
    button(QWizard::CancelButton)->setEnabled(!working);
}

void FirstRunWizard::accept()
{
    if (m_done)
        return QWizard::accept();
    if (m_working)
        return;
    setWorking(true);
    if (m_mode == Mode::Create || m_mode == Mode::Restore) {
        const QString passphrase = m_mode == Mode::Restore ? m_restorePage->passphrase() : QString();
        m_wallet.createVault(toSecret(m_passwordPage->password()), toSecret(m_phrase), toSecret(passphrase),
                             onGui(this, [this](Result<std::vector<VaultAccount>> accounts) {
                                 if (!accounts)
                                     return fail(sentence(accounts.error()));
                                 if (accounts->empty())
                                     return fail(tr("The vault was created but holds no account."));
                                 finishWith(accounts->front());
                             }));
        return;
    }
    if (m_vaultCreated) // an earlier attempt made the vault and failed to add the account: only retry that
        return addAccount();
    m_wallet.createWithoutSeed(toSecret(m_passwordPage->password()), onGui(this, [this](Result<void> created) {
                                   if (!created)
                                       return fail(sentence(created.error()));
                                   m_vaultCreated = true;
                                   addAccount();
                               }));
}

void FirstRunWizard::reject()
{
    if (!m_working)
        QWizard::reject();
}

void FirstRunWizard::addAccount()
{
    if (m_mode == Mode::Watch) {
        m_wallet.addWatchOnly(*m_watchPage->address(), m_watchPage->label().toStdString(),
                              onGui(this, [this](Result<VaultAccount> a) { finishWith(std::move(a)); }));
        return;
    }
    // Reading the file is disk work: off the GUI thread, like the KDF that follows.
    const QString path = m_keystorePage->path();
    runInBackground(
        this,
        [path]() -> std::pair<QByteArray, QString> {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                //: %1 is a file path, %2 the system's reason
                const QString why = FirstRunWizard::tr("Cannot read %1: %2").arg(path, file.errorString());
                return {{}, why};
            }
            if (file.size() > kMaxKeystoreBytes)
                return {{}, FirstRunWizard::tr("%1 is too large to be a keystore file.").arg(path)};
            return {file.readAll(), QString()};
        },
        [this](std::pair<QByteArray, QString> read) {
            if (!read.second.isEmpty())
                return fail(read.second);
            importKeystore(read.first);
        });
}

void FirstRunWizard::importKeystore(const QByteArray& json)
{
    m_wallet.importKeystore(json.toStdString(), toSecret(m_keystorePage->password()), std::string(),
                            onGui(this, [this](Result<VaultAccount> account) {
                                if (!account && account.error().code == ErrorCode::WrongPassword)
                                    return fail(tr("The keystore file's password is wrong. Go back, correct "
                                                   "it and finish again."));
                                finishWith(std::move(account));
                            }));
}

void FirstRunWizard::finishWith(Result<VaultAccount> account)
{
    if (!account)
        return fail(sentence(account.error()));
    m_firstAddress = account->address;
    m_done = true;
    setWorking(false);
    QWizard::accept();
}

void FirstRunWizard::fail(const QString& message)
{
    setWorking(false);
    //: %1 is the reason, one sentence
    m_networkPage->setError(tr("Plinth could not finish: %1").arg(message));
}

} // namespace plinth::ui
