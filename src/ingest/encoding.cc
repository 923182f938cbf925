#include "ingest/encoding.h"

#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>
#include <unicode/ustring.h>

#include <algorithm>
#include <memory>
#include <vector>

#include "ingest/legacy_arabic.h"
#include "ingest/utf8.h"

namespace tarikh::ingest {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";
constexpr char16_t kZeroWidthNoBreakSpace = 0xFEFF;  // a BOM once decoded

// Only detection adds this: with --encoding the user already chose.
constexpr std::string_view kEncodingHint =
    "; if the file is in another encoding, name it with --encoding";

struct ConverterCloser {
  void operator()(UConverter* converter) const { ucnv_close(converter); }
};
using Converter = std::unique_ptr<UConverter, ConverterCloser>;

// Text decoded by ICU, with the file offset of the byte that produced each
// UTF-16 unit, so that problems found after decoding still name an offset.
struct Utf16Text {
  std::u16string units;
  std::vector<size_t> offsets;
};

Status BinaryFile(std::string_view path, size_t offset) {
  return Status::InvalidInput(std::string(path) + ": binary file (NUL byte at offset " +
                              std::to_string(offset) + "), not an article");
}

Status InvalidBytes(std::string_view path, std::string_view encoding, size_t offset,
                    std::string_view bytes, bool truncated, std::string_view hint) {
  return Status::InvalidInput(std::string(path) + ": invalid " + std::string(encoding) +
                              " at byte " + std::to_string(offset) + " (" + HexBytes(bytes) +
                              (truncated ? ", truncated at end of file" : "") + ")" +
                              std::string(hint));
}

// Wide encodings are recognised by their BOM alone; the UTF-32LE BOM begins
// with the UTF-16LE one, so it is tested first.
const char* WideBomEncoding(std::string_view bytes) {
  if (bytes.starts_with(std::string_view("\xFF\xFE\0\0", 4))) return "UTF-32LE";
  if (bytes.starts_with(std::string_view("\0\0\xFE\xFF", 4))) return "UTF-32BE";
  if (bytes.starts_with("\xFF\xFE")) return "UTF-16LE";
  if (bytes.starts_with("\xFE\xFF")) return "UTF-16BE";
  return nullptr;
}

Result<DecodedText> DecodeUtf8(std::string_view bytes, std::string_view path,
                               std::string_view hint) {
  const size_t bom = bytes.starts_with(kUtf8Bom) ? kUtf8Bom.size() : 0;
  const std::string_view text = bytes.substr(bom);
  if (const auto error = FindInvalidUtf8(text)) {
    return InvalidBytes(path, "UTF-8", bom + error->offset, error->bytes, error->truncated, hint);
  }
  if (const size_t nul = text.find('\0'); nul != std::string_view::npos) {
    return BinaryFile(path, bom + nul);
  }
  return DecodedText{std::string(text), "UTF-8", bom};
}

Status ConversionError(UConverter* converter, UErrorCode code, std::string_view bytes,
                       const char* stopped_at, std::string_view path,
                       std::string_view encoding) {
  char invalid[32];
  int8_t invalid_length = sizeof invalid;
  UErrorCode status = U_ZERO_ERROR;
  ucnv_getInvalidChars(converter, invalid, &invalid_length, &status);
  if (U_FAILURE(status)) invalid_length = 0;
  const size_t offset = static_cast<size_t>(stopped_at - bytes.data()) - invalid_length;
  return InvalidBytes(path, encoding, offset, std::string_view(invalid, invalid_length),
                      code == U_TRUNCATED_CHAR_FOUND, "");
}

// Converts with ICU, stopping at the first byte sequence that is illegal or
// unassigned in `encoding` (ICU would otherwise substitute U+FFFD silently).
Result<Utf16Text> ToUtf16(UConverter* converter, std::string_view bytes, std::string_view path,
                          std::string_view encoding) {
  UErrorCode status = U_ZERO_ERROR;
  ucnv_setToUCallBack(converter, UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  Utf16Text out;
  const char* source = bytes.data();
  const char* const limit = source + bytes.size();
  do {
    UChar buffer[2048];
    int32_t offsets[2048];
    const size_t call_start = static_cast<size_t>(source - bytes.data());
    UChar* target = buffer;
    status = U_ZERO_ERROR;
    ucnv_toUnicode(converter, &target, buffer + 2048, &source, limit, offsets, /*flush=*/true,
                   &status);
    const auto produced = static_cast<size_t>(target - buffer);
    out.units.append(buffer, produced);
    for (size_t i = 0; i < produced; ++i) {  // ICU writes -1 where it cannot tell
      out.offsets.push_back(call_start + static_cast<size_t>(std::max(offsets[i], 0)));
    }
    if (U_FAILURE(status) && status != U_BUFFER_OVERFLOW_ERROR) {
      return ConversionError(converter, status, bytes, source, path, encoding);
    }
  } while (status == U_BUFFER_OVERFLOW_ERROR);
  return out;
}

Result<std::string> ToUtf8(std::u16string_view units) {
  UErrorCode status = U_ZERO_ERROR;
  int32_t length = 0;
  u_strToUTF8(nullptr, 0, &length, units.data(), static_cast<int32_t>(units.size()), &status);
  if (status != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(status)) {
    return Status::Internal(std::string("UTF-16 to UTF-8: ") + u_errorName(status));
  }
  std::string utf8(static_cast<size_t>(length), '\0');
  status = U_ZERO_ERROR;
  u_strToUTF8(utf8.data(), length, nullptr, units.data(), static_cast<int32_t>(units.size()),
              &status);
  if (U_FAILURE(status)) return Status::Internal(std::string("UTF-16 to UTF-8: ") + u_errorName(status));
  return utf8;
}

// Decodes with an open ICU converter; drops a leading BOM (which ICU's
// UTF-16LE/BE converters pass through as U+FEFF) and refuses NULs.
Result<DecodedText> DecodeWithConverter(UConverter* converter, std::string_view bytes,
                                        std::string_view path, std::string_view encoding) {
  Result<Utf16Text> decoded = ToUtf16(converter, bytes, path, encoding);
  if (!decoded.ok()) return decoded.status();
  Utf16Text& text = decoded.value();
  const size_t skip = !text.units.empty() && text.units[0] == kZeroWidthNoBreakSpace ? 1 : 0;
  const size_t nul = text.units.find(u'\0', skip);
  if (nul != std::u16string::npos) return BinaryFile(path, text.offsets[nul]);
  Result<std::string> utf8 = ToUtf8(std::u16string_view(text.units).substr(skip));
  if (!utf8.ok()) return utf8.status();
  const size_t bom = skip < text.offsets.size() ? text.offsets[skip] : bytes.size();
  return DecodedText{std::move(utf8).value(), std::string(encoding), bom};
}

Result<DecodedText> DecodeWithIcu(std::string_view bytes, std::string_view path,
                                  const char* encoding) {
  UErrorCode status = U_ZERO_ERROR;
  Converter converter(ucnv_open(encoding, &status));
  if (U_FAILURE(status)) {
    return Status::Internal(std::string("ICU has no converter for ") + encoding);
  }
  return DecodeWithConverter(converter.get(), bytes, path, encoding);
}

// The name to report for a converter the user chose: the MIME or IANA name
// ("windows-1256"), not ICU's internal one ("ibm-5352_P100-1998").
std::string StandardName(UConverter* converter, std::string_view requested) {
  UErrorCode status = U_ZERO_ERROR;
  const char* internal = ucnv_getName(converter, &status);
  for (const char* standard : {"MIME", "IANA"}) {
    status = U_ZERO_ERROR;
    const char* name = ucnv_getStandardName(internal, standard, &status);
    if (U_SUCCESS(status) && name != nullptr) return name;
  }
  return std::string(requested);
}

Result<DecodedText> DecodeAs(std::string_view bytes, std::string_view path,
                             std::string_view encoding) {
  const std::string requested(encoding);
  UErrorCode status = U_ZERO_ERROR;
  Converter converter(ucnv_open(requested.c_str(), &status));
  if (U_FAILURE(status)) {
    return Status::InvalidInput("--encoding: '" + requested +
                                "' is not an encoding ICU knows (try UTF-8, windows-1256, "
                                "ISO-8859-6, UTF-16LE)");
  }
  if (ucnv_getType(converter.get()) == UCNV_UTF8) return DecodeUtf8(bytes, path, "");
  return DecodeWithConverter(converter.get(), bytes, path, StandardName(converter.get(), requested));
}

// UTF-16 written without a byte order mark (Notepad's "Unicode" export, some
// scrapers): every other byte is the high byte of a BMP character, which in
// Arabic or Latin text is 0x00, 0x06 (Arabic) or 0x20 (punctuation). Returns
// "UTF-16LE", "UTF-16BE" or nullptr. Not decoded silently: a binary file
// could pass for it by chance, so the user is told what to name.
const char* BomlessUtf16(std::string_view bytes) {
  const size_t n = std::min<size_t>(bytes.size(), 4096) & ~size_t{1};
  if (n < 8) return nullptr;
  size_t high_even = 0, high_odd = 0;
  for (size_t i = 0; i < n; i += 2) {
    auto is_high = [](char c) { return c == '\0' || c == '\x06' || c == '\x20'; };
    high_odd += is_high(bytes[i + 1]) && bytes[i] != '\0';
    high_even += is_high(bytes[i]) && bytes[i + 1] != '\0';
  }
  const size_t pairs = n / 2;
  if (high_odd * 10 >= pairs * 9) return "UTF-16LE";
  if (high_even * 10 >= pairs * 9) return "UTF-16BE";
  return nullptr;
}

// Detection order, each step needing the previous one to have said no:
// a UTF-16/32 BOM; NUL bytes (binary: any text encoding but the wide ones
// would have none); UTF-8 (BOM or valid); a legacy Arabic code page
// (legacy_arabic.h says how it decides); otherwise invalid UTF-8.
Result<DecodedText> Detect(std::string_view bytes, std::string_view path) {
  if (const char* wide = WideBomEncoding(bytes)) return DecodeWithIcu(bytes, path, wide);
  if (const size_t nul = bytes.find('\0'); nul != std::string_view::npos) {
    if (const char* utf16 = BomlessUtf16(bytes)) {
      return Status::InvalidInput(std::string(path) + ": looks like " + utf16 +
                                  " text without a byte order mark; name it with --encoding " + utf16 +
                                  " (or save it as UTF-8)");
    }
    return BinaryFile(path, nul);
  }
  if (bytes.starts_with(kUtf8Bom)) return DecodeUtf8(bytes, path, kEncodingHint);
  const auto error = FindInvalidUtf8(bytes);
  if (!error) return DecodedText{std::string(bytes), "UTF-8", 0};
  const std::string legacy(GuessLegacyArabic(bytes));
  if (!legacy.empty()) return DecodeWithIcu(bytes, path, legacy.c_str());
  return InvalidBytes(path, "UTF-8", error->offset, error->bytes, error->truncated, kEncodingHint);
}

}  // namespace

Result<DecodedText> DecodeText(std::string_view bytes, std::string_view path,
                               std::string_view encoding) {
  if (encoding.empty()) return Detect(bytes, path);
  return DecodeAs(bytes, path, encoding);
}

}  // namespace tarikh::ingest
