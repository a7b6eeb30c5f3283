// Time to a fresh seeded devnet from the saved fixture (issue "Reference DePIN network": under 3 s).
// Prints figures; not part of CTest. Usage: bench_devnet_start [RUNS]
#include "DevnetFixture.h"

#include <QCoreApplication>
#include <QTextStream>

#include <algorithm>
#include <vector>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 5;
    QTextStream out(stdout);
    std::vector<qint64> load;
    std::vector<qint64> total;
    for (int i = 0; i < runs; ++i) {
        plinth::test::DevnetFixture fixture;
        if (!fixture.start()) {
            QTextStream(stderr) << "bench_devnet_start: " << fixture.error() << Qt::endl;
            return 1;
        }
        load.push_back(fixture.loadMillis());
        total.push_back(fixture.startMillis());
        out << "run " << i + 1 << ": anvil from saved state " << fixture.loadMillis() << " ms, fixture ready "
            << fixture.startMillis() << " ms" << Qt::endl;
    }
    std::sort(load.begin(), load.end());
    std::sort(total.begin(), total.end());
    out << "median: anvil from saved state " << load[load.size() / 2] << " ms, fixture ready "
        << total[total.size() / 2] << " ms over " << runs << " runs" << Qt::endl;
    return 0;
}
