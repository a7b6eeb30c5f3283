#include "ui/dialogs/firstrun/NetworkPage.h"

#include "ui/common/Background.h"

#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QVBoxLayout>

namespace plinth::ui {

NetworkPage::NetworkPage(NetworkProbe probe, QWidget* parent)
    : QWizardPage(parent)
    , m_probe(std::move(probe))
    , m_list(new QListWidget(this))
    , m_status(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_busyText(new QLabel(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("firstRun.networkPage"));
    setTitle(tr("Choose the network"));
    setSubTitle(tr("Plinth follows one deployment of the network at a time; you can add others in Settings."));
    m_list->setObjectName(QStringLiteral("firstRun.networks"));
    m_list->setAccessibleName(tr("Networks"));
    m_status->setObjectName(QStringLiteral("firstRun.networkStatus"));
    m_status->setWordWrap(true);
    m_busy->setObjectName(QStringLiteral("firstRun.busy"));
    m_busy->setRange(0, 0); // indeterminate: a KDF reports no progress
    m_busy->setAccessibleName(tr("Working"));
    m_busy->hide();
    m_busyText->setObjectName(QStringLiteral("firstRun.busyText"));
    m_busyText->hide();
    m_error->setObjectName(QStringLiteral("firstRun.error"));
    m_error->setProperty("role", QStringLiteral("error"));
    m_error->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_busyText);
    layout->addWidget(m_busy);
    layout->addWidget(m_error);
    connect(m_list, &QListWidget::currentRowChanged, this, &QWizardPage::completeChanged);
}

void NetworkPage::initializePage()
{
    if (m_probing)
        return;
    m_probing = true;
    m_list->clear();
    m_status->setText(tr("Looking for networks and asking the local devnet whether it runs…"));
    Q_EMIT completeChanged();
    runInBackground(this, m_probe, [this](QList<NetworkChoice> choices) {
        m_probing = false;
        showChoices(choices);
    });
}

void NetworkPage::showChoices(const QList<NetworkChoice>& choices)
{
    m_list->clear();
    int preferred = -1;
    for (const NetworkChoice& c : choices) {
        if (c.isLocalDevnet && !c.answers)
            continue; // offered only when it runs
        auto* item = new QListWidgetItem(QStringLiteral("%1\n%2").arg(c.name, c.description), m_list);
        item->setData(Qt::UserRole, c.name);
        item->setData(Qt::AccessibleTextRole, c.name);
        if (preferred < 0 && c.answers)
            preferred = m_list->count() - 1;
    }
    auto* none = new QListWidgetItem(tr("No network for now\nChoose one later in Settings."), m_list);
    none->setData(Qt::UserRole, QString());
    m_list->setCurrentRow(preferred >= 0 ? preferred : 0);
    m_status->setText(m_list->count() > 1 ? QString()
                                          : tr("No network profile was found and no local devnet answered."));
    Q_EMIT completeChanged();
}

bool NetworkPage::isComplete() const { return !m_probing && !m_busyNow && m_list->currentItem(); }

QString NetworkPage::networkName() const
{
    return m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toString() : QString();
}

void NetworkPage::setBusy(const QString& what)
{
    m_busyNow = !what.isEmpty();
    m_busy->setVisible(m_busyNow);
    m_busyText->setVisible(m_busyNow);
    m_busyText->setText(what);
    m_list->setEnabled(!m_busyNow);
    if (m_busyNow)
        m_error->clear();
    Q_EMIT completeChanged();
}

void NetworkPage::setError(const QString& message) { m_error->setText(message); }

} // namespace plinth::ui
