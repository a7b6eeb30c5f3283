#pragma once
// Open and save file choices without exec(): a QFileDialog opened with open(), its answer delivered to
// `done` (an empty string when cancelled). Tests answer the next choice through the seam below instead,
// as KeePassXC's MessageBox::setNextAnswer does for its dialogs.
//
// Threading: GUI thread only. Ownership: the dialog is a child of `parent` and deletes itself.

#include <QString>
#include <QWidget>

#include <functional>

namespace plinth::ui {

void chooseSaveFile(QWidget* parent, const QString& title, const QString& suggestedPath, const QString& filter,
                    std::function<void(const QString& path)> done);
void chooseOpenFile(QWidget* parent, const QString& title, const QString& filter,
                    std::function<void(const QString& path)> done);

// Test seam: the next choice (open or save) answers `path` at once, without a dialog ("" = cancelled).
void setNextFileChoiceForTests(const QString& path);

} // namespace plinth::ui
