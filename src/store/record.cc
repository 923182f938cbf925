// Records: an Extraction in a compact binary form (see include/store/record.h).
//
// Records of 10,000 articles and their merged events are read back on every
// build that has to rebuild the corpus; a binary form with length-prefixed
// strings reads about ten times faster than JSON and allocates only the
// strings themselves. Reading is bounds-checked at every step: a truncated or
// foreign blob is an error, never a read past its end.
#include <functional>
#include <limits>

#include <xxhash.h>

#include "store/record.h"

namespace tarikh {
namespace {

constexpr char kMagic[] = {'T', 'R', 'K'};
constexpr char kEventMagic[] = {'T', 'R', 'E'};

class Writer {
 public:
  // Writes into `*out` (cleared), whose capacity is reused.
  explicit Writer(std::string* out) : out_(out) { out_->clear(); }
  void Magic(const char (&magic)[3]) {
    out_->append(magic, 3);
    out_->push_back(static_cast<char>(kRecordVersion));
  }
  void U(uint64_t v) {
    while (v >= 0x80) {
      out_->push_back(static_cast<char>((v & 0x7f) | 0x80));
      v >>= 7;
    }
    out_->push_back(static_cast<char>(v));
  }
  void S(std::string_view s) {
    U(s.size());
    out_->append(s);
  }
  void Strings(const std::vector<std::string>& v) {
    U(v.size());
    for (const std::string& s : v) S(s);
  }

 private:
  std::string* out_;
};

// A record written into a buffer each thread keeps, and returned in a string
// of its exact size: a build keeps every new record until its transaction
// (200 MB of them at 20,000 articles), and a string grown by doubling holds
// up to twice its size. A buffer grown past 1 MB by a huge article is let go.
template <typename Write>
std::string ExactRecord(Write write) {
  thread_local std::string buffer;
  Writer w(&buffer);
  write(w);
  std::string record(buffer);
  if (buffer.capacity() > (size_t{1} << 20)) std::string().swap(buffer);
  return record;
}

class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}
  bool ok() const { return ok_; }
  bool AtEnd() const { return ok_ && pos_ == in_.size(); }
  size_t pos() const { return pos_; }
  std::string_view input() const { return in_; }

  bool Magic(const char (&magic)[3]) {
    if (in_.size() < 4 || in_.compare(0, 3, std::string_view(magic, 3)) != 0 ||
        static_cast<unsigned char>(in_[3]) != kRecordVersion) {
      return ok_ = false;
    }
    pos_ = 4;
    return true;
  }
  uint64_t U() {
    uint64_t v = 0;
    for (int shift = 0; ok_ && shift < 64; shift += 7) {
      if (pos_ >= in_.size()) break;
      const auto byte = static_cast<unsigned char>(in_[pos_++]);
      v |= static_cast<uint64_t>(byte & 0x7f) << shift;
      if ((byte & 0x80) == 0) return v;
    }
    ok_ = false;
    return 0;
  }
  uint32_t U32() {
    const uint64_t v = U();
    if (v > std::numeric_limits<uint32_t>::max()) ok_ = false;
    return ok_ ? static_cast<uint32_t>(v) : 0;
  }
  // A count of items that each take at least one byte: never more than the bytes left.
  size_t Count() {
    const uint64_t n = U();
    if (n > in_.size() - pos_) ok_ = false;
    return ok_ ? static_cast<size_t>(n) : 0;
  }
  // A string as a view into the record: read past without a copy.
  std::string_view V() {
    const size_t n = Count();
    if (!ok_) return {};
    const std::string_view s = in_.substr(pos_, n);
    pos_ += n;
    return s;
  }
  std::string S() { return std::string(V()); }
  // A string into `*out`, or only past it when `out` is null: skipping a
  // field checks it exactly as reading it does, so a record reads with or
  // without its events in the same cases.
  void S(std::string* out) {
    const std::string_view s = V();
    if (out != nullptr) out->assign(s);
  }
  void Strings(std::vector<std::string>* v) {
    const size_t n = Count();
    if (v != nullptr) v->reserve(n);
    for (size_t i = 0; i < n && ok_; ++i) S(v != nullptr ? &v->emplace_back() : nullptr);
  }
  template <typename Enum>
  Enum E(Enum last) {
    const uint64_t v = U();
    if (v > static_cast<uint64_t>(last)) ok_ = false;
    return ok_ ? static_cast<Enum>(v) : Enum{};
  }

 private:
  std::string_view in_;
  size_t pos_ = 0;
  bool ok_ = true;
};

void WriteEvent(Writer& w, const Event& e) {
  w.S(e.id);
  w.S(e.type);
  w.S(e.cameo);
  w.U(static_cast<uint64_t>(e.event_class));
  w.S(e.date);
  w.U(e.planned ? 1 : 0);
  w.S(e.place.id);
  w.S(e.place.name);
  w.S(e.place.name_ar);
  w.Strings(e.participants);
  w.U(e.sources.size());
  for (const EventSource& s : e.sources) {
    w.S(s.document);
    w.S(s.date);
    w.U(static_cast<uint64_t>(s.date_source));
    w.Strings(s.participants);
    w.U(s.evidence.size());
    for (const Evidence& ev : s.evidence) {
      w.S(ev.text);
      w.U(ev.begin);
      w.U(ev.end);
    }
  }
}

// An event into `*e`, or only past it when `e` is null; with `outline`, its
// date and sources' documents as views into the record.
void ReadEvent(Reader& r, Event* e, EventOutline* outline) {
  r.S(e != nullptr ? &e->id : nullptr);
  const std::string_view type = r.V();
  if (e != nullptr) e->type = type;
  r.S(e != nullptr ? &e->cameo : nullptr);
  const EventClass event_class = r.E(EventClass::kOther);
  const std::string_view date = r.V();
  const bool planned = r.U() != 0;
  if (e != nullptr) {
    e->event_class = event_class;
    e->date = date;
    e->planned = planned;
  }
  const std::string_view place = r.V();
  if (e != nullptr) e->place.id = place;
  if (outline != nullptr) {
    outline->date = date;
    outline->documents.clear();
    outline->event_class = event_class;
    outline->type = type;
    outline->place = place;
    outline->participants.clear();
    outline->dated_by_document = true;
    outline->begin = 0;
  }
  r.S(e != nullptr ? &e->place.name : nullptr);
  r.S(e != nullptr ? &e->place.name_ar : nullptr);
  if (outline != nullptr) {
    const size_t n = r.Count();
    for (size_t i = 0; i < n && r.ok(); ++i) {
      const std::string_view participant = r.V();
      if (e != nullptr) e->participants.emplace_back(participant);
      if (r.ok()) outline->participants.push_back(participant);
    }
  } else {
    r.Strings(e != nullptr ? &e->participants : nullptr);
  }
  const size_t sources = r.Count();
  if (e != nullptr) e->sources.resize(sources);
  for (size_t i = 0; i < sources; ++i) {
    EventSource* s = e != nullptr ? &e->sources[i] : nullptr;
    const std::string_view document = r.V();
    if (s != nullptr) s->document = document;
    if (outline != nullptr && r.ok()) outline->documents.push_back(document);
    r.S(s != nullptr ? &s->date : nullptr);
    const DateSource date_source = r.E(DateSource::kDocument);
    if (s != nullptr) s->date_source = date_source;
    if (outline != nullptr && date_source != DateSource::kDocument) outline->dated_by_document = false;
    r.Strings(s != nullptr ? &s->participants : nullptr);
    const size_t evidence = r.Count();
    if (s != nullptr) s->evidence.resize(evidence);
    for (size_t k = 0; k < evidence; ++k) {
      Evidence* ev = s != nullptr ? &s->evidence[k] : nullptr;
      r.S(ev != nullptr ? &ev->text : nullptr);
      const uint32_t begin = r.U32(), end = r.U32();
      if (outline != nullptr && i == 0 && k == 0) outline->begin = begin;
      if (ev != nullptr) {
        ev->begin = begin;
        ev->end = end;
      }
    }
    if (!r.ok()) return;
  }
}

// Everything of an extraction record before its events: into `*e`, or only
// past it when `e` is null. With `actors`, the actors are not decoded into
// `*e` but left as the bytes of their list (ForEachActor).
void ReadHead(Reader& r, Extraction* e, std::string_view* actors_bytes = nullptr) {
  Document* d = e != nullptr ? &e->document : nullptr;
  r.S(d != nullptr ? &d->id : nullptr);
  r.S(d != nullptr ? &d->path : nullptr);
  const uint32_t body_begin = r.U32(), body_begin_byte = r.U32();
  r.S(d != nullptr ? &d->encoding : nullptr);
  for (size_t n = r.Count(), i = 0; i < n && r.ok(); ++i) {
    const std::string_view key = r.V(), value = r.V();
    if (d != nullptr && r.ok()) d->metadata[std::string(key)] = value;
  }
  r.S(d != nullptr ? &d->title : nullptr);
  r.S(d != nullptr ? &d->source : nullptr);
  r.S(d != nullptr ? &d->url : nullptr);
  r.S(d != nullptr ? &d->doc_date : nullptr);
  const DocDateSource doc_date_source = r.E(DocDateSource::kText);
  r.S(d != nullptr ? &d->doc_date_evidence : nullptr);
  if (d != nullptr) {
    d->body_begin = body_begin;
    d->body_begin_byte = body_begin_byte;
    d->doc_date_source = doc_date_source;
  }
  const size_t timexes = r.Count();
  if (e != nullptr) e->timexes.resize(timexes);
  for (size_t i = 0; i < timexes && r.ok(); ++i) {
    Timex* t = e != nullptr ? &e->timexes[i] : nullptr;
    r.S(t != nullptr ? &t->text : nullptr);
    const uint32_t begin = r.U32(), end = r.U32();
    const TimexType type = r.E(TimexType::kSet);
    if (t != nullptr) {
      t->begin = begin;
      t->end = end;
      t->type = type;
    }
    r.S(t != nullptr ? &t->value : nullptr);
    r.S(t != nullptr ? &t->anchor : nullptr);
    r.S(t != nullptr ? &t->mod : nullptr);
  }
  // The actors: skipped (checked) into `*actors_bytes`, or read into `*e`.
  const size_t actors_begin = r.pos();
  const size_t actors = r.Count();
  const bool decode = e != nullptr && actors_bytes == nullptr;
  if (decode) e->entities.actors.resize(actors);
  for (size_t i = 0; i < actors && r.ok(); ++i) {
    Actor* a = decode ? &e->entities.actors[i] : nullptr;
    r.S(a != nullptr ? &a->id : nullptr);
    r.S(a != nullptr ? &a->name : nullptr);
    r.S(a != nullptr ? &a->name_ar : nullptr);
    const ActorType type = r.E(ActorType::kPlace);
    if (a != nullptr) a->type = type;
    r.S(a != nullptr ? &a->country : nullptr);
    r.S(a != nullptr ? &a->role : nullptr);
    r.Strings(a != nullptr ? &a->mentions : nullptr);
    r.S(a != nullptr ? &a->kind : nullptr);
    r.S(a != nullptr ? &a->cameo : nullptr);
  }
  if (actors_bytes != nullptr && r.ok()) *actors_bytes = r.input().substr(actors_begin, r.pos() - actors_begin);
}

// An extraction record: its head into `*e` (or skipped when null), its
// events into `events` and/or outlined into `outlines` (each skipped when null).
Status ReadRecord(std::string_view record, Extraction* e, std::vector<Event>* events,
                  std::vector<EventOutline>* outlines, std::string_view* actors_bytes = nullptr) {
  Reader r(record);
  if (!r.Magic(kMagic)) return Status::InvalidInput("not a record of version " + std::to_string(kRecordVersion));
  ReadHead(r, e, actors_bytes);
  const size_t n = r.Count();
  if (events != nullptr) events->resize(n);
  if (outlines != nullptr) outlines->resize(n);
  for (size_t i = 0; i < n && r.ok(); ++i) {
    ReadEvent(r, events != nullptr ? &(*events)[i] : nullptr, outlines != nullptr ? &(*outlines)[i] : nullptr);
  }
  if (!r.AtEnd()) return Status::InvalidInput("malformed record");
  return Status::Ok();
}

}  // namespace

namespace {

void WriteExtraction(Writer& w, const Extraction& extraction) {
  w.Magic(kMagic);
  const Document& d = extraction.document;
  w.S(d.id);
  w.S(d.path);
  w.U(d.body_begin);
  w.U(d.body_begin_byte);
  w.S(d.encoding);
  w.U(d.metadata.size());
  for (const auto& [key, value] : d.metadata) {
    w.S(key);
    w.S(value);
  }
  w.S(d.title);
  w.S(d.source);
  w.S(d.url);
  w.S(d.doc_date);
  w.U(static_cast<uint64_t>(d.doc_date_source));
  w.S(d.doc_date_evidence);
  w.U(extraction.timexes.size());
  for (const Timex& t : extraction.timexes) {
    w.S(t.text);
    w.U(t.begin);
    w.U(t.end);
    w.U(static_cast<uint64_t>(t.type));
    w.S(t.value);
    w.S(t.anchor);
    w.S(t.mod);
  }
  w.U(extraction.entities.actors.size());
  for (const Actor& a : extraction.entities.actors) {
    w.S(a.id);
    w.S(a.name);
    w.S(a.name_ar);
    w.U(static_cast<uint64_t>(a.type));
    w.S(a.country);
    w.S(a.role);
    w.Strings(a.mentions);
    w.S(a.kind);
    w.S(a.cameo);
  }
  w.U(extraction.events.size());
  for (const Event& e : extraction.events) WriteEvent(w, e);
}

}  // namespace

std::string ExtractionToRecord(const Extraction& extraction) {
  return ExactRecord([&](Writer& w) { WriteExtraction(w, extraction); });
}

Result<Extraction> ExtractionFromRecord(std::string_view record) {
  Extraction e;
  if (Status s = ReadRecord(record, &e, &e.events, nullptr); !s.ok()) return s;
  return e;
}

Result<Extraction> ExtractionFromRecord(std::string_view record, std::vector<EventOutline>* outlines) {
  Extraction e;
  if (Status s = ReadRecord(record, &e, nullptr, outlines); !s.ok()) return s;
  return e;
}

Result<Extraction> ExtractionFromRecord(std::string_view record, std::vector<EventOutline>* outlines,
                                        std::string_view* actors) {
  Extraction e;
  if (Status s = ReadRecord(record, &e, nullptr, outlines, actors); !s.ok()) return s;
  return e;
}

Status ForEachActor(std::string_view actors, const std::function<void(const ActorView&)>& each) {
  Reader r(actors);
  ActorView view;
  for (size_t n = r.Count(), i = 0; i < n && r.ok(); ++i) {
    view.id = r.V();
    view.name = r.V();
    view.name_ar = r.V();
    view.type = r.E(ActorType::kPlace);
    view.country = r.V();
    view.role = r.V();
    view.mentions.clear();
    for (size_t m = r.Count(), k = 0; k < m && r.ok(); ++k) view.mentions.push_back(r.V());
    view.kind = r.V();
    view.cameo = r.V();
    if (r.ok()) each(view);
  }
  if (!r.AtEnd()) return Status::InvalidInput("malformed actors of a record");
  return Status::Ok();
}

Result<std::vector<Event>> EventsFromRecord(std::string_view record) {
  std::vector<Event> events;
  if (Status s = ReadRecord(record, nullptr, &events, nullptr); !s.ok()) return s;
  return events;
}

Result<std::vector<EventOutline>> EventOutlinesFromRecord(std::string_view record) {
  std::vector<EventOutline> outlines;
  if (Status s = ReadRecord(record, nullptr, nullptr, &outlines); !s.ok()) return s;
  return outlines;
}

uint64_t EventDigest(const Event& event) {
  // The record is written into a buffer each thread keeps: no allocation
  // per event (a build digests every event of the corpus).
  thread_local std::string record;
  Writer w(&record);
  w.Magic(kEventMagic);
  WriteEvent(w, event);
  return XXH3_64bits(record.data(), record.size());
}

std::string EventToRecord(const Event& event) {
  return ExactRecord([&](Writer& w) {
    w.Magic(kEventMagic);
    WriteEvent(w, event);
  });
}

Result<Event> EventFromRecord(std::string_view record) {
  Reader r(record);
  if (!r.Magic(kEventMagic)) return Status::InvalidInput("not an event record of version " + std::to_string(kRecordVersion));
  Event e;
  ReadEvent(r, &e, nullptr);
  if (!r.AtEnd()) return Status::InvalidInput("malformed event record");
  return e;
}

}  // namespace tarikh
