#include "ui/dialogs/firstrun/ConfirmPhrasePage.h"

#include "ui/dialogs/FirstRunWizard.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRandomGenerator>
#include <QVBoxLayout>

#include <algorithm>
#include <vector>

namespace plinth::ui {

ConfirmPhrasePage::ConfirmPhrasePage(QWidget* parent)
    : QWizardPage(parent)
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("firstRun.confirmPage"));
    setTitle(tr("Check your written copy"));
    setSubTitle(tr("Type the words your paper shows at these positions."));
    auto* form = new QFormLayout;
    for (std::size_t i = 0; i < m_fields.size(); ++i) {
        m_labels[i] = new QLabel(this);
        m_fields[i] = new QLineEdit(this);
        m_fields[i]->setObjectName(QStringLiteral("firstRun.confirmWord.%1").arg(i + 1));
        m_labels[i]->setBuddy(m_fields[i]);
        form->addRow(m_labels[i], m_fields[i]);
        connect(m_fields[i], &QLineEdit::textEdited, m_error, &QLabel::clear);
    }
    m_error->setObjectName(QStringLiteral("firstRun.confirmError"));
    m_error->setProperty("role", QStringLiteral("error"));
    m_error->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
}

void ConfirmPhrasePage::initializePage()
{
    const QString phrase = qobject_cast<FirstRunWizard*>(wizard())->phrase();
    if (phrase == m_askedFor)
        return;
    m_askedFor = phrase;
    const int count = int(phrase.split(QLatin1Char(' '), Qt::SkipEmptyParts).size());
    std::vector<int> positions;
    while (positions.size() < m_fields.size() && count >= 3) {
        const int p = QRandomGenerator::global()->bounded(count) + 1;
        if (std::find(positions.begin(), positions.end(), p) == positions.end())
            positions.push_back(p);
    }
    std::sort(positions.begin(), positions.end());
    for (std::size_t i = 0; i < positions.size(); ++i) {
        //: %1 is a position in the recovery phrase, 1 to 24
        m_labels[i]->setText(tr("Word &%1:").arg(positions[i]));
        m_fields[i]->setProperty("position", positions[i]);
        m_fields[i]->setAccessibleName(tr("Word number %1 of the recovery phrase").arg(positions[i]));
        m_fields[i]->clear();
    }
    m_error->clear();
}

bool ConfirmPhrasePage::validatePage()
{
    const QStringList words = m_askedFor.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QLineEdit* field : m_fields) {
        const int position = field->property("position").toInt();
        if (position < 1 || position > words.size())
            return false;
        if (field->text().trimmed().toLower() != words.at(position - 1)) {
            //: %1 is a position in the recovery phrase
            m_error->setText(tr("Word %1 does not match the phrase you were shown. Go back to see it again "
                                "and correct your written copy.")
                                 .arg(position));
            field->setFocus();
            field->selectAll();
            return false;
        }
    }
    return true;
}

} // namespace plinth::ui
