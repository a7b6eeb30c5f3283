#include "ui/widgets/Sidebar.h"

#include <QButtonGroup>
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
    button->setIcon(QIcon(iconPath));
    button->setIconSize(QSize(20, 20));
    button->setFocusPolicy(Qt::StrongFocus);
    const int index = count();
    m_group->addButton(button, index);
    m_layout->insertWidget(index, button); // before the trailing stretch
    m_buttons.push_back(button);
    return index;
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
