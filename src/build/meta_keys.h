// The store's meta keys that builds write and read (tarikh/store.h keeps
// them as strings): each named once, with what it holds, so that a key is
// never spelt twice and a reader sees in one place what a build carries over
// to the next. A step towards the typed BuildState of issue 19.
#ifndef TARIKH_BUILD_META_KEYS_H_
#define TARIKH_BUILD_META_KEYS_H_

namespace tarikh::build {

// The rendering options the outputs were written with (RenderOptionsKey):
// other options, and the outputs are rendered again.
inline constexpr const char* kRenderOptionsKey = "render_options";
// RenderCode() of the tarikh that rendered the outputs.
inline constexpr const char* kRenderCodeKey = "render_code";
// RenderCode() of the tarikh that wrote the stored export pieces.
inline constexpr const char* kPiecesWrittenWithKey = "pieces_written_with";
// The diagrams' layouts the last build used (LayoutMemo::used as a JSON
// object), and what computed them (tarikh and Graphviz versions).
inline constexpr const char* kLayoutsKey = "layouts";
inline constexpr const char* kLayoutsComputedWithKey = "layouts_computed_with";
// The actor graph's betweenness (BetweennessMemo), and the RenderCode() that computed it.
inline constexpr const char* kBetweennessKey = "betweenness";
inline constexpr const char* kBetweennessComputedWithKey = "betweenness_computed_with";
// "articles events actors" of the corpus, for a build with no work to do.
inline constexpr const char* kCorpusCountsKey = "corpus_counts";
// IdsDigest of the documents the stored merged events were merged from: only
// from exactly these may a build update them in place.
inline constexpr const char* kCorpusDocumentsKey = "corpus_documents";
// The ids of the events the last build that changed the record added or
// changed, one a line (index.html's "new" marks).
inline constexpr const char* kEventsNewKey = "events_new";

}  // namespace tarikh::build

#endif  // TARIKH_BUILD_META_KEYS_H_
