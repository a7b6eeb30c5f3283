#include "ui/widgets/SyncBadge.h"

#include "ui/common/Formatting.h"
#include "ui/common/GuiCallback.h"
#include "ui/style/Theme.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QStyle>
#include <QTimer>

#include <algorithm>

namespace plinth::ui {
namespace {

constexpr int kPollMs = 1000;
constexpr int kMaxTextWidth = 560; // px

std::uint64_t nowSeconds() { return static_cast<std::uint64_t>(QDateTime::currentSecsSinceEpoch()); }

QString qs(const std::string& s) { return QString::fromStdString(s); }

// The endpoint a failed run most likely failed on: the one with the most consecutive failures, else
// the one that reported a problem, else the only one there is.
QString failingEndpoint(const SyncStatus& status)
{
    const EndpointStatus* worst = nullptr;
    for (const EndpointStatus& e : status.endpoints)
        if (e.consecutiveFailures > 0 && (!worst || e.consecutiveFailures > worst->consecutiveFailures))
            worst = &e;
    for (const EndpointStatus& e : status.endpoints)
        if (!worst && !e.lastProblem.empty())
            worst = &e;
    if (!worst && status.endpoints.size() == 1)
        worst = &status.endpoints.front();
    return worst ? qs(worst->name) : QString();
}

QString endpointsToolTip(const SyncStatus& status)
{
    QStringList lines;
    for (const EndpointStatus& e : status.endpoints) {
        if (!e.lastProblem.empty() && e.consecutiveFailures > 0)
            //: %1 is an RPC endpoint, %2 what went wrong with it
            lines << SyncBadge::tr("%1: failing (%2)").arg(qs(e.name), qs(e.lastProblem));
        else if (e.latencyMs > 0)
            //: %1 is an RPC endpoint, %2 its latency in milliseconds
            lines << SyncBadge::tr("%1: answering in %2 ms").arg(qs(e.name), formatCount(std::uint64_t(qRound(e.latencyMs))));
        else
            lines << SyncBadge::tr("%1: not asked yet").arg(qs(e.name));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

SyncBadge::SyncBadge(SyncService* sync, QWidget* parent)
    : QWidget(parent)
    , m_sync(sync)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("syncBadge"));
    setAttribute(Qt::WA_StyledBackground);
    m_icon->setObjectName(QStringLiteral("syncBadge.icon"));
    m_text->setObjectName(QStringLiteral("syncBadge.text"));
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setObjectName(QStringLiteral("syncBadge.progress"));
    m_progress->setTextVisible(false);
    m_progress->setFixedWidth(96);
    m_progress->hide();
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->setSpacing(8);
    layout->addWidget(m_icon);
    layout->addWidget(m_text);
    layout->addWidget(m_progress);
    setFocusPolicy(Qt::TabFocus); // reachable by keyboard so that screen readers read the state

    connect(m_timer, &QTimer::timeout, this, &SyncBadge::refresh);
    m_timer->start(kPollMs);
    if (m_sync)
        m_subscription = m_sync->handleStatusChanged(onGui(this, [this](const SyncStatus& status) { show(status); }));
    refresh();
}

SyncBadge::~SyncBadge() = default;

QString SyncBadge::text() const { return m_fullText; }

void SyncBadge::refresh()
{
    if (!m_sync) {
        setState(State::None);
        m_fullText = tr("No network selected");
        m_text->setText(m_fullText);
        setAccessibleName(m_fullText);
        return;
    }
    show(m_sync->status());
}

void SyncBadge::show(const SyncStatus& status)
{
    QString text;
    State state = State::None;
    const SyncProgress& pr = status.progress;
    if (!status.faults.empty()) {
        const EndpointFault& f = status.faults.front();
        //: %1 is an RPC endpoint, %2 what its answer got wrong
        text = tr("%1 sent an answer that failed verification: %2").arg(qs(f.endpoint), qs(f.problem));
        state = State::Error;
    } else if (status.disagreement) {
        text = tr("The endpoints disagree: %1").arg(qs(*status.disagreement));
        state = State::Error;
    } else if (status.lastError) {
        const QString endpoint = failingEndpoint(status);
        const QString reason = qs(status.lastError->message);
        // The RPC client's messages usually name the endpoint already; say it once.
        text = endpoint.isEmpty() || reason.contains(endpoint) ? //: %1 why the sync failed
                                                                 tr("Sync failed: %1").arg(reason)
                                                               : //: %1 is an RPC endpoint, %2 why the sync failed
                                                                 tr("Sync failed at %1: %2").arg(endpoint, reason);
        state = State::Error;
    } else if (status.state == SyncStatus::State::Syncing && pr.targetHeight > pr.verifiedHeight + 1) {
        // A real catch-up; the one-block runs of following the head are not worth a flicker.
        //: %1 is the block verified so far, %2 the block this sync goes to
        text = tr("Syncing: block %1 of %2").arg(formatCount(pr.verifiedHeight), formatCount(pr.targetHeight));
        state = State::Busy;
        const std::uint64_t span = pr.targetHeight > pr.startHeight ? pr.targetHeight - pr.startHeight : 1;
        const std::uint64_t done = pr.verifiedHeight > pr.startHeight ? pr.verifiedHeight - pr.startHeight : 0;
        m_progress->setRange(0, 1000);
        m_progress->setValue(static_cast<int>(std::min<std::uint64_t>(1000, done * 1000 / span)));
    } else if (status.verified) {
        text = verifiedAtText(VerifiedAt{*status.verified, status.verifiedTimestamp}, nowSeconds());
        state = State::Ok;
    } else if (status.state == SyncStatus::State::Syncing) {
        text = tr("Syncing: asking the endpoints for the head…");
        state = State::Busy;
        m_progress->setRange(0, 0);
    } else {
        text = tr("Not synced yet");
    }
    m_progress->setVisible(state == State::Busy);
    m_fullText = text;
    // The top bar stays one line: a long reason is cut here and whole in the tooltip.
    m_text->setText(m_text->fontMetrics().elidedText(text, Qt::ElideRight, kMaxTextWidth));
    setState(state);
    setAccessibleName(text);
    const QString endpoints = endpointsToolTip(status);
    setToolTip(endpoints.isEmpty() ? text : text + QLatin1Char('\n') + endpoints);
}

void SyncBadge::setState(State state)
{
    static const char* const kNames[] = {"none", "ok", "busy", "error"};
    const bool changed = m_state != state || property("state").isNull();
    m_state = state;
    if (!changed)
        return;
    setProperty("state", QString::fromLatin1(kNames[static_cast<int>(state)]));
    paintIcon();
    // The sheet styles [state="..."]: re-polish so that the new value takes effect.
    for (QWidget* w : {static_cast<QWidget*>(this), static_cast<QWidget*>(m_text)}) {
        w->style()->unpolish(w);
        w->style()->polish(w);
    }
}

void SyncBadge::paintIcon()
{
    static const char* const kIcons[] = {":/icons/sync-none.svg", ":/icons/sync-verified.svg", ":/icons/sync-busy.svg",
                                         ":/icons/sync-error.svg"};
    const Palette p = Theme::palette(Theme::current());
    const QColor colours[] = {p.mutedText, p.success, p.accent, p.danger};
    const int i = static_cast<int>(m_state);
    m_iconMode = static_cast<int>(Theme::current());
    m_icon->setPixmap(Theme::icon(QString::fromLatin1(kIcons[i]), colours[i], QSize(16, 16)).pixmap(16, 16));
}

void SyncBadge::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    else if (event->type() == QEvent::PaletteChange && m_iconMode != static_cast<int>(Theme::current()))
        paintIcon(); // only the icon: a re-polish here would change the palette again
    QWidget::changeEvent(event);
}

} // namespace plinth::ui
