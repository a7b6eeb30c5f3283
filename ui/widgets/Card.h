#pragma once
// Card: one titled panel of a dashboard page (the Overview's balances, claimable, chart...). A card is
// either showing its body or a sentence that says what is happening instead: loading ("Proving your
// balances…"), empty (why there is nothing) or an error (what failed). It never shows a body with
// zeros while its data is unknown: the page calls showBody() only once the data arrived.
//
// Styling: the card sets the dynamic property role="card" (its title role="cardTitle", the sentence
// role="cardMessage", its state in the property "state"), so that the style sheet (style/Theme.cpp)
// styles it while the objectName stays free for tests ("<page>.<card>", the sentence "<page>.<card>.message").
//
// Ownership: a Qt child of its page; owns its body once setBody() was called. Threading: GUI thread only.

#include "wallet/common/Result.h"

#include <QFrame>

class QLabel;
class QStackedWidget;

namespace plinth::ui {

class Card : public QFrame {
    Q_OBJECT
public:
    enum class State { Loading, Empty, Error, Body };

    Card(const QString& objectName, QWidget* parent = nullptr);

    void setTitle(const QString& title);
    // The widget shown in the Body state (taken over as a child).
    void setBody(QWidget* body);
    // A widget kept under the title in every state (a button, a "verified at" line); optional.
    void setFooter(QWidget* footer);

    void showLoading(const QString& sentence);
    void showEmpty(const QString& sentence);
    void showError(const QString& sentence);
    void showBody();
    // A failed request, said in a sentence: before the first sync (NotFound) the card is empty, saying
    // that nothing is verified yet; otherwise `pattern` ("Could not read your devices: %1") gets the
    // core's message.
    void showFailure(const Error& error, const QString& pattern);

    State state() const { return m_state; }
    QString message() const;

Q_SIGNALS:
    // After every show*(), also when the state stays the same (a new sentence, a body redrawn).
    void stateChanged(plinth::ui::Card::State state);

private:
    void showMessage(State state, const QString& sentence);

    QLabel* m_title;
    QLabel* m_message;
    QStackedWidget* m_stack;
    QWidget* m_body = nullptr;
    State m_state = State::Loading;
};

// A selectable label of a card's body with its style role ("bigFigure", "figure", "caption") and
// objectName (for tests), word-wrapped.
QLabel* roleLabel(const QString& objectName, QWidget* parent, const char* role);

} // namespace plinth::ui
