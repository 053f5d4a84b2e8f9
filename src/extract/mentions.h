// Meeting mentions of one sentence, before the article's mentions are merged.
#pragma once

#include <vector>

#include "analyse.h"
#include "diplograph/extract/meeting.h"
#include "mention.h"

namespace diplograph::extract {

// The meetings a sentence reports, appended to `out`. `dateline_chunks` leading chunks hold the
// dateline (their places are where the report was filed, not the meeting's).
void find_mentions(const AnalysedSentence& s, const ArticleContext& context, int sentence_index,
                   size_t dateline_chunks, std::vector<Mention>& out);

// Merges the mentions of one article into one record per meeting.
// `context` tells which people the article named, so that a state can stand
// for its leader ("Xi visited Russia" in an article about Xi and Putin).
// The mentions are used up (moved from, reordered): the caller only clears them.
std::vector<Meeting> merge_mentions(std::vector<Mention>& mentions, const ArticleContext& context);

}  // namespace diplograph::extract
