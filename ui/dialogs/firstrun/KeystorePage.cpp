#include "ui/dialogs/firstrun/KeystorePage.h"

#include "ui/common/FileChooser.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace plinth::ui {

KeystorePage::KeystorePage(QWidget* parent)
    : QWizardPage(parent)
    , m_path(new QLineEdit(this))
    , m_password(new QLineEdit(this))
{
    setObjectName(QStringLiteral("firstRun.keystorePage"));
    setTitle(tr("Import a keystore file"));
    setSubTitle(tr("Choose the keystore v3 JSON file and type the password it was saved with. Plinth keeps "
                   "the key in its own vault, under the vault password you choose next."));
    m_path->setObjectName(QStringLiteral("firstRun.keystorePath"));
    m_path->setAccessibleName(tr("Keystore file"));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("firstRun.keystoreBrowse"));
    browse->setAccessibleName(tr("Choose the keystore file"));
    connect(browse, &QPushButton::clicked, this, [this] {
        chooseOpenFile(this, tr("Open a keystore file"), tr("Keystore files (*.json);;All files (*)"),
                       [this](const QString& path) {
                           if (!path.isEmpty())
                               m_path->setText(path);
                       });
    });
    m_password->setObjectName(QStringLiteral("firstRun.keystorePassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("The keystore file's password"));
    auto* row = new QHBoxLayout;
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    auto* form = new QFormLayout(this);
    form->addRow(tr("&File:"), row);
    form->addRow(tr("File &password:"), m_password);
    qobject_cast<QLabel*>(form->labelForField(row))->setBuddy(m_path);
    connect(m_path, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(m_password, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
}

bool KeystorePage::isComplete() const { return !m_path->text().trimmed().isEmpty() && !m_password->text().isEmpty(); }
QString KeystorePage::path() const { return m_path->text().trimmed(); }
QString KeystorePage::password() const { return m_password->text(); }

} // namespace plinth::ui
