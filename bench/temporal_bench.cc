// The temporal tagger on a few MB of Arabic news text: text analysis plus
// tagging, and tagging alone. The text is built from sentences written for
// the benchmark (most news sentences hold no date), varied by number.
#include <string>
#include <vector>

#include <benchmark/benchmark.h>

#include "bench_util.h"

#include "tarikh/data_dir.h"
#include "tarikh/temporal.h"
#include "tarikh/text.h"

namespace {

using tarikh::bench::Recognizer;
using tarikh::bench::Tagger;

const char* const kSentences[] = {
    "أعلن الأمين العام لحلف شمال الأطلسي، اليوم الأربعاء، أن الحلف مستعد لاستئناف الحوار مع موسكو.",
    "وقال المتحدث باسم الخارجية إن المحادثات التي جرت يومي 9 و10 كانون الثاني/يناير في جنيف كانت صعبة.",
    "وتأتي هذه الخطوة بعد أسبوعين من تصريحات الوزير في مؤتمر الأمن الدولي بميونيخ.",
    "ويرى مراقبون أن العلاقات بين البلدين تشهد توترا متزايدا منذ سنوات بسبب ملفات أمنية وسياسية.",
    "وكان المجلس قد عقد أول اجتماع له منذ عامين ونصف في مقر الحلف ببروكسل.",
    "ومن المقرر أن يلتقي الوزيران الخميس المقبل في فيينا لبحث الضمانات الأمنية.",
    "وأشار التقرير الصادر عام 2020 إلى أن الحلف سيواصل تعزيز قواته في دول البلطيق حتى عام 2030.",
    "وتطالب موسكو بالتخلي رسميا عن قرار قمة بوخارست لعام 2008 بشأن انضمام أوكرانيا وجورجيا.",
    "وأكد الوفد الأميركي أن الولايات المتحدة لم تقدم أي تنازلات لكنها صاغت مقترحات للحد من مخاطر الصراع.",
    "ودعت وزارة الدفاع إلى مؤتمر دولي حول الأمن في 26 و27 إبريل/نيسان في العاصمة.",
    "وأجرى رئيس الأركان اتصالا هاتفيا، الجمعة، مع رئيس اللجنة العسكرية للحلف.",
    "ويخيم التوتر على العلاقات بين الطرفين منذ ربيع 2014 إثر اندلاع الأزمة الأوكرانية.",
    "وقال الأمين العام للأمم المتحدة إن الوضع الإنساني يتدهور بسرعة وإن المساعدات لا تكفي.",
    "ونقلت قناة روسيا اليوم عن مصدر دبلوماسي أن الجانبين اتفقا على مواصلة المشاورات.",
    "وتراجعت الصادرات الشهر الماضي بنسبة 12 في المئة مقارنة بالفترة نفسها من العام الماضي.",
    "وأوضح البيان أن اللجنة ستعقد اجتماعها المقبل في 15 آذار 2022 في العاصمة الأردنية عمان.",
    "ويعتقد محللون أن الحكومة الجديدة ستواجه تحديات اقتصادية كبيرة خلال الأسبوع الراهن والأشهر المقبلة.",
    "وشهدت المنطقة في ثمانينيات القرن الماضي حروبا طويلة أنهكت اقتصاداتها.",
    "وبشكل عام فإن المؤشرات تدل على تحسن نسبي في الأداء رغم الصعوبات المستمرة.",
    "وفي سياق متصل، أكد المدير العام للوكالة الدولية للطاقة الذرية أهمية التعاون الفني.",
};

std::string BuildText(size_t bytes) { return tarikh::bench::RepeatSentences(kSentences, bytes); }

const std::string& Text() {
  static const std::string text = BuildText(4 << 20);
  return text;
}

void BM_AnalyzeAndTag(benchmark::State& state) {
  const std::string& text = Text();
  for (auto _ : state) {
    tarikh::AnalyzedText analyzed = tarikh::AnalyzeText(text);
    benchmark::DoNotOptimize(Tagger().Tag(text, analyzed, "2022-01-12"));
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_AnalyzeAndTag)->Unit(benchmark::kMillisecond);

void BM_TagOnly(benchmark::State& state) {
  const std::string& text = Text();
  const tarikh::AnalyzedText analyzed = tarikh::AnalyzeText(text);
  size_t found = 0;
  for (auto _ : state) {
    std::vector<tarikh::Timex> timexes = Tagger().Tag(text, analyzed, "2022-01-12");
    found = timexes.size();
    benchmark::DoNotOptimize(timexes);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
  state.counters["timexes"] = static_cast<double>(found);
}
BENCHMARK(BM_TagOnly)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
