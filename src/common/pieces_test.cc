#include "common/pieces.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "common/files.h"

#include "common/json_writer.h"

namespace tarikh {
namespace {

using internal::JsonWriter;

TEST(PieceKeyTest, LengthPrefixedSoSplitsDiffer) {
  EXPECT_NE(PieceKey("k").Add("ab").Add("c").Value(), PieceKey("k").Add("a").Add("bc").Value());
  EXPECT_NE(PieceKey("k").Add("x").Value(), PieceKey("j").Add("x").Value());
  EXPECT_EQ(PieceKey("k").Add("x").Add(uint64_t{7}).Value(), PieceKey("k").Add("x").Add(uint64_t{7}).Value());
}

// A key longer than the few numbers most keys are made of still depends on
// every byte, wherever it changes, however it was added.
TEST(PieceKeyTest, LongKeysDependOnEveryByte) {
  std::string text(300, 'x');
  const uint64_t whole = PieceKey("k").Add(text).Value();
  EXPECT_EQ(PieceKey("k").Add(text).Value(), whole);
  for (size_t at : {size_t{0}, size_t{100}, size_t{119}, size_t{120}, size_t{299}}) {
    std::string changed = text;
    changed[at] = 'y';
    EXPECT_NE(PieceKey("k").Add(changed).Value(), whole) << at;
  }
  PieceKey numbers("n");
  for (uint64_t i = 0; i < 40; ++i) numbers.Add(i);
  PieceKey other("n");
  for (uint64_t i = 0; i < 40; ++i) other.Add(i == 39 ? 40 : i);
  EXPECT_NE(numbers.Value(), other.Value());
}

TEST(PieceMemoTest, IndexRoundTripFindsEachPiece) {
  const std::string file = "header|alpha|beta|gamma|";
  PieceMemo first;
  first.Add(30, 7, 5);   // alpha
  first.Add(10, 13, 4);  // beta
  first.Add(20, 18, 5);  // gamma
  const std::string index = first.Index();
  EXPECT_EQ(index.size(), 3u * 24);
  PieceMemo next(file, index);
  EXPECT_EQ(next.Find(30).value_or("?"), "alpha");
  EXPECT_EQ(next.Find(10).value_or("?"), "beta");
  EXPECT_EQ(next.Find(20).value_or("?"), "gamma");
  EXPECT_FALSE(next.Find(40).has_value());
  EXPECT_EQ(next.reused(), 3u);
}

// A memo is moved around a build (from the thread that read the previous
// file): its pieces stay readable, from a short file (whose bytes live in the
// string object itself) or a mapped one.
TEST(PieceMemoTest, MovedMemosStillFindTheirPieces) {
  PieceMemo first;
  first.Add(1, 0, 3);
  first.Add(2, 4, 3);
  const std::string index = first.Index();
  PieceMemo read(std::string("abc|def"), index);
  PieceMemo moved(std::move(read));
  PieceMemo assigned;
  assigned = std::move(moved);
  EXPECT_EQ(assigned.Find(2).value_or("?"), "def");
  EXPECT_EQ(assigned.previous_size(), 7u);

  const std::string path = ::testing::TempDir() + "/tarikh-pieces-mapped.txt";
  ASSERT_TRUE(WriteFileAtomically(path, "abc|def").ok());
  std::optional<MappedFile> file = MappedFile::Open(path);
  ASSERT_TRUE(file.has_value());
  EXPECT_EQ(file->bytes(), "abc|def");
  PieceMemo mapped(std::move(*file), index);
  std::remove(path.c_str());  // the mapping outlives the name
  PieceMemo moved_mapped;
  moved_mapped = std::move(mapped);
  EXPECT_EQ(moved_mapped.Find(1).value_or("?"), "abc");
  EXPECT_EQ(moved_mapped.Find(2).value_or("?"), "def");
  EXPECT_FALSE(MappedFile::Open(path).has_value());
  EXPECT_FALSE(MappedFile::Open(::testing::TempDir()).has_value());  // a folder
}

TEST(PieceMemoTest, MalformedOrForeignIndexReusesNothing) {
  PieceMemo pieces;
  pieces.Add(1, 0, 4);
  const std::string index = pieces.Index();
  EXPECT_FALSE(PieceMemo("abc", index).Find(1).has_value());               // points past the end of the file
  EXPECT_FALSE(PieceMemo("abcdef", index.substr(1)).Find(1).has_value());  // truncated
  PieceMemo unsorted;
  unsorted.Add(2, 0, 1);
  unsorted.Add(1, 1, 1);
  std::string swapped = unsorted.Index();  // sorted: key 1 then key 2; swap them
  swapped = swapped.substr(24) + swapped.substr(0, 24);
  EXPECT_FALSE(PieceMemo("ab", swapped).Find(1).has_value());
  EXPECT_TRUE(PieceMemo("abcdef", index).Find(1).has_value());
}

// A piece copied into a JsonWriter gives the bytes writing it gives.
TEST(PieceMemoTest, JsonPiecesCopyToTheSameBytes) {
  auto write = [](PieceMemo* pieces, bool copy) {
    std::string out;
    JsonWriter w(&out);
    w.BeginObject();
    w.Key("items");
    w.BeginArray();
    for (int i = 0; i < 3; ++i) {
      const uint64_t key = PieceKey("item").Add(uint64_t(i)).Value();
      const size_t start = w.PieceStart();
      if (auto old = copy ? pieces->Find(key) : std::nullopt) {
        w.Raw(*old);
      } else {
        w.BeginObject();
        w.Field("n", std::to_string(i));
        w.Key("list");
        w.Strings({"a", "b"});
        w.EndObject();
      }
      pieces->Add(key, start, w.size() - start);
    }
    w.EndArray();
    w.EndObject();
    return out;
  };
  PieceMemo first;
  const std::string written = write(&first, false);
  PieceMemo second(written, first.Index());
  EXPECT_EQ(write(&second, true), written);
  EXPECT_EQ(second.reused(), 3u);
  EXPECT_EQ(second.Index(), first.Index());
}


// A JSON array of items written with a memo: item i is {"n": i, "v": version
// of i}; an item whose key the memo has is put from the previous file.
std::string WriteItems(const std::vector<std::pair<int, int>>& items, PieceMemo* pieces) {
  std::string out;
  JsonWriter w(&out);
  w.BeginObject();
  w.Key("items");
  w.BeginArray();
  for (const auto& [n, version] : items) {
    const uint64_t key = PieceKey("item").Add(uint64_t(n)).Add(uint64_t(version)).Value();
    const size_t start = pieces->Position(w.PieceStart());
    if (auto old = pieces->Find(key)) {
      w.Raw({});
      pieces->Put(&out, *old);
    } else {
      w.BeginObject();
      w.Field("n", std::to_string(n));
      w.Field("v", std::to_string(version));
      w.EndObject();
    }
    pieces->Add(key, start, pieces->Position(w.size()) - start);
  }
  w.EndArray();
  w.EndObject();
  return out;
}

std::string Joined(const std::vector<std::string_view>& parts) {
  std::string out;
  for (std::string_view p : parts) out += p;
  return out;
}

// Spliced or copied, the file and its index are what writing it afresh
// gives; unchanged neighbours with their separator become one part.
TEST(PieceMemoTest, SplicedFileIsTheWrittenFile) {
  std::vector<std::pair<int, int>> before;
  for (int n = 0; n < 10; ++n) before.push_back({n, 1});
  PieceMemo first;
  const std::string previous = WriteItems(before, &first);

  std::vector<std::pair<int, int>> after = before;
  after.erase(after.begin() + 2);             // item 2 removed
  after.insert(after.begin() + 4, {42, 1});   // a new item between 4 and 5
  after[8].second = 2;                        // item 8 changed
  PieceMemo fresh;
  const std::string expected = WriteItems(after, &fresh);

  PieceMemo copying(previous, first.Index());
  EXPECT_EQ(WriteItems(after, &copying), expected);
  PieceMemo splicing(previous, first.Index());
  splicing.set_splicing(true);
  const std::string written = WriteItems(after, &splicing);
  EXPECT_LT(written.size(), expected.size() / 2);  // only the new bytes
  EXPECT_EQ(Joined(splicing.Parts(written)), expected);
  EXPECT_EQ(splicing.reused(), 8u);
  EXPECT_EQ(splicing.Index(), fresh.Index());
  EXPECT_EQ(copying.Index(), fresh.Index());
  // Runs 0–1, 3–4, 5–7 and 9 from the previous file, between new bytes: the
  // opening, a separator, 42, 8, the closing.
  EXPECT_EQ(splicing.Parts(written).size(), 9u);

  // Nothing changed: the opening, one run of every item, the closing.
  PieceMemo again(expected, splicing.Index());
  again.set_splicing(true);
  const std::string unchanged = WriteItems(after, &again);
  ASSERT_EQ(again.Parts(unchanged).size(), 3u);
  EXPECT_EQ(Joined(again.Parts(unchanged)), expected);
  EXPECT_EQ(again.reused(), after.size());
}

// Pieces with nothing between them (CSV rows) splice into one run too; a
// piece the previous file has elsewhere (moved) starts a new part.
TEST(PieceMemoTest, AdjacentAndMovedPiecesSplice) {
  auto write = [](const std::vector<std::string>& rows, PieceMemo* pieces) {
    std::string out = "header\n";
    for (const std::string& row : rows) {
      const uint64_t key = PieceKey("row").Add(row).Value();
      const size_t start = pieces->Position(out.size());
      if (auto old = pieces->Find(key)) {
        pieces->Put(&out, *old);
      } else {
        out += row + "\n";
      }
      pieces->Add(key, start, pieces->Position(out.size()) - start);
    }
    return out;
  };
  PieceMemo first;
  const std::string previous = write({"a", "b", "c", "d"}, &first);
  PieceMemo splicing(previous, first.Index());
  splicing.set_splicing(true);
  const std::string written = write({"a", "b", "d", "c"}, &splicing);
  EXPECT_EQ(written, "header\n");
  const std::vector<std::string_view> parts = splicing.Parts(written);
  ASSERT_EQ(parts.size(), 4u);  // header, a–b, d, c
  EXPECT_EQ(parts[1], "a\nb\n");
  EXPECT_EQ(Joined(parts), "header\na\nb\nd\nc\n");
}

}  // namespace
}  // namespace tarikh
