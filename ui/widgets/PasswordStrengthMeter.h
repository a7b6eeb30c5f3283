#pragma once
// PasswordStrengthMeter: a bar and one sentence saying how strong a password is and why, for the vault
// password of the first run (and any later "new password" field). It judges length, character classes
// and common patterns (repeats, sequences such as "1234" or "abcd", keyboard rows, well-known passwords)
// the way an attacker's guessing would: a long passphrase of words is strong, "Password1!" is not.
//
// Ownership: a plain child widget. Threading: GUI thread only; assess() is pure and cheap.

#include <QString>
#include <QWidget>

class QLabel;
class QProgressBar;

namespace plinth::ui {

class PasswordStrengthMeter : public QWidget {
    Q_OBJECT
public:
    enum class Level { Empty, VeryWeak, Weak, Fair, Strong };
    struct Assessment {
        Level level = Level::Empty;
        QString reason; // one translated sentence: why this level
    };

    explicit PasswordStrengthMeter(QWidget* parent = nullptr);

    static Assessment assess(const QString& password);

    Level level() const { return m_current.level; }
    QString reason() const { return m_current.reason; }

public Q_SLOTS:
    void setPassword(const QString& password);

private:
    QProgressBar* m_bar;
    QLabel* m_text;
    Assessment m_current;
};

} // namespace plinth::ui
