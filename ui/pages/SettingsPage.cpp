#include "ui/pages/SettingsPage.h"

#include "ui/pages/EndpointsSection.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace plinth::ui {

SettingsPage::SettingsPage(UiServices& services, AccountContext& /*accounts*/, UiSettings& settings,
                           const QStringList& languages, QWidget* parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_sections(new QVBoxLayout)
    , m_title(new QLabel(this))
    , m_endpoints(new EndpointsSection(services, this))
    , m_securityTitle(new QLabel(this))
    , m_autoLockLabel(new QLabel(this))
    , m_autoLockHint(new QLabel(this))
    , m_autoLock(new QSpinBox(this))
    , m_themeTitle(new QLabel(this))
    , m_themeLabel(new QLabel(this))
    , m_theme(new QComboBox(this))
    , m_languageTitle(new QLabel(this))
    , m_languageLabel(new QLabel(this))
    , m_language(new QComboBox(this))
{
    setObjectName(QStringLiteral("page.settings"));
    m_title->setObjectName(QStringLiteral("pageTitle"));

    m_autoLock->setObjectName(QStringLiteral("settings.autoLock"));
    m_autoLock->setRange(0, 240);
    m_autoLock->setValue(m_settings.autoLockMinutes());
    connect(m_autoLock, &QSpinBox::valueChanged, this, [this](int minutes) {
        m_settings.setAutoLockMinutes(minutes);
        Q_EMIT autoLockChanged(minutes);
    });

    m_theme->setObjectName(QStringLiteral("settings.theme"));
    for (auto choice : {UiSettings::ThemeChoice::System, UiSettings::ThemeChoice::Light, UiSettings::ThemeChoice::Dark})
        m_theme->addItem(QString(), static_cast<int>(choice)); // texts in retranslate()
    m_theme->setCurrentIndex(qMax(0, m_theme->findData(static_cast<int>(m_settings.theme()))));
    connect(m_theme, &QComboBox::activated, this, [this](int index) {
        const auto choice = static_cast<UiSettings::ThemeChoice>(m_theme->itemData(index).toInt());
        m_settings.setTheme(choice);
        Q_EMIT themeChangeRequested(choice);
    });

    m_language->setObjectName(QStringLiteral("settings.language"));
    m_language->addItem(QString(), QString()); // the system's language; text set in retranslate()
    for (const QString& code : languages) {
        // Each language is named in itself, so a user can find theirs whatever language is showing.
        const QLocale locale(code);
        QString name = locale.nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        m_language->addItem(name.isEmpty() ? code : name, code);
    }
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_settings.language())));
    connect(m_language, &QComboBox::activated, this, [this](int index) {
        const QString code = m_language->itemData(index).toString();
        m_settings.setLanguage(code);
        Q_EMIT languageChangeRequested(code);
    });

    // The sections scroll; the title stays.
    auto* column = new QWidget;
    column->setObjectName(QStringLiteral("settings.sections"));
    column->setLayout(m_sections);
    m_sections->setContentsMargins(0, 0, 8, 0);
    m_sections->setSpacing(16);
    m_sections->addWidget(m_endpoints);
    m_sections->addWidget(makeSection(m_securityTitle, m_autoLock, m_autoLockLabel, m_autoLockHint));
    m_sections->addWidget(makeSection(m_themeTitle, m_theme, m_themeLabel, nullptr));
    m_sections->addWidget(makeSection(m_languageTitle, m_language, m_languageLabel, nullptr));
    m_sections->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("settings.scroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(column);
    scroll->viewport()->setAutoFillBackground(false);
    column->setAutoFillBackground(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->addWidget(m_title);
    layout->addSpacing(8);
    layout->addWidget(scroll, 1);
    retranslate();
}

QWidget* SettingsPage::makeSection(QLabel* title, QWidget* control, QLabel* label, QLabel* hint)
{
    auto* frame = new QFrame(this);
    frame->setObjectName(QStringLiteral("settingsSection"));
    title->setObjectName(QStringLiteral("settingsSectionTitle"));
    label->setBuddy(control);
    auto* form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    control->setMinimumWidth(220);
    form->addRow(label, control);
    auto* layout = new QVBoxLayout(frame);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(8);
    layout->addWidget(title);
    if (hint) {
        hint->setObjectName(QStringLiteral("settingsHint"));
        hint->setWordWrap(true);
        layout->addWidget(hint);
    }
    layout->addLayout(form);
    return frame;
}

void SettingsPage::addSection(QWidget* section)
{
    m_sections->insertWidget(m_sections->count() - 1, section); // before the trailing stretch
}

void SettingsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SettingsPage::retranslate()
{
    m_title->setText(tr("Settings"));
    findChild<QScrollArea*>(QStringLiteral("settings.scroll"))->setAccessibleName(tr("Settings"));
    m_securityTitle->setText(tr("Security"));
    m_autoLockLabel->setText(tr("Auto-&lock after:"));
    m_autoLock->setSpecialValueText(tr("Never"));
    //: the unit after the auto-lock minutes
    m_autoLock->setSuffix(tr(" min"));
    m_autoLock->setAccessibleName(tr("Auto-lock after minutes without use"));
    m_autoLockHint->setText(tr("The vault locks itself after this many minutes without use; Ctrl+L locks it at once."));
    m_themeTitle->setText(tr("Appearance"));
    m_themeLabel->setText(tr("&Theme:"));
    m_theme->setItemText(0, tr("Follow the system"));
    m_theme->setItemText(1, tr("Light"));
    m_theme->setItemText(2, tr("Dark"));
    m_theme->setAccessibleName(tr("Theme"));
    m_languageTitle->setText(tr("Language"));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setItemText(0, tr("System default"));
    m_language->setAccessibleName(tr("Interface language"));
}

} // namespace plinth::ui
