#include "ui/widgets/Sidebar.h"

#include "ui/style/Theme.h"

#include <QButtonGroup>
#include <QEvent>
#include <QIcon>
#include <QToolButton>
#include <QVBoxLayout>

namespace plinth::ui {

Sidebar::Sidebar(QWidget* parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
    , m_group(new QButtonGroup(this))
{
    setObjectName(QStringLiteral("sidebar"));
    setAttribute(Qt::WA_StyledBackground);
    m_layout->setContentsMargins(8, 12, 8, 12);
    m_layout->setSpacing(2);
    m_layout->addStretch(1);
    m_group->setExclusive(true);
    connect(m_group, &QButtonGroup::idToggled, this, [this](int id, bool checked) {
        if (checked)
            Q_EMIT currentIndexChanged(id);
    });
}

int Sidebar::addEntry(const QString& id, const QString& iconPath)
{
    auto* button = new QToolButton(this);
    button->setObjectName(QStringLiteral("nav.") + id);
    button->setCheckable(true);
    button->setAutoRaise(true);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_iconPaths.push_back(iconPath);
    button->setIconSize(QSize(20, 20));
    button->setFocusPolicy(Qt::StrongFocus);
    const int index = count();
    m_group->addButton(button, index);
    m_layout->insertWidget(index, button); // before the trailing stretch
    m_buttons.push_back(button);
    paintIcon(m_buttons.size() - 1);
    return index;
}

void Sidebar::paintIcons()
{
    for (std::size_t i = 0; i < m_buttons.size(); ++i)
        paintIcon(i);
}

void Sidebar::paintIcon(std::size_t i)
{
    m_iconMode = static_cast<int>(Theme::current());
    const Palette p = Theme::palette(Theme::current());
    const QSize size = m_buttons[i]->iconSize();
    QIcon icon = Theme::icon(m_iconPaths[i], p.mutedText, size);
    const QIcon checked = Theme::icon(m_iconPaths[i], p.accent, size);
    for (const QSize s : checked.availableSizes())
        icon.addPixmap(checked.pixmap(s), QIcon::Normal, QIcon::On);
    m_buttons[i]->setIcon(icon);
}

void Sidebar::changeEvent(QEvent* event)
{
    // Style sheet polishing sends PaletteChange too: redraw only when the theme did change.
    if (event->type() == QEvent::PaletteChange && m_iconMode != static_cast<int>(Theme::current()))
        paintIcons();
    QWidget::changeEvent(event);
}

void Sidebar::setEntryText(int index, const QString& text, const QString& toolTip)
{
    QToolButton* button = m_buttons.at(static_cast<std::size_t>(index));
    // Entry names are plain text ("Send & Receive"); a single & would become a mnemonic underline.
    button->setText(QString(text).replace(QLatin1Char('&'), QLatin1String("&&")));
    button->setToolTip(toolTip);
    button->setAccessibleName(text);
}

void Sidebar::setCurrentIndex(int index)
{
    if (index >= 0 && index < count())
        m_buttons.at(static_cast<std::size_t>(index))->setChecked(true);
}

int Sidebar::currentIndex() const { return m_group->checkedId(); }

} // namespace plinth::ui
