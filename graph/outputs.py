"""Writing outputs atomically: a build stages every file in a temporary folder inside the output folder and
moves them into place only when all of them were written, so a failed or interrupted run leaves the
previous outputs intact."""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path


class StagedOutputs:
    """``with StagedOutputs(out) as stage: stage.write_text("graph.ttl", ...)``; files land on a clean exit."""

    def __init__(self, out_dir: str | Path) -> None:
        self.out = Path(out_dir)
        self.dir: Path | None = None
        self.names: list[str] = []
        self.removals: list[str] = []  # earlier outputs this run replaces with nothing

    def __enter__(self) -> "StagedOutputs":
        self.out.mkdir(parents=True, exist_ok=True)
        self.dir = Path(tempfile.mkdtemp(prefix=".newsgraph-staging-", dir=self.out))
        return self

    def path(self, name: str) -> Path:
        """Where ``name`` (a file name, or ``folder/file``) is staged."""
        assert self.dir is not None
        if name not in self.names:
            self.names.append(name)
        p = self.dir / name
        p.parent.mkdir(parents=True, exist_ok=True)
        return p

    def remove(self, name: str) -> None:
        """Delete the earlier output ``name`` when the staged files land (not before: a failed run keeps it)."""
        self.removals.append(name)

    def write_text(self, name: str, text: str) -> Path:
        return self.write(name, text)

    def write(self, name: str, content: str | bytes) -> Path:
        return write_synced(self.path(name), content)

    def __exit__(self, exc_type, exc, tb) -> None:
        assert self.dir is not None
        try:
            if exc_type is None:
                for name in self.names:
                    (self.out / name).parent.mkdir(parents=True, exist_ok=True)
                    os.replace(self.dir / name, self.out / name)
                for name in self.removals:
                    (self.out / name).unlink(missing_ok=True)
        finally:
            shutil.rmtree(self.dir, ignore_errors=True)


def write_synced(path: Path, content: str | bytes) -> Path:
    """Write ``content`` (UTF-8 text with Unix line ends, or bytes) to ``path`` and flush it to disk: how every
    staged output is written, also by a build's writer processes into the staging folder."""
    with _open(path, content) as fh:
        fh.write(content)
        fh.flush()
        os.fsync(fh.fileno())
    return path


def fsync(path: Path) -> None:
    """Flush a file written by another writer (Oxigraph's serializers) to disk before it is moved into place."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _open(path: Path, content: str | bytes, fd: int | None = None):
    """A file opened for ``content``: UTF-8 text with Unix line ends, or bytes."""
    target = path if fd is None else fd
    if isinstance(content, bytes):
        return open(target, "wb")
    return open(target, "w", encoding="utf-8", newline="\n")


def write_atomic(path: str | Path, content: str | bytes) -> Path:
    """Write one file atomically (temporary file in the same folder, then rename); text or bytes."""
    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{p.name}.", dir=p.parent)
    try:
        with _open(p, content, fd) as fh:
            fh.write(content)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, p)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return p
