# Type stubs of the C++ module (python/src/module.cc); use the tarikh package instead.
from typing import Any

__version__: str

_Outcome = tuple[bool, str, str, list[str]]  # ok, JSON or message, path, warnings

class Extractor:
    def __init__(self, data_dir: str, lexicons: list[str]) -> None: ...
    def extract_documents(
        self, articles: list[tuple[bytes, str]], doc_date: str, encoding: str, jobs: int
    ) -> list[_Outcome]: ...
    def extract_article_lines(
        self, lines: list[bytes], first_line: int, doc_date: str, as_lines: bool, jobs: int
    ) -> list[_Outcome]: ...

def build(
    inputs: list[str], out: str, from_jsonl: list[str], store: str, labels: str, date_from: str,
    date_to: str, actor: str, hops: int, doc_date: str, encoding: str, data_dir: str,
    lexicons: list[str], jobs: int, layout: str, explain: bool, quiet: bool,
) -> dict[str, Any]: ...
