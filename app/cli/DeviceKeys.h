#pragma once
// What the device-key commands and `device register --this-computer` share: device keystore files and
// the options that describe an onboarding.
//
// A device key lives in its own keystore v3 file (wallet/vault/Keystore.h), never in the wallet's vault:
// the device signs with it, the vault's accounts pay. Without --keystore the file is
// DATADIR/device-keys/ADDRESS.json (the folder is created owner-only). Its password comes from
// --keystore-password-file or a prompt (asked twice for a new file) and must not be empty.
//
// Ownership: plain functions over a CliContext. Threading: main thread only (prompts).
// Errors: InvalidArgument for bad options (the message names the option) and for a file that exists;
// the keystore's errors (WrongPassword, ...) otherwise. No message contains a key or a password.

#include "app/cli/CliContext.h"
#include "wallet/common/Result.h"
#include "wallet/crypto/SecureBytes.h"
#include "wallet/network/NetworkProfile.h"
#include "wallet/onboarding/OnboardingPayload.h"
#include "wallet/vault/Keystore.h"

#include <QCommandLineParser>
#include <QString>

#include <cstdint>

namespace plinth::cli {

// --keystore FILE
void addKeystoreFileOption(QCommandLineParser& parser);

// DATADIR/device-keys/ADDRESS.json
QString defaultDeviceKeyPath(CliContext& context, const Address& device);

// Makes a new device key and writes it, encrypted, to --keystore or the default path (which must not
// exist). Returns the key (for --this-computer, which signs at once) and the file written.
struct NewDeviceKey {
    SecureBytes key;
    Address address;
    QString path;
};
Result<NewDeviceKey> createDeviceKeystore(CliContext& context);

// Encrypts `key` (the device `address`'s) into --keystore or the default path, which must not exist;
// the password is asked now. Returns the file written.
Result<QString> writeDeviceKeystore(CliContext& context, const SecureBytes& key, const Address& address);

// Decrypts the --keystore file (its password asked now).
Result<KeystoreKey> openDeviceKeystore(CliContext& context);

// --kind, --capacity, --unit, --region, --metadata, --stake, --nonce, --valid-for, --deadline.
void addOnboardingOptions(QCommandLineParser& parser, bool capacityRequired);
// An unsigned payload for `device` and `owner` on `profile` from those options. `measuredCapacity` (from
// LocalResources, for --this-computer) is used when --capacity is not given. `now` is the unix time
// --valid-for counts from.
Result<OnboardingPayload> onboardingFromOptions(CliContext& context, const NetworkProfile& profile, const Address& owner,
                                                const Address& device, std::uint64_t now,
                                                const UInt256* measuredCapacity = nullptr,
                                                const std::string* measuredUnit = nullptr);

// "1h", "90m", "7d", "3600s" or a plain number of seconds; 0 and more than 365 days are refused.
Result<std::uint64_t> parseDuration(const QString& text);

} // namespace plinth::cli
