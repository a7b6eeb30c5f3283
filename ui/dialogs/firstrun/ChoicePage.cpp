#include "ui/dialogs/firstrun/ChoicePage.h"

#include "ui/dialogs/FirstRunWizard.h"

#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace plinth::ui {
namespace {

QRadioButton* option(QWidget* parent, QVBoxLayout* layout, const char* name, const QString& text,
                     const QString& detail)
{
    auto* button = new QRadioButton(text, parent);
    button->setObjectName(QString::fromLatin1(name));
    button->setAccessibleName(text);
    button->setAccessibleDescription(detail);
    auto* hint = new QLabel(detail, parent);
    hint->setObjectName(QStringLiteral("hint"));
    hint->setWordWrap(true);
    hint->setIndent(24);
    layout->addWidget(button);
    layout->addWidget(hint);
    layout->addSpacing(8);
    return button;
}

} // namespace

ChoicePage::ChoicePage(QWidget* parent)
    : QWizardPage(parent)
{
    setObjectName(QStringLiteral("firstRun.choosePage"));
    setTitle(tr("Welcome to Plinth"));
    setSubTitle(tr("This data folder has no wallet yet. How do you want to start?"));
    auto* layout = new QVBoxLayout(this);
    m_create = option(this, layout, "firstRun.create", tr("&Create a new wallet"),
                      tr("Plinth makes a new recovery phrase; you write it down and keep it safe."));
    m_restore = option(this, layout, "firstRun.restore", tr("&Restore from a recovery phrase"),
                       tr("Type the 12 or 24 words of a wallet you already have."));
    m_keystore = option(this, layout, "firstRun.keystore", tr("&Import a keystore file"),
                        tr("A keystore v3 JSON file (from geth, MetaMask, cast or Plinth) and its password."));
    m_watch = option(this, layout, "firstRun.watch", tr("&Watch an address"),
                     tr("See an address's balances, devices and rewards without its key: nothing can be signed."));
    layout->addStretch(1);
    m_create->setChecked(true);
}

bool ChoicePage::validatePage()
{
    auto* w = qobject_cast<FirstRunWizard*>(wizard());
    if (m_restore->isChecked())
        w->setMode(FirstRunWizard::Mode::Restore);
    else if (m_keystore->isChecked())
        w->setMode(FirstRunWizard::Mode::Keystore);
    else if (m_watch->isChecked())
        w->setMode(FirstRunWizard::Mode::Watch);
    else
        w->setMode(FirstRunWizard::Mode::Create);
    return true;
}

} // namespace plinth::ui
