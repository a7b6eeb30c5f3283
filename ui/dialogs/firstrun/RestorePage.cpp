#include "ui/dialogs/firstrun/RestorePage.h"

#include "ui/dialogs/FirstRunWizard.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStyle>
#include <QVBoxLayout>

namespace plinth::ui {

RestorePage::RestorePage(QWidget* parent)
    : QWizardPage(parent)
    , m_phrase(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
    , m_passphrase(new QLineEdit(this))
{
    setObjectName(QStringLiteral("firstRun.restorePage"));
    setTitle(tr("Restore from a recovery phrase"));
    setSubTitle(tr("Type the words in order, separated by spaces."));
    m_phrase->setObjectName(QStringLiteral("firstRun.restorePhrase"));
    m_phrase->setAccessibleName(tr("Recovery phrase"));
    m_phrase->setTabChangesFocus(true);
    m_phrase->setFixedHeight(96);
    m_status->setObjectName(QStringLiteral("firstRun.restoreStatus"));
    m_status->setWordWrap(true);
    m_passphrase->setObjectName(QStringLiteral("firstRun.passphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setAccessibleName(tr("Optional BIP-39 passphrase"));
    m_passphrase->setPlaceholderText(tr("Leave empty unless the wallet used one"));
    auto* passphraseHint = new QLabel(tr("A passphrase makes a different wallet from the same words: a wrong "
                                         "one restores an empty wallet, not an error."),
                                      this);
    passphraseHint->setObjectName(QStringLiteral("hint"));
    passphraseHint->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Passphrase:"), m_passphrase);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_phrase);
    layout->addWidget(m_status);
    layout->addLayout(form);
    layout->addWidget(passphraseHint);
    layout->addStretch(1);
    connect(m_phrase, &QPlainTextEdit::textChanged, this, &RestorePage::check);
    check();
}

QString RestorePage::passphrase() const { return m_passphrase->text(); }

bool RestorePage::isComplete() const { return m_valid; }

void RestorePage::check()
{
    const QString text = m_phrase->toPlainText();
    const QStringList words = text.simplified().toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    // The last word is still being typed unless a space follows it: then only a non-prefix is wrong.
    const bool lastDone = !text.isEmpty() && text.back().isSpace();
    QString problem;
    for (int i = 0; i < words.size() && problem.isEmpty(); ++i) {
        const std::string w = words.at(i).toStdString();
        const bool typing = i == words.size() - 1 && !lastDone;
        if (typing ? !WalletService::isMnemonicWordPrefix(w) : !WalletService::isMnemonicWord(w))
            //: %1 is the word's position, %2 the word as typed
            problem = tr("Word %1 (“%2”) is not in the BIP-39 word list.").arg(i + 1).arg(words.at(i));
    }
    m_valid = false;
    if (!problem.isEmpty()) {
        m_status->setText(problem);
        m_status->setProperty("role", QStringLiteral("error"));
    } else if (words.isEmpty()) {
        m_status->setText(tr("A recovery phrase has 12, 15, 18, 21 or 24 words."));
        m_status->setProperty("role", QString());
    } else if (auto ok = WalletService::checkMnemonic(words.join(QLatin1Char(' ')).toStdString()); !ok) {
        const int n = int(words.size());
        const bool countOk = n == 12 || n == 15 || n == 18 || n == 21 || n == 24;
        m_status->setText(countOk ? tr("All words are valid, but the checksum does not match: a word is wrong "
                                       "or out of order.")
                                  : tr("%n word(s) so far; a recovery phrase has 12, 15, 18, 21 or 24.", "", n));
        m_status->setProperty("role", countOk ? QStringLiteral("error") : QString());
    } else {
        m_valid = true;
        m_status->setText(tr("The phrase is valid (%n words, checksum correct).", "", int(words.size())));
        m_status->setProperty("role", QStringLiteral("ok"));
    }
    m_status->style()->unpolish(m_status);
    m_status->style()->polish(m_status);
    Q_EMIT completeChanged();
}

bool RestorePage::validatePage()
{
    if (!m_valid)
        return false;
    qobject_cast<FirstRunWizard*>(wizard())->setPhrase(m_phrase->toPlainText().simplified().toLower());
    return true;
}

} // namespace plinth::ui
