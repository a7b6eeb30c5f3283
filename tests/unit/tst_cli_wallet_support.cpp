#include "tst_cli_wallet_support.h"

#include <QJsonDocument>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>

#include <unistd.h>

namespace plinth::test {

CliRun CliRecorder::run(const QStringList& args, const QByteArray& stdinData, bool mayShowMnemonic,
                        const QMap<QString, QString>& env)
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.remove(QStringLiteral("PLINTH_PASSWORD"));
    e.remove(QStringLiteral("PLINTH_NEW_PASSWORD"));
    e.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    e.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    for (auto it = env.begin(); it != env.end(); ++it)
        e.insert(it.key(), it.value());
    p.setProcessEnvironment(e);
    // A new session has no controlling terminal: /dev/tty cannot be opened, as under a service manager.
    p.setChildProcessModifier([] { ::setsid(); });
    p.start(QStringLiteral(PLINTH_CLI_PATH), args);
    CliRun r;
    r.args = args;
    r.mayShowMnemonic = mayShowMnemonic;
    if (!p.waitForStarted(10000))
        return r;
    p.write(stdinData);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    m_runs.append(r);
    return r;
}

void CliRecorder::addMnemonic(const QString& mnemonic)
{
    const QString m = mnemonic.simplified().toLower();
    if (!m.isEmpty() && !m_mnemonics.contains(m))
        m_mnemonics.append(m);
}

void CliRecorder::addKey(const QString& hex)
{
    QString k = hex.trimmed().toLower();
    if (k.startsWith(QLatin1String("0x")))
        k.remove(0, 2);
    if (!k.isEmpty() && !m_keys.contains(k))
        m_keys.append(k);
}

QString CliRecorder::findLeak() const
{
    for (const CliRun& r : m_runs) {
        const QString where = r.args.join(QLatin1Char(' '));
        const QString text = (r.out + QLatin1Char('\n') + r.err).toLower();
        // Any run of whitespace counts as a word break, so a phrase split over lines is still found.
        const QString words = text.simplified();
        for (const QString& key : m_keys)
            if (text.contains(key))
                return QStringLiteral("a private key in the output of: %1").arg(where);
        if (r.mayShowMnemonic)
            continue;
        for (const QString& m : m_mnemonics) {
            const QStringList w = m.split(QLatin1Char(' '));
            for (int i = 0; i + 3 <= w.size(); ++i) {
                const QString three = w.mid(i, 3).join(QLatin1Char(' '));
                static const QRegularExpression kBoundary(QStringLiteral("[^a-z]"));
                const qsizetype at = words.indexOf(three);
                if (at < 0)
                    continue;
                const bool startOk = at == 0 || kBoundary.match(words.mid(at - 1, 1)).hasMatch();
                const qsizetype end = at + three.size();
                const bool endOk = end == words.size() || kBoundary.match(words.mid(end, 1)).hasMatch();
                if (startOk && endOk)
                    return QStringLiteral("3 words of a recovery phrase (\"%1\") in the output of: %2").arg(three, where);
            }
        }
    }
    return {};
}

QMap<QString, QByteArray> snapshot(const QString& dir)
{
    QMap<QString, QByteArray> out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        out.insert(QDir(dir).relativeFilePath(path), f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("?"));
    }
    return out;
}

QString decimalToHexQuantity(const QString& decimal)
{
    QList<int> digits;
    for (const QChar c : decimal)
        digits.append(c.digitValue());
    QString hex;
    static const char kHex[] = "0123456789abcdef";
    while (!digits.isEmpty()) {
        QList<int> quotient;
        int remainder = 0;
        for (int d : digits) {
            const int cur = remainder * 10 + d;
            if (!quotient.isEmpty() || cur / 16)
                quotient.append(cur / 16);
            remainder = cur % 16;
        }
        hex.prepend(QLatin1Char(kHex[remainder]));
        digits = quotient;
    }
    return QStringLiteral("0x") + (hex.isEmpty() ? QStringLiteral("0") : hex);
}

QJsonObject jsonOf(const CliRun& run)
{
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

} // namespace plinth::test
