#pragma once
// The cache's SQL schema and its migrations. Version n is reached by applying migrations 1..n in order,
// each in the transaction that also sets PRAGMA user_version, so a crash mid-migration leaves the
// previous version intact.

#include <cstdint>
#include <span>
#include <string_view>

namespace plinth::cacheschema {

// "PLNC" in the SQLite header's application_id: tells a Plinth cache from any other SQLite file.
constexpr std::uint32_t kApplicationId = 0x504C4E43;

// migrations()[i] takes a database from version i to i + 1.
std::span<const std::string_view> migrations();

inline int latestVersion() { return static_cast<int>(migrations().size()); }

} // namespace plinth::cacheschema
