#include "ui/widgets/PasswordStrengthMeter.h"

#include <QLabel>
#include <QProgressBar>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace plinth::ui {
namespace {

// The passwords that top every leaked-password list; a password made mostly of one of them is guessed
// in the first seconds of an attack, whatever its length.
const char* const kCommon[] = {"password", "123456", "qwerty", "letmein", "welcome", "monkey", "dragon",
                               "iloveyou", "admin", "login", "abc123", "master", "sunshine", "princess",
                               "football", "baseball", "shadow", "trustno1", "passw0rd", "plinth", "wallet"};
const char* const kRows[] = {"qwertyuiop", "asdfghjkl", "zxcvbnm", "1234567890", "abcdefghijklmnopqrstuvwxyz"};

// How many characters add nothing to guess: in each run of 3+ repeats or 3+ steps up or down (aaa, 123,
// cba), every character after the first.
int redundantLength(const QString& s)
{
    int patterned = 0;
    int i = 0;
    while (i < s.size()) {
        int j = i + 1;
        const int step = j < s.size() ? s[j].unicode() - s[i].unicode() : 0;
        if (std::abs(step) <= 1)
            while (j < s.size() && s[j].unicode() - s[j - 1].unicode() == step)
                ++j;
        if (j - i >= 3) {
            patterned += j - i - 1;
            i = j;
        } else {
            ++i;
        }
    }
    return patterned;
}

bool containsKeyboardRun(const QString& lower)
{
    for (const char* row : kRows) {
        const QString r = QString::fromLatin1(row);
        for (int k = 0; k + 4 <= r.size(); ++k)
            if (lower.contains(r.mid(k, 4)))
                return true;
    }
    return false;
}

} // namespace

PasswordStrengthMeter::PasswordStrengthMeter(QWidget* parent)
    : QWidget(parent)
    , m_bar(new QProgressBar(this))
    , m_text(new QLabel(this))
{
    m_bar->setObjectName(QStringLiteral("strengthBar"));
    m_bar->setRange(0, 4);
    m_bar->setTextVisible(false);
    m_bar->setFixedHeight(6);
    m_text->setObjectName(QStringLiteral("strengthText"));
    m_text->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_bar);
    layout->addWidget(m_text);
    setPassword(QString());
}

PasswordStrengthMeter::Assessment PasswordStrengthMeter::assess(const QString& password)
{
    if (password.isEmpty())
        return {Level::Empty, tr("Choose a password: it encrypts your keys on this computer.")};
    const QString lower = password.toLower();
    for (const char* common : kCommon) {
        const QString c = QString::fromLatin1(common);
        if (lower.contains(c) && c.size() * 2 >= lower.size())
            return {Level::VeryWeak, tr("This is one of the passwords attackers try first.")};
    }
    bool hasLower = false, hasUpper = false, hasDigit = false, hasOther = false;
    for (const QChar ch : password) {
        hasLower |= ch.isLower();
        hasUpper |= ch.isUpper();
        hasDigit |= ch.isDigit();
        hasOther |= !ch.isLetterOrNumber();
    }
    const int classes = int(hasLower) + int(hasUpper) + int(hasDigit) + int(hasOther);
    const int length = int(password.size());
    // Characters that are not repeats or sequences: what an attacker actually has to guess.
    const int effective = length - redundantLength(lower);
    if (length < 8)
        return {Level::VeryWeak, tr("Too short: use at least 12 characters, or a few unrelated words.")};
    if (effective * 2 < length)
        return {Level::Weak, tr("Mostly repeated or sequential characters, which are guessed quickly.")};
    if (containsKeyboardRun(lower) && length < 16)
        return {Level::Weak, tr("Contains a keyboard run or the alphabet in order, which attackers try early.")};
    if (length >= 16 && (classes >= 2 || lower.count(QLatin1Char(' ')) >= 2))
        return {Level::Strong, tr("Strong: long enough that guessing it is out of reach.")};
    if (length >= 12 && classes >= 3)
        return {Level::Strong, tr("Strong: a good length with a mix of letters, digits and symbols.")};
    if (length >= 12 || classes >= 3)
        return {Level::Fair, tr("Fair: a longer password or a few unrelated words would make it strong.")};
    return {Level::Weak, tr("Weak: add length and mix in capitals, digits or symbols.")};
}

void PasswordStrengthMeter::setPassword(const QString& password)
{
    m_current = assess(password);
    m_bar->setValue(static_cast<int>(m_current.level));
    m_text->setText(m_current.reason);
    static const char* const kLevels[] = {"empty", "veryWeak", "weak", "fair", "strong"};
    // The style sheet colours the bar by this property (style/Theme.cpp).
    m_bar->setProperty("level", QString::fromLatin1(kLevels[static_cast<int>(m_current.level)]));
    m_bar->style()->unpolish(m_bar);
    m_bar->style()->polish(m_bar);
    m_bar->setAccessibleDescription(m_current.reason);
}

} // namespace plinth::ui
