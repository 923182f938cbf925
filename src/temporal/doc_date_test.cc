// Table-driven tests of FindDocumentDate: the date a page shows, where news
// sites put it, and what is not the page's date. Rows are written from how
// Arabic news pages are laid out, none taken from an evaluation text.
#include <gtest/gtest.h>

#include "temporal/testing_util.h"

namespace tarikh::temporal {
namespace {

struct Case {
  const char* name;
  const char* text;
  const char* url;
  const char* value;   // "" = no date
  const char* source;  // DocDateSourceName
};

const Case kCases[] = {
    // ---- publication lines and timestamps
    {"publication marker", "عنوان الخبر\nتاريخ النشر : 2021-12-21\nأعلنت الوزارة أن الوزير سيزور عمان", "",
     "2021-12-21", "timestamp"},
    {"published on", "نشر في: الأحد 14 أيار 2017\nقال الوزير إن الزيارة ناجحة", "", "2017-05-14", "timestamp"},
    {"updated, slashes", "آخر تحديث 03/10/2020 - 10:45\nالتقى الوزيران في العاصمة", "", "2020-10-03",
     "timestamp"},
    {"timestamp line with clock", "وزير الخارجية يستقبل نظيره\nالأحد، 12 مارس 2017 10:05 ص\nاستقبل الوزير اليوم",
     "", "2017-03-12", "timestamp"},
    {"month between slashes", "قمة في باريس\nالثلاثاء 10/ديسمبر/2019 - 06:34 م\nتعقد اليوم قمة", "",
     "2019-12-10", "timestamp"},
    {"eastern digits", "الأربعاء ١٥ يونيو ٢٠٢٢ الساعة ٣:٢٠ مساءً\nأعلنت الرئاسة", "", "2022-06-15", "timestamp"},
    {"timestamp at the end", "قال الوزير إن المحادثات مستمرة.\nأخبار دولية\n07-02-2016", "", "2016-02-07",
     "timestamp"},
    {"site name and views", "موقع الخبر | الخميس، 10 سبتمبر، 2020 على الساعة 18:33 | عدد الزيارات : 512\nأعلن",
     "", "2020-09-10", "timestamp"},
    {"crawler date line", " date 2024-02-19 أعلن وزير الخارجية أن بلاده تدعم المبادرة", "", "2024-02-19",
     "timestamp"},
    {"month first when the day is above 12", "آخر تحديث: 03/15/2019 - 08:30\nقال الرئيس", "", "2019-03-15",
     "timestamp"},
    {"weekday decides the order", "الثلاثاء 5/4/2022\nقال الوزير اليوم الثلاثاء إن", "", "2022-04-05",
     "timestamp"},
    {"weekday picks month-first", "4/7/2019 - 09:15\nأعلن المتحدث اليوم الأحد أن", "", "2019-04-07",
     "timestamp"},
    // ---- datelines
    {"agency dateline", "بغداد 14 أكتوبر 2018 (واع) - أعلن رئيس الوزراء العراقي اليوم الأحد عن زيارة مرتقبة إلى "
     "الرياض لبحث العلاقات", "", "2018-10-14", "dateline"},
    {"bracketed dateline", "(الرباط - 3 أيار 2016) استقبل وزير الخارجية المغربي نظيره الموريتاني في العاصمة "
     "الرباط لبحث التعاون", "", "2016-05-03", "dateline"},
    {"hijri dateline", "الرياض 5 شوال 1444 هـ الموافق 25 أبريل 2023 م (واس) - استقبل ولي العهد في قصر السلام "
     "بجدة وزير الخارجية", "", "2023-04-25", "dateline"},
    // ---- the url and the path
    {"url y/m/d", "قال الوزير إن الاجتماع كان مثمرا", "https://example.com/2019/07/12/news-title", "2019-07-12",
     "url"},
    {"url y-m-d", "قال الوزير", "https://example.com/politics/2023-04-14-1.17", "2023-04-14", "url"},
    {"url without leading zeros", "قال الوزير", "https://example.com/news/details/2021/3/9/123456", "2021-03-09",
     "url"},
    {"url compact", "قال الوزير", "https://example.com/article/20180512/politics", "2018-05-12", "url"},
    {"url yymmdd_", "قال الوزير", "https://example.com/arabic/world/2012/05/120513_talks", "2012-05-13", "url"},
    {"url unix time", "قال الوزير", "https://example.com/story/talks-1600000000", "2020-09-13", "url"},
    {"url month only", "قال الوزير", "https://example.com/2016/11/talks-in-rabat", "2016-11", "url"},
    {"story id is no date", "قال الوزير", "https://example.com/News/1188608.aspx", "", "none"},
    // ---- the article's own words
    {"today with the day", "قال المتحدث باسم الخارجية، اليوم الخميس 21 يناير، إن الوفد سيصل. وكانت الجولة بدأت "
     "في يناير 2021", "", "2021-01-21", "text"},
    {"today with the day and the url's year", "أعلنت الوزارة اليوم الأحد 9 أكتوبر أن الوزير سيزور أنقرة", 
     "https://example.com/2022/10/talks", "2022-10-09", "text"},
    {"the latest day told by its weekday", "وجاء الاتفاق عقب محادثات طويلة بين الرؤساء الأربعة في مينسك استمرت حتى "
     "مساء الأربعاء (11 شباط 2015)، ووصف الرئيس الفرنسي الخميس (12 شباط 2015) الاتفاق بأنه جاد", "", "2015-02-12",
     "text"},
    {"day told by its weekday after يوم", "اجتمع مجلس الأمن الدولي في نيويورك في جلسة طارئة يوم الاثنين 4 آذار "
     "2019 لبحث الأزمة في البلاد وتداعياتها الإنسانية", "", "2019-03-04", "text"},
    {"a timestamp beats a day in prose", "الأحد، 12 مارس 2017 10:05 ص\nوكان الوزير قد زار بغداد الخميس 9 مارس 2017 "
     "والتقى رئيس الوزراء", "", "2017-03-12", "timestamp"},
    // ---- what is not the page's date
    {"a weekday wrong for its date", "التقى الوزيران الأحد 5 آذار 2019 في بغداد لبحث الملفات العالقة", "", "",
     "none"},
    {"a day in prose a future clause announces", "سيلتقي الرئيسان يوم الخميس 20 حزيران 2024 في جنيف لبحث الملف",
     "", "", "none"},
    {"date in prose", "وكان الوزيران قد التقيا في 5 آذار 2019 في بغداد لبحث الملفات العالقة بين البلدين", "", "",
     "none"},
    {"marker in prose dates something else", "ينص بيان نشر على موقع الحلف بتاريخ 11 يوليو 2022 على أن الكتلة "
     "العسكرية لا يمكنها اعتبار روسيا شريكا", "", "", "none"},
    {"site banner later than the article", "الإثنين 13 مايو 2024\n\nعنوان الخبر\n\nسياسة 4-7-2023 | 10:10\n\nأعلنت "
     "الدولتان رفع التمثيل", "", "2023-07-04", "timestamp"},
    {"relative day contradicts a timestamp", "الأربعاء 6 مارس 2024\nقال الوزير اليوم الخميس إن\nالخميس 7 مارس 2024",
     "", "2024-03-07", "timestamp"},
    {"a list of related articles", "قال الوزير إن المحادثات مستمرة.\nأخبار ذات صلة\nزيارة الوزير\n12 مايو 2021\n"
     "قمة الرياض\n3 يونيو 2021\nاتصال هاتفي\n20 يونيو 2021", "https://example.com/2021/07/talks", "2021-07",
     "url"},
    {"url month overrules a stray timestamp", "قال الوزير إن الزيارة ناجحة\n1 يناير 2019",
     "https://example.com/2020/06/visit", "2020-06", "url"},
    {"nothing at all", "قال الوزير اليوم إن المحادثات صعبة", "", "", "none"},
};

TEST(FindDocumentDate, Table) {
  for (const Case& c : kCases) {
    SCOPED_TRACE(c.name);
    const DocumentDate d = TestTagger().FindDocumentDate(c.text, AnalyzeText(c.text), c.url, "");
    EXPECT_EQ(d.value, c.value);
    EXPECT_STREQ(DocDateSourceName(d.source), c.source);
    if (!d.value.empty()) {
      EXPECT_FALSE(d.evidence.empty());
    }
  }
}

TEST(FindDocumentDate, FilePathWhenNoUrl) {
  const char* text = "قال الوزير إن الاجتماع كان مثمرا";
  const DocumentDate d = TestTagger().FindDocumentDate(text, AnalyzeText(text), "", "news/2019/03/04/talks.md");
  EXPECT_EQ(d.value, "2019-03-04");
  EXPECT_EQ(d.evidence, "news/2019/03/04/talks.md");
}

TEST(FindDocumentDate, EvidenceIsTheWordsRead) {
  const char* text = "عنوان\nتاريخ النشر : 2021-12-21\nأعلنت الوزارة";
  const DocumentDate d = TestTagger().FindDocumentDate(text, AnalyzeText(text), "", "");
  EXPECT_EQ(d.evidence, "2021-12-21");
}

}  // namespace
}  // namespace tarikh::temporal
