"""tarikh (تاريخ): Arabic news articles → a dated record of diplomatic events.

The same extraction and the same build as the `tarikh` program, from Python
(docs/python.md):

    >>> import tarikh
    >>> r = tarikh.extract("التقى وزير الخارجية الروسي سيرغي لافروف نظيره الأمريكي "
    ...                    "أنتوني بلينكن اليوم في جنيف.", doc_date="2022-01-21")
    >>> r["events"][0]["type"], r["events"][0]["date"]
    ('meeting', '2022-01-21')

extract() and extract_many() return SPEC §3's object (what `tarikh extract`
prints, as a dict); extract_jsonl() is `tarikh extract --jsonl` over an
iterable of lines (for Spark's mapPartitions); build() is `tarikh build`;
events_frame() puts events in a pandas DataFrame. Extraction runs in C++ with
the GIL released, on `jobs` threads.
"""
import json
import os
import threading
import warnings as _warnings
from itertools import islice

from . import _tarikh

__version__ = _tarikh.__version__
__all__ = [
    "ArticleError",
    "TarikhError",
    "TarikhWarning",
    "build",
    "data_dir",
    "events_frame",
    "extract",
    "extract_jsonl",
    "extract_many",
    "__version__",
]

_HERE = os.path.dirname(os.path.abspath(__file__))


class TarikhError(Exception):
    """A problem that stops a call: bad options, unreadable lexicons, a busy store."""


class ArticleError(TarikhError, ValueError):
    """An article that cannot be read: `path` names it, and the message says
    where in it (`a.md: invalid UTF-8 at byte 10`, `a.md:3: front matter: …`)."""

    def __init__(self, message, path=None, index=None):
        super().__init__(message)
        self.path = path    # the article's path (or None when it has none)
        self.index = index  # its position in extract_many's input, else None


class TarikhWarning(UserWarning):
    """A problem that did not stop reading an article (an empty article, …)."""


def data_dir():
    """The lexicons the package uses: $TARIKH_DATA_DIR, else the copy of data/ installed with it."""
    env = os.environ.get("TARIKH_DATA_DIR")
    if env:
        return env
    installed = os.path.join(_HERE, "data")
    if os.path.isdir(os.path.join(installed, "temporal")):
        return installed
    return ""  # a module built in the source tree: the library falls back on the tree's data/


# Loading the lexicons takes ≈ 0.1 s: one extractor per set of lexicons, per process.
_extractors = {}
_extractors_lock = threading.Lock()


def _extractor(lexicons):
    lexicons = tuple(os.fspath(p) for p in lexicons)
    stamps = []
    for p in lexicons:
        try:
            st = os.stat(p)
        except OSError as e:
            raise TarikhError(f"{p}: cannot read the lexicon: {e.strerror}") from None
        stamps.append((st.st_size, st.st_mtime_ns))
    key = (data_dir(), lexicons, tuple(stamps))  # an edited lexicon is loaded again
    with _extractors_lock:
        found = _extractors.get(key)
        if found is None:
            try:
                found = _tarikh.Extractor(key[0], list(lexicons))
            except ValueError as e:
                raise TarikhError(str(e)) from None
            _extractors[key] = found
        return found


def _warn(messages):
    for m in messages:
        _warnings.warn(m, TarikhWarning, stacklevel=3)


def _jobs(jobs):
    if jobs is None:
        return 0  # one per core
    if not isinstance(jobs, int) or jobs < 1:
        raise ValueError(f"jobs must be a positive integer or None, not {jobs!r}")
    return jobs


def _bytes(text):
    if isinstance(text, (bytes, bytearray, memoryview)):
        return bytes(text)  # file bytes: the encoding is detected, as for a file
    if isinstance(text, str):
        # A lone surrogate becomes bytes the library reports as invalid UTF-8, at its offset.
        return text.encode("utf-8", "surrogatepass")
    raise TypeError(f"an article is a str or bytes, not {type(text).__name__}")


def extract(text, doc_date=None, path=None, lexicons=(), encoding=None):
    """Extracts one article: SPEC §3's object (schema, documents, timexes,
    actors, events), as `tarikh extract` prints it for the same bytes.

    `text` is the article (str, or bytes in any encoding tarikh detects or
    `encoding` names), front matter block included if it has one.
    `doc_date` (YYYY, YYYY-MM or YYYY-MM-DD) is the publication date relative
    dates resolve against; it overrides the front matter's. `path` is the
    article's name in the result and in errors ("-" by default, as for
    standard input). `lexicons` are TSV files of your own actors and places.
    Raises ArticleError for an article that cannot be read.
    """
    path = "-" if path is None else os.fspath(path)
    [(ok, out, _, warns)] = _extractor(lexicons).extract_documents(
        [(_bytes(text), path)], doc_date or "", encoding or "", 1)
    if not ok:
        raise ArticleError(out, path=path)
    _warn(warns)
    return json.loads(out)


_ARTICLE_KEYS = ("path", "text", "title", "source", "url", "date")


def _article_line(item, index):
    if isinstance(item, (str, bytes, bytearray, memoryview)):
        return None
    if isinstance(item, dict):
        line = {k: item[k] for k in _ARTICLE_KEYS if item.get(k) is not None}
        line.setdefault("path", f"<article {index}>")
        return json.dumps(line, ensure_ascii=False)
    raise TypeError(f"article {index}: a str, bytes or dict of {', '.join(_ARTICLE_KEYS)}, "
                    f"not {type(item).__name__}")


def extract_many(articles, jobs=None, doc_date=None, lexicons=(), errors="raise", batch=256):
    """Extracts many articles on `jobs` threads (None: one per core); yields
    one dict per article, in order, as extract() returns it.

    An article is a str or bytes (its file's text; its path is "<article N>",
    N counting from 0), or a dict with "text" and optional "path", "title",
    "source", "url" and "date" (the front matter keys: an article line of
    `tarikh extract --jsonl`). With errors="raise" an article that cannot be
    read raises ArticleError (naming it, and its index); with
    errors="include" it yields {"path": …, "index": N, "error": "…"} in its
    place and goes on. `batch` articles are extracted at a time.
    """
    if errors not in ("raise", "include"):
        raise ValueError("errors must be 'raise' or 'include'")
    extractor = _extractor(lexicons)
    threads = _jobs(jobs)
    it = iter(articles)
    first = 0
    while True:
        chunk = list(islice(it, batch * max(threads, os.cpu_count() or 1)))
        if not chunk:
            return
        lines = [_article_line(a, first + i) for i, a in enumerate(chunk)]
        results = [None] * len(chunk)
        # Runs of plain texts and runs of dicts each go to C++ at once.
        plain = [i for i, l in enumerate(lines) if l is None]
        dicts = [i for i, l in enumerate(lines) if l is not None]
        if plain:
            outs = extractor.extract_documents(
                [(_bytes(chunk[i]), f"<article {first + i}>") for i in plain], doc_date or "", "", threads)
            for i, o in zip(plain, outs):
                results[i] = o
        if dicts:
            outs = extractor.extract_article_lines(
                [lines[i].encode("utf-8", "surrogatepass") for i in dicts], 1, doc_date or "", False, threads)
            for i, o in zip(dicts, outs):
                results[i] = o
        for i, (ok, out, path, warns) in enumerate(results):
            if ok:
                _warn(warns)
                yield json.loads(out)
            elif errors == "raise":
                raise ArticleError(f"article {first + i}: {out}", path=path or None, index=first + i)
            else:
                yield {"path": path or None, "index": first + i, "error": out}
        first += len(chunk)


def extract_jsonl(lines, jobs=1, doc_date=None, lexicons=(), batch=256):
    """`tarikh extract --jsonl` over an iterable of article lines (str or
    bytes, with or without their newline): yields the extraction line of each
    (without a newline), byte for byte what the command writes, or an error
    line in its place. Empty lines are skipped but counted, as the command
    counts them, in an error line's "line". What `tarikh build --from-jsonl`
    reads. For Spark:

        rdd.mapPartitions(tarikh.extract_jsonl).saveAsTextFile("extracted")
    """
    extractor = _extractor(lexicons)
    threads = _jobs(jobs)
    limit = batch * max(threads, 1)
    chunk, first = [], 0
    for number, raw in enumerate(lines, start=1):
        line = _bytes(raw)
        if line.endswith(b"\n"):
            line = line[:-1]
        if not line.strip(b" \t\r"):
            continue
        # A batch is a run of consecutive lines, so that each one's number is first + its index.
        if chunk and (number != first + len(chunk) or len(chunk) >= limit):
            yield from _extraction_lines(extractor, chunk, first, doc_date, threads)
            chunk = []
        if not chunk:
            first = number
        chunk.append(line)
    yield from _extraction_lines(extractor, chunk, first, doc_date, threads)


def _extraction_lines(extractor, chunk, first, doc_date, threads):
    if chunk:
        for _, out, _, _ in extractor.extract_article_lines(chunk, first, doc_date or "", True, threads):
            yield out


_BUILD_OPTIONS = {"store", "labels", "from_", "to", "actor", "hops", "doc_date", "encoding", "lexicons",
                  "jobs", "explain", "quiet", "from_jsonl", "layout"}


def _snapshot(folder):
    try:
        with os.scandir(folder) as entries:
            return {e.name: (e.inode(), e.stat().st_mtime_ns) for e in entries if e.is_file()}
    except FileNotFoundError:
        return {}


def build(inputs, out, **options):
    """`tarikh build INPUTS -o OUT`: the same incremental build (the store in
    OUT/tarikh.sqlite), the same outputs. `inputs` is a path or a list of
    article files and folders; with from_jsonl=[files] the build reads
    extraction lines instead (inputs must then be empty: `()`).

    Options, as the command's: store, labels ("ar", "en", "both"), from_
    and to (the time window of the diagrams), actor, hops, doc_date,
    encoding, lexicons, jobs (None: one per core), layout ("auto",
    "single", "monthly": events.json and events.csv by month above 20,000
    events, docs/format.md), explain, quiet (default True: the messages are
    returned, not printed).

    Returns the summary: articles, events, actors, added, changed, removed,
    failed and failures (one message per input that failed), written (the
    files this build wrote into OUT), outputs (every output file in OUT),
    exit_status (0, or 1 when an input failed) and messages (what the command
    would have printed on stderr). Raises TarikhError when the build could
    not run (bad options, a busy store).
    """
    unknown = set(options) - _BUILD_OPTIONS
    if unknown:
        raise TypeError(f"build() got unknown option(s): {', '.join(sorted(unknown))}")
    if isinstance(inputs, (str, os.PathLike)):
        inputs = [inputs]
    inputs = [os.fspath(p) for p in inputs]
    from_jsonl = options.get("from_jsonl") or []
    if isinstance(from_jsonl, (str, os.PathLike)):
        from_jsonl = [from_jsonl]
    from_jsonl = [os.fspath(p) for p in from_jsonl]
    if from_jsonl and inputs:
        raise TarikhError("build(): inputs and from_jsonl exclude each other")
    if from_jsonl and any(options.get(k) for k in ("doc_date", "encoding", "lexicons")):
        raise TarikhError("build(): from_jsonl excludes doc_date, encoding and lexicons (the lines were extracted with theirs)")
    labels = options.get("labels") or "both"
    if labels not in ("ar", "en", "both"):
        raise ValueError(f"labels must be 'ar', 'en' or 'both', not {labels!r}")
    layout = options.get("layout") or "auto"
    if layout not in ("auto", "single", "monthly"):
        raise ValueError(f"layout must be 'auto', 'single' or 'monthly', not {layout!r}")
    hops = options.get("hops", 1)
    if not isinstance(hops, int) or not 0 <= hops <= 10:
        raise ValueError("hops must be an integer from 0 to 10")
    out = os.fspath(out)
    before = _snapshot(out)
    summary = _tarikh.build(
        inputs=inputs or ([] if from_jsonl else ["samples"]), out=out, from_jsonl=from_jsonl,
        store=os.fspath(options.get("store") or ""), labels=labels,
        date_from=options.get("from_") or "", date_to=options.get("to") or "",
        actor=options.get("actor") or "", hops=hops, doc_date=options.get("doc_date") or "",
        encoding=options.get("encoding") or "", data_dir=data_dir(),
        lexicons=[os.fspath(p) for p in options.get("lexicons") or ()],
        jobs=_jobs(options.get("jobs")), layout=layout, explain=bool(options.get("explain")),
        quiet=bool(options.get("quiet", True)))
    if summary["exit_status"] != 0 and summary["articles"] == 0 and summary["failed"] == 0:
        errors = [m[len("tarikh: "):] for m in summary["messages"] if m.startswith("tarikh: ")]
        raise TarikhError(errors[-1] if errors else f"build failed (exit status {summary['exit_status']})")
    after = _snapshot(out)
    summary["out"] = out
    summary["outputs"] = sorted(n for n in after if not n.startswith("tarikh.sqlite"))
    summary["written"] = sorted(n for n in summary["outputs"] if before.get(n) != after[n])
    return summary


def events_frame(source):
    """A pandas DataFrame of events, one row per event and source (the
    article that reports it), from an output folder, an events.json file, a
    build() summary, or an extract() result. Columns: event, type, cameo,
    class, date, planned, place, place_ar, participants (the event's, a list),
    document, path, title, doc_date, source_date, source_participants,
    date_source, text (the evidence sentence), span_begin, span_end.

    A build laid out by month (docs/format.md: events.json an index of
    events/YYYY-MM.json parts) is read part by part, in the index's order.
    """
    import pandas as pd  # only here: the rest of the package needs no pandas

    folder = None
    if isinstance(source, dict) and "events" in source and "documents" in source:
        data = source
    else:
        if isinstance(source, dict):
            source = source["out"]
        path = os.fspath(source)
        if os.path.isdir(path):
            path = os.path.join(path, "events.json")
        folder = os.path.dirname(path)
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
    docs = {d["id"]: d for d in data.get("documents", [])}

    def all_events():
        if data.get("layout") != "monthly":
            yield from data.get("events", [])
            return
        for part in data.get("parts", []):
            with open(os.path.join(folder or ".", part["json"]), encoding="utf-8") as f:
                yield from json.load(f).get("events", [])

    rows = []
    for e in all_events():
        place = e.get("place") or {}
        for s in e.get("sources", []) or [{}]:
            doc = docs.get(s.get("document"), {})
            span = s.get("span") or [None, None]
            rows.append({
                "event": e.get("id"), "type": e.get("type"), "cameo": e.get("cameo"),
                "class": e.get("class"), "date": e.get("date"), "planned": e.get("planned"),
                "place": place.get("name"), "place_ar": place.get("name_ar"),
                "participants": e.get("participants", []),
                "document": s.get("document"), "path": doc.get("path"), "title": doc.get("title"),
                "doc_date": doc.get("doc_date"), "source_date": s.get("date"),
                "source_participants": s.get("participants", []), "date_source": s.get("date_source"),
                "text": s.get("text"), "span_begin": span[0], "span_end": span[1],
            })
    columns = ["event", "type", "cameo", "class", "date", "planned", "place", "place_ar", "participants",
               "document", "path", "title", "doc_date", "source_date", "source_participants", "date_source",
               "text", "span_begin", "span_end"]
    return pd.DataFrame(rows, columns=columns)
