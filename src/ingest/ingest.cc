// DecodeDocument, ReadDocument and CollectInputs (include/tarikh/ingest.h).
// Decoding lives in encoding.cc, the front matter block in front_matter.cc;
// this file joins them and holds everything that touches the file system.
#include "tarikh/ingest.h"

#include <xxhash.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <filesystem>
#include <system_error>

#include "ingest/encoding.h"
#include "ingest/front_matter.h"
#include "ingest/utf8.h"

namespace tarikh {
namespace {

namespace fs = std::filesystem;

// Articles are a few kilobytes; the limit keeps a video renamed .txt from
// being read into memory, and code point offsets within uint32_t.
constexpr uintmax_t kMaxArticleBytes = uintmax_t{64} << 20;

// Messages about standard input say so, as compilers do.
std::string DisplayName(const std::string& path) { return path == "-" ? "<stdin>" : path; }

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
  if (std::ferror(stream)) return Status::IOError(name + ": cannot read: " + ErrnoMessage(errno));
  return Status::Ok();
}

Status ReadFile(const std::string& path, std::string* bytes) {
  std::error_code error;
  if (fs::is_directory(path, error)) {
    return Status::InvalidInput(path + ": is a directory, not an article file");
  }
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (file == nullptr) return Status::IOError(path + ": cannot open: " + ErrnoMessage(errno));
  Status status = ReadStream(file, path, bytes);
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

namespace {

// `*.txt` and `*.md`, in any case (files from Windows are often `.TXT`).
// Hidden files and folders (`.git`, editors' `.#draft.md`) are skipped.
bool IsArticleName(const fs::path& path) {
  std::string extension = path.extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return extension == ".txt" || extension == ".md";
}

bool IsHidden(const fs::path& path) { return path.filename().string().starts_with('.'); }

Status CollectFolder(const fs::path& folder, std::vector<std::string>* files) {
  std::error_code error;
  fs::recursive_directory_iterator it(folder, error);
  for (; !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
    if (IsHidden(it->path())) {
      if (it->is_directory(error)) it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file(error) && IsArticleName(it->path())) {
      files->push_back(it->path().string());
    }
  }
  if (error) return Status::IOError(folder.string() + ": cannot list: " + error.message());
  return Status::Ok();
}

}  // namespace

Status CollectInputs(const std::vector<std::string>& inputs, std::vector<std::string>* files) {
  std::string missing;
  Status failure;
  for (const std::string& input : inputs) {
    std::error_code error;
    if (input == "-" || fs::is_regular_file(input, error)) {
      files->push_back(input);  // named explicitly: taken whatever its extension
    } else if (fs::is_directory(input, error)) {
      Status listed = CollectFolder(input, files);
      if (!listed.ok() && failure.ok()) failure = listed;
    } else if (!fs::exists(input, error)) {
      missing += (missing.empty() ? "" : "\n") + input + ": no such file or directory";
    } else {
      missing += (missing.empty() ? "" : "\n") + input + ": not a regular file or folder";
    }
  }
  std::sort(files->begin(), files->end());
  files->erase(std::unique(files->begin(), files->end()), files->end());
  if (!missing.empty()) return Status::InvalidInput(missing);
  return failure;
}

}  // namespace tarikh
