#pragma once
// The Devices page (placeholder until its issue-7 work lands: it shows the page's empty state).
//
// Ownership: a child of the page stack; keeps references to the window's UiServices and AccountContext,
// which outlive it. Threading: GUI thread only.

#include "ui/AccountContext.h"
#include "ui/UiServices.h"

#include <QWidget>

namespace plinth::ui {

class EmptyStatePage;

class DevicesPage : public QWidget {
    Q_OBJECT
public:
    DevicesPage(UiServices& services, AccountContext& accounts, QWidget* parent = nullptr);
    // Sets the page title and the sentence shown while the page has nothing to show.
    void setEmptyTexts(const QString& title, const QString& message);

private:
    UiServices& m_services;
    AccountContext& m_accounts;
    EmptyStatePage* m_empty;
};

} // namespace plinth::ui
