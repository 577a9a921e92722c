"""The aligner finds a model's strings in the text, strictest way first, and refuses what is not there.

Every sentence here is invented for the tests.
"""

from __future__ import annotations

from backchannel.llm.align import FUZZY_MIN_CHARS, Aligner, normalise

TEXT = ("The envoy Marta Quillon said on Tuesday that the  Harrow\n  Accord was “a fragile but real step”.\n"
        "Later, QUILLON met the delegation from Vessary, and the US team left. Let us wait, she added.")


def at(a: Aligner, needle: str, near: tuple[int, int] | None = None) -> tuple[str, str] | None:
    m = a.find(needle, near)
    return None if m is None else (a.text[m.start:m.end], m.how)


def test_exact_match_gives_the_offsets_of_the_words_as_written():
    a = Aligner(TEXT)
    m = a.find("Marta Quillon")
    assert m is not None and (m.start, m.end, m.how) == (10, 23, "exact")
    assert TEXT[m.start:m.end] == "Marta Quillon"


def test_case_is_folded_and_the_offsets_are_the_texts():
    assert at(Aligner(TEXT), "marta QUILLON") == ("Marta Quillon", "normalised")


def test_white_space_and_typography_are_folded():
    a = Aligner(TEXT)
    assert at(a, "the Harrow Accord was") == ("the  Harrow\n  Accord was", "normalised")
    # straight quotes for curly ones; the quote marks around a quote are not part of its words
    assert at(a, '"a fragile but real step"') == ("a fragile but real step", "exact")
    assert at(a, "Accord was \"a fragile") == ("Accord was “a fragile", "normalised")


def test_fuzzy_accepts_a_long_string_with_a_changed_letter():
    a = Aligner(TEXT)
    found = a.find("The envoy Marta Quilon said on Tuesday that the Harrow Accord")
    assert found is not None and found.how == "fuzzy" and found.score >= 0.9
    assert TEXT[found.start:found.end] == "The envoy Marta Quillon said on Tuesday that the  Harrow\n  Accord"


def test_fuzzy_refuses_a_paraphrase_and_a_short_misspelt_name():
    a = Aligner(TEXT)
    assert a.find("the envoy said on Monday that the accord was a step") is None
    assert a.find("Marta Quilon") is None  # shorter than FUZZY_MIN_CHARS: exact or normalised only
    assert len(normalise("Marta Quilon")[0]) < FUZZY_MIN_CHARS
    assert a.find("Zora Pellwick met the council in secret at dawn.") is None


def test_nearest_occurrence_to_a_hint_is_chosen():
    text = "Ardel said no. Then Brisk said yes. Ardel said no."
    a = Aligner(text)
    second = a.find("Ardel said no", near=(30, len(text)))
    assert second is not None and second.start == text.rfind("Ardel")
    assert a.find("Ardel said no").start == 0  # type: ignore[union-attr]


def test_names_take_whole_words_and_an_abbreviation_keeps_its_case():
    a = Aligner(TEXT)
    us = a.find_all("US")
    assert [TEXT[m.start:m.end] for m in us] == ["US"]  # not the "us" of "Let us"
    quillon = a.find_all("Quillon")
    assert [m.how for m in quillon] == ["exact"]
    assert [TEXT[m.start:m.end] for m in a.find_all("vessary")] == ["Vessary"]
    assert a.find_all("Ves") == []  # no match inside a word


def test_a_quote_split_by_its_cue_is_found_in_pieces():
    text = "“The bridge stays shut,” the mayor of Ulmforth said on Sunday, “until the toll is paid.” Then she left."
    a = Aligner(text)
    parts = a.find_pieces("The bridge stays shut, until the toll is paid.")
    assert parts is not None and [text[p.start:p.end] for p in parts] == ["The bridge stays shut,",
                                                                          "until the toll is paid."]
    whole = a.find_pieces("the mayor of Ulmforth said on Sunday")
    assert whole is not None and len(whole) == 1 and whole[0].how == "exact"
    # pieces out of order, or words the text does not hold, are not a quote of it
    assert a.find_pieces("until the toll is paid. The bridge stays shut,") is None
    assert a.find_pieces("The bridge stays shut, until the ferry is paid.") is None
