// The `extract` output format of ../shared/interface.md: one JSON object per meeting.
#pragma once

#include <string>

#include "diplograph/extract/meeting.h"

namespace diplograph::extract {

// One JSON Lines record (no trailing newline) for `meeting` of an article.
std::string meeting_json_line(const std::string& article_id, const ArticleExtraction& extraction,
                              const Meeting& meeting);

}  // namespace diplograph::extract
