#include "ui/widgets/CsvExportBar.h"

#include "ui/common/GuiCallback.h"
#include "ui/widgets/Card.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>

#include <climits>

namespace plinth::ui {

CsvExportBar::CsvExportBar(UiServices& services, FilterSource filter, const QString& prefix, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_filter(std::move(filter))
    , m_export(new QPushButton(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(this))
    , m_status(roleLabel(prefix + QStringLiteral(".exportStatus"), parent, "caption"))
{
    m_export->setObjectName(prefix + QStringLiteral(".export"));
    m_progress->setObjectName(prefix + QStringLiteral(".exportProgress"));
    m_cancel->setObjectName(prefix + QStringLiteral(".exportCancel"));
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    m_chooser = [this](QWidget* owner, std::function<void(const QString&)> chosen) {
        auto* d = new QFileDialog(owner, tr("Export rewards as CSV"), QString(), tr("CSV files (*.csv)"));
        d->setAcceptMode(QFileDialog::AcceptSave);
        d->setDefaultSuffix(QStringLiteral("csv"));
        d->setAttribute(Qt::WA_DeleteOnClose);
        connect(d, &QFileDialog::fileSelected, this, [chosen](const QString& f) { chosen(f); });
        d->open(); // never exec(): STYLE.md "Avoid" 3
    };
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    layout->addWidget(m_export);
    connect(m_export, &QPushButton::clicked, this, &CsvExportBar::start);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_cancellation)
            m_cancellation->cancel();
        m_status->setText(tr("Cancelling the export…"));
    });
    retranslate();
}

CsvExportBar::~CsvExportBar()
{
    if (m_cancellation) // a running export: stop it; its answer will find no bar
        m_cancellation->cancel();
}

void CsvExportBar::retranslate()
{
    m_export->setText(tr("&Export CSV…"));
    m_export->setAccessibleName(tr("Export the range's rewards as CSV"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAccessibleName(tr("Cancel the export"));
    m_progress->setAccessibleName(tr("Export progress"));
}

void CsvExportBar::start()
{
    if (m_exporting || !m_services.hasNetwork())
        return;
    m_chooser(this, [this, guard = QPointer<CsvExportBar>(this)](const QString& path) {
        if (!guard || path.isEmpty() || m_exporting)
            return;
        const std::optional<EarningsFilter> filter = m_filter();
        if (!filter)
            return;
        m_exporting = true;
        m_cancellation = std::make_shared<Cancellation>();
        m_export->setEnabled(false);
        m_progress->setRange(0, 0); // busy until the first chunk says how many rows there are
        m_progress->setVisible(true);
        m_cancel->setVisible(true);
        //: %1 the file's path
        m_status->setText(tr("Exporting your rewards to %1…").arg(path));
        m_services.network->exportEarningsCsv(
            *filter, path.toStdString(), *m_cancellation,
            onGui(this, [this](const ExportProgress& p) {
                if (!m_exporting)
                    return;
                m_progress->setRange(0, int(std::min<std::uint64_t>(p.total, INT_MAX)));
                m_progress->setValue(int(std::min<std::uint64_t>(p.written, INT_MAX)));
            }),
            onGui(this, [this, path](Result<std::uint64_t> r) {
                if (r) {
                    // Braced: inside a lambda, lupdate drops a translator comment that follows an
                    // unbraced if (or for) header.
                    //: %Ln the number of rewards written, %1 the file's path
                    const QString wrote = tr("Wrote %Ln reward(s) to %1.", nullptr, int(*r)).arg(path);
                    return end(wrote, true);
                }
                if (r.error().code == ErrorCode::Cancelled)
                    return end(tr("Export cancelled: no file was written."), false);
                //: %1 why the export failed, a sentence from the wallet
                end(tr("Could not export the rewards: %1").arg(QString::fromStdString(r.error().message)), false);
            }));
    });
}

void CsvExportBar::end(const QString& message, bool ok)
{
    m_exporting = false;
    m_cancellation.reset();
    m_export->setEnabled(true);
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    m_status->setText(message);
    Q_EMIT finished(ok);
}

} // namespace plinth::ui
