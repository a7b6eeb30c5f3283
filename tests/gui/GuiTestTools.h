#pragma once
// Small tools of the GUI tests: child<T>(widget, "objectName") finds a control (and says which one is
// missing), typeInto(field, text) types as a user would, and saveScreenshot(widget, name): when PLINTH_SCREENSHOT_DIR is set, saves what `widget` shows as
// <dir>/<name>.png, so that screens deep in a flow (a wizard's third page, a dialog) can be looked at
// without driving an X server by hand. Does nothing otherwise; never part of what a test checks.
#include <QDir>
#include <QLineEdit>
#include <QTest>
#include <QWidget>

namespace plinth::test {

inline void saveScreenshot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("PLINTH_SCREENSHOT_DIR");
    if (dir.isEmpty() || !widget)
        return;
    QDir().mkpath(dir);
    widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

template <class T>
T* child(QObject* parent, const char* name)
{
    auto* c = parent->findChild<T*>(QString::fromLatin1(name));
    if (!c)
        qWarning("no child %s", name);
    return c;
}

inline void typeInto(QLineEdit* field, const QString& text)
{
    field->clear();
    QTest::keyClicks(field, text);
}

} // namespace plinth::test
