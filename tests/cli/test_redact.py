"""The one masking function: every secret, and every long piece of one, in any position."""

from __future__ import annotations

import pytest

from coding_assistants.cli.core.output import Console
from coding_assistants.cli.core.redact import MAX_MESSAGE, Secrets, mask_secret
from tests.cli.fake_workspace import leaked

PAT = "dapi0123456789abcdef0123456789abcdef"
OAUTH = (
    "eyJraWQiOiJhYmMxMjMiLCJhbGciOiJSUzI1NiJ9."
    "eyJzdWIiOiJhZGFAZXhhbXBsZS5jb20iLCJleHAiOjE3OTk5OTk5OTl9."
    "Q2xhdWRlQ29kZVdvcmtzaG9wU2lnbmF0dXJlX3Rlc3Rfb25seQ"
)
SHORT_TOKENS = ["k3yS3cr3", "tok-9f2a7c4e1b"[:12]]
TOKENS = [PAT, OAUTH, *SHORT_TOKENS]


def _secrets(token: str) -> Secrets:
    secrets = Secrets()
    secrets.add(token)
    return secrets


def _echoes(token: str) -> list[str]:
    """Ways a server or a library echoes a token: whole, its prefix, its tail, a middle piece,
    twice, glued to other text, in JSON."""
    half = max(8, len(token) // 2)
    return [
        f"invalid token {token}",
        f"token {token[:half]}... refused",
        f"token ...{token[-half:]} refused",
        f"piece {token[1:] if len(token) > 8 else token} seen",
        f"{token}{token} and again {token}",
        f"Bearer{token}x",
        f'{{"message": "bad credentials \\"{token}\\""}}',
    ]


@pytest.mark.parametrize("token", TOKENS, ids=["pat", "oauth", "short8", "short12"])
def test_mask_hides_every_echo_of_every_token_format(token):
    secrets = _secrets(token)

    for echo in _echoes(token):
        masked = secrets.mask(echo)

        assert not leaked(token, masked), (echo, masked)
        assert "****" in masked


@pytest.mark.parametrize("token", TOKENS, ids=["pat", "oauth", "short8", "short12"])
def test_mask_shows_at_most_the_first_4_characters(token):
    masked = _secrets(token).mask(f"token {token} end")

    assert masked == f"token {token[:4]}**** end"


def test_mask_shows_nothing_of_a_piece_that_does_not_start_the_token():
    assert _secrets(PAT).mask(f"tail {PAT[10:]}") == "tail ****"


def test_mask_leaves_text_without_secrets_alone():
    text = "404: no serving endpoint databricks-claude-sonnet-4-6 (dapi is a prefix, 0123)"

    assert _secrets(PAT).mask(text) == text


def test_mask_hides_pieces_longer_than_what_may_be_shown():
    """Five characters from anywhere in the token are already more than its first four."""
    piece = PAT[10:15]

    assert piece not in _secrets(PAT).mask(f"echoed back: {piece}")


def test_shorten_masks_before_cutting():
    """A token straddling the cut would leave an unrecognisable prefix if cut first."""
    secrets = _secrets(PAT)
    text = "x" * (MAX_MESSAGE - 10) + f" token {PAT} refused"

    short = secrets.shorten(text)

    assert len(short) <= MAX_MESSAGE
    assert not leaked(PAT, short)


def test_mask_secret_shows_4_characters_at_most():
    assert mask_secret(PAT) == "dapi****"
    assert mask_secret("k3yS3cr3") == "k3yS****"
    assert mask_secret("short") == "****"


def test_console_masks_pieces_on_stdout_and_stderr(capsys):
    console = Console()
    console.add_secret(OAUTH)

    console.print(f"got {OAUTH[:40]}")
    console.error(f"refused ...{OAUTH[-30:]}")

    out, err = capsys.readouterr()
    assert not leaked(OAUTH, out + err)
    assert out == "got eyJr****\n"
    assert err == "error: refused ...****\n"
