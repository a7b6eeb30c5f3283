#include "ui/common/GuiCallback.h"

#include <QDebug>

namespace plinth::ui {
namespace {

std::function<void(const QString&)>& handler()
{
    static std::function<void(const QString&)> h;
    return h;
}

} // namespace

void setGuiExceptionHandler(std::function<void(const QString& message)> h) { handler() = std::move(h); }

void reportGuiException(const QString& where, const std::exception_ptr& error)
{
    QString what = QStringLiteral("unknown exception");
    try {
        std::rethrow_exception(error);
    } catch (const std::exception& e) {
        what = QString::fromUtf8(e.what());
    } catch (...) {
    }
    qCritical().noquote() << "plinth: an unexpected error in" << where << ":" << what;
    if (handler())
        handler()(QCoreApplication::translate("plinth::ui::GuiCallback", "Unexpected error in %1: %2").arg(where, what));
}

} // namespace plinth::ui
