#pragma once
// runInBackground(receiver, work, done): runs `work()` (a blocking read or write of a small file, a probe)
// on Qt's global thread pool and hands its result to `done` on the GUI thread, only while `receiver`
// lives (through onGui). For the few GUI jobs that are not a facade call but must not run on the GUI
// thread either (STYLE.md: nothing on it waits on the disk or the network).
//
// Threading: call from the GUI thread; `work` runs on a pool thread and must not touch widgets.

#include "ui/common/GuiCallback.h"

#include <QThreadPool>

namespace plinth::ui {

template <class Work, class Done>
void runInBackground(QObject* receiver, Work work, Done done)
{
    auto deliver = onGui(receiver, std::move(done));
    QThreadPool::globalInstance()->start([work = std::move(work), deliver]() mutable { deliver(work()); });
}

} // namespace plinth::ui
