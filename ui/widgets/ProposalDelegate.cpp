#include "ui/widgets/ProposalDelegate.h"

#include "ui/models/ProposalsModel.h"
#include "ui/style/Theme.h"
#include "ui/widgets/QuorumBar.h"
#include "ui/widgets/StateChip.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace plinth::ui {
namespace {

constexpr int kPad = 12; // the spacing scale's 12
constexpr int kGap = 4;

} // namespace

QSize ProposalDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    const QFontMetrics fm(option.font);
    return {320, kPad * 2 + fm.height() * 2 + kGap * 3 + 8};
}

void ProposalDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    QStyle* style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, opt.widget); // selection and hover

    const auto state = static_cast<ProposalState>(index.data(ProposalsModel::StateRole).toInt());
    const Theme::Mode mode = Theme::modeOf(opt.palette);
    const bool selected = opt.state & QStyle::State_Selected;
    const QColor text = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor muted = selected ? text : opt.palette.color(QPalette::PlaceholderText);
    const QRect r = opt.rect.adjusted(kPad, kPad, -kPad, -kPad);
    painter->save();

    // The chip on the right of the first line.
    QFont chipFont = opt.font;
    chipFont.setBold(true);
    const QFontMetrics cfm(chipFont);
    const QString chipText = StateChip::stateText(state);
    const int chipW = cfm.horizontalAdvance(chipText) + 20;
    const QRect chip(r.right() - chipW, r.top(), chipW, cfm.height() + 4);
    const ChipColors colors = Theme::chipColors(mode, StateChip::role(state));
    QPainterPath pill;
    pill.addRoundedRect(chip, chip.height() / 2.0, chip.height() / 2.0);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->fillPath(pill, colors.background);
    painter->setFont(chipFont);
    painter->setPen(colors.text);
    painter->drawText(chip, Qt::AlignCenter, chipText);

    QFont titleFont = opt.font;
    titleFont.setWeight(QFont::DemiBold);
    painter->setFont(titleFont);
    painter->setPen(text);
    const QRect title(r.left(), r.top(), chip.left() - r.left() - kPad, chip.height());
    painter->drawText(title, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(titleFont).elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, title.width()));

    const QFontMetrics fm(opt.font);
    painter->setFont(opt.font);
    painter->setPen(muted);
    const QRect when(r.left(), chip.bottom() + kGap, r.width(), fm.height());
    painter->drawText(when, Qt::AlignLeft | Qt::AlignVCenter, index.data(ProposalsModel::WhenRole).toString());

    const ProposalsModel::Shares shares{index.data(ProposalsModel::ForShareRole).toDouble(),
                                        index.data(ProposalsModel::AgainstShareRole).toDouble(),
                                        index.data(ProposalsModel::AbstainShareRole).toDouble(),
                                        index.data(ProposalsModel::QuorumShareRole).toDouble()};
    QuorumBar::paint(*painter, QRectF(r.left(), when.bottom() + kGap * 2, r.width(), 6), shares, opt.palette);
    painter->restore();
}

} // namespace plinth::ui
