// Where tarikh finds its lexicons (the `data/` folder of the repository).
#ifndef TARIKH_DATA_DIR_H_
#define TARIKH_DATA_DIR_H_

#include <string>

namespace tarikh {

// $TARIKH_DATA_DIR if set, else <folder of the running program>/data or
// <that folder>/../data if one exists, else the source tree's data/ that the
// library was built from.
std::string DefaultDataDir();

}  // namespace tarikh

#endif  // TARIKH_DATA_DIR_H_
