#pragma once
// What the page tests against the devnet share: cast's numbers as UInt256, and the window's account
// context opened on the vault's accounts with the user's account current.
//
// Threading: the test's (GUI) thread. Errors: castNumber() aborts the test on output that is no number.

#include "GuiDevnet.h"
#include "ui/AccountContext.h"
#include "wallet/codec/UInt256.h"

#include <QLabel>
#include <QWidget>

#include <memory>

namespace plinth::test {

inline QString qs(const std::string& s) { return QString::fromStdString(s); }

// cast prints "123 [1.23e2]": the exact first word, as a number.
inline UInt256 castNumber(const QString& castOutput)
{
    auto n = parseDecimalUInt256(DevnetFixture::exactNumber(castOutput).toStdString());
    if (!n)
        qFatal("cast printed no number: %s", qPrintable(castOutput));
    return *n;
}

// An AccountContext over the devnet's vault, refreshed; null when no account became current in time.
inline std::unique_ptr<ui::AccountContext> openAccounts(GuiDevnet& net)
{
    auto accounts = std::make_unique<ui::AccountContext>(*net.services().wallet);
    accounts->refresh();
    if (!spinUntil([&] { return accounts->current().has_value(); }))
        return nullptr;
    return accounts;
}

// The label `name` of `page`; aborts the test when the page has none.
inline QLabel* labelOf(const QWidget& page, const char* name)
{
    auto* l = page.findChild<QLabel*>(QString::fromLatin1(name));
    if (!l)
        qFatal("no label %s", name);
    return l;
}

} // namespace plinth::test
