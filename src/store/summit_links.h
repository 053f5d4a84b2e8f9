// The prepared statements of sideline linking (summit_links.cpp), private to the store.
#pragma once

#include "diplograph/store/database.h"

namespace diplograph::store {

struct SummitLinkStatements {
  explicit SummitLinkStatements(Database& db);
  Statement facts;       // one meeting's type, status, date, place and link state
  Statement summits;     // summits dated within a window
  Statement orphans;     // unlinked sideline meetings dated within a window
  Statement set_parent;
  Statement note_sideline;  // a later report says a known meeting was on the sidelines of something
};

}  // namespace diplograph::store
