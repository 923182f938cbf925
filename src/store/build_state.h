// BuildState (tarikh/store.h) as the store's meta rows: each field under its
// key, in the text a store of schema version 4 has always held, so a store
// written before the state was typed reads the same.
#ifndef TARIKH_STORE_BUILD_STATE_H_
#define TARIKH_STORE_BUILD_STATE_H_

#include <map>
#include <string>

#include "tarikh/store.h"

namespace tarikh::store {

std::map<std::string, std::string> BuildStateToMeta(const BuildState& state);
// Unknown keys (schema_version) are ignored; a field that does not read is left empty.
BuildState BuildStateFromMeta(const std::map<std::string, std::string>& meta);

}  // namespace tarikh::store

#endif  // TARIKH_STORE_BUILD_STATE_H_
