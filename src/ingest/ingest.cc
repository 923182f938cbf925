// DecodeDocument and ReadDocument (include/tarikh/ingest.h). Decoding lives
// in encoding.cc, the front matter block in front_matter.cc, listing the
// inputs in inputs.cc; this file joins them and reads the files.
#include "tarikh/ingest.h"

#include <xxhash.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <filesystem>
#include <system_error>

#include "ingest/encoding.h"
#include "ingest/front_matter.h"
#include "ingest/utf8.h"
#include "common/files.h"

namespace tarikh {
namespace {

namespace fs = std::filesystem;

// Articles are a few kilobytes; the limit keeps a video renamed .txt from
// being read into memory, and code point offsets within uint32_t.
constexpr uintmax_t kMaxArticleBytes = uintmax_t{64} << 20;

// Messages about standard input say so, as compilers do; other names are
// quoted when they hold a newline or another control (QuoteName).
std::string DisplayName(const std::string& path) { return path == "-" ? "<stdin>" : QuoteName(path); }

// XXH3-64 is fixed by its specification (not seeded, not machine dependent),
// so the same text gets the same id everywhere.
std::string DocumentId(std::string_view text) {
  char id[32];
  std::snprintf(id, sizeof id, "d-%016llx",
                static_cast<unsigned long long>(XXH3_64bits(text.data(), text.size())));
  return id;
}

void ApplyFrontMatter(const ingest::FrontMatter& front_matter, Document* doc) {
  doc->body_begin_byte = static_cast<uint32_t>(front_matter.body_begin_byte);
  doc->body_begin = static_cast<uint32_t>(
      ingest::CountCodePoints(std::string_view(doc->text).substr(0, front_matter.body_begin_byte)));
  for (const ingest::FrontMatterField& field : front_matter.fields) {
    doc->metadata[field.key] = field.value;
    if (field.key == "title") doc->title = field.value;
    if (field.key == "source") doc->source = field.value;
    if (field.key == "url") doc->url = field.value;
  }
}

// SPEC §2: --doc-date, then front matter; datelines are found later.
void ApplyDocDate(const IngestOptions& options, Document* doc) {
  const auto date = doc->metadata.find("date");
  if (!options.doc_date.empty()) {
    doc->doc_date = options.doc_date;
    doc->doc_date_source = DocDateSource::kCli;
  } else if (date != doc->metadata.end() && !date->second.empty()) {
    doc->doc_date = date->second;
    doc->doc_date_source = DocDateSource::kFrontMatter;
  }
}

bool IsBlankText(std::string_view text) {
  return std::all_of(text.begin(), text.end(),
                     [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); });
}

}  // namespace

Result<Document> DecodeDocument(std::string_view bytes, std::string path,
                                const IngestOptions& options) {
  if (!options.doc_date.empty() && !IsValidDocDate(options.doc_date)) {
    return Status::InvalidInput("--doc-date: '" + options.doc_date +
                                "' is not YYYY, YYYY-MM or YYYY-MM-DD");
  }
  const std::string name = DisplayName(path);
  Result<ingest::DecodedText> decoded = ingest::DecodeText(bytes, name, options.encoding);
  if (!decoded.ok()) return decoded.status();
  Result<ingest::FrontMatter> front_matter = ingest::ParseFrontMatter(decoded->utf8, name);
  if (!front_matter.ok()) return front_matter.status();

  Document doc;
  doc.path = std::move(path);
  doc.text = std::move(decoded->utf8);
  doc.encoding = std::move(decoded->encoding);
  doc.id = DocumentId(doc.text);
  ApplyFrontMatter(front_matter.value(), &doc);
  for (const std::string& warning : front_matter->warnings) {
    doc.warnings.push_back({Diagnostic::Severity::kWarning, doc.path, warning});
  }
  ApplyDocDate(options, &doc);
  if (IsBlankText(std::string_view(doc.text).substr(doc.body_begin_byte))) {
    doc.warnings.push_back({Diagnostic::Severity::kWarning, doc.path, name + ": empty article"});
  }
  return doc;
}

namespace {

std::string ErrnoMessage(int error) { return std::generic_category().message(error); }

Status ReadStream(std::FILE* stream, const std::string& name, std::string* bytes) {
  char buffer[1 << 16];
  size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, stream)) > 0) {
    bytes->append(buffer, n);
    if (bytes->size() > kMaxArticleBytes) {
      return Status::InvalidInput(name + ": larger than 64 MiB, not an article");
    }
  }
  if (std::ferror(stream)) {
    const int error_number = errno;
    return Status::IOError(name + ": cannot read: " + ErrnoMessage(error_number));
  }
  return Status::Ok();
}

Status ReadFile(const std::string& path, std::string* bytes) {
  std::error_code error;
  if (fs::is_directory(path, error)) {
    return Status::InvalidInput(QuoteName(path) + ": is a directory, not an article file");
  }
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (file == nullptr) {
    const int error_number = errno;
    return Status::IOError(QuoteName(path) + ": cannot open: " + ErrnoMessage(error_number));
  }
  Status status = ReadStream(file, QuoteName(path), bytes);
  std::fclose(file);
  return status;
}

}  // namespace

Result<Document> ReadDocument(const std::string& path, const IngestOptions& options) {
  std::string bytes;
  Status read = path == "-" ? ReadStream(stdin, DisplayName(path), &bytes) : ReadFile(path, &bytes);
  if (!read.ok()) return read;
  return DecodeDocument(bytes, path, options);
}

}  // namespace tarikh
