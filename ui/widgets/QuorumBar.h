#pragma once
// QuorumBar: a proposal's votes against its quorum as one horizontal bar: for, abstain and against in
// the theme's vote colours, and a mark where the quorum is (quorum counts for and abstain). The scale is
// max(quorum, votes cast), so a bar full to the mark has just reached quorum. paint() is shared with the
// proposals list's delegate, which draws the same bar without a widget per row.
//
// Ownership: Qt parent. Threading: GUI thread only. Errors: none.

#include "ui/models/ProposalsModel.h"

#include <QWidget>

namespace plinth::ui {

class QuorumBar : public QWidget {
    Q_OBJECT
public:
    explicit QuorumBar(QWidget* parent = nullptr);
    void setShares(ProposalsModel::Shares shares);
    QSize sizeHint() const override { return {240, 10}; }

    static void paint(QPainter& painter, const QRectF& rect, const ProposalsModel::Shares& shares, const QPalette& palette);

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    ProposalsModel::Shares m_shares;
};

} // namespace plinth::ui
