#include "ui/widgets/Card.h"

#include <QLabel>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

namespace plinth::ui {

Card::Card(const QString& objectName, QWidget* parent)
    : QFrame(parent), m_title(new QLabel(this)), m_message(new QLabel(this)), m_stack(new QStackedWidget(this))
{
    setObjectName(objectName);
    setProperty("role", QStringLiteral("card"));
    m_title->setProperty("role", QStringLiteral("cardTitle"));
    m_title->setObjectName(objectName + QStringLiteral(".title"));
    m_message->setProperty("role", QStringLiteral("cardMessage"));
    m_message->setObjectName(objectName + QStringLiteral(".message"));
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stack->addWidget(m_message);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 16);
    layout->setSpacing(8);
    layout->addWidget(m_title);
    layout->addWidget(m_stack, 1);
}

void Card::setTitle(const QString& title)
{
    m_title->setText(title);
    setAccessibleName(title);
}

void Card::setBody(QWidget* body)
{
    m_body = body;
    m_stack->addWidget(body);
    if (m_state == State::Body)
        m_stack->setCurrentWidget(body);
}

void Card::setFooter(QWidget* footer)
{
    footer->setParent(this);
    static_cast<QVBoxLayout*>(layout())->addWidget(footer);
}

void Card::showLoading(const QString& sentence) { showMessage(State::Loading, sentence); }
void Card::showEmpty(const QString& sentence) { showMessage(State::Empty, sentence); }
void Card::showError(const QString& sentence) { showMessage(State::Error, sentence); }

void Card::showBody()
{
    m_state = State::Body;
    setProperty("state", QStringLiteral("body"));
    if (m_body)
        m_stack->setCurrentWidget(m_body);
    Q_EMIT stateChanged(m_state);
}

void Card::showFailure(const Error& error, const QString& pattern)
{
    if (error.code == ErrorCode::NotFound && error.message.find("sync first") != std::string::npos)
        return showEmpty(tr("Nothing is verified yet: this appears once the first sync has finished."));
    showError(pattern.arg(QString::fromStdString(error.message)));
}

QLabel* roleLabel(const QString& objectName, QWidget* parent, const char* role)
{
    auto* l = new QLabel(parent);
    l->setObjectName(objectName);
    l->setProperty("role", QString::fromLatin1(role));
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    l->setWordWrap(true);
    return l;
}

QString Card::message() const { return m_state == State::Body ? QString() : m_message->text(); }

void Card::showMessage(State state, const QString& sentence)
{
    m_state = state;
    m_message->setText(sentence);
    m_message->setAccessibleName(sentence);
    const char* name = state == State::Loading ? "loading" : state == State::Empty ? "empty" : "error";
    m_message->setProperty("state", QString::fromLatin1(name));
    m_message->style()->unpolish(m_message); // the state property picks the colour (an error is red)
    m_message->style()->polish(m_message);
    m_stack->setCurrentWidget(m_message);
    Q_EMIT stateChanged(m_state);
}

} // namespace plinth::ui
