#include "ui/pages/EndpointsSection.h"

#include "ui/common/GuiCallback.h"
#include "ui/common/Formatting.h"
#include "wallet/api/EndpointTester.h"
#include "wallet/api/NetworkProfileFile.h"
#include "wallet/rpc/EndpointConfig.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QStringListModel>
#include <QStyle>
#include <QThreadPool>
#include <QVBoxLayout>

namespace plinth::ui {

EndpointsSection::EndpointsSection(UiServices& services, QWidget* parent)
    : QFrame(parent)
    , m_services(services)
    , m_profile(services.profile)
    , m_tester(std::make_unique<EndpointTester>())
    , m_model(new QStringListModel(this))
    , m_title(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_list(new QListView(this))
    , m_url(new QLineEdit(this))
    , m_add(new QPushButton(this))
    , m_test(new QPushButton(this))
    , m_up(new QPushButton(this))
    , m_down(new QPushButton(this))
    , m_remove(new QPushButton(this))
    , m_result(new QLabel(this))
{
    setObjectName(QStringLiteral("settingsSection"));
    m_title->setObjectName(QStringLiteral("settingsSectionTitle"));
    m_hint->setObjectName(QStringLiteral("settingsHint"));
    m_hint->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("settings.endpoints"));
    m_list->setModel(m_model);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setMaximumHeight(96);
    m_url->setObjectName(QStringLiteral("settings.endpointUrl"));
    m_url->setPlaceholderText(QStringLiteral("https://rpc.example.org"));
    m_add->setObjectName(QStringLiteral("settings.addEndpoint"));
    m_test->setObjectName(QStringLiteral("settings.testEndpoint"));
    m_up->setObjectName(QStringLiteral("settings.endpointUp"));
    m_down->setObjectName(QStringLiteral("settings.endpointDown"));
    m_remove->setObjectName(QStringLiteral("settings.removeEndpoint"));
    m_result->setObjectName(QStringLiteral("settingsResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    if (m_profile) {
        QStringList urls;
        for (const std::string& url : m_profile->rpc)
            urls << QString::fromStdString(url);
        m_model->setStringList(urls);
    }

    auto* buttons = new QVBoxLayout;
    buttons->setSpacing(4);
    for (QPushButton* b : {m_test, m_up, m_down, m_remove})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto* listRow = new QHBoxLayout;
    listRow->addWidget(m_list, 1);
    listRow->addLayout(buttons);
    auto* addRow = new QHBoxLayout;
    addRow->addWidget(m_url, 1);
    addRow->addWidget(m_add);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(8);
    layout->addWidget(m_title);
    layout->addWidget(m_hint);
    layout->addLayout(listRow);
    layout->addLayout(addRow);
    layout->addWidget(m_result);
    setTabOrder(m_list, m_test);
    setTabOrder(m_test, m_up);
    setTabOrder(m_up, m_down);
    setTabOrder(m_down, m_remove);
    setTabOrder(m_remove, m_url);
    setTabOrder(m_url, m_add);

    connect(m_add, &QPushButton::clicked, this, &EndpointsSection::add);
    connect(m_url, &QLineEdit::returnPressed, this, &EndpointsSection::add);
    connect(m_test, &QPushButton::clicked, this, &EndpointsSection::testSelected);
    connect(m_up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { move(+1); });
    connect(m_remove, &QPushButton::clicked, this, &EndpointsSection::removeSelected);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &EndpointsSection::updateButtons);
    connect(m_url, &QLineEdit::textChanged, this, &EndpointsSection::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &EndpointsSection::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &EndpointsSection::updateButtons);
    retranslate();
    updateButtons();
}

EndpointsSection::~EndpointsSection() = default;

int EndpointsSection::selectedRow() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void EndpointsSection::updateButtons()
{
    const int row = selectedRow();
    const int n = m_model->rowCount();
    m_test->setEnabled(row >= 0 || !m_url->text().trimmed().isEmpty());
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < n);
    // The last endpoint stays: a profile without one cannot sync.
    m_remove->setEnabled(row >= 0 && n > 1);
    m_add->setEnabled(m_profile.has_value());
    m_url->setEnabled(m_profile.has_value());
}

void EndpointsSection::say(const QString& message, bool ok)
{
    m_result->setText(message);
    m_result->setProperty("state", ok ? QStringLiteral("ok") : QStringLiteral("error"));
    m_result->style()->unpolish(m_result);
    m_result->style()->polish(m_result);
}

void EndpointsSection::add()
{
    const QString url = m_url->text().trimmed();
    if (url.isEmpty() || !m_profile)
        return;
    if (auto parsed = parseEndpointUrl(url.toStdString()); !parsed) {
        //: %1 is the URL typed, %2 what is wrong with it
        say(tr("%1 cannot be used: %2").arg(url, QString::fromStdString(parsed.error().message)), false);
        return;
    }
    if (m_model->stringList().contains(url)) {
        say(tr("%1 is already in the list.").arg(url), false);
        return;
    }
    const int row = m_model->rowCount();
    m_model->insertRows(row, 1);
    m_model->setData(m_model->index(row), url);
    m_list->setCurrentIndex(m_model->index(row));
    m_url->clear();
    save();
}

void EndpointsSection::move(int delta)
{
    const int row = selectedRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_model->rowCount())
        return;
    // moveRows' destination is the row the moved one goes before.
    m_model->moveRows(QModelIndex(), row, 1, QModelIndex(), delta > 0 ? to + 1 : to);
    m_list->setCurrentIndex(m_model->index(to));
    updateButtons();
    save();
}

void EndpointsSection::removeSelected()
{
    const int row = selectedRow();
    if (row < 0 || m_model->rowCount() <= 1)
        return;
    m_model->removeRows(row, 1);
    save();
}

void EndpointsSection::testSelected()
{
    const int row = selectedRow();
    const QString url = row >= 0 ? m_model->index(row).data().toString() : m_url->text().trimmed();
    if (url.isEmpty())
        return;
    m_test->setEnabled(false);
    //: %1 is the endpoint's URL
    say(tr("Asking %1 for its chain id…").arg(url), true);
    const std::uint64_t expected = m_profile ? m_profile->chainId : 0;
    m_tester->test(url.toStdString(), onGui(this, [this, url, expected](Result<EndpointTestResult> r) {
        updateButtons();
        if (!r) {
            //: %1 is the endpoint's URL, %2 the error
            const QString message = tr("%1 did not answer: %2").arg(url, QString::fromStdString(r.error().message));
            say(message, false);
            Q_EMIT testFinished(false, message);
            return;
        }
        const bool same = expected == 0 || r->chainId == expected;
        //: %1 the endpoint's URL, %2 its chain id, %3 the latency in milliseconds
        QString message = tr("%1 answered chain id %2 in %3 ms.")
                              .arg(url, QString::number(r->chainId), formatCount(std::uint64_t(r->latency.count())));
        //: %1 is the chain id of the selected network
        if (!same)
            message += QLatin1Char(' ') + tr("This network's chain id is %1: the endpoint serves another chain.").arg(expected);
        say(message, same);
        Q_EMIT testFinished(same, message);
    }));
}

void EndpointsSection::save()
{
    if (!m_profile)
        return;
    m_profile->rpc.clear();
    for (const QString& url : m_model->stringList())
        m_profile->rpc.push_back(url.toStdString());
    const NetworkProfile profile = *m_profile;
    const std::filesystem::path dataDir = m_services.dataDir.toStdString();
    const std::uint64_t generation = ++m_saveGeneration;
    auto done = onGui(this, [this, generation](Result<std::filesystem::path> r) {
        if (generation != m_saveGeneration)
            return; // a later change is being saved
        if (!r) {
            say(tr("The endpoints were not saved: %1").arg(QString::fromStdString(r.error().message)), false);
            return;
        }
        const QString file = QString::fromStdString(r->string());
        //: %1 is the profile file
        say(tr("Saved in %1. Plinth uses the new list from its next start.").arg(file), true);
        Q_EMIT saved(file);
    });
    QThreadPool::globalInstance()->start([profile, dataDir, done]() mutable { done(saveNetworkProfile(profile, dataDir)); });
}

void EndpointsSection::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void EndpointsSection::retranslate()
{
    m_title->setText(tr("Network and RPC endpoints"));
    if (m_profile)
        //: %1 is the network's name, %2 its chain id
        m_hint->setText(tr("%1 (chain id %2). Plinth asks the endpoints in this order and checks every answer "
                           "against block headers, so an endpoint cannot make it show false data.")
                            .arg(QString::fromStdString(m_profile->name))
                            .arg(m_profile->chainId));
    else
        m_hint->setText(tr("No network is selected: start Plinth with --network to choose one."));
    m_list->setAccessibleName(tr("RPC endpoints"));
    m_url->setAccessibleName(tr("New endpoint URL"));
    m_add->setText(tr("&Add"));
    m_add->setAccessibleName(tr("Add endpoint"));
    m_test->setText(tr("&Test"));
    m_test->setAccessibleName(tr("Test endpoint"));
    m_up->setText(tr("Move &up"));
    m_down->setText(tr("Move do&wn"));
    m_remove->setText(tr("&Remove"));
    m_remove->setAccessibleName(tr("Remove endpoint"));
}

} // namespace plinth::ui
