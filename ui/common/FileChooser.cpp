#include "ui/common/FileChooser.h"

#include <QFileDialog>
#include <QTimer>

#include <optional>

namespace plinth::ui {
namespace {

std::optional<QString>& nextChoice()
{
    static std::optional<QString> next; // GUI thread only
    return next;
}

void choose(QWidget* parent, QFileDialog::AcceptMode mode, const QString& title, const QString& path,
            const QString& filter, std::function<void(const QString&)> done)
{
    if (auto& next = nextChoice()) {
        // Queued, like a real dialog's answer, so callers never see their answer inside the request.
        QTimer::singleShot(0, parent, [done, path = *next] { done(path); });
        next.reset();
        return;
    }
    auto* dialog = new QFileDialog(parent, title, path, filter);
    dialog->setObjectName(QStringLiteral("fileDialog"));
    dialog->setAcceptMode(mode);
    dialog->setFileMode(mode == QFileDialog::AcceptSave ? QFileDialog::AnyFile : QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QFileDialog::finished, dialog, [dialog, done](int result) {
        const QStringList files = dialog->selectedFiles();
        done(result == QDialog::Accepted && !files.isEmpty() ? files.first() : QString());
    });
    dialog->open();
}

} // namespace

void chooseSaveFile(QWidget* parent, const QString& title, const QString& suggestedPath, const QString& filter,
                    std::function<void(const QString& path)> done)
{
    choose(parent, QFileDialog::AcceptSave, title, suggestedPath, filter, std::move(done));
}

void chooseOpenFile(QWidget* parent, const QString& title, const QString& filter,
                    std::function<void(const QString& path)> done)
{
    choose(parent, QFileDialog::AcceptOpen, title, QString(), filter, std::move(done));
}

void setNextFileChoiceForTests(const QString& path) { nextChoice() = path; }

} // namespace plinth::ui
