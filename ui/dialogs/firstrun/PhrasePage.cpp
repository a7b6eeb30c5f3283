#include "ui/dialogs/firstrun/PhrasePage.h"

#include "ui/common/GuiCallback.h"
#include "ui/dialogs/FirstRunWizard.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace plinth::ui {

PhrasePage::PhrasePage(QWidget* parent)
    : QWizardPage(parent)
    , m_length(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_words(new QWidget(this))
    , m_grid(new QGridLayout(m_words))
{
    setObjectName(QStringLiteral("firstRun.phrasePage"));
    setTitle(tr("Your recovery phrase"));
    setSubTitle(tr("Write these words down on paper, in order, and keep them somewhere safe. Anyone who has "
                   "them can take everything in this wallet; without them a lost computer means lost funds."));
    m_length->setObjectName(QStringLiteral("firstRun.phraseLength"));
    m_length->addItem(tr("12 words"), 12);
    m_length->addItem(tr("24 words"), 24);
    m_length->setAccessibleName(tr("Length of the recovery phrase"));
    connect(m_length, &QComboBox::activated, this, [this] { generate(); });
    m_status->setObjectName(QStringLiteral("firstRun.phraseStatus"));
    m_status->setWordWrap(true);
    m_words->setObjectName(QStringLiteral("phraseWords"));
    m_grid->setHorizontalSpacing(24);
    m_grid->setVerticalSpacing(8);

    auto* warning = new QLabel(tr("Never type these words into a website or share a photo of them. Plinth "
                                  "asks for three of them on the next page."),
                               this);
    warning->setObjectName(QStringLiteral("warningText"));
    warning->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Length:"), m_length);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_words);
    layout->addWidget(warning);
    layout->addStretch(1);
}

void PhrasePage::initializePage()
{
    if (qobject_cast<FirstRunWizard*>(wizard())->phrase().isEmpty())
        generate();
}

bool PhrasePage::isComplete() const { return m_ready; }

void PhrasePage::generate()
{
    m_ready = false;
    Q_EMIT completeChanged();
    showWords(QString());
    m_status->setText(tr("Making a new recovery phrase…"));
    const int request = ++m_request;
    qobject_cast<FirstRunWizard*>(wizard())->wallet().newMnemonic(
        m_length->currentData().toInt(), onGui(this, [this, request](Result<SecureString> phrase) {
            if (request != m_request)
                return;
            if (!phrase) {
                //: %1 is the reason, a sentence from the wallet
                m_status->setText(tr("No recovery phrase could be made: %1")
                                      .arg(QString::fromStdString(phrase.error().message)));
                return;
            }
            const QString text = QString::fromUtf8(phrase->view().data(), static_cast<qsizetype>(phrase->size()));
            qobject_cast<FirstRunWizard*>(wizard())->setPhrase(text);
            m_status->clear();
            showWords(text);
            m_ready = true;
            Q_EMIT completeChanged();
        }));
}

void PhrasePage::showWords(const QString& phrase)
{
    while (QLayoutItem* item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QStringList words = phrase.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const int rows = (int(words.size()) + 2) / 3;
    for (int i = 0; i < words.size(); ++i) {
        //: %1 is the word's position in the recovery phrase, %2 the word
        auto* label = new QLabel(tr("%1. %2").arg(i + 1).arg(words.at(i)), m_words);
        label->setObjectName(QStringLiteral("firstRun.word.%1").arg(i + 1));
        label->setProperty("word", words.at(i));
        label->setTextInteractionFlags(Qt::NoTextInteraction); // no accidental copy to the clipboard
        m_grid->addWidget(label, i % rows, i / rows);
    }
}

} // namespace plinth::ui
