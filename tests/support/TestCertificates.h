#pragma once
// Self-signed certificates made with OpenSSL's API for TLS tests (no files in the repo, no `openssl`
// command needed). Each is its own CA: give certificatePem to a client as its extra CA file.

#include <string>
#include <vector>

namespace plinth::test {

struct TestCertificate {
    std::string certificatePem;
    std::string privateKeyPem;
};

// A P-256 key and a certificate for commonName, valid from an hour ago for a day, with the given
// subjectAltName entries. Throws std::runtime_error if OpenSSL fails.
TestCertificate makeSelfSignedCertificate(const std::string& commonName, const std::vector<std::string>& dnsNames,
                                          const std::vector<std::string>& ipAddresses);

// Writes text to a file, throwing std::runtime_error on failure.
void writeTextFile(const std::string& path, const std::string& text);

} // namespace plinth::test
