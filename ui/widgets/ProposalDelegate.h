#pragma once
// ProposalDelegate: one proposal of the governance list drawn as a card row: its title, its state chip
// (Theme::chipColors, the same colours as StateChip), when voting starts or ends, and its quorum bar
// (QuorumBar::paint). Reads only the ProposalsModel's roles.
//
// Ownership: Qt parent (the view). Threading: GUI thread only. Errors: none.

#include <QStyledItemDelegate>

namespace plinth::ui {

class ProposalDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace plinth::ui
