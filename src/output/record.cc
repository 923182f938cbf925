// Records: an Extraction in a compact binary form (see include/tarikh/record.h).
//
// Records of 10,000 articles and their merged events are read back on every
// build that has to rebuild the corpus; a binary form with length-prefixed
// strings reads about ten times faster than JSON and allocates only the
// strings themselves. Reading is bounds-checked at every step: a truncated or
// foreign blob is an error, never a read past its end.
#include <limits>

#include "tarikh/record.h"

namespace tarikh {
namespace {

constexpr char kMagic[] = {'T', 'R', 'K'};
constexpr char kEventMagic[] = {'T', 'R', 'E'};

class Writer {
 public:
  void Magic(const char (&magic)[3]) {
    out_.append(magic, 3);
    out_.push_back(static_cast<char>(kRecordVersion));
  }
  void U(uint64_t v) {
    while (v >= 0x80) {
      out_.push_back(static_cast<char>((v & 0x7f) | 0x80));
      v >>= 7;
    }
    out_.push_back(static_cast<char>(v));
  }
  void S(std::string_view s) {
    U(s.size());
    out_.append(s);
  }
  void Strings(const std::vector<std::string>& v) {
    U(v.size());
    for (const std::string& s : v) S(s);
  }
  std::string Take() { return std::move(out_); }

 private:
  std::string out_;
};

class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}
  bool ok() const { return ok_; }
  bool AtEnd() const { return ok_ && pos_ == in_.size(); }

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
  std::string S() {
    const size_t n = Count();
    if (!ok_) return {};
    std::string s(in_.substr(pos_, n));
    pos_ += n;
    return s;
  }
  void Strings(std::vector<std::string>* v) {
    const size_t n = Count();
    v->reserve(n);
    for (size_t i = 0; i < n && ok_; ++i) v->push_back(S());
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
    w.Strings(s.participants);
    w.U(s.evidence.size());
    for (const Evidence& ev : s.evidence) {
      w.S(ev.text);
      w.U(ev.begin);
      w.U(ev.end);
    }
  }
}

void ReadEvent(Reader& r, Event* e) {
  e->id = r.S();
  e->type = r.S();
  e->cameo = r.S();
  e->event_class = r.E(EventClass::kOther);
  e->date = r.S();
  e->planned = r.U() != 0;
  e->place.id = r.S();
  e->place.name = r.S();
  e->place.name_ar = r.S();
  r.Strings(&e->participants);
  const size_t sources = r.Count();
  e->sources.resize(sources);
  for (EventSource& s : e->sources) {
    s.document = r.S();
    s.date = r.S();
    r.Strings(&s.participants);
    const size_t evidence = r.Count();
    s.evidence.resize(evidence);
    for (Evidence& ev : s.evidence) {
      ev.text = r.S();
      ev.begin = r.U32();
      ev.end = r.U32();
    }
    if (!r.ok()) return;
  }
}

}  // namespace

std::string ExtractionToRecord(const Extraction& extraction) {
  Writer w;
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
  w.U(extraction.timexes.size());
  for (const Timex& t : extraction.timexes) {
    w.S(t.text);
    w.U(t.begin);
    w.U(t.end);
    w.U(static_cast<uint64_t>(t.type));
    w.S(t.value);
    w.S(t.anchor);
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
  }
  w.U(extraction.events.size());
  for (const Event& e : extraction.events) WriteEvent(w, e);
  return w.Take();
}

Result<Extraction> ExtractionFromRecord(std::string_view record) {
  Reader r(record);
  if (!r.Magic(kMagic)) return Status::InvalidInput("not a record of version " + std::to_string(kRecordVersion));
  Extraction e;
  Document& d = e.document;
  d.id = r.S();
  d.path = r.S();
  d.body_begin = r.U32();
  d.body_begin_byte = r.U32();
  d.encoding = r.S();
  for (size_t n = r.Count(), i = 0; i < n && r.ok(); ++i) {
    std::string key = r.S();
    d.metadata[std::move(key)] = r.S();
  }
  d.title = r.S();
  d.source = r.S();
  d.url = r.S();
  d.doc_date = r.S();
  d.doc_date_source = r.E(DocDateSource::kDateline);
  e.timexes.resize(r.Count());
  for (Timex& t : e.timexes) {
    t.text = r.S();
    t.begin = r.U32();
    t.end = r.U32();
    t.type = r.E(TimexType::kSet);
    t.value = r.S();
    t.anchor = r.S();
    if (!r.ok()) break;
  }
  e.entities.actors.resize(r.Count());
  for (Actor& a : e.entities.actors) {
    a.id = r.S();
    a.name = r.S();
    a.name_ar = r.S();
    a.type = r.E(ActorType::kPlace);
    a.country = r.S();
    a.role = r.S();
    r.Strings(&a.mentions);
    a.kind = r.S();
    if (!r.ok()) break;
  }
  e.events.resize(r.Count());
  for (Event& ev : e.events) {
    ReadEvent(r, &ev);
    if (!r.ok()) break;
  }
  if (!r.AtEnd()) return Status::InvalidInput("malformed record");
  return e;
}

std::string EventToRecord(const Event& event) {
  Writer w;
  w.Magic(kEventMagic);
  WriteEvent(w, event);
  return w.Take();
}

Result<Event> EventFromRecord(std::string_view record) {
  Reader r(record);
  if (!r.Magic(kEventMagic)) return Status::InvalidInput("not an event record of version " + std::to_string(kRecordVersion));
  Event e;
  ReadEvent(r, &e);
  if (!r.AtEnd()) return Status::InvalidInput("malformed event record");
  return e;
}

}  // namespace tarikh
