"""Tests of the tarikh Python package (pyproject.toml, docs/python.md).

Run by scripts/python-test against the wheel installed in a fresh virtual
environment: the package must give what the program gives for the same
input, byte for byte where the program writes bytes. The program compared
with is the one installed in the wheel (tarikh/bin/tarikh), or $TARIKH_BINARY.
"""
import ast
import inspect
import json
import os
import re
import shutil
import subprocess
import threading
import time

import pytest

import tarikh
from tarikh import __main__ as tarikh_main

ROOT = os.path.abspath(os.environ.get("TARIKH_SOURCE_DIR", os.path.join(os.path.dirname(__file__), "..", "..")))
SAMPLES = os.path.join(ROOT, "samples")
PROGRAM = os.environ.get("TARIKH_BINARY") or tarikh_main.PROGRAM

# Written for these tests from general news usage, not taken from an article.
MEETING = "التقى وزير الخارجية الروسي سيرغي لافروف نظيره الأمريكي أنتوني بلينكن اليوم في جنيف."
CALL = "أجرى الرئيس الفرنسي اتصالا هاتفيا أمس الثلاثاء مع المستشار الألماني بحثا خلاله الأوضاع في أوكرانيا."


def run(args, stdin=b"", cwd=ROOT):
    return subprocess.run([PROGRAM] + args, input=stdin, capture_output=True, cwd=cwd, check=False)


def sample_files():
    return sorted(os.path.join("samples", f) for f in os.listdir(SAMPLES) if f.endswith((".md", ".txt")))


def test_version_is_the_programs():
    # The first line names the program's version (then the extractor's and the lexicons' date).
    assert run(["--version"]).stdout.decode().splitlines()[0] == "tarikh " + tarikh.__version__
    with open(os.path.join(ROOT, "CMakeLists.txt"), encoding="utf-8") as f:
        assert re.search(r"project\(tarikh VERSION ([0-9.]+)", f.read()).group(1) == tarikh.__version__


def test_python_m_tarikh_runs_the_program():
    r = subprocess.run([os.environ.get("PYTHON", "python"), "-m", "tarikh", "--version"], capture_output=True)
    assert r.stdout.decode().splitlines()[0] == "tarikh " + tarikh.__version__


@pytest.mark.parametrize("text, doc_date", [
    (MEETING, "2022-01-21"),
    (CALL, "2022-02-16"),
    (MEETING, None),  # no date: the meeting is undated
    ("", "2022-01-01"),  # an empty article: no events, a warning
])
def test_extract_is_what_the_program_prints(text, doc_date):
    args = ["extract", "-q"] + (["--doc-date", doc_date] if doc_date else []) + ["-"]
    want = run(args, text.encode())
    assert want.returncode == 0, want.stderr
    if text:
        got = tarikh.extract(text, doc_date=doc_date)
    else:
        with pytest.warns(tarikh.TarikhWarning):
            got = tarikh.extract(text, doc_date=doc_date)
    assert got == json.loads(want.stdout)


def test_extract_finds_the_meeting():
    r = tarikh.extract(MEETING, doc_date="2022-01-21")
    assert r["schema"] == "tarikh/1"
    [event] = r["events"]
    assert (event["class"], event["date"]) == ("contact", "2022-01-21")
    assert {"sergey-lavrov", "antony-blinken"} <= set(event["participants"])
    assert event["place"]["name"] == "Geneva"


@pytest.mark.parametrize("path", sample_files())
def test_extract_of_a_sample_file(path):
    with open(os.path.join(ROOT, path), "rb") as f:
        got = tarikh.extract(f.read(), path=path)
    assert got == json.loads(run(["extract", "-q", path]).stdout)


@pytest.mark.parametrize("text, where", [
    (b"\xd8\xa7\xff\xd8\xa8 text", "byte 2"),                     # invalid UTF-8, at its offset
    ("نص \udc00 مقطوع", "byte 5"),                                  # a lone surrogate in a str
    (b"abc\x00def", "offset 3"),                                  # a NUL byte: binary
    ("---\ntitle: x\ndate: 2022-13-45\n---\nنص", "news/a.md:3"),    # a bad front matter date, at its line
])
def test_errors_name_the_article_and_where(text, where):
    with pytest.raises(tarikh.ArticleError) as e:
        tarikh.extract(text, path="news/a.md")
    assert e.value.path == "news/a.md"
    assert str(e.value).startswith("news/a.md")
    assert where in str(e.value)
    assert isinstance(e.value, ValueError)


@pytest.mark.parametrize("call", [
    lambda: tarikh.extract(MEETING, doc_date="2022-02-30"),
    lambda: tarikh.extract(MEETING, lexicons=["/no/such/lexicon.tsv"]),
    lambda: list(tarikh.extract_many([MEETING], jobs=0)),
    lambda: tarikh.build("samples", "/tmp/x", labels="fr"),
    lambda: tarikh.build("samples", "/tmp/x", colour=True),
    lambda: tarikh.build([], "/tmp/x", from_jsonl=["a.jsonl"], doc_date="2022"),
])
def test_bad_options_raise(call):
    with pytest.raises((tarikh.TarikhError, ValueError, TypeError)):
        call()


def test_extract_many_is_extract_for_each_and_any_jobs():
    texts = [MEETING, CALL, "", MEETING + " " + CALL] * 5
    with pytest.warns(tarikh.TarikhWarning):
        one = list(tarikh.extract_many(texts, jobs=1, doc_date="2022-01-21"))
    assert len(one) == len(texts)
    assert one[1] == tarikh.extract(CALL, doc_date="2022-01-21", path="<article 1>")
    for jobs in (2, 3, None):
        with pytest.warns(tarikh.TarikhWarning):
            assert list(tarikh.extract_many(texts, jobs=jobs, doc_date="2022-01-21", batch=2)) == one


def test_extract_many_takes_article_lines_as_dicts():
    articles = [{"path": "a.md", "date": "2022-01-21", "title": "لقاء", "text": MEETING},
                {"path": "b.md", "date": "2022-02-16", "text": CALL}]
    a, b = tarikh.extract_many(articles)
    assert a["documents"][0]["path"] == "a.md" and a["documents"][0]["title"] == "لقاء"
    assert a["events"][0]["date"] == "2022-01-21"
    assert b["documents"][0]["doc_date"] == "2022-02-16"


def test_extract_many_errors():
    items = [MEETING, b"abc\x00def", {"path": "c.md"}, CALL]
    with pytest.raises(tarikh.ArticleError) as e:
        list(tarikh.extract_many(items))
    assert e.value.index == 1 and "article 1" in str(e.value)
    out = list(tarikh.extract_many(items, errors="include"))
    assert [("error" in o) for o in out] == [False, True, True, False]
    assert out[2]["path"] == "c.md" and 'no "text"' in out[2]["error"] and out[2]["index"] == 2


def article_lines():
    """The samples as article lines, whole files (scripts/articles-to-jsonl --verbatim)."""
    r = subprocess.run([os.path.join(ROOT, "scripts", "articles-to-jsonl"), "samples", "--verbatim"],
                       capture_output=True, cwd=ROOT, check=True)
    return r.stdout.decode().splitlines()


def test_extract_jsonl_is_extract_dash_dash_jsonl():
    lines = article_lines()
    lines[2:2] = ["", "not JSON", '{"path": "x.md"}']
    stdin = ("\n".join(lines) + "\n").encode()
    want = run(["extract", "--jsonl", "-q"], stdin)
    assert want.returncode == 1  # the two bad lines
    for jobs in (1, 2):
        got = list(tarikh.extract_jsonl(lines, jobs=jobs, batch=1))
        assert ("\n".join(got) + "\n").encode() == want.stdout
    # Bytes with their newlines, as a file iterates.
    assert list(tarikh.extract_jsonl(l.encode() + b"\n" for l in lines)) == got
    # Numbered as the program numbers them, the empty line too.
    assert [json.loads(g).get("line") for g in got[2:4]] == [4, 5]


def read(path):
    with open(path, "rb") as f:
        return f.read()


def test_build_writes_what_the_program_writes(tmp_path):
    out = tmp_path / "out"
    r = tarikh.build(SAMPLES, out)
    assert (r["articles"], r["failed"], r["exit_status"], r["added"]) == (5, 0, 0, 5)
    assert r["events"] > 0 and r["actors"] > 0
    assert "events.json" in r["written"] and r["written"] == r["outputs"]
    assert r["outputs_written"] == len(r["written"])
    want = tmp_path / "want"
    assert run(["build", SAMPLES, "-o", str(want), "-q"]).returncode == 0
    for name in r["outputs"]:
        assert read(out / name) == read(want / name), name
    # Incremental: nothing changed, nothing written.
    again = tarikh.build(SAMPLES, out, explain=True)
    assert again["written"] == [] and again["added"] == 0
    assert any("no work to do" in m for m in again["messages"])


def test_build_reports_failed_articles(tmp_path):
    (tmp_path / "in").mkdir()
    shutil.copy(os.path.join(SAMPLES, sample_files()[0][len("samples/"):]), tmp_path / "in" / "good.md")
    (tmp_path / "in" / "bad.txt").write_bytes(b"\xd8\xa7\xff")
    r = tarikh.build(tmp_path / "in", tmp_path / "out")
    assert (r["articles"], r["failed"], r["exit_status"]) == (1, 1, 1)
    assert "bad.txt" in r["failures"][0] and "byte 2" in r["failures"][0]


def test_build_from_jsonl_of_extract_jsonl(tmp_path):
    lines = list(tarikh.extract_jsonl(article_lines(), jobs=2))
    (tmp_path / "part-00000").write_text("\n".join(lines[:2]) + "\n", encoding="utf-8")
    (tmp_path / "part-00001").write_text("\n".join(lines[2:]) + "\n", encoding="utf-8")
    cwd = os.getcwd()
    os.chdir(ROOT)  # the lines' paths are samples/…, as the program's build of samples/ names them
    try:
        direct = tarikh.build("samples", tmp_path / "direct")
    finally:
        os.chdir(cwd)
    r = tarikh.build([], tmp_path / "lines", from_jsonl=[tmp_path / "part-00001", tmp_path / "part-00000"])
    assert r["articles"] == direct["articles"] == 5 and not any("warning" in m for m in r["messages"])
    assert read(tmp_path / "lines" / "events.json") == read(tmp_path / "direct" / "events.json")
    assert read(tmp_path / "direct" / "events.json") == read(os.path.join(ROOT, "output", "events.json"))


def test_events_frame(tmp_path):
    pd = pytest.importorskip("pandas")
    r = tarikh.build(SAMPLES, tmp_path / "out")
    with open(tmp_path / "out" / "events.json", encoding="utf-8") as f:
        data = json.load(f)
    frame = tarikh.events_frame(r)
    assert isinstance(frame, pd.DataFrame)
    assert len(frame) == sum(len(e["sources"]) for e in data["events"])
    assert frame["event"].nunique() == len({e["id"] for e in data["events"]})
    assert set(frame["path"]) <= {d["path"] for d in data["documents"]}
    assert frame.equals(tarikh.events_frame(tmp_path / "out"))
    assert frame.equals(tarikh.events_frame(tmp_path / "out" / "events.json"))
    row = frame.iloc[0]
    assert row["text"] and row["span_end"] > row["span_begin"]
    one = tarikh.events_frame(tarikh.extract(MEETING, doc_date="2022-01-21"))
    assert list(one["date"]) == ["2022-01-21"] and list(one["place"]) == ["Geneva"]
    assert (frame["class"] == "contact").sum() > 0
    # By month (docs/format.md), the same rows, read part by part.
    tarikh.build(SAMPLES, tmp_path / "monthly", layout="monthly")
    with open(tmp_path / "monthly" / "events.json", encoding="utf-8") as f:
        assert json.load(f)["layout"] == "monthly"
    assert frame.equals(tarikh.events_frame(tmp_path / "monthly"))
    with pytest.raises(ValueError):
        tarikh.build(SAMPLES, tmp_path / "bad", layout="weekly")


def test_the_gil_is_released_while_extracting():
    texts = [MEETING + " " + CALL] * 3000
    done = threading.Event()

    def work():
        list(tarikh.extract_many(texts, jobs=1, batch=len(texts)))  # one long call into C++
        done.set()

    worker = threading.Thread(target=work)
    start = time.monotonic()
    worker.start()
    ticks, longest, last = 0, 0.0, time.monotonic()
    while not done.is_set():
        now = time.monotonic()
        longest, last = max(longest, now - last), now
        ticks += 1
    worker.join()
    took = time.monotonic() - start
    assert took > 0.3, "the work is too short to tell"
    # Holding the GIL, the C++ call would stop this loop for all of its duration.
    assert longest < took / 3, (longest, took)
    assert ticks > 1000


def stub_functions():
    with open(os.path.join(os.path.dirname(tarikh.__file__), "__init__.pyi"), encoding="utf-8") as f:
        tree = ast.parse(f.read())
    return {n.name: n for n in tree.body if isinstance(n, (ast.FunctionDef, ast.ClassDef))}


def test_stubs_declare_every_public_name_with_its_parameters():
    stubs = stub_functions()
    for name in tarikh.__all__:
        if name == "__version__":
            continue
        assert name in stubs, name
        obj = getattr(tarikh, name)
        if inspect.isfunction(obj):
            args = stubs[name].args
            declared = [a.arg for a in args.args + args.kwonlyargs]
            params = [p for p in inspect.signature(obj).parameters.values() if p.kind != p.VAR_KEYWORD]
            assert [p.name for p in params] == declared[:len(params)], name
    build_stub = [a.arg for a in stubs["build"].args.kwonlyargs]
    assert sorted(build_stub) == sorted(tarikh._BUILD_OPTIONS)
    assert os.path.exists(os.path.join(os.path.dirname(tarikh.__file__), "py.typed"))
