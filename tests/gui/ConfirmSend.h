#pragma once
// Sends what a page's TransactionConfirmDialog (its child, opened by the page) shows: waits for Send to
// be enabled (the preview done), clicks it, and waits for completed(). Shared by the staking and
// governance GUI tests that send through their pages.
//
// Threading: the test's (GUI) thread; spins the event loop while it waits.
// Errors: false with *error saying which step did not happen in time, or that a step was not confirmed.

#include "GuiDevnet.h"
#include "ui/dialogs/TransactionConfirmDialog.h"

#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

namespace plinth::test {

inline bool sendThroughConfirmDialog(QWidget& page, QString* error)
{
    QPointer<ui::TransactionConfirmDialog> confirm = page.findChild<ui::TransactionConfirmDialog*>();
    if (!confirm)
        return *error = QStringLiteral("the page opened no confirmation dialog"), false;
    QSignalSpy completed(confirm.data(), &ui::TransactionConfirmDialog::completed);
    auto* send = confirm->findChild<QPushButton*>(QStringLiteral("confirm.send"));
    if (!send || !spinUntil([&] { return send->isEnabled(); }, std::chrono::seconds(30)))
        return *error = QStringLiteral("Send never became enabled"), false;
    QTest::mouseClick(send, Qt::LeftButton);
    if (!spinUntil([&] { return completed.count() == 1; }, std::chrono::seconds(120)))
        return *error = QStringLiteral("the dialog did not complete in 120 s"), false;
    if (!completed.at(0).at(0).toBool())
        return *error = QStringLiteral("a step was not confirmed"), false;
    return true;
}

} // namespace plinth::test
