"""Configuration a user got wrong: one Danish line naming the variable."""

from __future__ import annotations

import pytest

from referat.config import Config, ConfigError


@pytest.mark.parametrize(("env", "words"), [
    ({"REFERAT_TOP_K": "abc"}, "REFERAT_TOP_K skal være et heltal, ikke 'abc'"),
    ({"REFERAT_TOP_K": "0"}, "REFERAT_TOP_K skal være mellem 1 og 100, ikke 0"),
    ({"REFERAT_TOP_K": "-3"}, "REFERAT_TOP_K skal være mellem"),
    ({"REFERAT_MIN_CONFIDENCE": "nan"}, "REFERAT_MIN_CONFIDENCE skal være mellem 0 og 1"),
    ({"REFERAT_MIN_CONFIDENCE": "høj"}, "REFERAT_MIN_CONFIDENCE skal være et tal"),
    ({"REFERAT_UI_PORT": "99999"}, "REFERAT_UI_PORT skal være mellem 1 og 65535"),
    ({"REFERAT_CHUNK_TOKENS": "50", "REFERAT_CHUNK_OVERLAP": "60"},
     "REFERAT_CHUNK_OVERLAP (60) skal være mindre end REFERAT_CHUNK_TOKENS (50)"),
    ({"REFERAT_MAX_QUESTION_CHARS": "1e9"}, "REFERAT_MAX_QUESTION_CHARS skal være et heltal"),
])
def test_bad_value_names_the_variable(env: dict[str, str], words: str) -> None:
    with pytest.raises(ConfigError) as err:
        Config.from_env(env)
    assert words in str(err.value) and "\n" not in str(err.value)


def test_good_values_and_decimal_comma() -> None:
    cfg = Config.from_env({"REFERAT_TOP_K": " 7 ", "REFERAT_MIN_CONFIDENCE": "0,5"})
    assert cfg.top_k == 7 and cfg.min_confidence == 0.5
