#include "ui/widgets/DeviceDetailPanel.h"

#include "ui/common/Formatting.h"
#include "ui/models/DevicesModel.h"
#include "ui/widgets/DeviceEarningsChart.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace plinth::ui {
namespace {

// Basis points as a percentage through the shared amount formatter: 9550 -> "95.5 %".
QString basisPoints(std::uint64_t bp) { return formatAmount(UInt256(bp), 2, QStringLiteral("%")); }

} // namespace

DeviceDetailPanel::DeviceDetailPanel(unsigned tokenDecimals, QString tokenSymbol, QWidget* parent)
    : QWidget(parent), m_decimals(tokenDecimals), m_symbol(std::move(tokenSymbol)), m_title(new QLabel(this)),
      m_state(new QLabel(this)), m_pages(new QStackedWidget(this)), m_body(new QWidget), m_chart(new DeviceEarningsChart),
      m_actionRow(new QWidget)
{
    setObjectName(QStringLiteral("devices.detail"));
    setAccessibleName(tr("Device detail panel"));
    m_title->setObjectName(QStringLiteral("devices.detail.title"));
    m_title->setProperty("plinthRole", QStringLiteral("sectionTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_state->setObjectName(QStringLiteral("devices.detail.state"));
    m_state->setProperty("plinthRole", QStringLiteral("stateMessage"));
    m_state->setAccessibleName(tr("Device detail status message"));
    m_state->setWordWrap(true);
    m_state->setAlignment(Qt::AlignCenter);

    auto* form = new QFormLayout;
    form->setHorizontalSpacing(16);
    form->setVerticalSpacing(8);
    addField(form, QStringLiteral("owner"), tr("Owner"));
    addField(form, QStringLiteral("kind"), tr("Kind"));
    addField(form, QStringLiteral("capacity"), tr("Capacity"));
    addField(form, QStringLiteral("region"), tr("Region"));
    addField(form, QStringLiteral("metadata"), tr("Metadata URI"));
    addField(form, QStringLiteral("registered"), tr("Registered"));
    addField(form, QStringLiteral("stake"), tr("Stake"));
    addField(form, QStringLiteral("earned"), tr("Earned to date"));
    addField(form, QStringLiteral("rewards"), tr("Rewards"));
    addField(form, QStringLiteral("score"), tr("Latest score"));
    addField(form, QStringLiteral("uptime"), tr("Uptime"));
    addField(form, QStringLiteral("offline"), tr("Offline epochs"));
    addField(form, QStringLiteral("previousOwners"), tr("Previous owners"));

    auto* actions = new QHBoxLayout(m_actionRow);
    actions->setContentsMargins(0, 0, 0, 0);
    actions->setSpacing(8);
    connect(addAction(QStringLiteral("update"), tr("&Update…"), tr("Update the device's capacity, region or metadata")),
            &QPushButton::clicked, this, &DeviceDetailPanel::updateRequested);
    connect(addAction(QStringLiteral("stake"), tr("&Stake…"), tr("Stake on this device")), &QPushButton::clicked, this,
            &DeviceDetailPanel::stakeRequested);
    connect(addAction(QStringLiteral("transfer"), tr("&Transfer…"), tr("Transfer the device to another account")),
            &QPushButton::clicked, this, &DeviceDetailPanel::transferRequested);
    connect(addAction(QStringLiteral("retire"), tr("&Retire…"), tr("Retire the device for good")), &QPushButton::clicked,
            this, &DeviceDetailPanel::retireRequested);
    actions->addStretch(1);

    auto* bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->setSpacing(12);
    bodyLayout->addWidget(m_actionRow);
    bodyLayout->addLayout(form);
    bodyLayout->addWidget(m_chart, 1);
    auto* scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("devices.detail.scroll"));
    scroll->setAccessibleName(tr("Device fields, actions and earnings chart"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // values wrap; a sideways scroll hides them
    scroll->setWidget(m_body);

    m_pages->addWidget(m_state);
    m_pages->addWidget(scroll);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_title);
    layout->addWidget(m_pages, 1);
    showNothing();
}

QLabel* DeviceDetailPanel::addField(QFormLayout* form, const QString& key, const QString& label)
{
    auto* value = new QLabel;
    value->setObjectName(QStringLiteral("devices.detail.") + key);
    value->setAccessibleName(label);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setWordWrap(true);
    auto* name = new QLabel(label);
    name->setProperty("plinthRole", QStringLiteral("fieldLabel"));
    name->setBuddy(value);
    form->addRow(name, value);
    m_fields[key] = value;
    return value;
}

QPushButton* DeviceDetailPanel::addAction(const QString& key, const QString& text, const QString& accessible)
{
    auto* button = new QPushButton(text, m_actionRow);
    button->setObjectName(QStringLiteral("devices.detail.") + key);
    button->setAccessibleName(accessible);
    button->setToolTip(accessible);
    m_actionRow->layout()->addWidget(button);
    m_actions.push_back(button);
    return button;
}

void DeviceDetailPanel::showState(const QString& sentence)
{
    m_state->setText(sentence);
    m_pages->setCurrentWidget(m_state);
}

void DeviceDetailPanel::showNothing()
{
    m_detail.reset();
    m_title->setText(tr("Device"));
    showState(tr("Select a device to see its earnings, scores and actions."));
}

void DeviceDetailPanel::showLoading()
{
    m_detail.reset();
    showState(tr("Reading the device's rewards from the verified cache…"));
}

void DeviceDetailPanel::showError(const QString& message)
{
    m_detail.reset();
    //: %1 why the device could not be read, one sentence
    showState(tr("The device could not be read: %1").arg(message));
}

QString DeviceDetailPanel::uptimeText(const DeviceDetail& detail) const
{
    const auto& rewards = detail.rewards;
    if (rewards.empty())
        return tr("Not scored yet: no epoch has rewarded it.");
    const auto online = static_cast<std::uint64_t>(
        std::count_if(rewards.begin(), rewards.end(), [](const RewardRecord& r) { return r.score > 0; }));
    std::uint64_t sum = 0;
    for (const RewardRecord& r : rewards)
        sum += r.score;
    //: %1 epochs that scored above 0, %2 epochs scored in all, %3 the average score as a percentage
    return tr("Online in %1 of %2 scored epochs; average score %3")
        .arg(formatCount(online), formatCount(rewards.size()), basisPoints(sum / rewards.size()));
}

void DeviceDetailPanel::showDetail(const DeviceDetail& detail, bool actionsAllowed)
{
    m_detail = detail;
    const Device& d = detail.device;
    m_title->setText(fullAddress(d.address));
    m_fields[QStringLiteral("owner")]->setText(fullAddress(d.owner));
    m_fields[QStringLiteral("kind")]->setText(DevicesModel::kindText(d.kind));
    m_fields[QStringLiteral("capacity")]->setText(formatAmount(d.capacity, 0, QString::fromStdString(d.unit)));
    m_fields[QStringLiteral("region")]->setText(d.region.empty() ? tr("None given") : QString::fromStdString(d.region));
    m_fields[QStringLiteral("metadata")]->setText(d.metadataURI.empty() ? tr("None given") : QString::fromStdString(d.metadataURI));
    m_fields[QStringLiteral("registered")]->setText(
        //: %1 date and time, %2 block number
        tr("%1, block %2").arg(formatDateTime(d.registeredAt), formatCount(d.registered.blockNumber)));
    m_fields[QStringLiteral("stake")]->setText(
        //: %1 every staker's stake on the device, %2 the owner's own part of it
        tr("%1 (the owner's own: %2)").arg(formatAmount(d.stake, m_decimals, m_symbol), formatAmount(d.ownStake, m_decimals, m_symbol)));
    QLabel* earned = m_fields[QStringLiteral("earned")];
    earned->setText(formatAmount(d.lifetimeEarned, m_decimals, m_symbol));
    earned->setToolTip(fullAmount(d.lifetimeEarned, m_decimals, m_symbol));
    m_fields[QStringLiteral("rewards")]->setText(tr("%Ln reward(s)", nullptr, static_cast<int>(d.rewardCount)));
    m_fields[QStringLiteral("score")]->setText(
        d.lastEpoch ? tr("%1 in epoch %2").arg(basisPoints(d.lastScore), formatCount(*d.lastEpoch)) : tr("Not scored yet"));
    m_fields[QStringLiteral("uptime")]->setText(uptimeText(detail));
    QStringList spans;
    for (const EpochSpan& s : d.offlineSpans) {
        //: a run of epochs, first to last
        const QString run = tr("%1 to %2").arg(formatCount(s.first), formatCount(s.last));
        spans << (s.first == s.last ? formatCount(s.first) : run);
    }
    m_fields[QStringLiteral("offline")]->setText(spans.isEmpty() ? tr("None: it scored in every epoch") : spans.join(QStringLiteral(", ")));
    QStringList previous;
    for (const Address& a : d.previousOwners)
        previous << fullAddress(a);
    m_fields[QStringLiteral("previousOwners")]->setText(previous.isEmpty() ? tr("None") : previous.join(QLatin1Char('\n')));
    m_chart->setRewards(detail.rewards, m_decimals, m_symbol, tr("No rewards yet: its earnings appear here once an epoch scores it."));
    for (QPushButton* b : m_actions)
        b->setEnabled(actionsAllowed);
    m_pages->setCurrentIndex(1);
}

} // namespace plinth::ui
