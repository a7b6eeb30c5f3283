#pragma once
// A contract call sent straight through the TransactionsService (preview, then send), for GUI tests that
// need a transaction of the account in flight without driving a page to make it: the Activity page's
// cancel and the notifier's confirmed and failed transactions. Returns once the node has it (the first
// status), not when it is mined; the service goes on tracking it and journals what happens.
//
// Threading: the test's (GUI) thread; the service answers on its worker, which a wait here never holds
// up. Errors: nullopt with *error saying what failed (the preview's build error or revert, or no send
// in time).

#include "GuiDevnet.h"
#include "ServiceTestSupport.h"
#include "wallet/codec/Hex.h"

#include <QCoreApplication>

#include <memory>
#include <optional>

namespace plinth::test {

inline std::optional<Hash32> sendThroughService(GuiDevnet& net, const std::string& description, ContractCallRequest call, QString* error)
{
    auto preview = ask<PreviewedCall>([&](auto done) { net.services().transactions->preview(description, call, std::move(done)); });
    if (!preview)
        return *error = QString::fromStdString(preview.error().message), std::nullopt;
    if (!preview->sendable())
        return *error = QStringLiteral("the preview cannot be sent: %1")
                            .arg(QString::fromStdString(preview->buildError ? preview->buildError->message : "its simulation reverted")),
               std::nullopt;
    // Shared: the service reports every later change of state too, after this function returned.
    auto sent = std::make_shared<std::optional<Hash32>>();
    net.services().transactions->send(
        *preview,
        [sent](const TrackedTransaction& t) {
            const Hash32 h = t.sent.hash;
            QMetaObject::invokeMethod(qApp, [sent, h] { if (!*sent) *sent = h; }, Qt::QueuedConnection);
        },
        [](Result<TrackedTransaction>) {});
    if (!spinUntil([&] { return sent->has_value(); }, std::chrono::seconds(30)))
        return *error = QStringLiteral("the transaction was not sent in 30 s"), std::nullopt;
    return *sent;
}

} // namespace plinth::test
