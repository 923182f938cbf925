# Type stubs of the tarikh package (python/tarikh/__init__.py).
import os
from typing import Any, Iterable, Iterator, Literal, Mapping, Sequence, Union

import pandas

__version__: str

_Path = Union[str, os.PathLike[str]]
_Article = Union[str, bytes, Mapping[str, Any]]

class TarikhError(Exception): ...

class ArticleError(TarikhError, ValueError):
    path: str | None
    index: int | None
    def __init__(self, message: str, path: str | None = ..., index: int | None = ...) -> None: ...

class TarikhWarning(UserWarning): ...

def data_dir() -> str: ...
def extract(
    text: str | bytes,
    doc_date: str | None = ...,
    path: _Path | None = ...,
    lexicons: Sequence[_Path] = ...,
    encoding: str | None = ...,
) -> dict[str, Any]: ...
def extract_many(
    articles: Iterable[_Article],
    jobs: int | None = ...,
    doc_date: str | None = ...,
    lexicons: Sequence[_Path] = ...,
    errors: Literal["raise", "include"] = ...,
    batch: int = ...,
) -> Iterator[dict[str, Any]]: ...
def extract_jsonl(
    lines: Iterable[str | bytes],
    jobs: int | None = ...,
    doc_date: str | None = ...,
    lexicons: Sequence[_Path] = ...,
    batch: int = ...,
) -> Iterator[str]: ...
def build(
    inputs: _Path | Sequence[_Path],
    out: _Path,
    *,
    store: _Path | None = ...,
    labels: Literal["ar", "en", "both"] = ...,
    from_: str | None = ...,
    to: str | None = ...,
    actor: str | None = ...,
    hops: int = ...,
    doc_date: str | None = ...,
    encoding: str | None = ...,
    lexicons: Sequence[_Path] = ...,
    jobs: int | None = ...,
    layout: Literal["auto", "single", "monthly"] = ...,
    explain: bool = ...,
    quiet: bool = ...,
    from_jsonl: _Path | Sequence[_Path] | None = ...,
) -> dict[str, Any]: ...
def events_frame(source: _Path | Mapping[str, Any]) -> pandas.DataFrame: ...
