// index.html's style sheet and script, as text: the page carries both inline
// (it loads nothing), and its Content-Security-Policy allows this script,
// and no other, by its SHA-256.
#include "render/page_assets.h"

namespace tarikh::render_internal {

const char* PageStyle() {
  return R"(
*{box-sizing:border-box}
body{font-family:"Noto Sans Arabic","Noto Sans",sans-serif;margin:0 auto;padding:1em 1.5em;max-width:1600px;color:#222;background:#fff;line-height:1.5}
h1{font-size:1.5em;margin:.2em 0}h2{font-size:1.2em;margin:1.4em 0 .4em}
nav a{margin-inline-end:1em}
.counts{color:#555}
.tools{display:flex;gap:.4em;align-items:center;margin:.3em 0;flex-wrap:wrap}
.tools button,.filters button{font:inherit;font-size:.9em;padding:.1em .6em;cursor:pointer}
.diagram{overflow:auto;border:1px solid #ddd;padding:.3em;max-height:85vh;cursor:grab;user-select:none;-webkit-user-select:none}
.diagram svg{max-width:100%;height:auto;display:block;margin:0 auto;direction:ltr}
.diagram svg g.node{cursor:pointer}
.filters{display:flex;flex-wrap:wrap;gap:.5em 1em;align-items:end;background:#f5f7fa;border:1px solid #dde3ea;padding:.6em .8em;margin:.5em 0}
.filters label{display:flex;flex-direction:column;font-size:.85em;color:#444}
.filters input,.filters select{font:inherit;font-size:1em;padding:.15em .3em;min-width:10em}
.filters label.check{flex-direction:row;align-items:center;gap:.3em}
.filters label.check input{min-width:0}
#f-count{font-size:.9em;color:#333;margin-inline-start:auto}
table{border-collapse:collapse;width:100%;font-size:.92em;table-layout:fixed}
th,td{border:1px solid #ddd;padding:.35em .5em;vertical-align:top;overflow-wrap:anywhere;text-align:start}
th{background:#f0f0f0}
table.events col.date{width:12%}table.events col.event{width:15%}table.events col.parties{width:20%}
table.actors{max-width:60em}table.actors col.rank{width:3em}table.actors col.number{width:7em}
td.date .en,td.event .en{color:#555;font-size:.92em}
tr.rupture td:first-child{border-inline-start:5px solid #c0392b}
tr.contact td:first-child{border-inline-start:5px solid #2e6da4}
tr.statement td:first-child{border-inline-start:5px solid #7f8c8d}
tr.other td:first-child{border-inline-start:5px solid #8e44ad}
tr.planned td.event strong{font-style:italic}
tr.flash td{background:#fff7d6}
.tag{display:inline-block;font-size:.8em;border:1px solid #bbb;border-radius:.6em;padding:0 .45em;margin:.1em 0;color:#444;background:#fafafa}
.tag.rupture{border-color:#c0392b;color:#c0392b;background:#fdecea}
.tag.planned{border-style:dashed}
.tag.new{border-color:#b58b00;background:#fff2cc;color:#6b5200;font-weight:bold}
button.actor{font:inherit;font-size:.95em;border:1px solid #c6d6ea;background:#eef4fb;border-radius:.5em;padding:0 .4em;margin:.1em;cursor:pointer;color:#1f4e79}
button.actor:hover{background:#dbe9ff}
.source{color:#444;font-size:.9em;margin-top:.3em}
.source a{word-break:break-all}
.source code{font-size:.9em;color:#666;direction:ltr;unicode-bidi:isolate}
.outlet{font-weight:bold}
blockquote{margin:.2em 0 .5em;padding:.2em .6em;border-inline-start:3px solid #ccc;background:#fafafa}
mark.trigger{background:#ffe08a;font-weight:bold;padding:0 .1em}
mark.party{background:#d6e9ff;padding:0 .1em}
.note{color:#555;font-size:.9em}
)";
}

const char* PageScript() {
  return R"((function () {
  'use strict';
  var byId = function (id) { return document.getElementById(id); };
  // The matching form a reader's typing is compared in: case, tashkeel,
  // tatweel, hamza seats, alef maqsura and ta marbuta folded.
  function fold(s) {
    return (s || '').toLowerCase()
      .replace(/[\u064B-\u065F\u0670\u0640]/g, '')
      .replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627')
      .replace(/\u0649/g, '\u064A').replace(/\u0629/g, '\u0647')
      .replace(/\s+/g, ' ').trim();
  }
  var rows = Array.prototype.slice.call(document.querySelectorAll('tr.ev'));
  rows.forEach(function (r) {
    r.tarikhNames = fold(r.getAttribute('data-names'));
    r.tarikhText = fold(r.textContent);
  });
  var fActor = byId('f-actor'), fType = byId('f-type'), fFrom = byId('f-from'), fTo = byId('f-to');
  var fText = byId('f-text'), fNew = byId('f-new'), count = byId('f-count');
  var actorId = '';
  var knownActors = {};
  Array.prototype.forEach.call(document.querySelectorAll('button.actor'), function (b) {
    knownActors[b.getAttribute('data-actor')] = b.textContent;
  });

  function keep(r, f) {
    if (f.actorId) {
      if ((r.getAttribute('data-actors') || '').indexOf(' ' + f.actorId + ' ') < 0) return false;
    } else if (f.actor && r.tarikhNames.indexOf(f.actor) < 0) {
      return false;
    }
    if (f.type) {
      var k = f.type.split(':');
      if (r.getAttribute('data-' + k[0]) !== k[1]) return false;
    }
    if (f.from || f.to) {
      var first = r.getAttribute('data-first'), last = r.getAttribute('data-last');
      if (!first || (f.from && last < f.from) || (f.to && first > f.to)) return false;
    }
    if (f.text && r.tarikhText.indexOf(f.text) < 0) return false;
    if (f.onlyNew && !r.classList.contains('new')) return false;
    return true;
  }

  function apply() {
    if (!fActor) return;
    var f = {actorId: actorId, actor: fold(fActor.value), type: fType.value, from: fFrom.value, to: fTo.value,
             text: fold(fText.value), onlyNew: !!(fNew && fNew.checked)};
    var shown = 0;
    rows.forEach(function (r) {
      var ok = keep(r, f);
      r.hidden = !ok;
      if (ok) shown++;
    });
    count.textContent = 'يظهر ' + shown + ' من ' + rows.length + ' · showing ' + shown + ' of ' + rows.length;
  }

  function filterByActor(id, name) {
    if (!fActor) return;
    fActor.value = name;
    actorId = id;
    apply();
    var events = byId('events');
    if (events) events.scrollIntoView();
  }

  if (fActor) {
    fActor.addEventListener('input', function () { actorId = ''; apply(); });
    [fType, fFrom, fTo, fText, fNew].forEach(function (el) {
      if (el) el.addEventListener(el.tagName === 'SELECT' || el.type === 'checkbox' || el.type === 'date' ? 'change' : 'input', apply);
    });
    if (fFrom) fFrom.addEventListener('input', apply);
    if (fTo) fTo.addEventListener('input', apply);
    byId('filters').addEventListener('reset', function () { actorId = ''; setTimeout(apply, 0); });
    byId('filters').addEventListener('submit', function (e) { e.preventDefault(); apply(); });
  }

  // New since the last build: the ids the store gave, marked on their rows.
  var fresh = [];
  try { fresh = JSON.parse((byId('tarikh-new') || {}).textContent || '[]'); } catch (e) { fresh = []; }
  var marked = 0;
  fresh.forEach(function (id) {
    var r = byId('row-' + id);
    if (!r) return;
    r.classList.add('new');
    var tag = document.createElement('span');
    tag.className = 'tag new';
    tag.textContent = 'جديد · new';
    var cell = r.querySelector('td.event');
    if (cell) cell.appendChild(tag);
    marked++;
  });
  var summary = byId('new-summary');
  if (summary) {
    summary.textContent = fresh.length === 0
      ? 'لا سابق يقارن به هذا البناء، أو لم يضف حدثا · no earlier build to compare with, or it added no event'
      : marked + ' حدثا جديدا أو معدلا منذ البناء السابق · ' + marked + ' events new or changed since the last build';
  }

  document.addEventListener('click', function (e) {
    var t = e.target;
    if (!t || !t.closest) return;
    var b = t.closest('button.actor');
    if (b) { filterByActor(b.getAttribute('data-actor'), b.textContent); return; }
    var node = t.closest('svg g.node');
    if (!node || !node.id) return;
    var m = /^timeline-event-(.*)$/.exec(node.id);
    if (m) {
      var row = byId('row-' + m[1]);
      if (row) {
        row.hidden = false;
        row.scrollIntoView({block: 'center'});
        row.classList.add('flash');
        setTimeout(function () { row.classList.remove('flash'); }, 1500);
      }
      return;
    }
    var a = /^(?:people|countries)-(.*)$/.exec(node.id);
    if (a && Object.prototype.hasOwnProperty.call(knownActors, a[1])) filterByActor(a[1], knownActors[a[1]]);
  });

  // Zoom (buttons) and pan (drag) of each diagram.
  Array.prototype.forEach.call(document.querySelectorAll('.tools[data-for]'), function (tools) {
    var box = byId(tools.getAttribute('data-for'));
    var svg = box && box.querySelector('svg');
    if (!svg) return;
    var natural = svg.width.baseVal.value;
    var scale = 0;
    tools.addEventListener('click', function (e) {
      var b = e.target.closest && e.target.closest('button[data-zoom]');
      if (!b) return;
      var z = b.getAttribute('data-zoom');
      var current = scale || svg.getBoundingClientRect().width / natural;
      scale = z === 'in' ? current * 1.25 : z === 'out' ? current / 1.25 : 0;
      svg.style.maxWidth = scale ? 'none' : '';
      svg.style.width = scale ? natural * scale + 'px' : '';
    });
    var drag = null;
    box.addEventListener('pointerdown', function (e) {
      if (e.button === 0) drag = {x: e.clientX, y: e.clientY, left: box.scrollLeft, top: box.scrollTop, moved: false};
    });
    box.addEventListener('pointermove', function (e) {
      if (!drag) return;
      var dx = e.clientX - drag.x, dy = e.clientY - drag.y;
      if (!drag.moved && Math.abs(dx) + Math.abs(dy) < 5) return;
      drag.moved = true;
      box.scrollLeft = drag.left - dx;
      box.scrollTop = drag.top - dy;
    });
    ['pointerup', 'pointerleave', 'pointercancel'].forEach(function (type) {
      box.addEventListener(type, function () { drag = null; });
    });
  });

  apply();
})();
)";
}

}  // namespace tarikh::render_internal
