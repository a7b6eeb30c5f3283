#pragma once
// ThisComputerForm: registering this computer as a device, as `device register --this-computer` does:
// what LocalResources measured here (shown as measured, or "unknown" where the kernel did not say), the
// kind, and the capacity prefilled from the measurement for that kind (ResourcePrefill.h) unless the
// user types their own (then it is declared, and the form says so), the region and metadata, and the
// password of the device key the wallet makes (kept in DATADIR/device-keys/, never in the vault).
//
// Widgets (objectName): "onboarding.resources", "onboarding.kind", "onboarding.capacity",
// "onboarding.unit", "onboarding.capacitySource", "onboarding.region", "onboarding.metadata",
// "onboarding.keyPassword", "onboarding.keyPasswordRepeat".
// Ownership: Qt parent. Threading: GUI thread only (the measurement arrives from the service's worker).

#include "wallet/api/OnboardingService.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace plinth::ui {

class ThisComputerForm : public QWidget {
    Q_OBJECT
public:
    explicit ThisComputerForm(QWidget* parent = nullptr);

    void showMeasuring();
    void showMeasureError(const QString& message);
    void setResources(const LocalResources& resources);
    // The request (without the stake) or nullopt with `problem` set to what to fix, in a sentence.
    std::optional<ThisComputerRequest> request(QString& problem) const;

private:
    void kindChanged();
    void updateSource();
    QLineEdit* addLine(QFormLayout* form, const QString& key, const QString& label);

    std::optional<LocalResources> m_resources;
    CapacityPrefill m_prefill;
    QLabel* m_measured;
    QComboBox* m_kind;
    QLineEdit* m_capacity = nullptr;
    QLineEdit* m_unit = nullptr;
    QLabel* m_source;
    QLineEdit* m_region = nullptr;
    QLineEdit* m_metadata = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_repeat = nullptr;
};

} // namespace plinth::ui
