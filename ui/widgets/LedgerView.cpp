#include "ui/widgets/LedgerView.h"

#include "ui/common/Formatting.h"

#include <QGridLayout>
#include <QLabel>
#include <QStyle>

namespace plinth::ui {

LedgerView::LedgerView(const QString& prefix, QWidget* parent) : QWidget(parent), m_status(new QLabel(this))
{
    static const char* const kNames[4] = {"rewarded", "claimable", "claimed", "received"};
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(16);
    for (int i = 0; i < 4; ++i) {
        m_captions[i] = new QLabel(this);
        m_captions[i]->setProperty("role", QStringLiteral("caption"));
        m_values[i] = new QLabel(this);
        m_values[i]->setObjectName(prefix + QLatin1Char('.') + QString::fromLatin1(kNames[i]));
        m_values[i]->setProperty("role", QStringLiteral("figure"));
        m_values[i]->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_values[i]->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        grid->addWidget(m_captions[i], i, 0);
        grid->addWidget(m_values[i], i, 1);
    }
    m_status->setObjectName(prefix + QStringLiteral(".status"));
    m_status->setWordWrap(true);
    m_status->setProperty("role", QStringLiteral("verdict"));
    grid->addWidget(m_status, 4, 0, 1, 2);
    grid->setRowStretch(5, 1);
    retranslate();
}

void LedgerView::retranslate()
{
    m_captions[0]->setText(tr("Rewarded"));
    m_captions[1]->setText(tr("Claimable (proven)"));
    m_captions[2]->setText(tr("Claimed"));
    m_captions[3]->setText(tr("Received"));
}

void LedgerView::setLedger(const LedgerSnapshot& snapshot, unsigned decimals, const QString& symbol)
{
    const PayoutLedger& l = snapshot.ledger;
    const UInt256* figures[4] = {&l.rewarded, &l.claimable, &l.claimed, &l.received};
    for (int i = 0; i < 4; ++i) {
        m_values[i]->setText(formatAmount(*figures[i], decimals, symbol));
        m_values[i]->setToolTip(fullAmount(*figures[i], decimals, symbol));
    }
    QString text;
    if (l.balanced())
        //: %1 the block number
        text = tr("Reconciled at block %1: rewarded − claimed = claimable, and every claim was received in full.")
                   .arg(formatCount(l.blockNumber));
    else {
        text = tr("Does not reconcile at block %1:").arg(formatCount(l.blockNumber));
        for (const LedgerMismatch& m : l.mismatches)
            //: %1 what differs ("claimable"), %2 by how many base units, %3 the reason
            text += QLatin1Char('\n') + tr("%1 is off by %2 base units: %3")
                                            .arg(QString::fromStdString(m.what), formatInteger(m.difference),
                                                 QString::fromStdString(m.reason));
    }
    m_status->setText(text);
    m_status->setProperty("balanced", l.balanced());
    m_status->setProperty("block", QVariant::fromValue<qulonglong>(l.blockNumber));
    m_status->style()->unpolish(m_status);
    m_status->style()->polish(m_status);
}

} // namespace plinth::ui
