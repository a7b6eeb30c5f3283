#include "ui/pages/EmptyStatePage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace plinth::ui {

EmptyStatePage::EmptyStatePage(const QString& id, QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("page.") + id);
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_message->setObjectName(QStringLiteral("emptyStateMessage"));
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->addWidget(m_title);
    layout->addStretch(1);
    layout->addWidget(m_message, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    m_message->setMaximumWidth(520);
}

void EmptyStatePage::setTexts(const QString& title, const QString& message)
{
    m_title->setText(title);
    m_message->setText(message);
    setAccessibleName(title);
}

} // namespace plinth::ui
