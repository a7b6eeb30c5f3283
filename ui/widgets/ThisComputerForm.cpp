#include "ui/widgets/ThisComputerForm.h"

#include "ui/common/Formatting.h"
#include "ui/models/DevicesModel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace plinth::ui {
namespace {

// Bytes in GB (10^9, as ResourcePrefill counts them) through the shared amount formatter.
QString gigabytes(std::uint64_t bytes) { return formatAmount(UInt256(bytes), 9, QStringLiteral("GB"), AmountStyle{1, true}); }

QString q(const std::string& s) { return QString::fromStdString(s); }

} // namespace

ThisComputerForm::ThisComputerForm(QWidget* parent)
    : QWidget(parent), m_measured(new QLabel(this)), m_kind(new QComboBox(this)), m_source(new QLabel(this))
{
    // The line edits come from addLine() below, each with its label (made here as well, they were left
    // over as stray fields on top of the measured resources).
    m_measured->setObjectName(QStringLiteral("onboarding.resources"));
    m_measured->setAccessibleName(tr("Resources measured on this computer"));
    m_measured->setWordWrap(true);
    m_measured->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_kind->setObjectName(QStringLiteral("onboarding.kind"));
    m_kind->setAccessibleName(tr("Kind of device"));
    for (int kind = 0; kind <= 5; ++kind)
        m_kind->addItem(DevicesModel::kindText(static_cast<std::uint8_t>(kind)), kind);
    m_source->setObjectName(QStringLiteral("onboarding.capacitySource"));
    m_source->setProperty("plinthRole", QStringLiteral("caption"));
    m_source->setWordWrap(true);

    auto* form = new QFormLayout;
    form->setVerticalSpacing(8);
    auto* kindLabel = new QLabel(tr("&Kind"), this);
    kindLabel->setBuddy(m_kind);
    form->addRow(kindLabel, m_kind);
    m_capacity = addLine(form, QStringLiteral("capacity"), tr("&Capacity"));
    form->addRow(QString(), m_source);
    m_unit = addLine(form, QStringLiteral("unit"), tr("U&nit"));
    m_region = addLine(form, QStringLiteral("region"), tr("&Region"));
    m_region->setPlaceholderText(tr("An H3 cell (15 hex digits) or a label"));
    m_metadata = addLine(form, QStringLiteral("metadata"), tr("&Metadata URI"));
    m_password = addLine(form, QStringLiteral("keyPassword"), tr("Device key &password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat = addLine(form, QStringLiteral("keyPasswordRepeat"), tr("Re&peat the password"));
    m_repeat->setEchoMode(QLineEdit::Password);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(m_measured);
    layout->addLayout(form);
    layout->addStretch(1);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ThisComputerForm::kindChanged);
    connect(m_capacity, &QLineEdit::textChanged, this, &ThisComputerForm::updateSource);
    showMeasuring();
}

QLineEdit* ThisComputerForm::addLine(QFormLayout* form, const QString& key, const QString& label)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(QStringLiteral("onboarding.") + key);
    QString plain = label;
    edit->setAccessibleName(plain.remove(QLatin1Char('&')));
    auto* name = new QLabel(label, this);
    name->setBuddy(edit);
    form->addRow(name, edit);
    return edit;
}

void ThisComputerForm::showMeasuring()
{
    m_resources.reset();
    m_measured->setText(tr("Measuring this computer's disks, processor, memory and network…"));
    kindChanged();
}

void ThisComputerForm::showMeasureError(const QString& message)
{
    //: %1 why the measurement failed
    m_measured->setText(tr("This computer could not be measured: %1. Declare the capacity yourself.").arg(inSentence(message)));
}

void ThisComputerForm::setResources(const LocalResources& r)
{
    m_resources = r;
    QStringList lines;
    //: %1 CPU model, %n logical cores
    lines << (r.cpu.provenance == Provenance::Measured ? tr("Processor: %1, %n logical core(s) (measured)", nullptr, int(r.cpu.logicalCores)).arg(q(r.cpu.model))
                                                       : tr("Processor: unknown (not readable here)"));
    lines << (r.memory.totalBytes ? tr("Memory: %1 in all (measured)").arg(gigabytes(*r.memory.totalBytes)) : tr("Memory: unknown"));
    std::uint64_t free = 0, total = 0;
    for (const DiskResource& d : r.disks) {
        free += d.freeBytes;
        total += d.totalBytes;
    }
    lines << (r.disks.empty() ? tr("Disks: none found")
                              : //: %1 free space, %2 total size, %n filesystems
                                tr("Disks: %1 free of %2 on %n filesystem(s) (measured)", nullptr, int(r.disks.size()))
                                    .arg(gigabytes(free), gigabytes(total)));
    QStringList gpus;
    for (const GpuResource& g : r.gpus)
        gpus << q(g.name);
    lines << (r.gpuProvenance == Provenance::Unknown ? tr("GPU: unknown (no listing was readable)")
              : gpus.isEmpty()                       ? tr("GPU: none found")
                                                     : tr("GPU: %1 (measured)").arg(gpus.join(QStringLiteral(", "))));
    for (const NetworkInterfaceResource& n : r.interfaces) {
        if (n.loopback)
            continue;
        //: %1 interface name, %2 its state (up, down), %3 link speed
        lines << (n.speedMbps ? tr("Network %1: %2, link %3 Mbps (measured)").arg(q(n.name), q(n.operState), formatCount(*n.speedMbps))
                              : tr("Network %1: %2, link speed unknown").arg(q(n.name), q(n.operState)));
    }
    m_measured->setText(lines.join(QLatin1Char('\n')));
    kindChanged();
}

void ThisComputerForm::kindChanged()
{
    m_prefill = m_resources ? prefillCapacity(*m_resources, static_cast<OnboardingKind>(m_kind->currentData().toInt())) : CapacityPrefill{};
    m_capacity->clear();
    m_capacity->setPlaceholderText(m_prefill.capacity ? QString::fromStdString(toDecimalString(*m_prefill.capacity))
                                                      : tr("Declare it: nothing here measures this kind"));
    m_unit->setText(q(m_prefill.unit));
    m_unit->setReadOnly(m_prefill.capacity.has_value());
    updateSource();
}

void ThisComputerForm::updateSource()
{
    const bool declared = !m_capacity->text().trimmed().isEmpty();
    if (m_prefill.capacity)
        m_unit->setReadOnly(!declared); // a measured figure keeps its own unit
    if (declared)
        m_source->setText(tr("Declared by you."));
    else if (m_prefill.capacity)
        //: %1 the capacity with unit, %2 what was measured, e.g. "free space of 3 filesystems"
        m_source->setText(tr("Measured on this computer: %1 (%2). Type a figure to declare your own.")
                              .arg(formatAmount(*m_prefill.capacity, 0, q(m_prefill.unit)), q(m_prefill.basis)));
    else
        m_source->setText(tr("Nothing on this computer measures this kind: declare the capacity and its unit."));
}

std::optional<ThisComputerRequest> ThisComputerForm::request(QString& problem) const
{
    ThisComputerRequest r;
    r.kind = static_cast<OnboardingKind>(m_kind->currentData().toInt());
    const QString capacity = m_capacity->text().trimmed();
    if (!capacity.isEmpty()) {
        auto n = parseDecimalUInt256(capacity.toStdString());
        if (!n || *n == 0) {
            problem = tr("The capacity must be a whole number above 0.");
            return std::nullopt;
        }
        if (m_unit->text().trimmed().isEmpty()) {
            problem = tr("A declared capacity needs its unit.");
            return std::nullopt;
        }
        r.declaredCapacity = *n;
        r.declaredUnit = m_unit->text().trimmed().toStdString();
    } else if (!m_prefill.capacity) {
        problem = tr("Nothing on this computer measures this kind: declare the capacity and its unit.");
        return std::nullopt;
    }
    r.region = m_region->text().trimmed().toStdString();
    if (r.region.empty()) {
        problem = tr("Give the device's region.");
        return std::nullopt;
    }
    r.metadataURI = m_metadata->text().trimmed().toStdString();
    if (m_password->text().isEmpty()) {
        problem = tr("Choose a password for the device key.");
        return std::nullopt;
    }
    if (m_password->text() != m_repeat->text()) {
        problem = tr("The two passwords differ.");
        return std::nullopt;
    }
    r.keyPassword = SecureString(m_password->text().toStdString());
    return r;
}

} // namespace plinth::ui
