// ListInputs and CollectInputs (include/tarikh/ingest.h): the command line's
// INPUTs expanded into article files.
//
// The walk goes on past every entry it cannot read — a folder without
// permission, a link that loops, a FIFO named like an article — and names
// each in one message: one bad entry never hides the good ones after it. A
// folder it could not list is remembered (`unlisted`), so that what a
// store keeps from it is not taken for removed.
#include <algorithm>
#include <cctype>
#include <filesystem>
#include <system_error>

#include "common/files.h"
#include "tarikh/ingest.h"

namespace tarikh {
namespace {

namespace fs = std::filesystem;

bool IsArticleName(const fs::path& path) { return IsArticleFileName(path.filename().string()); }

bool IsHidden(const fs::path& path) { return IsHiddenName(path.filename().string()); }

// What an entry named like an article is, when it is not a regular file.
const char* NotAnArticle(fs::file_type type) {
  switch (type) {
    case fs::file_type::directory: return "a symbolic link to a folder, not an article file; not followed";
    case fs::file_type::fifo: return "a FIFO (named pipe), not an article file; skipped";
    case fs::file_type::socket: return "a socket, not an article file; skipped";
    case fs::file_type::block:
    case fs::file_type::character: return "a device, not an article file; skipped";
    default: return "not a regular file; skipped";
  }
}

// An entry named like an article that is not a folder: a file to read, or a problem.
void AddArticleEntry(const fs::directory_entry& entry, bool is_link, InputListing* out) {
  std::error_code error;
  const fs::file_status status = fs::status(entry.path(), error);  // through links
  const std::string name = QuoteName(entry.path().string());
  if (error) {
    const bool dangling = is_link && error == std::errc::no_such_file_or_directory;
    out->problems.push_back(name + ": cannot read: " + error.message() +
                            (dangling ? " (a symbolic link to nothing)" : ""));
  } else if (fs::is_regular_file(status)) {
    out->files.push_back(entry.path().string());
  } else {
    out->problems.push_back(name + ": " + NotAnArticle(status.type()));
  }
}

void Unlisted(const fs::path& folder, const std::error_code& error, InputListing* out) {
  out->problems.push_back(QuoteName(folder.string()) + ": cannot list the folder: " + error.message() +
                          "; what the store holds from it is kept");
  out->unlisted.push_back(folder.string());
}

// Every entry of `folder` and of the folders under it (links to folders are
// not followed: a link can make a loop), in path order.
void ListFolder(const fs::path& folder, InputListing* out) {
  std::error_code error;
  std::vector<fs::directory_entry> entries;
  fs::directory_iterator it(folder, error);
  for (; !error && it != fs::directory_iterator(); it.increment(error)) entries.push_back(*it);
  if (error) Unlisted(folder, error, out);  // the entries read before the error are still read
  std::sort(entries.begin(), entries.end());
  for (const fs::directory_entry& entry : entries) {
    if (IsHidden(entry.path())) continue;
    std::error_code type_error;
    const fs::file_status own = entry.symlink_status(type_error);
    if (fs::is_directory(own)) {
      if (IsArticleName(entry.path())) {
        out->warnings.push_back(QuoteName(entry.path().string()) +
                                ": a folder, not an article file; the articles in it are read");
      }
      ListFolder(entry.path(), out);
    } else if (IsArticleName(entry.path())) {
      AddArticleEntry(entry, fs::is_symlink(own), out);
    }
  }
}

void ListInput(const std::string& input, InputListing* out) {
  if (input == "-") {
    out->files.push_back(input);
    return;
  }
  std::error_code error;
  const fs::file_status status = fs::status(input, error);
  if (fs::is_regular_file(status)) {
    out->files.push_back(input);  // named explicitly: taken whatever its extension
  } else if (fs::is_directory(status)) {
    ListFolder(input, out);
  } else if (status.type() == fs::file_type::not_found) {
    out->problems.push_back(QuoteName(input) + ": no such file or directory");
  } else if (error) {
    out->problems.push_back(QuoteName(input) + ": cannot read: " + error.message());
  } else {
    out->problems.push_back(QuoteName(input) + ": not a regular file or folder");
  }
}

}  // namespace

bool IsHiddenName(std::string_view name) { return name.starts_with('.'); }

bool IsArticleFileName(std::string_view name) {
  if (IsHiddenName(name)) return false;
  const size_t dot = name.rfind('.');
  if (dot == std::string_view::npos || dot == 0) return false;
  std::string extension(name.substr(dot));
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return extension == ".txt" || extension == ".md";
}

InputListing ListInputs(const std::vector<std::string>& inputs) {
  InputListing out;
  for (const std::string& input : inputs) ListInput(input, &out);
  std::sort(out.files.begin(), out.files.end());
  out.files.erase(std::unique(out.files.begin(), out.files.end()), out.files.end());
  return out;
}

Status CollectInputs(const std::vector<std::string>& inputs, std::vector<std::string>* files) {
  InputListing listing = ListInputs(inputs);
  files->insert(files->end(), listing.files.begin(), listing.files.end());
  std::sort(files->begin(), files->end());
  files->erase(std::unique(files->begin(), files->end()), files->end());
  std::string problems;
  for (const std::string& p : listing.problems) problems += (problems.empty() ? "" : "\n") + p;
  return problems.empty() ? Status::Ok() : Status::InvalidInput(problems);
}

}  // namespace tarikh
