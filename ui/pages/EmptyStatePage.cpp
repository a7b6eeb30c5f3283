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
    // A word-wrapped label given an alignment in its layout gets a one-line height; let it span the page
    // and centre its text instead.
    layout->addWidget(m_message);
    layout->addStretch(2);
}

void EmptyStatePage::setTexts(const QString& title, const QString& message)
{
    m_title->setText(title);
    m_message->setText(message);
    setAccessibleName(title);
}

} // namespace plinth::ui
