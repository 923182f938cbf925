// The entity recogniser on a few MB of Arabic news text: analysis + temporal
// tagging + entities (the pipeline up to this stage, target >= 10 MB/s on one
// core), and entities alone. The text is built like temporal_bench's: news
// sentences written for the benchmark, varied by number, with names the
// lexicon knows and names it does not.
#include <string>
#include <vector>

#include <benchmark/benchmark.h>

#include "bench_util.h"

#include "tarikh/data_dir.h"
#include "tarikh/entities.h"
#include "tarikh/temporal.h"
#include "tarikh/text.h"

namespace {

using tarikh::bench::Recognizer;
using tarikh::bench::Tagger;

const char* const kSentences[] = {
    "أعلن الأمين العام لحلف شمال الأطلسي، ينس ستولتنبرغ، اليوم الأربعاء، أن الحلف مستعد للحوار مع موسكو.",
    "وقال نائب وزير الخارجية الروسي، ألكسندر غروشكو، إن المحادثات في بروكسل كانت صعبة وصريحة.",
    "وأجرت موسكو وواشنطن محادثات في جنيف استمرت ثماني ساعات دون تحقيق اختراق.",
    "وقال السفير الياباني، هيروشي تاناكا، للصحفيين إن بلاده تتابع التطورات. وأضاف تاناكا أن الحوار ضروري.",
    "ودعت وزارة الخارجية الفرنسية إلى ضبط النفس، فيما التقى الجانب الروسي بالوفد الأمريكي.",
    "ويرى مراقبون أن العلاقات بين البلدين تشهد توترا متزايدا منذ سنوات بسبب ملفات أمنية وسياسية.",
    "وأكد الرئيس الأوكراني فولوديمير زيلينسكي أن كييف لن تتنازل عن أي جزء من أراضيها.",
    "وتراجعت الصادرات الشهر الماضي بنسبة 12 في المئة مقارنة بالفترة نفسها من العام الماضي.",
    "وقال البرلماني المعارض المجري، لاسلو توروك، إن الحكومة أخطأت في تقدير الموقف.",
    "واتهم الأميركيون الروس بالمماطلة، بينما قالت منظمة الأمن والتعاون في أوروبا إن المنظمة ستواصل عملها.",
    "وبحسب وكالة فرانس برس، فإن الاجتماع المقبل سيعقد في فيينا الشهر المقبل.",
    "وأشار الأمين العام إلى أن الحلفاء متفقون على الرد، وأن الناتو لن يغلق بابه.",
};

std::string BuildText(size_t bytes) { return tarikh::bench::RepeatSentences(kSentences, bytes); }

// Articles of about 4 KB: coreference state is per article, as in real use.
const std::vector<std::string>& Articles() {
  static const std::vector<std::string> articles = [] {
    const std::string text = BuildText(4 << 20);
    std::vector<std::string> out;
    for (size_t pos = 0; pos < text.size();) {
      size_t end = text.find('\n', std::min(text.size(), pos + 4096));
      if (end == std::string::npos) end = text.size();
      out.push_back(text.substr(pos, end - pos));
      pos = end + 1;
    }
    return out;
  }();
  return articles;
}

int64_t TotalBytes() {
  int64_t n = 0;
  for (const std::string& a : Articles()) n += static_cast<int64_t>(a.size());
  return n;
}

void BM_AnalyzeTemporalEntities(benchmark::State& state) {
  for (auto _ : state) {
    for (const std::string& a : Articles()) {
      const tarikh::AnalyzedText analyzed = tarikh::AnalyzeText(a);
      benchmark::DoNotOptimize(Tagger().Tag(a, analyzed, "2022-01-12"));
      benchmark::DoNotOptimize(Recognizer().Recognize(a, analyzed, "2022-01-12"));
    }
  }
  state.SetBytesProcessed(state.iterations() * TotalBytes());
}
BENCHMARK(BM_AnalyzeTemporalEntities)->Unit(benchmark::kMillisecond);

void BM_EntitiesOnly(benchmark::State& state) {
  std::vector<tarikh::AnalyzedText> analyzed;
  for (const std::string& a : Articles()) analyzed.push_back(tarikh::AnalyzeText(a));
  size_t mentions = 0;
  for (auto _ : state) {
    mentions = 0;
    for (size_t i = 0; i < analyzed.size(); ++i) {
      mentions += Recognizer().Recognize(Articles()[i], analyzed[i], "2022-01-12").mentions.size();
    }
  }
  state.SetBytesProcessed(state.iterations() * TotalBytes());
  state.counters["mentions"] = static_cast<double>(mentions);
}
BENCHMARK(BM_EntitiesOnly)->Unit(benchmark::kMillisecond);

}  // namespace
