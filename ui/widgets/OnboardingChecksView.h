#pragma once
// OnboardingChecksView: every check the wallet makes on an onboarding payload (OnboardingCheck.h), one
// line each in the core's order, in words: what was found when it passed, the core's exact sentence when
// it failed. Beneath, where the facts came from (eth_call at block N: unverified; the registration from
// the verified cache when it knew the device).
//
// Widgets (objectName): "onboarding.checks" (a list; each item's Qt::UserRole is true when it passed),
// "onboarding.facts". Ownership: Qt parent. Threading: GUI thread only.

#include "wallet/api/OnboardingService.h"

#include <QWidget>

class QLabel;
class QListWidget;

namespace plinth::ui {

class OnboardingChecksView : public QWidget {
    Q_OBJECT
public:
    explicit OnboardingChecksView(QWidget* parent = nullptr);
    void setReview(const OnboardingReview& review, const NetworkProfile& profile);
    void clear();

private:
    void addCheck(const OnboardingCheckResult& check, std::initializer_list<OnboardingProblemCode> codes, const QString& passed);

    QListWidget* m_list;
    QLabel* m_facts;
};

} // namespace plinth::ui
