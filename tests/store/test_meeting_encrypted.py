"""With an encrypted database, meeting mode's autosaved text and ticked points never reach the disk readable."""

from briefer.store import Store


def test_drafts_and_ticks_are_encrypted_on_disk(tmp_path):
    path = tmp_path / "secret.db"
    with Store.open(path, passphrase="correct horse") as s:
        s.drafts.save("note:n1", "Zanzibarquux agreed in confidence", record_table="notes", record_id="n1",
                      meeting_id="m1")
        s.checklist.tick("m1", "Mention the Xylophonic reserve fund")
    on_disk = b"".join(p.read_bytes() for p in tmp_path.iterdir() if p.is_file())
    assert b"Zanzibarquux" not in on_disk and b"Xylophonic" not in on_disk
    with Store.open(path, passphrase="correct horse") as s:
        assert s.drafts.get("note:n1").body == "Zanzibarquux agreed in confidence"
        assert list(s.checklist.ticked("m1")) == ["Mention the Xylophonic reserve fund"]
