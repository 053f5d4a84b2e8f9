// An organisation's summit told only through what its leaders did there.
#pragma once

#include <vector>

#include "mentions.h"

namespace diplograph::extract {

// Adds to `meetings` (one article's, merged) the summit that `mentions` name
// only through an organisation, with the people who met on its days.
void summit_from_its_days(std::vector<Meeting>& meetings, const std::vector<Mention>& mentions);

}  // namespace diplograph::extract
