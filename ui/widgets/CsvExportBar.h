#pragma once
// CsvExportBar: "Export CSV…" for a filter's rewards (NetworkServices::exportEarningsCsv), with a progress
// bar and Cancel while it runs and a sentence when it ends ("Wrote 758 rewards to …", "Export
// cancelled: no file was written.", or what failed). The file is asked for through a FileChooser (a
// non-modal save dialog by default; tests answer it directly), and written by the service atomically:
// a cancelled or failed export leaves neither the file nor a partial one.
//
// Widgets for tests (objectName, with the prefix given): "<p>.export", "<p>.exportProgress",
// "<p>.exportCancel", "<p>.exportStatus" (statusLabel(), placed by the page).
//
// Ownership: a Qt child; keeps a reference to UiServices (which outlive it); a running export is
// cancelled when the bar is destroyed. Threading: GUI thread only; answers come through onGui().

#include "ui/UiServices.h"

#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;

namespace plinth::ui {

class CsvExportBar : public QWidget {
    Q_OBJECT
public:
    // Asks for a file to save to and calls `chosen` with it (empty: the user cancelled), later or at once.
    using FileChooser = std::function<void(QWidget* parent, std::function<void(const QString&)> chosen)>;
    // What to export, asked when the user presses Export; nullopt: nothing can be exported now.
    using FilterSource = std::function<std::optional<EarningsFilter>()>;

    CsvExportBar(UiServices& services, FilterSource filter, const QString& prefix, QWidget* parent = nullptr);
    ~CsvExportBar() override;

    void setFileChooser(FileChooser chooser) { m_chooser = std::move(chooser); }
    bool exporting() const { return m_exporting; }
    QLabel* statusLabel() const { return m_status; }
    void retranslate();

Q_SIGNALS:
    void finished(bool ok);

private:
    void start();
    void end(const QString& message, bool ok);

    UiServices& m_services;
    FilterSource m_filter;
    QPushButton* m_export;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QLabel* m_status;
    FileChooser m_chooser;
    bool m_exporting = false;
    std::shared_ptr<Cancellation> m_cancellation;
};

} // namespace plinth::ui
