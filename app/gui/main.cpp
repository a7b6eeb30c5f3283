// plinth: parses the command line, claims the data dir, builds the main window and runs.
#include "app/common/AppPaths.h"
#include "app/common/Language.h"
#include "app/common/NetworkSelection.h"
#include "app/gui/AppServices.h"
#include "app/gui/SingleInstance.h"
#include "plinth/BuildInfo.h"
#include "ui/MainWindow.h"
#include "ui/UiSettings.h"
#include "ui/style/Theme.h"
#include "wallet/api/NetworkProfileFile.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTextStream>

#include <cstdio>

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
    auto selected = plinth::app::selectNetwork(dataDir, parser.value(networkOption));
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
    plinth::ui::MainWindow window(context, services.services(), settings);
    QObject::connect(&instance, &plinth::app::SingleInstance::activationRequested, &window,
                     &plinth::ui::MainWindow::bringToFront);
    QObject::connect(&window, &plinth::ui::MainWindow::languageChangeRequested, &window,
                     [](const QString& code) { plinth::app::installLanguage(code); });
    window.show();
    return QApplication::exec();
}
