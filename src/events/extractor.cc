// EventExtractor: the events stage of the pipeline (see tarikh/events.h).
//
// Per article: find the triggers (triggers.h), fill each from its clause
// (arguments.h) and merge the sentences about one event (coalesce.h).
#include <utility>

#include "events/arguments.h"
#include "events/coalesce.h"
#include "events/lexicon.h"
#include "tarikh/events.h"

namespace tarikh {

struct EventExtractor::Impl {
  events::Lexicon lexicon;
};

EventExtractor::EventExtractor(std::unique_ptr<const Impl> impl) : impl_(std::move(impl)) {}
EventExtractor::~EventExtractor() = default;
EventExtractor::EventExtractor(EventExtractor&&) noexcept = default;
EventExtractor& EventExtractor::operator=(EventExtractor&&) noexcept = default;

Result<EventExtractor> EventExtractor::Load(const std::string& data_dir) {
  Result<events::Lexicon> lexicon = events::Lexicon::Load(data_dir + "/events");
  if (!lexicon.ok()) return lexicon.status();
  return EventExtractor(std::make_unique<const Impl>(Impl{std::move(lexicon).value()}));
}

std::vector<Event> EventExtractor::Extract(const Document& document, const AnalyzedText& text,
                                           const std::vector<Timex>& timexes, const EntityResult& entities) const {
  const events::ArticleView view(document, text, timexes, entities, impl_->lexicon);
  return events::Coalesce(view, events::BuildCandidates(view));
}

}  // namespace tarikh
