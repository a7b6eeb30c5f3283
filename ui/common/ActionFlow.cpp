#include "ui/common/ActionFlow.h"

#include "ui/common/GuiCallback.h"
#include "ui/dialogs/TransactionConfirmDialog.h"

#include <QCoreApplication>
#include <QLabel>

namespace plinth::ui {

TokenUnits tokenUnits(const UiServices& services)
{
    if (!services.profile)
        return {};
    return {services.profile->token.decimals, QString::fromStdString(services.profile->token.symbol)};
}

void confirmAction(QWidget* page, UiServices& services, const Address& from, NetworkAction action, QLabel* status,
                   std::function<void()> reload)
{
    auto* dialog = new TransactionConfirmDialog(services, from, std::move(action), page);
    QObject::connect(dialog, &TransactionConfirmDialog::completed, page, [page, &services, status, reload](bool confirmed) {
        status->setText(confirmed ? QCoreApplication::translate("plinth::ui::ActionFlow", "Confirmed. The page updates once the new block is verified.")
                                  : QCoreApplication::translate("plinth::ui::ActionFlow",
                                                                "The transaction did not go through; see Activity for its state."));
        status->show();
        if (services.sync)
            services.sync->syncOnce(onGui(page, [reload](Result<SyncReport>) { reload(); }));
    });
    dialog->open();
}

} // namespace plinth::ui
