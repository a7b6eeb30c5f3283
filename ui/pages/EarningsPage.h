#pragma once
// The Earnings page: the current account's rewards in a date range (two QDateEdit, UTC days), per day,
// ISO week or month, as a stacked bar chart (widgets/EarningsChart) by device, by resource kind or as
// one total; the totals; the reward rows in a sortable, filterable table (models/EarningsModel behind a
// QSortFilterProxyModel); the payout ledger (widgets/LedgerView); and CSV export of the range's rewards
// with a progress bar and Cancel.
//
// Large histories: every total and every chart series is aggregated on the network services' worker
// (one earnings request per series, each for its device or kind); the table gets at most kTableRows of
// the latest rows, inserted in batches by the model, and says how many of how many it shows.
//
// Widgets for tests (objectName): "earnings.groupBy", "earnings.period", "earnings.from", "earnings.to",
// "earnings.chart", "earnings.total", "earnings.count", "earnings.byKind", "earnings.table",
// "earnings.tableCaption", "earnings.filter", "earnings.ledger.*" (LedgerView), "earnings.export",
// "earnings.exportProgress", "earnings.exportCancel", "earnings.exportStatus"; the cards
// "earnings.totals", "earnings.chartCard", "earnings.ledger", "earnings.rows".
//
// Seams: setFileChooser() replaces the save dialog (tests answer it without a dialog). The export itself
// is widgets/CsvExportBar's.
//
// Sources: EarningsPage.cpp (the page and its controls, the ledger), EarningsPageLoad.cpp (a range's
// totals, chart series and rows, read on the network services' worker and drawn at one block).
//
// Ownership: a child of the page stack; keeps references to the window's UiServices and AccountContext,
// which outlive it. Threading: GUI thread only; answers come back through onGui().

#include "ui/AccountContext.h"
#include "ui/UiServices.h"
#include "ui/widgets/CsvExportBar.h"

#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace plinth::ui {

class Card;
class EarningsChart;
class EarningsModel;
class EmptyStatePage;
class LedgerView;

class EarningsPage : public QWidget {
    Q_OBJECT
public:
    static constexpr std::size_t kTableRows = 5000;
    enum class GroupBy { Total, Device, Kind };
    using FileChooser = CsvExportBar::FileChooser;

    EarningsPage(UiServices& services, AccountContext& accounts, QWidget* parent = nullptr);
    ~EarningsPage() override;
    void setEmptyTexts(const QString& title, const QString& message);
    void setFileChooser(FileChooser chooser) { m_exportBar->setFileChooser(std::move(chooser)); }

    // The last complete load (all series at one block), for tests; nullopt while loading.
    const std::optional<EarningsSnapshot>& shown() const { return m_shown; }
    bool exporting() const { return m_exportBar->exporting(); }

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void loaded();                          // every card of the current load is drawn
    void exportFinished(bool ok);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Load;
    void retranslate();
    EarningsFilter filter() const;
    EarningsPeriod period() const;
    void loadEarnings();
    void loadLedger();
    // EarningsPageLoad.cpp: the range's snapshot, then its chart series, then all drawn at one block.
    void requestMain(const std::shared_ptr<Load>& load);
    void requestSeries(const std::shared_ptr<Load>& load);
    void finish(const std::shared_ptr<Load>& load);

    UiServices& m_services;
    AccountContext& m_accounts;
    QStackedWidget* m_stack;
    EmptyStatePage* m_empty;
    QLabel* m_title;
    QComboBox* m_groupBy;
    QComboBox* m_period;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QLabel* m_fromLabel;
    QLabel* m_toLabel;
    Card* m_totals;
    Card* m_chartCard;
    Card* m_ledgerCard;
    Card* m_rows;
    QLabel* m_total;
    QLabel* m_count;
    QLabel* m_byKind;
    EarningsChart* m_chart;
    LedgerView* m_ledger;
    EarningsModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_table;
    QLineEdit* m_filter;
    QLabel* m_tableCaption;
    CsvExportBar* m_exportBar;
    std::optional<EarningsSnapshot> m_shown;
    std::uint64_t m_generation = 0;
    bool m_rangeSet = false;
    std::unique_ptr<SubscriptionHandle> m_networkChanged;
};

} // namespace plinth::ui
