// Table tests of event extraction: one article per row, run through the whole
// pipeline (text → temporal → entities → events), dated 2023-05-10 (a
// Wednesday). Rows are written from Arabic news usage in general: meetings,
// talks, calls, visits, ruptures, agreements, statements, planned events,
// negations and proposals that are no event, and several sentences about one
// event. Expected: DumpEvents, "class/type date participants @place [planned]".
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "events/testing_util.h"
#include "tarikh/text.h"

namespace tarikh::events {
namespace {

struct Row {
  const char* text;
  const char* expected;
};

constexpr char kDocDate[] = "2023-05-10";

const Row kRows[] = {
    // A news agency reports the event; it does not take part in it.
    {"وبحسب وكالة رويترز، التقى وزير الخارجية المصري سامح شكري نظيره التركي في أنقرة أمس.",
     "contact/meeting 2023-05-09 egypt,mevlut-cavusoglu,sameh-shoukry @ankara"},
    // A sentence opened by إذ goes on with the previous one: an undated event
    // about an actor named there takes its free date; a sentence that does not
    // continue (و) does not.
    {"مثلت أزمة السويس عام 1956 منعطفا في تاريخ مصر. إذ قامت بريطانيا وفرنسا بغزو مصر بعد تأميم القناة.",
     "other/military_operation 1956 egypt,france,united-kingdom @-"},
    {"مثلت أزمة السويس عام 1956 منعطفا في تاريخ مصر. وقامت بريطانيا وفرنسا بغزو مصر بعد تأميم القناة.",
     "other/military_operation - egypt,france,united-kingdom @-"},
    // A time expression that bounds something is not the event's date.
    {"اجتمع بلينكن ولافروف في جنيف وقررا تمديد الهدنة حتى عام 2025.",
     "contact/meeting 2023-05-10 antony-blinken,sergey-lavrov @geneva | other/decision 2023-05-10 antony-blinken,sergey-lavrov @geneva"},
    {"وكانت الحكومة قد دعمت المعارضة قبل وقت طويل من مارس 2011 بدلا من تنفيذ اتفاق الهدنة.",
     ""},
    {"وقعت مصر والسودان اتفاقية للتعاون العسكري في الخرطوم في 2 مارس 2021.",
     "other/agreement 2021-03-02 egypt,sudan @khartoum"},
    {"التقى وزير الخارجية الروسي سيرغي لافروف نظيره التركي هاكان فيدان في أنقرة اليوم.",
     "contact/meeting 2023-05-10 hakan-fidan,russia,sergey-lavrov @ankara"},
    {"اجتمع الرئيس المصري عبد الفتاح السيسي مع الرئيس الفرنسي إيمانويل ماكرون في باريس أمس.",
     "contact/meeting 2023-05-09 abdel-fattah-el-sisi,egypt,emmanuel-macron,france @paris"},
    {"عقد وزيرا خارجية مصر وروسيا اجتماعا في القاهرة يوم الإثنين.",
     "contact/meeting 2023-05-08 egypt,russia @cairo"},
    {"يلتقي بلينكن ولافروف في جنيف غدا لبحث الأزمة.",
     "contact/meeting 2023-05-11 antony-blinken,sergey-lavrov @geneva planned"},
    {"سيلتقي الرئيس التركي رجب طيب أردوغان نظيره الروسي فلاديمير بوتين في سوتشي الأسبوع المقبل.",
     "contact/meeting 2023-W20 recep-tayyip-erdogan,turkey,vladimir-putin @sochi planned"},
    {"التقت وزيرة الخارجية الفرنسية بنظيرها المصري سامح شكري في القاهرة في 3 مايو/أيار 2023.",
     "contact/meeting 2023-05-03 catherine-colonna,france,sameh-shoukry @cairo"},
    {"والتقيا في الدوحة في 12 مارس 2022.",
     ""},
    {"جرى اللقاء بين أردوغان وبوتين في سوتشي أمس.",
     "contact/meeting 2023-05-09 recep-tayyip-erdogan,vladimir-putin @sochi"},
    {"تلتقي وفود روسيا وأوكرانيا في إسطنبول اليوم.",
     "contact/meeting 2023-05-10 russia,ukraine @istanbul"},
    {"اجتمعت اللجنة الوزارية العربية مع غوتيريش في نيويورك في 2 أبريل 2023.",
     "contact/meeting 2023-04-02 antonio-guterres @new-york"},
    {"أجرت روسيا والولايات المتحدة محادثات في جنيف، الإثنين الماضي.",
     "contact/talks 2023-05-08 russia,united-states @geneva"},
    {"انطلقت بين إيران والسعودية محادثات في بغداد يوم أمس.",
     "contact/talks 2023-05-09 iran,saudi-arabia @baghdad"},
    {"بدأت في فيينا اليوم مفاوضات بين إيران والقوى الكبرى بشأن الاتفاق النووي.",
     "contact/talks 2023-05-10 iran @vienna"},
    {"أجرى وزير الخارجية المصري سامح شكري مباحثات مع نظيره الأردني في عمّان يوم 5 مايو 2023.",
     "contact/talks 2023-05-05 ayman-safadi,egypt,sameh-shoukry @amman"},
    {"وتفاوض الجانبان الروسي والأوكراني في إسطنبول في 29 مارس 2022.",
     "contact/talks 2022-03-29 russia,ukraine @istanbul"},
    {"تستضيف الرياض قمة عربية في 19 مايو 2023.",
     "contact/summit 2023-05-19 saudi-arabia @- planned"},
    // An act that lasts began on the date after `منذ`; a contact bounded by
    // `منذ` is not dated by it.
    {"تتواصل العملية العسكرية الروسية في أوكرانيا منذ 24 فبراير 2022.",
     "other/military_operation 2022-02-24 ukraine @-"},
    {"لم يلتق الجانبان منذ 24 فبراير 2022.", ""},
    // A summit or conference with a possessive pronoun (قمته، مؤتمرها), dated by the Hijri calendar.
    {"عقد مجلس التعاون الخليجي قمته في الرياض في 15 رمضان 1444.",
     "contact/summit 2023-04-06 gcc @riyadh"},
    {"عقدت قمة ثلاثية بين مصر والأردن والعراق في بغداد في 27 يونيو 2021.",
     "contact/summit 2021-06-27 egypt,iraq,jordan @baghdad"},
    {"افتتح في شرم الشيخ مؤتمر المناخ بمشاركة مصر والأمم المتحدة في 6 نوفمبر 2022.",
     "contact/conference 2022-11-06 egypt,un @sharm-el-sheikh"},
    {"وعقد مجلس الأمن جلسة طارئة بشأن السودان أمس.",
     "contact/meeting 2023-05-09 unsc @-"},
    {"أجرى الرئيس الأمريكي جو بايدن اتصالا هاتفيا مع نظيره الصيني أمس.",
     "contact/call 2023-05-09 joe-biden,united-states,xi-jinping @-"},
    {"وجرى اتصال هاتفي، الجمعة، بين بوتين وأردوغان.",
     "contact/call 2023-05-05 recep-tayyip-erdogan,vladimir-putin @-"},
    {"بحث لافروف هاتفيا مع فيدان الوضع في سوريا اليوم.",
     "contact/call 2023-05-10 hakan-fidan,sergey-lavrov @-"},
    {"تلقى السيسي مكالمة هاتفية من ماكرون أمس.",
     "contact/call 2023-05-09 abdel-fattah-el-sisi,emmanuel-macron @-"},
    {"اتصل بلينكن بشكري في 4 مايو 2023.",
     "contact/call 2023-05-04 antony-blinken,sameh-shoukry @-"},
    {"زار وزير الخارجية الروسي سيرغي لافروف القاهرة في 24 يوليو 2022.",
     "contact/visit 2022-07-24 egypt,russia,sergey-lavrov @-"},
    {"يزور الرئيس الصيني موسكو الأسبوع المقبل.",
     "contact/visit 2023-W20 china,russia,xi-jinping @- planned"},
    {"وصل الرئيس الفرنسي إيمانويل ماكرون إلى بكين اليوم في زيارة رسمية.",
     "contact/visit 2023-05-10 china,emmanuel-macron,france @beijing"},
    {"استقبل الرئيس السيسي وزير الخارجية الروسي سيرغي لافروف في القاهرة أمس.",
     "contact/visit 2023-05-09 abdel-fattah-el-sisi,russia,sergey-lavrov @cairo"},
    {"بدأ أردوغان زيارة إلى الدوحة يوم الإثنين.",
     "contact/visit 2023-05-08 qatar,recep-tayyip-erdogan @doha"},
    {"من المقرر أن يزور بلينكن أنقرة في 20 مايو 2023.",
     "contact/visit 2023-05-20 antony-blinken,turkey @- planned"},
    {"قررت روسيا طرد عشرة دبلوماسيين أمريكيين في 15 أبريل 2021.",
     "rupture/expulsion 2021-04-15 russia @-"},
    {"أعلنت موسكو تعليق التعاون مع حلف شمال الأطلسي في أكتوبر 2021.",
     "rupture/suspension 2021-10 nato,russia @- | statement/statement 2023-05-10 russia @-"},
    {"قطعت السعودية العلاقات مع إيران في 3 يناير 2016.",
     "rupture/suspension 2016-01-03 iran,saudi-arabia @-"},
    {"أغلقت روسيا بعثتها لدى حلف شمال الأطلسي في 1 نوفمبر 2021.",
     "rupture/closure 2021-11-01 nato,russia @-"},
    {"واستدعت فرنسا سفيرها في واشنطن في سبتمبر 2021.",
     "rupture/withdrawal 2021-09 france,united-states @washington"},
    {"جمدت تركيا العلاقات مع إسرائيل في 2018.",
     "rupture/suspension 2018 israel,turkey @-"},
    {"وقعت مصر والسودان اتفاقية للتعاون العسكري في 2 مارس 2021.",
     "other/agreement 2021-03-02 egypt,sudan @-"},
    {"اتفقت روسيا وتركيا على وقف إطلاق النار في إدلب في 5 مارس 2020.",
     "other/agreement 2020-03-05 russia,turkey @idlib"},
    {"ضمت روسيا شبه جزيرة القرم في مارس 2014.",
     "other/annexation 2014-03 russia @crimea"},
    {"تأسس حلف شمال الأطلسي عام 1949.",
     "other/establishment 1949 nato @-"},
    {"قال وزير الخارجية الروسي سيرغي لافروف اليوم إن موسكو مستعدة للحوار.",
     "statement/statement 2023-05-10 sergey-lavrov @-"},
    {"أعلن أردوغان أمس أن تركيا ستواصل جهود الوساطة.",
     "statement/statement 2023-05-09 recep-tayyip-erdogan @-"},
    {"وأكدت وزارة الخارجية المصرية، اليوم الأربعاء، دعمها للحل السياسي.",
     "statement/statement 2023-05-10 egypt-mfa @-"},
    {"وقال مصدر مطلع إن المحادثات ستستأنف قريبا.",
     ""},
    {"وأضاف أن الوضع صعب.",
     ""},
    {"عقد لافروف مؤتمرا صحفيا في موسكو اليوم.",
     "statement/press_conference 2023-05-10 sergey-lavrov @moscow"},
    {"وقالت شيرمان في مؤتمر صحافي لها اليوم إن المحادثات كانت صريحة.",
     "statement/press_conference 2023-05-10 wendy-sherman @- | statement/statement 2023-05-10 wendy-sherman @-"},
    {"وقال بلينكن في مقابلة مع شبكة سي إن إن أمس إن الحوار ضروري.",
     "statement/interview 2023-05-09 antony-blinken,cnn @- | statement/statement 2023-05-10 antony-blinken @-"},
    {"لم يلتق بوتين بايدن منذ قمة جنيف.",
     "contact/summit - joe-biden,vladimir-putin @geneva"},
    {"لن يجتمع لافروف مع بلينكن في نيودلهي.",
     ""},
    {"لا توجد اتصالات بين موسكو وكييف حاليا.",
     ""},
    {"وأكد الكرملين عدم وجود اتصالات مع واشنطن.",
     "statement/statement 2023-05-10 kremlin @-"},
    {"نفى الكرملين عقد لقاء بين بوتين وبايدن.",
     "statement/statement 2023-05-10 kremlin @-"},
    {"لم تجر روسيا محادثات مع أوكرانيا منذ أبريل 2022.",
     ""},
    {"ولم تعقد أي جلسة بين الطرفين في جنيف أمس.",
     ""},
    {"أبدت موسكو استعدادها لإجراء محادثات مع واشنطن.",
     ""},
    {"ودعا غوتيريش إلى عقد مؤتمر دولي للسلام.",
     "statement/statement 2023-05-10 antonio-guterres @-"},
    {"رفضت كييف إجراء مفاوضات مع موسكو.",
     ""},
    {"اقترح ماكرون عقد قمة بين روسيا وأوكرانيا.",
     ""},
    {"ولم تكن محادثات جنيف حاسمة.",
     ""},
    {"عقد الاجتماع بين مصر وإثيوبيا في أديس أبابا في 4 أبريل 2021. وناقش الاجتماع ملف سد النهضة.",
     "contact/meeting 2021-04-04 egypt,ethiopia @addis-ababa"},
    {"التقى لافروف بلينكن في جنيف في 21 يناير 2022. وقال لافروف بعد اللقاء إن الحوار مفيد.",
     "contact/meeting 2022-01-21 antony-blinken,sergey-lavrov @geneva | statement/statement 2023-05-10 sergey-lavrov @-"},
    {"وعقدت روسيا والولايات المتحدة محادثات في جنيف في 10 يناير 2022. ويرأس الوفد الروسي سيرغي ريابكوف، فيما ترأست الوفد الأمريكي ويندي شيرمان.",
     "contact/talks 2022-01-10 russia,sergei-ryabkov,united-states,wendy-sherman @geneva"},
    {"التقى شكري ولافروف في موسكو في 5 مايو 2023. والتقى شكري بلينكن في واشنطن في 8 مايو 2023.",
     "contact/meeting 2023-05-05 sameh-shoukry,sergey-lavrov @moscow | contact/meeting 2023-05-08 antony-blinken,sameh-shoukry @washington"},
    {"اجتمع أردوغان وبوتين في سوتشي في 5 أغسطس 2022. وبعد الاجتماع أعلن الزعيمان اتفاقا اقتصاديا.",
     "contact/meeting 2022-08-05 recep-tayyip-erdogan,vladimir-putin @sochi"},
    {"عقدت جولة جديدة من المحادثات بين إيران والسعودية في بغداد في 21 أبريل 2022.",
     "contact/talks 2022-04-21 iran,saudi-arabia @baghdad"},
    {"عقد مجلس روسيا-الناتو اجتماعا في مقر حلف شمال الأطلسي في بروكسل في 12 يناير 2022.",
     "contact/meeting 2022-01-12 nato-russia-council @brussels"},
    {"عقد الاجتماع في مقر الأمم المتحدة في نيويورك بين غوتيريش وشكري في 3 مايو 2023.",
     "contact/meeting 2023-05-03 antonio-guterres,sameh-shoukry @un-headquarters"},
    // The journey and the meeting it is for are two events.
    {"وصل لافروف إلى نيودلهي للمشاركة في اجتماع مجموعة العشرين اليوم.",
     "contact/meeting 2023-05-10 g20,sergey-lavrov @new-delhi | contact/visit 2023-05-10 g20,india,sergey-lavrov @new-delhi"},
    {"أجرت قطر وساطة بين حماس وإسرائيل الشهر الماضي.",
     ""},
    {"يعتزم بايدن لقاء شي جين بينغ في بالي.",
     "contact/meeting - joe-biden,xi-jinping @bali planned"},
    {"اتصل بنا",
     ""},
    {"يجتمع مجلس الأمن الدولي غدا لمناقشة الوضع في السودان.",
     "contact/meeting 2023-05-11 unsc @- planned"},
    {"ستجري روسيا وتركيا محادثات في أنقرة في 20 مايو 2023.",
     "contact/talks 2023-05-20 russia,turkey @ankara planned"},
    {"التقى بوتين أردوغان في طهران في 19 يوليو 2022، وبحث الرئيسان الوضع في سوريا.",
     "contact/meeting 2022-07-19 recep-tayyip-erdogan,vladimir-putin @tehran"},
    {"أجرت مصر وتركيا مشاورات استكشافية في القاهرة في 5 و6 مايو 2021.",
     "contact/talks 2021-05-05/2021-05-06 egypt,turkey @cairo"},
    {"تجري الولايات المتحدة وحلفاؤها محادثات مع موسكو، اليوم الأربعاء، في بروكسل.",
     "contact/talks 2023-05-10 russia,united-states @brussels"},
    {"زار أمير قطر طهران في 12 مايو 2022، والتقى الرئيس الإيراني.",
     "contact/meeting 2022-05-12 ebrahim-raisi,iran,tamim-bin-hamad @- | contact/visit 2022-05-12 iran,qatar,tamim-bin-hamad @-"},
    // After a parenthesis (`، اليوم الأربعاء،`) the clause goes on: the guest
    // of a reception and its place; a clause that opens on its own does not.
    {"استقبل الرئيس المصري عبد الفتاح السيسي، اليوم الأربعاء، وزير الخارجية الروسي سيرغي لافروف في قصر الاتحادية بالقاهرة.",
     "contact/visit 2023-05-10 abdel-fattah-el-sisi,egypt,russia,sergey-lavrov @cairo"},
    {"التقى الرئيس التركي رجب طيب أردوغان، أمس، نظيره الروسي في سوتشي.",
     "contact/meeting 2023-05-09 recep-tayyip-erdogan,turkey,vladimir-putin @sochi"},
    {"اجتمع شكري مع لافروف، أمس، مؤكدا دعم مصر للحل السياسي في أوكرانيا.",
     "contact/meeting 2023-05-09 sameh-shoukry,sergey-lavrov @-"},
    // The subject before the parenthesis belongs to the clause after it.
    {"أجرى وزير الخارجية الإيراني حسين أمير عبد اللهيان، مساء أمس، اتصالا هاتفيا مع نظيره العماني بدر البوسعيدي، بحثا خلاله آخر مستجدات المفاوضات مع الولايات المتحدة.",
     "contact/call 2023-05-09 badr-albusaidi,hossein-amir-abdollahian,iran @-"},
    {"انطلقت في قصر دولمة بهتشة بإسطنبول، ظهر اليوم، محادثات مباشرة بين روسيا وأوكرانيا.",
     "contact/talks 2023-05-10 russia,ukraine @istanbul"},
    // A contact as the purpose of something else (ل) is not reported as held.
    {"واستدعت السودان سفيرها لدى كينيا للتشاور أمس.",
     "rupture/withdrawal 2023-05-09 kenya,sudan @-"},
    // A negated participation adds nobody to the event just reported.
    {"اجتمع شكري ولافروف في موسكو أمس. ولم يحضر غوتيريش الاجتماع.",
     "contact/meeting 2023-05-09 sameh-shoukry,sergey-lavrov @moscow"},
    // An arrival: the destination is the place and, as a party, its country;
    // the stops of a tour are not parties to this arrival.
    {"وصل وزير الخارجية الأمريكي أنتوني بلينكن إلى الرياض مساء الإثنين في جولة إقليمية تشمل مصر والأردن وقطر.",
     "contact/visit 2023-05-08 antony-blinken,saudi-arabia,united-states @riyadh"},
    {"وصل عدد الضحايا إلى 50 في غزة أمس.",
     ""},
    // `الجانبان` are the two parties just named: no event of their own.
    {"استقبل أمير قطر الشيخ تميم بن حمد الرئيس الإيراني في الدوحة أمس، وبحث الجانبان العلاقات الثنائية.",
     "contact/visit 2023-05-09 ebrahim-raisi,iran,qatar,tamim-bin-hamad @doha"},
    // … unless the pair's act has a day of its own: then it is an event of
    // its own, with their parties — the next day's talks, an earlier meeting.
    {"استقبل أمير قطر الشيخ تميم بن حمد الرئيس الإيراني في الدوحة أمس. واليوم عقد الجانبان جلسة مباحثات.",
     "contact/meeting 2023-05-10 ebrahim-raisi,iran,qatar,tamim-bin-hamad @- | "
     "contact/visit 2023-05-09 ebrahim-raisi,iran,qatar,tamim-bin-hamad @doha"},
    {"يلتقي الرئيس التركي رجب طيب أردوغان نظيره الروسي فلاديمير بوتين في سوتشي اليوم. وعقد آخر لقاء بين الرئيسين في أنقرة في 28 سبتمبر 2022.",
     "contact/meeting 2022-09-28 recep-tayyip-erdogan,turkey,vladimir-putin @ankara | "
     "contact/meeting 2023-05-10 recep-tayyip-erdogan,turkey,vladimir-putin @sochi"},
    {"التقى شكري ولافروف في موسكو أمس. وكان الوزيران قد التقيا في نيويورك في 20 سبتمبر 2022.",
     "contact/meeting 2022-09-20 sameh-shoukry,sergey-lavrov @new-york | "
     "contact/meeting 2023-05-09 sameh-shoukry,sergey-lavrov @moscow"},
    // What the pair agreed to do later is no event of theirs yet.
    {"التقى شكري ولافروف في موسكو أمس، واتفق الجانبان على عقد جولة جديدة من المحادثات الشهر المقبل.",
     "contact/meeting 2023-05-09 sameh-shoukry,sergey-lavrov @moscow"},
    {"استقبل السيسي لافروف في القاهرة أمس وبحث معه الأزمة الليبية.",
     "contact/visit 2023-05-09 abdel-fattah-el-sisi,sergey-lavrov @cairo"},
    // `بحث` is talks between two parties; one body discussing something is none.
    {"بحث شكري ولافروف في موسكو أمس الأزمة السودانية.",
     "contact/talks 2023-05-09 sameh-shoukry,sergey-lavrov @moscow"},
    {"وبحث مجلس الوزراء المصري الوضع الاقتصادي أمس.",
     ""},
    {"وبحث الجانبان الأزمة السودانية أمس.",
     ""},
    // A statement as a document (`بيان`, `بلاغ`): who issued it, named after
    // it or as the subject of `أصدر`; with no issuer it is no event.
    {"جاء ذلك وفق بيان صدر عن الديوان الملكي المغربي.",
     "statement/statement 2023-05-10 morocco-royal-cabinet @-"},
    {"وذكر بلاغ للرئاسة الجزائرية أمس أن الرئيس سيزور روما.",
     "contact/visit - italy @- planned | statement/statement 2023-05-09 algeria-presidency @-"},
    // Named right after it: by the proclitic ل, or as the second term of a
    // construct (`بيان الرئاسة`), not after `البيان` or `بيانا`.
    {"وذكر بيان الرئاسة الجزائرية أمس أن الرئيس سيزور روما.",
     "contact/visit - italy @- planned | statement/statement 2023-05-09 algeria-presidency @-"},
    {"وأصدرت الخارجية القطرية بيانا أمس.",
     "statement/statement 2023-05-09 qatar-mfa @-"},
    {"وأكدت وزارة الخارجية المصرية في بيان أن القاهرة تدعم الحوار.",
     "statement/statement 2023-05-10 egypt-mfa @-"},
    {"يهدف القرار إلى بيان موقف الحكومة.", ""},
    {"ودعا البيان إلى وقف إطلاق النار.", ""},
    {"وأعربت فرنسا عن قلقها.",
     "statement/statement 2023-05-10 france @-"},
    {"وكتب بلينكن على تويتر أمس أن الولايات المتحدة ملتزمة بالحوار.",
     "statement/statement 2023-05-09 antony-blinken @-"},
    {"أعلنت الخارجية المصرية أن شكري سيزور موسكو في 20 مايو 2023.",
     "contact/visit 2023-05-20 russia,sameh-shoukry @- planned | statement/statement 2023-05-10 egypt-mfa @-"},
    {"وأوضح المتحدث باسم الكرملين دميتري بيسكوف أن بوتين لن يلتقي بايدن.",
     "statement/statement 2023-05-10 kremlin @-"},
    // ---- the day's news, background and what only names an event (dated 2023-05-10)
    // An act announced with no date of its own is the day's news: the document date.
    {"أعلنت وزارة الخارجية المغربية استدعاء سفيرها لدى ألمانيا.",
     "rupture/withdrawal 2023-05-10 germany,morocco-mfa @- | statement/statement 2023-05-10 morocco-mfa @-"},
    {"أجرى وزير الخارجية السعودي اتصالا هاتفيا مع نظيره الإيراني.",
     "contact/call 2023-05-10 faisal-bin-farhan,hossein-amir-abdollahian,saudi-arabia @-"},
    {"جاء ذلك خلال اتصال هاتفي أجراه أمير قطر مع الرئيس الأمريكي.",
     "contact/call 2023-05-10 joe-biden,qatar,tamim-bin-hamad,united-states @-"},
    // Told as background, it is not the day's news: it stays undated.
    {"وكان الرئيسان قد التقيا في القاهرة لبحث الملف.", ""},
    {"واستقبل الرئيس العراقي آنذاك وزير الخارجية الإيراني في بغداد.",
     "contact/visit - abdul-latif-rashid,hossein-amir-abdollahian,iran,iraq @baghdad"},
    // `آنذاك`, `وقتذاك`: then — the past date just told, when there is one.
    {"وفي 12 مارس 2022 أعلنت قطر دعمها للحوار. واستقبل الأمير وقتذاك وزير الخارجية الإيراني في الدوحة.",
     "contact/visit 2022-03-12 hossein-amir-abdollahian,iran @doha | statement/statement 2022-03-12 qatar @-"},
    {"التقى شكري ولافروف في موسكو اليوم. واستقبل الرئيس العراقي آنذاك وزير الخارجية الإيراني في بغداد.",
     "contact/meeting 2023-05-10 sameh-shoukry,sergey-lavrov @moscow | "
     "contact/visit - abdul-latif-rashid,hossein-amir-abdollahian,iran,iraq @baghdad"},
    // A noun that only names an event is not one.
    {"ويأتي ذلك في إطار ملف المعاهدة الأمنية بين البلدين.", ""},
    // The announced act takes the announcement's date; the announcer does it.
    {"أعلنت باكستان، الثلاثاء، استدعاء سفيرها في طهران.",
     "rupture/withdrawal 2023-05-09 iran,pakistan @tehran | statement/statement 2023-05-09 pakistan @-"},
    // A date may stand between the verb and the rest of its phrase; a recall
    // names the country of the posting; a summons is a meeting.
    {"استدعت الجزائر الجمعة سفيرها في باريس للتشاور.", "rupture/withdrawal 2023-05-05 algeria,france @paris"},
    {"استدعت وزارة الخارجية المغربية السفير الألماني لإبلاغه احتجاج المملكة.",
     "contact/meeting 2023-05-10 germany,morocco-mfa @-"},
    {"طلبت الكويت من القائم بالأعمال اللبناني مغادرة البلاد.", "rupture/expulsion 2023-05-10 kuwait,lebanon @-"},
    {"أغلقت الجزائر مجالها الجوي أمام الطائرات المغربية أمس.", "rupture/closure 2023-05-09 algeria @-"},
    // A decision whose object is another event reports that event.
    {"قررت الكويت قطع العلاقات مع إيران.", "rupture/suspension 2023-05-10 iran,kuwait @-"},
    // `منذ` + a noun phrase ending in a year bounds; it does not date the call.
    {"تلقى العاهل الأردني اتصالا هاتفيا من الرئيس السوري هو الأول منذ اندلاع الأزمة عام 2011.",
     "contact/call 2023-05-10 abdullah-ii,bashar-al-assad,jordan,syria @-"},
    // An event's date is a day, never a time of day.
    {"وصل الرئيس الفرنسي إلى بغداد صباح اليوم.", "contact/visit 2023-05-10 emmanuel-macron,france,iraq @baghdad"},
    {"وصل الرئيس الفرنسي إلى بغداد مساء أمس.", "contact/visit 2023-05-09 emmanuel-macron,france,iraq @baghdad"},
    // A part of a month dates an event by its month (TimeML: value 2023-03, mod END).
    {"وصل الرئيس الفرنسي إلى بغداد أواخر آذار.", "contact/visit 2023-03 emmanuel-macron,france,iraq @baghdad"},
    {"وصل الرئيس الفرنسي إلى بغداد مطلع نيسان الماضي.", "contact/visit 2023-04 emmanuel-macron,france,iraq @baghdad"},
    // An attempt is not an event, and a meeting planned for a day is not dated by its announcement.
    {"قال بيان للخارجية الأمريكية يوم الاثنين إن وزراء خارجية مصر والسودان يخططون للاجتماع في واشنطن يوم 13 مايو لمحاولة التوصل إلى اتفاق.",
     "contact/meeting 2023-05-13 egypt,sudan @washington planned | statement/statement 2023-05-08 us-state-department @washington"},
    {"توصل الطرفان المصري والسوداني إلى اتفاق في الخرطوم أمس.", "other/agreement 2023-05-09 egypt,sudan @khartoum"},
    // `بينهما`: the two named just before; a call is not the meeting told before it.
    {"التقى بوتين وأردوغان في سوتشي. وناقش الرئيسان في مكالمة هاتفية بينهما الخميس الماضي ملف الحبوب.",
     "contact/call 2023-05-04 recep-tayyip-erdogan,vladimir-putin @- | contact/meeting 2023-05-10 recep-tayyip-erdogan,vladimir-putin @sochi"},
    // The capital in the name of talks is their place, not a party; the
    // headline's event told again in the body is one event.
    {"واشنطن ترسل مبعوثها إلى محادثات فيينا في 29 مايو\nوافقت إيران على استئناف المحادثات في التاسع والعشرين من الشهر الجاري.",
     "contact/talks 2023-05-29 iran,united-states @vienna planned"},
    // `العاصمة النمساوية` is Vienna, a place; the subject before a verb is its speaker;
    // a place before a trigger past another event's trigger is not its place.
    {"وصل وزير الخارجية الإيراني إلى العاصمة النمساوية للمشاركة في المحادثات.",
     "contact/talks - hossein-amir-abdollahian,iran @vienna | contact/visit 2023-05-10 austria,hossein-amir-abdollahian,iran @vienna"},
    {"وزير الخارجية الأمريكي أعلن أمس أثناء زيارته للعاصمة الأوكرانية أن بلاده مستعدة للحوار.",
     "contact/visit 2023-05-09 antony-blinken,united-states @kyiv | statement/statement 2023-05-09 antony-blinken @kyiv"},
    // Withdrawing from an agreement is a rupture, not an agreement; ruling out,
    // refusing and asking are no events.
    {"انسحبت الولايات المتحدة من الاتفاق النووي في 8 مايو 2018.", "rupture/withdrawal 2018-05-08 united-states @-"},
    {"وكانت واشنطن قد أعلنت انسحابها من الاتفاق النووي عام 2018.", "rupture/withdrawal 2018 united-states @-"},
    {"استبعد الوزير التوصل إلى اتفاق مع إيران.", ""},
    {"يرفض الرئيس التفاوض مع إدارة بايدن.", ""},
    {"هل يلتقي بوتين وبايدن في جنيف؟", ""},
    // Restoring relations is an agreement.
    {"أعلن العاهل المغربي محمد السادس، الاثنين، استئناف العلاقات الدبلوماسية مع إسرائيل.",
     "other/agreement 2023-05-08 israel,mohammed-vi @- | statement/statement 2023-05-08 mohammed-vi @-"},
    // A verb joined by و to a dated event of its sentence happened then too,
    // with the same subject; a visit and the meeting held during it are two events.
    {"زار أمير قطر طهران في 12 مايو 2022، والتقى الرئيس الإيراني.",
     "contact/meeting 2022-05-12 ebrahim-raisi,iran,tamim-bin-hamad @- | contact/visit 2022-05-12 iran,qatar,tamim-bin-hamad @-"},
    // The date before a joined verb is the first verb's; حيث opens a clause of the same time.
    {"زار وزير الخارجية التركي مولود تشاووش أوغلو الرياض أمس والتقى ولي العهد السعودي.",
     "contact/meeting 2023-05-09 mevlut-cavusoglu,mohammed-bin-salman,saudi-arabia,turkey @- | "
     "contact/visit 2023-05-09 mevlut-cavusoglu,mohammed-bin-salman,saudi-arabia,turkey @-"},
    {"وصل رئيس الوزراء العراقي إلى طهران اليوم حيث التقى الرئيس الإيراني.",
     "contact/meeting 2023-05-10 ebrahim-raisi,iran,iraq,mohammed-shia-al-sudani @tehran | "
     "contact/visit 2023-05-10 ebrahim-raisi,iran,iraq,mohammed-shia-al-sudani @tehran"},
    // An attached object pronoun is the one named before; the reception goes on
    // with that day, and is the host's side of the same visit.
    {"وصل الرئيس التونسي إلى الجزائر أمس. واستقبله الرئيس الجزائري عبد المجيد تبون في المطار.",
     "contact/visit 2023-05-09 abdelmadjid-tebboune,algeria,kais-saied,tunisia @-"},
    {"وصل وزير الخارجية الروسي سيرغي لافروف إلى القاهرة مساء أمس، واستقبله نظيره المصري سامح شكري في المطار.",
     "contact/visit 2023-05-09 egypt,russia,sameh-shoukry,sergey-lavrov @cairo"},
    // A sentence opened by وقال goes on with the news of the last days before it, not with the past.
    {"التقى الرئيس المصري نظيره الفرنسي في باريس أمس. وقال الرئيس المصري بعد اللقاء إن العلاقات قوية.",
     "contact/meeting 2023-05-09 abdel-fattah-el-sisi,egypt,emmanuel-macron @paris | statement/statement 2023-05-09 abdel-fattah-el-sisi @-"},
    {"وقعت مصر والسعودية اتفاقا للتعاون الأمني عام 2015. وقال وزير الخارجية المصري سامح شكري إن الاتفاق ما زال ساريا.",
     "other/agreement 2015 egypt,saudi-arabia @- | statement/statement 2023-05-10 sameh-shoukry @-"},
    // A definite word of a trigger phrase may carry a possessive pronoun
    // instead (علاقاتهما for العلاقات); actors joined to the speaker speak with it.
    {"أعلنت مصر وتركيا عن رفع علاقاتهما الدبلوماسية لمستوى السفراء.",
     "other/agreement 2023-05-10 egypt,turkey @- | statement/statement 2023-05-10 egypt,turkey @-"},
    {"قررت البحرين قطع علاقاتها مع قطر.", "rupture/suspension 2023-05-10 bahrain,qatar @-"},
    // Two countries recalling their envoys from one capital are two ruptures;
    // the one whose steps another follows takes no part.
    {"استدعت الكويت اليوم سفيرها في بيروت. وكانت السعودية استدعت أمس سفيرها لدى لبنان.",
     "rupture/withdrawal 2023-05-09 lebanon,saudi-arabia @- | rupture/withdrawal 2023-05-10 kuwait,lebanon @beirut"},
    // `جاء ذلك …`, `وجاء البيان بعد …`: where and when the news just told came
    // out; an event named there with no date of its own has that news' date —
    // not one ahead of it (`قبل`).
    {"قالت وزارة الخارجية الأمريكية يوم الإثنين إنها تدعم الحوار. وجاء البيان بعد اجتماع بلينكن مع السفير المصري في واشنطن.",
     "contact/meeting 2023-05-08 antony-blinken,egypt @washington | statement/statement 2023-05-08 us-state-department @-"},
    {"أعلنت الرئاسة الجزائرية، الإثنين، إغلاق الحدود مع مالي. جاء ذلك في بيان عقب اجتماع للمجلس الأعلى للأمن ترأسه الرئيس عبد المجيد تبون.",
     "contact/council 2023-05-08 abdelmadjid-tebboune,algeria-hsc @- | rupture/closure 2023-05-08 algeria-presidency,mali @- | "
     "statement/statement 2023-05-08 algeria-presidency @-"},
    {"أعلنت الخارجية المصرية أمس دعمها للحل السياسي. جاء ذلك قبل اجتماع شكري ولافروف.",
     "contact/meeting - sameh-shoukry,sergey-lavrov @- | statement/statement 2023-05-09 egypt-mfa @-"},
    // The decision that reports the act gives it its date, wherever the
    // expression stands (`قررت X أمس تخفيض …`, `وكانت … قررت اليوم …`).
    {"وكانت الكويت قررت أمس تخفيض تمثيلها الدبلوماسي لدى لبنان.",
     "rupture/suspension 2023-05-09 kuwait,lebanon @-"},
    {"قررت الحكومة المغربية يوم الإثنين قطع العلاقات مع إيران.",
     "rupture/suspension 2023-05-08 iran,morocco-government @-"},
    {"قررت الكويت اليوم على خطى السعودية طرد السفير اللبناني.",
     "other/decision 2023-05-10 kuwait @- | rupture/expulsion 2023-05-10 kuwait,lebanon @-"},
    // توجه إلى is a journey, not when one addresses a people.
    {"توجه وزير الخارجية القطري إلى واشنطن أمس.",
     "contact/visit 2023-05-09 mohammed-bin-abdulrahman-al-thani,qatar,united-states @washington"},
    {"توجه الرئيس بكلمة إلى الشعب.", ""},
    // A long title and a four-word name stand between the verb and إلى.
    {"وصل نائب وزير الخارجية الروسي ميخائيل بوغدانوف إلى دمشق أمس.",
     "contact/visit 2023-05-09 mikhail-bogdanov,russia,syria @damascus"},
    {"وصل وزير الخارجية الإيراني حسين أمير عبد اللهيان إلى الرياض أمس.",
     "contact/visit 2023-05-09 hossein-amir-abdollahian,iran,saudi-arabia @riyadh"},
};

TEST(EventsTable, Rows) {
  for (const Row& row : kRows) {
    EXPECT_EQ(DumpEvents(ExtractEvents(row.text, kDocDate)), row.expected) << row.text;
  }
}

TEST(EventsExtractor, EvidenceIsTheSentenceAndIdsAreStable) {
  const std::string text = "مقدمة قصيرة.\nالتقى لافروف بلينكن في جنيف في 21 يناير 2022. وقال لافروف بعد اللقاء إن الحوار مفيد.";
  const std::vector<Event> events = ExtractEvents(text, kDocDate);
  ASSERT_FALSE(events.empty());
  const Event& meeting = events[0];
  ASSERT_EQ(meeting.sources.size(), 1u);
  ASSERT_EQ(meeting.sources[0].evidence.size(), 2u);  // the meeting and `اللقاء` said again
  const CodePointIndex index(text);
  for (const Evidence& e : meeting.sources[0].evidence) {
    EXPECT_EQ(e.text, index.Slice(text, e.begin, e.end));
  }
  EXPECT_EQ(meeting.sources[0].evidence[0].text, "التقى لافروف بلينكن في جنيف في 21 يناير 2022.");
  EXPECT_EQ(meeting.id.size(), 18u);
  EXPECT_EQ(meeting.id.substr(0, 2), "e-");
  EXPECT_EQ(ExtractEvents(text, kDocDate)[0].id, meeting.id);
  EXPECT_EQ(meeting.sources[0].participants, meeting.participants);
  EXPECT_EQ(meeting.place.name, "Geneva");
}

// An id names one event: two events starting at one trigger (two speakers
// of one announcement) are told apart.
TEST(EventsExtractor, IdsAreUniqueInAnArticle) {
  // (ids are given by the corpus merge that every extraction ends with)
  const std::string texts[] = {
      "أعلنت وزارة الخارجية المصرية عن عقد اجتماع في القاهرة، بحسب ما قال المتحدث باسم الوزارة أحمد أبو زيد.",
      "أعلنت وزارة الدفاع التركية عن تنظيم مؤتمر في أنقرة، بحسب ما قال نائب وزير الدفاع التركي.",
  };
  for (const std::string& text : texts) {
    std::set<std::string> ids;
    for (const Event& e : ExtractEvents(text, kDocDate)) EXPECT_TRUE(ids.insert(e.id).second) << e.id << " " << text;
  }
  for (const Row& row : kRows) {
    std::set<std::string> ids;
    for (const Event& e : ExtractEvents(row.text, kDocDate)) EXPECT_TRUE(ids.insert(e.id).second) << row.text;
  }
}

TEST(EventsExtractor, LongSentenceEvidenceIsTheClause) {
  std::string text = "التقى شكري ولافروف في موسكو في 5 مايو 2023، ";
  for (int i = 0; i < 40; ++i) text += "وتناول الحديث ملفات كثيرة، ";
  text += "ثم انتهى.";
  const std::vector<Event> events = ExtractEvents(text, kDocDate);
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].sources[0].evidence[0].text, "التقى شكري ولافروف في موسكو في 5 مايو 2023،");
}

TEST(EventsExtractor, EmptyArticle) {
  EXPECT_TRUE(ExtractEvents("", kDocDate).empty());
  EXPECT_TRUE(ExtractEvents("اتصل بنا", "").empty());
}

}  // namespace
}  // namespace tarikh::events
