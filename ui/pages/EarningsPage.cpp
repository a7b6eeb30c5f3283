#include "ui/pages/EarningsPage.h"

#include "ui/pages/EmptyStatePage.h"

#include <QVBoxLayout>

namespace plinth::ui {

EarningsPage::EarningsPage(UiServices& services, AccountContext& accounts, QWidget* parent)
    : QWidget(parent), m_services(services), m_accounts(accounts), m_empty(new EmptyStatePage(QStringLiteral("earnings.empty"), this))
{
    setObjectName(QStringLiteral("page.earnings"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_empty);
}

void EarningsPage::setEmptyTexts(const QString& title, const QString& message) { m_empty->setTexts(title, message); }

} // namespace plinth::ui
