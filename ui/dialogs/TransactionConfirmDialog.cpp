#include "ui/dialogs/TransactionConfirmDialog.h"

#include <QLabel>
#include <QVBoxLayout>

namespace plinth::ui {

// Placeholder until the confirmation flow lands (issue 7, transactions work).
TransactionConfirmDialog::TransactionConfirmDialog(UiServices& services, Address from, NetworkAction action,
                                                   QWidget* parent)
    : QDialog(parent), m_services(services), m_from(from), m_action(std::move(action))
{
    setObjectName(QStringLiteral("confirmDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    auto* layout = new QVBoxLayout(this);
    auto* status = new QLabel(tr("Transactions cannot be sent from this build yet."), this);
    status->setObjectName(QStringLiteral("confirm.status"));
    layout->addWidget(status);
    connect(this, &QDialog::rejected, this, &TransactionConfirmDialog::abandoned);
}

} // namespace plinth::ui
