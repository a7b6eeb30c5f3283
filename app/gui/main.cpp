// plinth: parses the command line, claims the data dir, builds the main window and runs.
#include "app/common/AppPaths.h"
#include "app/common/Language.h"
#include "app/common/NetworkProbe.h"
#include "app/common/NetworkSelection.h"
#include "app/gui/AppServices.h"
#include "app/gui/SingleInstance.h"
#include "plinth/BuildInfo.h"
#include "ui/MainWindow.h"
#include "ui/UiSettings.h"
#include "ui/common/Background.h"
#include "ui/dialogs/FirstRunWizard.h"
#include "ui/style/Theme.h"
#include "wallet/api/NetworkProfileFile.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTextStream>

#include <cstdio>
#include <memory>

namespace {

// The data dir must be known before the parser exists: the language it sets decides the help text.
QString preScanDataDir(const QStringList& args)
{
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString& a = args.at(i);
        if (a == QLatin1String("--datadir") && i + 1 < args.size())
            return args.at(i + 1);
        if (a.startsWith(QLatin1String("--datadir=")))
            return a.mid(10);
    }
    return {};
}

void printError(const QString& message)
{
    QTextStream(stderr) << QStringLiteral("plinth: ") << message << Qt::endl;
}

// The first run's network page asks this on a worker: the known profiles and whether each RPC answers.
plinth::ui::NetworkProbe networkProbe(const QString& dataDir)
{
    return [dataDir] {
        QList<plinth::ui::NetworkChoice> choices;
        for (const auto& r : plinth::app::probeKnownNetworks(dataDir))
            choices.push_back({r.name, r.description, r.answers, r.isLocalDevnet});
        return choices;
    };
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("plinth"));
    QApplication::setApplicationDisplayName(QStringLiteral("Plinth"));
    QApplication::setOrganizationDomain(QString::fromLatin1(plinth::kOrganizationDomain));
    QApplication::setApplicationVersion(QString::fromLatin1(plinth::kVersion));
    QApplication::setDesktopFileName(QStringLiteral("org.plinth.Plinth"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/plinth.svg")));

    const QString dataDir = plinth::app::resolveDataDir(preScanDataDir(QApplication::arguments()));
    plinth::ui::UiSettings settings(dataDir);
    plinth::app::installLanguage(settings.language());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Plinth: wallet and contributor dashboard for DePIN networks."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDirOption(
        QStringLiteral("datadir"),
        QApplication::translate("main", "Keep the vault, cache and settings in <dir> (default: %1).")
            .arg(plinth::app::defaultDataDir()),
        QApplication::translate("main", "dir"));
    const QCommandLineOption networkOption(
        QStringLiteral("network"),
        QApplication::translate("main", "Use the network <name> (a saved profile or \"devnet\") or the profile <file>."),
        QApplication::translate("main", "name|file"));
    parser.addOption(dataDirOption);
    parser.addOption(networkOption);
    parser.process(app); // exits for --help, --version and unknown options

    plinth::app::SingleInstance instance(dataDir);
    switch (instance.claim()) {
    case plinth::app::SingleInstance::Claim::AlreadyRunning:
        QTextStream(stdout) << QApplication::translate("main", "Plinth is already running for %1; its window was raised.")
                                   .arg(dataDir)
                            << Qt::endl;
        return 0;
    case plinth::app::SingleInstance::Claim::Failed:
        printError(instance.errorString());
        QMessageBox::critical(nullptr, QApplication::translate("main", "Plinth cannot start"), instance.errorString());
        return 1;
    case plinth::app::SingleInstance::Claim::Primary:
        break;
    }

    plinth::ui::WindowContext context;
    context.dataDir = dataDir;
    context.languages = plinth::app::availableLanguages();
    // --network wins; else what the first run chose; else the devnet if it has written a profile.
    const QString networkArg = parser.isSet(networkOption) ? parser.value(networkOption) : settings.network();
    auto selected = plinth::app::selectNetwork(dataDir, networkArg);
    if (!selected && !parser.isSet(networkOption)) {
        // The network the first run chose is gone (a devnet's state dir removed): say so, use the default.
        printError(QString::fromStdString(selected.error().message));
        selected = plinth::app::selectNetwork(dataDir, QString());
    }
    if (!selected) {
        const QString message = QString::fromStdString(selected.error().message);
        printError(message);
        QMessageBox::critical(nullptr, QApplication::translate("main", "Plinth cannot open the network"), message);
        return 2;
    }
    std::optional<plinth::NetworkProfile> profile;
    if (selected->has_value()) {
        profile = (*selected)->profile;
        // The endpoints the user chose in Settings (saved under <datadir>/networks) win over the file's.
        if (auto saved = plinth::savedCopyOf(*profile, dataDir.toStdString()); saved && !saved->rpc.empty())
            profile->rpc = saved->rpc;
        context.networkName = QString::fromStdString(profile->name);
        context.chainId = profile->chainId;
    }
    plinth::app::AppServices services(dataDir, std::move(profile));
    if (!services.services().networkError.isEmpty())
        printError(services.services().networkError);

    plinth::ui::Theme::apply(app, settings.theme());
    std::unique_ptr<plinth::ui::MainWindow> window;
    auto showWindow = [&] {
        window = std::make_unique<plinth::ui::MainWindow>(context, services.services(), settings);
        QObject::connect(&instance, &plinth::app::SingleInstance::activationRequested, window.get(),
                         &plinth::ui::MainWindow::bringToFront);
        QObject::connect(window.get(), &plinth::ui::MainWindow::languageChangeRequested, window.get(),
                         [](const QString& code) { plinth::app::installLanguage(code); });
        window->show();
        QApplication::setQuitOnLastWindowClosed(true);
    };
    if (services.services().wallet->hasVault()) {
        showWindow();
        return QApplication::exec();
    }

    // A data dir without a vault: the first run, then the window on the network it chose.
    QApplication::setQuitOnLastWindowClosed(false); // the wizard closing must not end the application
    auto* wizard = new plinth::ui::FirstRunWizard(*services.services().wallet, networkProbe(dataDir));
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(wizard, &QWizard::rejected, &app, &QApplication::quit);
    QObject::connect(wizard, &QWizard::accepted, &app, [&, wizard] {
        const QString chosen = wizard->networkName();
        if (const auto first = wizard->firstAddress())
            settings.setLastAccount(QString::fromStdString(plinth::toChecksumAddress(*first)));
        settings.setNetwork(chosen);
        if (chosen.isEmpty()) {
            services.openNetwork(std::nullopt);
            context.networkName.clear();
            context.chainId = 0;
            showWindow();
            return;
        }
        // Reading the chosen profile is file work: off the GUI thread, then the window.
        plinth::ui::runInBackground(
            &app, [dataDir, chosen] { return plinth::app::selectNetwork(dataDir, chosen); },
            [&](plinth::Result<std::optional<plinth::app::SelectedNetwork>> picked) {
                if (!picked || !picked->has_value()) {
                    const QString why = picked ? QApplication::translate("main", "The network has no profile.")
                                               : QString::fromStdString(picked.error().message);
                    printError(why);
                    services.openNetwork(std::nullopt);
                    context.networkName.clear();
                } else {
                    context.networkName = QString::fromStdString((*picked)->profile.name);
                    context.chainId = (*picked)->profile.chainId;
                    services.openNetwork((*picked)->profile);
                }
                if (!services.services().networkError.isEmpty())
                    printError(services.services().networkError);
                showWindow();
            });
    });
    wizard->show();
    return QApplication::exec();
}
