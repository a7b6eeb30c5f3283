#pragma once
// A valid network profile for tests that need one on disk.
#include <QByteArray>
#include <QString>

namespace plinth::test {

// A profile with the given name and chain id (test addresses, one local endpoint).
QByteArray sampleProfileJson(const QByteArray& name = "Test net", quint64 chainId = 31337);
bool writeFile(const QString& path, const QByteArray& bytes);

} // namespace plinth::test
