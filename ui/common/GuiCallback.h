#pragma once
// onGui(receiver, f): wraps f so that a facade callback, called on a service's worker thread, runs f on
// the GUI thread instead (STYLE.md "Follow" 3), and only while `receiver` still exists: a page closed
// before its answer arrived is never called. Exceptions thrown by f are caught on the GUI thread and
// reported through reportGuiException() (STYLE.md "Follow" 6), never swallowed and never fatal.
//
// Threading: the returned callable may be called from any thread, at most once or many times; f always
// runs on the GUI thread. Ownership: the callable holds a copy of f and a QPointer to the receiver.

#include <QCoreApplication>
#include <QMetaObject>
#include <QPointer>
#include <QString>

#include <exception>
#include <functional>
#include <memory>
#include <tuple>
#include <utility>

namespace plinth::ui {

// Where exceptions that escaped a GUI-thread callback go: the main window shows them in its status bar
// and logs them (the default handler only logs). GUI thread only.
void setGuiExceptionHandler(std::function<void(const QString& message)> handler);
void reportGuiException(const QString& where, const std::exception_ptr& error);

template <class F>
auto onGui(QObject* receiver, F f)
{
    QPointer<QObject> guard(receiver);
    auto shared = std::make_shared<F>(std::move(f));
    return [guard, shared](auto&&... args) {
        auto payload = std::make_shared<std::tuple<std::decay_t<decltype(args)>...>>(
            std::forward<decltype(args)>(args)...);
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [guard, shared, payload] {
                if (!guard)
                    return;
                try {
                    std::apply(*shared, std::move(*payload));
                } catch (...) {
                    reportGuiException(QString::fromLatin1(guard->metaObject()->className()),
                                       std::current_exception());
                }
            },
            Qt::QueuedConnection);
    };
}

} // namespace plinth::ui
