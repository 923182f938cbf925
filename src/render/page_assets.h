// index.html's style sheet and script (page_assets.cc).
#ifndef TARIKH_RENDER_PAGE_ASSETS_H_
#define TARIKH_RENDER_PAGE_ASSETS_H_

namespace tarikh::render_internal {

// The CSS of the page.
const char* PageStyle();
// The page's script: the filters (actor, class or type, date range, text,
// new only), a click on an actor filtering by it, a click on a timeline card
// showing its row, the marks of the events new since the last build (read
// from the page's `tarikh-new` JSON block), zoom and pan of the diagrams.
// It reads the page only: no network, no storage.
const char* PageScript();

}  // namespace tarikh::render_internal

#endif  // TARIKH_RENDER_PAGE_ASSETS_H_
