import pytest

from graph.outputs import StagedOutputs, write_atomic


def test_store_failed_run_leaves_previous_outputs(tmp_path):
    (tmp_path / "graph.ttl").write_text("old", encoding="utf-8")
    with pytest.raises(RuntimeError):
        with StagedOutputs(tmp_path) as stage:
            stage.write_text("graph.ttl", "new")
            raise RuntimeError("interrupted")
    assert (tmp_path / "graph.ttl").read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.ttl"]  # no staging folder left


def test_store_successful_run_replaces_all_files(tmp_path):
    with StagedOutputs(tmp_path) as stage:
        stage.write_text("a.txt", "1")
        stage.write_text("b.txt", "2")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "b.txt"]


def test_store_write_atomic(tmp_path):
    p = write_atomic(tmp_path / "sub" / "x.json", "{}")
    assert p.read_text(encoding="utf-8") == "{}"
