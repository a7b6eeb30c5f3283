#include "ui/dialogs/HelpDialog.h"

#include "plinth/BuildInfo.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace plinth::ui {

HelpDialog::HelpDialog(std::vector<Shortcut> shortcuts, Tab tab, QWidget* parent)
    : QDialog(parent)
    , m_tabs(new QTabWidget(this))
    , m_table(new QTableWidget(static_cast<int>(shortcuts.size()), 2, this))
{
    setObjectName(QStringLiteral("helpDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Plinth Help"));
    m_tabs->setObjectName(QStringLiteral("helpDialog.tabs"));
    m_tabs->setAccessibleName(tr("Plinth Help"));
    m_table->setObjectName(QStringLiteral("helpDialog.shortcuts"));
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    m_table->setHorizontalHeaderLabels({tr("Keys"), tr("Action")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    for (int row = 0; row < static_cast<int>(shortcuts.size()); ++row) {
        const Shortcut& s = shortcuts[static_cast<std::size_t>(row)];
        m_table->setItem(row, 0, new QTableWidgetItem(s.keys.toString(QKeySequence::NativeText)));
        m_table->setItem(row, 1, new QTableWidgetItem(s.action));
    }
    m_tabs->addTab(m_table, tr("Keyboard shortcuts"));

    auto* about = new QLabel(this);
    about->setObjectName(QStringLiteral("helpDialog.about"));
    about->setWordWrap(true);
    about->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    about->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    about->setMargin(16);
    //: %1 is the version number
    about->setText(tr("Plinth %1").arg(QString::fromLatin1(plinth::kVersion)) + QStringLiteral("\n\n")
                   + tr("A wallet and contributor dashboard for DePIN networks. Every balance, reward and vote "
                        "it shows is verified against block headers by its own light client; it does not "
                        "trust the RPC endpoints it reads from.")
                   + QStringLiteral("\n\n") + tr("Free software under the GNU General Public License, version 3."));
    m_tabs->addTab(about, tr("About"));
    m_tabs->setCurrentIndex(tab);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("helpDialog.buttons"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);
    resize(520, 420);
}

} // namespace plinth::ui
