#include "ui/dialogs/firstrun/WatchPage.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>

namespace plinth::ui {

WatchPage::WatchPage(QWidget* parent)
    : QWizardPage(parent)
    , m_input(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_label(new QLineEdit(this))
{
    setObjectName(QStringLiteral("firstRun.watchPage"));
    setTitle(tr("Watch an address"));
    setSubTitle(tr("Plinth shows this address's balances, devices, rewards and votes. It cannot sign for it; "
                   "you can add keys later."));
    m_input->setObjectName(QStringLiteral("firstRun.watchAddress"));
    m_input->setAccessibleName(tr("Address to watch"));
    m_input->setPlaceholderText(QStringLiteral("0x…"));
    m_status->setObjectName(QStringLiteral("firstRun.watchStatus"));
    m_status->setWordWrap(true);
    m_label->setObjectName(QStringLiteral("firstRun.watchLabel"));
    m_label->setAccessibleName(tr("Label for the address"));
    auto* form = new QFormLayout(this);
    form->addRow(tr("&Address:"), m_input);
    form->addRow(QString(), m_status);
    form->addRow(tr("&Label:"), m_label);
    connect(m_input, &QLineEdit::textChanged, this, &WatchPage::check);
    check();
}

QString WatchPage::label() const { return m_label->text().trimmed(); }

void WatchPage::check()
{
    const QString text = m_input->text().trimmed();
    m_address.reset();
    if (text.isEmpty()) {
        m_status->setText(tr("An address is 0x followed by 40 hexadecimal digits."));
        m_status->setProperty("role", QString());
    } else if (auto parsed = parseAddress(text.toStdString()); !parsed) {
        const bool checksum = parsed.error().message.find("checksum") != std::string::npos;
        m_status->setText(checksum ? tr("The capital letters do not match this address's checksum (EIP-55): "
                                        "a character is probably mistyped.")
                                   : tr("This is not an address: it must be 0x followed by 40 hexadecimal digits."));
        m_status->setProperty("role", QStringLiteral("error"));
    } else {
        m_address = *parsed;
        //: %1 is the address in its checksummed form
        m_status->setText(tr("Valid address: %1").arg(QString::fromStdString(toChecksumAddress(*parsed))));
        m_status->setProperty("role", QStringLiteral("ok"));
    }
    m_status->style()->unpolish(m_status);
    m_status->style()->polish(m_status);
    Q_EMIT completeChanged();
}

} // namespace plinth::ui
