#include "ui/widgets/QuorumBar.h"

#include "ui/style/Theme.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace plinth::ui {

QuorumBar::QuorumBar(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("quorumBar"));
    setMinimumHeight(10);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void QuorumBar::setShares(ProposalsModel::Shares shares)
{
    m_shares = shares;
    update();
}

void QuorumBar::paint(QPainter& painter, const QRectF& rect, const ProposalsModel::Shares& shares, const QPalette& palette)
{
    const VoteColors colors = Theme::voteColors(Theme::modeOf(palette));
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QPainterPath track;
    track.addRoundedRect(rect, rect.height() / 2, rect.height() / 2);
    painter.fillPath(track, colors.track);
    painter.setClipPath(track);
    double x = rect.left();
    const auto segment = [&](double share, const QColor& color) {
        const double w = std::clamp(share, 0.0, 1.0) * rect.width();
        painter.fillRect(QRectF(x, rect.top(), w, rect.height()), color);
        x += w;
    };
    // For and abstain first: together they are what counts toward the quorum mark.
    segment(shares.forShare, colors.forVotes);
    segment(shares.abstainShare, colors.abstainVotes);
    segment(shares.againstShare, colors.againstVotes);
    painter.setClipping(false);
    if (shares.quorumMark > 0) {
        const double mx = rect.left() + std::clamp(shares.quorumMark, 0.0, 1.0) * rect.width();
        painter.setPen(QPen(colors.quorumMark, 2));
        painter.drawLine(QPointF(std::min(mx, rect.right() - 1), rect.top() - 2), QPointF(std::min(mx, rect.right() - 1), rect.bottom() + 2));
    }
    painter.restore();
}

void QuorumBar::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    paint(painter, QRectF(rect()).adjusted(1, 2, -1, -2), m_shares, palette());
}

} // namespace plinth::ui
