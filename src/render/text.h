// Text for outputs: cleaning what articles contain, each format's escaping,
// label composition in Arabic, English or both, and rough text widths.
#ifndef TARIKH_RENDER_TEXT_H_
#define TARIKH_RENDER_TEXT_H_

#include <string>
#include <string_view>
#include <vector>

#include "tarikh/entities.h"
#include "tarikh/events.h"
#include "tarikh/render.h"

namespace tarikh::render_internal {

// Removes bidi controls (U+200E/F, U+202A–E, U+2066–9, U+061C), C0/C1
// controls and invalid bytes; tabs and line breaks become spaces, runs of
// spaces one space. Every text taken from input goes through this first:
// an embedded U+202E would reorder everything after it in a label.
std::string CleanText(std::string_view text);
// CleanText(text) appended to `out` (no temporary).
void AppendCleanText(std::string* out, std::string_view text);

// A Graphviz (non-HTML) label from lines of clean text: `\` and `&` escaped
// (Graphviz expands `\N`-style escapes and HTML entities in labels), lines
// joined with the `\n` escape. Quotes and `<` need no escape: cgraph quotes
// the value in DOT and escapes it in SVG.
std::string DotLabel(const std::vector<std::string>& lines);

// &, <, >, " and ' as entities (XML and HTML text and attribute values).
std::string XmlEscape(std::string_view text);

// Code points that take horizontal space (Arabic marks and joiners do not).
size_t DisplayLength(std::string_view text);

// Greedy word wrap at `width` display characters; a longer word stays whole.
std::vector<std::string> WrapWords(std::string_view text, size_t width);

bool HasArabic(std::string_view text);

// An actor's name as lines in the label language; falls back to the other
// language, then the id, when a name is missing.
std::vector<std::string> ActorNameLines(const Actor& actor, LabelLanguage labels);
std::string ActorName(const Actor& actor, LabelLanguage labels);  // lines joined with " / "

// Event types and classes in Arabic and English ("talks" → "محادثات").
std::string EventTypeName(std::string_view type, bool arabic);
std::string EventClassTitle(EventClass cls, bool arabic);

// An event's headline: its type and place ("محادثات، جنيف" / "Talks, Geneva"),
// one line per language.
std::vector<std::string> EventHeadline(const Event& event, LabelLanguage labels);

}  // namespace tarikh::render_internal

#endif  // TARIKH_RENDER_TEXT_H_
