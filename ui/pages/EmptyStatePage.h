#pragma once
// A page that has nothing to show yet and says why, in a sentence, instead of an empty table or a 0.
// Used for pages whose data the wallet cannot have yet (no vault, no network, not synced).
//
// Ownership: a child of the page stack. Threading: GUI thread only.

#include <QWidget>

class QLabel;

namespace plinth::ui {

class EmptyStatePage : public QWidget {
    Q_OBJECT
public:
    explicit EmptyStatePage(const QString& id, QWidget* parent = nullptr);
    void setTexts(const QString& title, const QString& message);

private:
    QLabel* m_title;
    QLabel* m_message;
};

} // namespace plinth::ui
