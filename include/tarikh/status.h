// Status and Result<T>: how tarikh's library reports failure.
//
// Nothing is thrown out of the library (leveldb's style): a function that can
// fail returns a Status, or a Result<T> holding either a value or the Status
// that explains why there is none. Messages are written for the user: they
// name the file and, where it applies, the byte offset or line.
#ifndef TARIKH_STATUS_H_
#define TARIKH_STATUS_H_

#include <optional>
#include <string>
#include <utility>

namespace tarikh {

class Status {
 public:
  enum class Code { kOk = 0, kInvalidInput, kNotFound, kIOError, kUnsupported, kInternal };

  Status() = default;
  static Status Ok() { return Status(); }
  static Status InvalidInput(std::string msg) { return Status(Code::kInvalidInput, std::move(msg)); }
  static Status NotFound(std::string msg) { return Status(Code::kNotFound, std::move(msg)); }
  static Status IOError(std::string msg) { return Status(Code::kIOError, std::move(msg)); }
  static Status Unsupported(std::string msg) { return Status(Code::kUnsupported, std::move(msg)); }
  static Status Internal(std::string msg) { return Status(Code::kInternal, std::move(msg)); }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }
  std::string ToString() const { return ok() ? "ok" : message_; }

  // Exit status promised by SPEC §1: 1 for bad input or usage, 2 for an internal error.
  int ExitCode() const {
    if (ok()) return 0;
    return code_ == Code::kInternal ? 2 : 1;
  }

 private:
  Status(Code code, std::string msg) : code_(code), message_(std::move(msg)) {}
  Code code_ = Code::kOk;
  std::string message_;
};

template <typename T>
class Result {
 public:
  Result(T value) : value_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Status status) : status_(std::move(status)) {}  // NOLINT

  bool ok() const { return value_.has_value(); }
  const Status& status() const { return status_; }
  T& value() & { return *value_; }
  const T& value() const& { return *value_; }
  T&& value() && { return std::move(*value_); }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }

 private:
  std::optional<T> value_;
  Status status_;
};

}  // namespace tarikh

#endif  // TARIKH_STATUS_H_
