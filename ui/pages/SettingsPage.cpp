#include "ui/pages/SettingsPage.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace plinth::ui {

SettingsPage::SettingsPage(const QStringList& languages, const QString& current, QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_languageLabel(new QLabel(this))
    , m_language(new QComboBox(this))
{
    setObjectName(QStringLiteral("page.settings"));
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_language->setObjectName(QStringLiteral("settings.language"));
    m_languageLabel->setBuddy(m_language);

    m_language->addItem(QString(), QString()); // the system's language; text set in retranslate()
    for (const QString& code : languages) {
        // Each language is named in itself, so a user can find theirs whatever language is showing.
        const QLocale locale(code);
        QString name = locale.nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        m_language->addItem(name.isEmpty() ? code : name, code);
    }
    m_language->setCurrentIndex(qMax(0, m_language->findData(current)));
    connect(m_language, &QComboBox::activated, this,
            [this](int index) { Q_EMIT languageChangeRequested(m_language->itemData(index).toString()); });

    auto* form = new QFormLayout;
    form->addRow(m_languageLabel, m_language);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->addWidget(m_title);
    layout->addSpacing(16);
    layout->addLayout(form);
    layout->addStretch(1);
    retranslate();
}

void SettingsPage::addSection(QWidget* section) { static_cast<QVBoxLayout*>(layout())->insertWidget(layout()->count() - 1, section); }

void SettingsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SettingsPage::retranslate()
{
    m_title->setText(tr("Settings"));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setItemText(0, tr("System default"));
    m_language->setAccessibleName(tr("Interface language"));
}

} // namespace plinth::ui
