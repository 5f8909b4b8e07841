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

    def __enter__(self) -> "StagedOutputs":
        self.out.mkdir(parents=True, exist_ok=True)
        self.dir = Path(tempfile.mkdtemp(prefix=".newsgraph-staging-", dir=self.out))
        return self

    def path(self, name: str) -> Path:
        assert self.dir is not None
        if name not in self.names:
            self.names.append(name)
        return self.dir / name

    def write_text(self, name: str, text: str) -> Path:
        p = self.path(name)
        with p.open("w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        return p

    def __exit__(self, exc_type, exc, tb) -> None:
        assert self.dir is not None
        try:
            if exc_type is None:
                for name in self.names:
                    os.replace(self.dir / name, self.out / name)
        finally:
            shutil.rmtree(self.dir, ignore_errors=True)


def write_atomic(path: str | Path, text: str) -> Path:
    """Write one file atomically (temporary file in the same folder, then rename)."""
    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{p.name}.", dir=p.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, p)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return p
