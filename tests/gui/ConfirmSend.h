#pragma once
// Sends what a page's TransactionConfirmDialog (its child, opened by the page) shows: waits for Send to
// be enabled (the preview done), clicks it, and waits for completed(). Shared by the GUI tests that send
// through their pages; clickSendWhenReady() alone for a test that mines the block itself.
//
// Threading: the test's (GUI) thread; spins the event loop while it waits.
// Errors: false with *error saying which step did not happen in time, or that a step was not confirmed.

#include "GuiDevnet.h"
#include "ui/dialogs/TransactionConfirmDialog.h"

#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

namespace plinth::test {

// Waits for the dialog's Send to be enabled (its preview done), gives the vault password when the
// dialog asks for it, and clicks Send.
inline bool clickSendWhenReady(ui::TransactionConfirmDialog& confirm, QString* error)
{
    auto* send = confirm.findChild<QPushButton*>(QStringLiteral("confirm.send"));
    if (!send || !spinUntil([&] { return send->isEnabled(); }, std::chrono::seconds(60)))
        return *error = QStringLiteral("Send never became enabled"), false;
    if (auto* password = confirm.findChild<QLineEdit*>(QStringLiteral("confirm.password")); password && password->isVisible())
        password->setText(QString::fromLatin1(GuiDevnet::kPassword));
    QTest::mouseClick(send, Qt::LeftButton);
    return true;
}

inline bool sendThroughConfirmDialog(QWidget& page, QString* error)
{
    QPointer<ui::TransactionConfirmDialog> confirm = page.findChild<ui::TransactionConfirmDialog*>();
    if (!confirm)
        return *error = QStringLiteral("the page opened no confirmation dialog"), false;
    QSignalSpy completed(confirm.data(), &ui::TransactionConfirmDialog::completed);
    if (!clickSendWhenReady(*confirm, error))
        return false;
    if (!spinUntil([&] { return completed.count() == 1; }, std::chrono::seconds(120)))
        return *error = QStringLiteral("the dialog did not complete in 120 s"), false;
    if (!completed.at(0).at(0).toBool())
        return *error = QStringLiteral("a step was not confirmed"), false;
    return true;
}

} // namespace plinth::test
