"""Claims stage: quotations, reported speech, speakers, grounding, on sentences of our own."""

from __future__ import annotations

import pytest

from backchannel.extract.claims import lexicon, scan_quotes


def pieces(d, c):
    t = d.documents[0].text
    return [t[s:e] for s, e in c.spans.content]


def span_text(d, span):
    return d.documents[0].text[span[0]:span[1]] if span else None


def only(d):
    assert len(d.claims) == 1, [(c.cue, c.content) for c in d.claims]
    return d.claims[0]


def by_cue(d, cue):
    found = [c for c in d.claims if c.cue == cue]
    assert found, [(c.cue, c.content) for c in d.claims]
    return found[0]


def check_grounding(d):
    t = d.documents[0].text
    for c in d.claims:
        assert t[c.evidence.start:c.evidence.end] == c.evidence.text
        assert c.spans.content
        for s, e in c.spans.content:
            assert 0 <= s < e <= len(t)
            assert t[s] not in "“”\"" and t[e - 1] not in "“”\""  # pieces are without quote marks
        if c.spans.cue:
            assert t[c.spans.cue[0]:c.spans.cue[1]].strip()
        for key in ("speaker", "clause"):
            sp = getattr(c.spans, key)
            if sp:
                assert 0 <= sp[0] < sp[1] <= len(t)


# ------------------------------------------------------------------ quotation marks


def test_scan_quotes_marks_and_paragraphs():
    text = "“One.\n\n“Two,” he said. \"Three\" and ''four'' and “five"
    regs = scan_quotes(text)
    got = [[text[s:e] for s, e in r.pieces] for r in regs]
    assert got == [["One.", "Two,"], ["Three"], ["four"], ["five"]]


@pytest.mark.parametrize("text", [
    "He said “we will win. The vote was ” odd “",
    "”Stray closing mark. “Unclosed opening, she said.",
    "\"\"\" \"",
    "“”",
    "Brandt said: \"",
])
def test_unbalanced_marks_do_not_crash(analyze, text):
    d = analyze(text)
    check_grounding(d)


@pytest.mark.parametrize("text", [
    "\"We will not give up on the talks,\" Maria Lopez said.",
    "“We will not give up on the talks,” Maria Lopez said.",
])
def test_direct_quote_straight_and_curly(analyze, text):
    d = analyze(text)
    c = only(d)
    assert c.direct is True and c.cue == "said"
    assert pieces(d, c) == ["We will not give up on the talks,"]
    assert span_text(d, c.spans.speaker) == "Maria Lopez"
    assert c.stance == "neutral"
    check_grounding(d)


def test_quote_over_several_paragraphs_is_one_claim_per_paragraph(analyze):
    # s29: the annotated reports give each paragraph of a quotation its own claim
    # (claims.paragraphs.quoted_paragraph), same cue and speaker
    text = ("“The first round went well. We met for four hours.\n\n"
            "“The second round is set for next week,” Maria Lopez said.")
    d = analyze(text)
    assert [pieces(d, c) for c in d.claims] == [["The first round went well. We met for four hours."],
                                                ["The second round is set for next week,"]]
    assert all(c.direct and c.cue == "said" and c.speaker == d.claims[0].speaker for c in d.claims)


def test_quote_interrupted_by_its_cue_is_one_claim_two_pieces(analyze):
    d = analyze("“We will sit down again in June,” the official said, “and we thank our hosts in Lunde.”")
    c = only(d)
    assert pieces(d, c) == ["We will sit down again in June,", "and we thank our hosts in Lunde."]
    assert c.direct and c.cue == "said"


def test_quote_after_full_stop_is_a_new_claim_of_the_same_speaker(analyze):
    d = analyze("Maria Lopez doubted the plan. “We do not believe them,” she told reporters in Lima. "
                "“They need to show real intent.”")
    quotes = [c for c in d.claims if c.direct]
    assert [pieces(d, c) for c in quotes] == [["We do not believe them,"], ["They need to show real intent."]]
    assert quotes[0].speaker == quotes[1].speaker is not None


def test_cue_before_quote_with_colon(analyze):
    d = analyze("Maria Lopez said: “The ceasefire holds.”")
    c = only(d)
    assert pieces(d, c) == ["The ceasefire holds."] and c.direct


# ------------------------------------------------------------------ partial quotes


def test_partial_quote_keeps_the_quoted_words_only(analyze):
    d = analyze("The official also credited the army's pressure as a “decisive” factor in the talks.")
    c = only(d)
    assert c.cue == "credited" and c.direct is True
    assert pieces(d, c) == ["decisive"]
    assert "pressure" in span_text(d, c.spans.clause)


def test_partial_quote_after_that_clause(analyze):
    d = analyze("A US official reported that Qatar “delivered the goods by persuading them to close the deal.”")
    c = only(d)
    assert c.cue == "reported" and c.direct
    assert pieces(d, c) == ["delivered the goods by persuading them to close the deal."]


def test_called_x_a_quote(analyze):
    d = analyze("The Norland cabinet called the ruling a \"farce dressed as justice.\"")
    c = only(d)
    assert c.cue == "called" and pieces(d, c) == ["farce dressed as justice."] and c.direct


# ------------------------------------------------------------------ reported speech


@pytest.mark.parametrize("text, cue, content", [
    ("A Palestinian source said that the US would push for a ceasefire.", "said",
     "the US would push for a ceasefire"),
    ("Maria Lopez told the envoy that the release was not yet confirmed.", "told",
     "the release was not yet confirmed"),
    ("According to the ministry, the talks will resume in May.", "according to", "the talks will resume in May"),
    ("The talks will resume in May, according to the ministry.", "according to", "The talks will resume in May"),
    ("The talks will resume in May, Maria Lopez said.", "said", "The talks will resume in May"),
    ("The talks will resume in May, said Maria Lopez.", "said", "The talks will resume in May"),
    ("The talks were productive, a US official said on Saturday.", "said", "The talks were productive"),
    ("Hamas announced in April that they had lost track of him.", "announced", "they had lost track of him"),
    ("Oskar Brenn admitted discussions were underway.", "admitted", "discussions were underway"),
    ("The rebels claimed that the town had fallen.", "claimed", "the town had fallen"),
    ("The ministry denied that any deal had been reached.", "denied", "any deal had been reached"),
    ("Maria Lopez warned that the truce could collapse.", "warned", "the truce could collapse"),
    ("Abu Salem accused Israel of deliberately targeting the convoy.", "accused",
     "Israel of deliberately targeting the convoy"),
    ("Norland yesterday thanked Lorvia for its help with the ferry swap.", "thanked",
     "Lorvia for its help with the ferry swap"),
    ("Oskar Brenn has threatened military action if no agreement is reached.", "threatened",
     "military action if no agreement is reached"),
    ("The Lunde daily cited Brandt as saying the harbour deal was a triumph.", "cited",
     "the harbour deal was a triumph"),
])
def test_reported_speech(analyze, text, cue, content):
    d = analyze(text)
    c = by_cue(d, cue)
    assert pieces(d, c) == [content]
    assert c.direct is False
    assert c.speaker is not None
    check_grounding(d)


def test_parenthetical_cue_splits_the_clause(analyze):
    d = analyze("Acts of protest, Mr. Obama said, are acts of patriotism.")
    c = only(d)
    assert pieces(d, c) == ["Acts of protest", "are acts of patriotism"]


def test_statement_attributed_in_the_next_sentence(analyze):
    d = analyze("At first, the swap was meant to include 22 sailors from the trawler.\n\n"
                "Cabinet spokesman Oren Valk told Radio Lunde about this.")
    c = only(d)
    assert c.cue == "told"
    assert pieces(d, c) == ["At first, the swap was meant to include 22 sailors from the trawler"]


def test_embedded_tweet_has_a_dash_cue(analyze):
    d = analyze("The fishermen are ashore.\n\nWe owe our thanks to every crew that searched the fjord. "
                "— Ilse Varn (@IlseVarn) March 3, 2024\n\nMore news follows.")
    c = by_cue(d, "—")
    assert pieces(d, c) == ["We owe our thanks to every crew that searched the fjord."]
    assert span_text(d, c.spans.speaker) == "Ilse Varn"


def test_outlet_sourcing_agencies_and_byline_are_not_claims(analyze):
    d = analyze("Talks begin on Monday. — Agencies\n\nBy Vered Weiss, World Israel News\n\n"
                "Lorvia will chair the harbour talks, the Vesterland Post reports via foreign media.")
    assert d.claims == []


def test_interview_transcript_lines(analyze):
    d = analyze("Partial transcript as follows:\n\n\"WALLACE: Will she be at the debate?\n\n"
                "\"PENCE: She will not be attending the debate.\n\n\"But the real question is the economy.\n\n"
                "\"WALLACE: Thank you, Governor.")
    got = [(span_text(d, c.spans.speaker), c.cue, pieces(d, c)) for c in d.claims]
    assert got == [("WALLACE", ":", ["Will she be at the debate?"]),
                   ("PENCE", ":", ["She will not be attending the debate."]),
                   ("PENCE", ":", ["But the real question is the economy."]),
                   ("WALLACE", ":", ["Thank you, Governor."])]


def test_stance_from_the_lexicon(analyze):
    d = analyze("The rebels claimed that the town had fallen. The army admitted that it had retreated. "
                "The mayor said that the roads were open.")
    assert [c.stance for c in d.claims] == ["distancing", "factive", "neutral"]
    assert lexicon().verbs["claim"].stance == "distancing"


def test_nominal_cue(analyze):
    d = analyze("The accord arrives amid accusations from Vesterland that Lorvia has stalled the survey.")
    c = only(d)
    assert c.cue == "accusations" and pieces(d, c) == ["Lorvia has stalled the survey"]
    assert c.speaker is not None


# ------------------------------------------------------------------ speakers


def test_pronoun_speaker_is_resolved_and_marked_inferred(analyze):
    d = analyze("Hudhaifa Kahlout spoke on Monday. “The army is attempting to kill him,” he claimed.")
    c = by_cue(d, "claimed")
    assert span_text(d, c.spans.speaker) == "he"
    assert c.speaker is not None and d.actor(c.speaker).name.endswith("Kahlout")
    assert "speaker" in c.inferred
    assert c.stance == "distancing"


def test_unnamed_source_is_one_actor_across_mentions(analyze):
    d = analyze("A US official reported that Qatar had persuaded Hamas. "
                "The official also said that the deal was close.")
    assert len(d.claims) == 2
    a, b = d.claims
    assert a.speaker == b.speaker is not None
    actor = d.actor(a.speaker)
    assert actor.named is False and "official" in actor.name.lower()


def test_article_level_according_to_group(analyze):
    d = analyze("A complex process led to the release of the hostage on Monday, "
                "according to Israeli, Palestinian, and American sources.")
    c = only(d)
    assert c.cue == "according to"
    actor = d.actor(c.speaker)
    assert actor.kind == "group" and actor.named is False
    assert pieces(d, c) == ["A complex process led to the release of the hostage on Monday"]


def test_nested_attribution_keeps_the_outer_speaker(analyze):
    d = analyze("Oskar Brenn said Dermer told him that the deal was close.")
    # two claims (the dev corpora's convention): Brenn's report, and Dermer's telling nested in it
    outer = [c for c in d.claims if not (c.trace and "nesting" in c.trace)]
    inner = [c for c in d.claims if c.trace and "nesting" in c.trace]
    assert len(outer) == 1 and len(inner) == 1
    assert span_text(d, outer[0].spans.speaker) == "Oskar Brenn"
    assert pieces(d, outer[0]) == ["Dermer told him that the deal was close"]
    assert span_text(d, inner[0].spans.speaker) == "Dermer" and pieces(d, inner[0]) == ["the deal was close"]


def test_headline_with_report_makes_no_claim(analyze):
    d = analyze("A secret backchannel secured the hostage's release – report\n\n"
                "By Vered Weiss, World Israel News")
    assert d.claims == []


# ------------------------------------------------------------------ the example


def test_example_claims(example_dossier):
    d = example_dossier
    t = d.documents[0].text
    got = {(c.cue, c.direct) for c in d.claims}
    for want in [("admitted", False), ("told", False), ("said", False), ("reported", True), ("credited", True),
                 ("announced", False), ("said", True), ("accused", False), ("claimed", True),
                 ("according to", False)]:
        assert want in got
    credited = by_cue(d, "credited")
    assert [t[s:e] for s, e in credited.spans.content] == ["decisive"]
    claimed = by_cue(d, "claimed")
    assert t[claimed.spans.speaker[0]:claimed.spans.speaker[1]] == "he" and claimed.inferred == ["speaker"]
    check_grounding(d)


def test_the_outlet_itself_is_not_a_speaker(nlp):
    from backchannel.model import Document
    from backchannel.pipeline import extract

    text = "Talks resumed on Monday, Norland.Today reports. The minister said that talks would go on."
    doc = Document(id="o", text=text, source="Norland.Today")
    d = extract(doc, nlp(text))
    assert [c.cue for c in d.claims] == ["said"]


def test_dateline_is_not_content(analyze):
    d = analyze("LUNDE — The harbour talks went quite smoothly, a senior Norland diplomat confirmed Tuesday.")
    c = only(d)
    assert c.cue == "confirmed" and pieces(d, c) == ["The harbour talks went quite smoothly"]
    assert d.actor(c.speaker).named is False


def test_quoted_title_is_not_a_quotation(analyze):
    d = analyze("“We are ready,” Maria Lopez said on CNN's “State of the Union.”")
    c = only(d)
    assert pieces(d, c) == ["We are ready,"]


def test_passive_frame_drops_the_preposition(analyze):
    # an agentless passive names no speaker: an ``unattributed`` attribution, not a claim
    # (claims.speakers.agentless_passive); its content still drops the frame's preposition
    d = analyze("The senator was accused of using campaign funds for personal expenses.")
    assert not d.claims
    a = next(t for t in d.attributions if t.cue == "accused")
    assert a.kind == "unattributed" and a.content.startswith("using campaign funds")


# ------------------------------------------------------------------ generalisation rules


def test_title_abbreviation_is_not_a_sentence_end(analyze):
    d = analyze("Turnout was low.\n\n\"Can we win? Maybe not,\" Ms. Okafor said. \"Will we try? Certainly.\"")
    quotes = [c for c in d.claims if c.direct]
    assert [pieces(d, c) for c in quotes] == [["Can we win? Maybe not,"], ["Will we try? Certainly."]]
    assert quotes[0].speaker == quotes[1].speaker is not None
    d = analyze("“We are ready,” Gen. Tomas Berg said, “and we will wait for the answer.”")
    c = only(d)
    assert pieces(d, c) == ["We are ready,", "and we will wait for the answer."]


def test_reversed_attribution_with_an_apposition_speaker_keeps_the_outer_speaker(analyze):
    d = analyze("Ines Varga met the envoy on Monday. She had earlier urged the militia to release all detained "
                "journalists, Varga's spokesman, Tomas Eklund, told reporters.")
    c = only(d)
    assert c.cue == "told" and c.direct is False
    assert pieces(d, c) == ["She had earlier urged the militia to release all detained journalists"]
    assert span_text(d, c.spans.speaker) == "Tomas Eklund"
    check_grounding(d)


def test_reversed_attribution_after_a_relative_clause(analyze):
    d = analyze("Ghana, which chaired the earlier rounds, proposed to host the next meeting in May, Mahama said on radio.")
    c = by_cue(d, "said")
    assert pieces(d, c) == ["Ghana, which chaired the earlier rounds, proposed to host the next meeting in May"]
    assert span_text(d, c.spans.speaker) == "Mahama"


def test_reversed_attribution_takes_the_whole_clause_before_the_speaker(analyze):
    d = analyze("The mayor had asked the guards to stay away, but the council overruled him, the aide added.")
    c = by_cue(d, "added")
    assert pieces(d, c) == ["The mayor had asked the guards to stay away, but the council overruled him"]
    assert [x.cue for x in d.claims] == ["added"]  # the nested "asked" keeps the outer speaker


def test_subordinate_cue_clause_attributes_nothing_before_it(analyze):
    d = analyze("Most members backed the plan in the first vote, while a third said the opposite.")
    assert not [c for c in d.claims if c.cue == "said"]


def test_attribution_after_a_semicolon_covers_the_second_clause_only(analyze):
    d = analyze("The first study puts the cost at two billion; the second estimate is far lower, analysts said.")
    c = by_cue(d, "said")
    assert pieces(d, c) == ["the second estimate is far lower"]


def test_clause_stops_at_a_line_that_ends_a_sentence(analyze):
    d = analyze("“We will keep the schools open.”\n“Nobody should play games with them,” Rosa Irving said.")
    got = [pieces(d, c) for c in d.claims if c.cue == "said"]
    assert ["Nobody should play games with them,"] in got
    assert all("keep the schools" not in p for ps in got for p in ps)


def test_contrast_after_a_parenthetical_cue_is_the_reporters(analyze):
    d = analyze("The guerrillas released four hostages on Sunday, the police said, but the capital was not told in advance.")
    c = only(d)
    assert pieces(d, c) == ["The guerrillas released four hostages on Sunday"]


def test_cue_in_a_relative_clause_after_the_content_is_not_a_reversed_attribution(analyze):
    d = analyze("The navy accused the rebels of laying mines in the strait, a charge the rebels rejected.")
    c = by_cue(d, "accused")
    assert pieces(d, c) == ["the rebels of laying mines in the strait"]
    # the apposition is the rebels' own claim about "a charge", not a reversed attribution of the content
    rej = by_cue(d, "rejected")
    assert pieces(d, rej) == ["a charge"] and d.actor(rej.speaker).name.endswith("rebels")


def test_according_to_inside_a_subordinate_cue_clause_survives(analyze):
    d = analyze("The truce almost failed on Monday, when Lisbon rejected a request to add a third name, "
                "according to two people close to the talks.")
    c = by_cue(d, "according to")
    assert pieces(d, c) == ["The truce almost failed on Monday, when Lisbon rejected a request to add a third name"]
    assert d.actor(c.speaker).name == "people close to the talks"


def test_they_said_continues_the_previous_sources(analyze):
    d = analyze("The truce almost failed on Monday, according to two people close to the talks. "
                "Angola's envoy then flew to Lisbon and persuaded Portugal's negotiator to drop the demand, they said.")
    a, b = by_cue(d, "according to"), by_cue(d, "said")
    assert a.speaker == b.speaker is not None
    assert "speaker" in b.inferred


def test_unnamed_source_keeps_its_post_modifier(analyze):
    d = analyze("The ship left port at dawn, a person briefed on the operation said.")
    c = only(d)
    assert d.actor(c.speaker).name == "person briefed on the operation"
    assert d.actor(c.speaker).named is False


def test_name_in_apposition_names_the_speaker(analyze):
    d = analyze("The Fisheries Ministry's spokesman, Anders Holm, assured journalists that the quota row was over.")
    c = only(d)
    assert d.actor(c.speaker).name == "Anders Holm"


def test_quote_before_a_cue_with_its_own_quoted_clause_is_its_first_piece(analyze):
    d = analyze("“Each time you repeat that,” Brenn said, glancing at the chart, “you help the other side.”")
    c = only(d)
    assert pieces(d, c) == ["Each time you repeat that,", "you help the other side."]
    assert c.direct


def test_quotation_after_a_reported_statement_continues_its_speaker(analyze):
    d = analyze("The ministry may wait until the vote, Ilse Brandt said. \"The other worry is the timing. "
                "Nobody wants to be seen taking sides.\"")
    rep, quote = by_cue(d, "said"), [c for c in d.claims if c.direct]
    assert len(quote) == 1 and quote[0].speaker == rep.speaker is not None
    assert pieces(d, quote[0]) == ["The other worry is the timing. Nobody wants to be seen taking sides."]


@pytest.mark.parametrize("dateline", ["OSLO — ", "OSLO – ", "OSLO - ", "OSLO -- ", "NAIROBI (Reuters) - ",
                                      "GAZA CITY, Oct. 4 (UPI) — ", "Lima, Peru — ", "Lima — "])
def test_every_dateline_style_is_cut_from_the_content(analyze, dateline):
    d = analyze(dateline + "Danish envoys carried the letters, according to two people close to the talks.")
    c = only(d)
    assert pieces(d, c) == ["Danish envoys carried the letters"]


def test_polnear_export_conventions(analyze):
    from backchannel.export.polnear import pred_lines

    d = analyze("Maria Lopez said that “the border stays closed.” The envoy said the talks were over.")
    got = [(c["content_text"], c["direct"]) for c in next(pred_lines(d))["claims"]]
    assert got == [("that “the border stays closed.", False), ("the talks were over", False)]


def test_adverbial_before_a_cue_is_not_its_content(analyze):
    d = analyze("In his 2019 memoir, Brenn suggested that the talks had been doomed.")
    c = only(d)
    assert pieces(d, c) == ["the talks had been doomed"]


def test_partial_quote_split_by_its_cue_keeps_both_sides_for_polnear(analyze):
    from backchannel.export.polnear import pred_lines

    d = analyze("The new rules, the minister said, are a “historic turn” for the region.")
    c = only(d)
    assert c.direct and pieces(d, c) == ["historic turn"]
    got = [x["content_text"] for x in next(pred_lines(d))["claims"]]
    assert got == ["The new rules", "are a “historic turn” for the region"]


def test_inverted_cue_opening_a_sentence(analyze):
    d = analyze("The vote was close. Said Maria Lopez: “We will be back next year.”")
    c = only(d)
    assert span_text(d, c.spans.speaker) == "Maria Lopez" and pieces(d, c) == ["We will be back next year."]


def test_a_cue_introducing_a_post_is_not_a_claim_of_its_own(analyze):
    d = analyze("Chile's foreign minister, Ana Rojas, hailed the release on social media:\n\n"
                "Our people are home at last. We thank our friends for their patience. — Ana Rojas (@AnaRojasCL) May 2, 2025")
    assert [c.cue for c in d.claims] == ["—"]


def test_responding_to_an_offer_is_not_a_statement(analyze):
    d = analyze("The rebels have not responded to the offer.")
    assert d.claims == []


@pytest.mark.parametrize("text, speaker", [
    ("“The plan is dead. Totally dead,” Lena Ortiz, a Chilean lawmaker, said.", "Lena Ortiz"),
    ("“We need one of the best negotiators in the region,” Rep. Ella Burns (D-Md.) said on Friday.", "Ella Burns"),
])
def test_a_quoted_word_is_never_the_speaker(analyze, text, speaker):
    d = analyze(text)
    c = only(d)
    assert d.actor(c.speaker).name == speaker


def test_relative_pronoun_is_the_speaker_mention(analyze):
    d = analyze("The envoy met Maria Lopez, who said that the border would reopen in May.")
    c = only(d)
    assert span_text(d, c.spans.speaker) == "who"
    assert d.actor(c.speaker).name == "Maria Lopez"


def test_participle_after_a_preposition_borrows_the_verbs_subject(analyze):
    d = analyze("Maria Lopez answered by saying that the border would stay closed.")
    c = by_cue(d, "saying")
    assert d.actor(c.speaker).name == "Maria Lopez"


def test_coordinated_act_of_a_new_speaker_ends_the_clause(analyze):
    d = analyze("Republicans said they were convinced the ministry mishandled the case and "
                "Democrats accused the government of stoking the issue.")
    assert pieces(d, by_cue(d, "said")) == ["they were convinced the ministry mishandled the case"]
    assert d.actor(by_cue(d, "accused").speaker).name == "Democrats"


def test_inverted_subject_after_a_reversed_cue(analyze):
    d = analyze("The truce will hold, insisted the general.")
    c = only(d)
    assert span_text(d, c.spans.speaker) == "general" and c.speaker is not None


def test_pronoun_fallback_respects_gender(analyze):
    d = analyze("Maria Lopez arrived late. \"We will not negotiate under fire,\" said Hamid Karzai on Tuesday. "
                "She added that the next round would be in Oslo.")
    c = by_cue(d, "added")
    assert d.actor(c.speaker).name == "Maria Lopez"


def test_said_in_a_statement_that(analyze):
    d = analyze("The rebels, who hold the port, said in a statement that they had freed 20 prisoners.")
    c = only(d)
    assert pieces(d, c) == ["they had freed 20 prisoners"] and d.actor(c.speaker).name.endswith("rebels")


def test_the_person_asked_is_not_the_asker(analyze):
    d = analyze("Asked whether the talks would resume, the minister said: “Not yet.”")
    # the reporter's question is no claim (s36, content.question): an attribution without source
    assert not any(c.cue == "Asked" for c in d.claims)
    asked = [a for a in d.attributions if a.kind == "question"]
    assert len(asked) == 1 and asked[0].source is None and asked[0].cue == "Asked"
    assert d.actor(by_cue(d, "said").speaker).name == "minister"


def test_leading_apposition_names_the_speaker_when_the_parse_drops_the_subject(analyze):
    d = analyze("The rebels' chief negotiator, Getachew Alemu-Tesfaye, said the deal was \"a first step.\"")
    c = only(d)
    assert d.actor(c.speaker).name.startswith("Getachew")


def test_he_after_a_quote_is_the_quoted_minister_named_after_his_title(analyze):
    d = analyze('An official said talks were useful. "We want calm," Malian Foreign Minister Tiebile Dramane '
                'said on Monday. He added that the army would withdraw.')
    c = by_cue(d, "added")
    assert d.actor(c.speaker).name == "Tiebile Dramane"


def test_the_two_sides_as_speaker_make_no_new_actor(analyze):
    d = analyze("Kenyan President William Ruto met Ugandan President Yoweri Museveni on Monday. "
                "The two leaders said they would meet again.")
    assert not any(a.name == "leaders" for a in d.actors)


@pytest.mark.parametrize("text,accuser,content,denier,noun", [
    ("Cairo accuses Addis Ababa of filling the dam, a charge Ethiopia rejects.",
     "Egypt", "Addis Ababa of filling the dam", "Ethiopia", "a charge"),
    ("Washington has accused Moscow of arming the separatists, an allegation that the Kremlin has rejected.",
     "United States", "Moscow of arming the separatists", "Kremlin", "an allegation"),
])
def test_a_charge_x_denies_is_its_own_claim_and_ends_the_accusation(analyze, text, accuser, content, denier, noun):
    d = analyze(text)
    assert len(d.claims) == 2, [(c.cue, c.content) for c in d.claims]
    acc = next(c for c in d.claims if c.cue.startswith("accuse"))
    assert d.actor(acc.speaker).name == accuser and acc.content == content
    den = next(c for c in d.claims if c is not acc)
    assert d.actor(den.speaker).name == denier and den.content == noun


def test_she_after_a_quote_is_the_minister_whose_given_name_the_model_misread(analyze):
    d = analyze('A senior official said the talks were over. "We will not sign anything yet," Congolese Foreign '
                'Minister Therese Wagner Kayikwamba said. She also said Kinshasa would appeal to the AU.')
    names = [d.actor(c.speaker).name for c in d.claims]
    assert names == ["senior official", "Therese Wagner Kayikwamba", "Therese Wagner Kayikwamba"]


# ------------------------------------------------------------------ the lexicon loader


def _raw(name):
    import tomllib
    from importlib import resources

    return tomllib.loads(resources.files("backchannel.data").joinpath(name).read_text("utf-8"))


def _parse(cues=None, words=None):
    from backchannel.extract.claims.cue_lexicon import parse_cues, parse_words

    return parse_cues(cues if cues is not None else _raw("cues.toml"),
                      parse_words(words if words is not None else _raw("claims_words.toml")))


def test_lexicon_loads_once_and_is_typed():
    lex = lexicon()
    assert lexicon() is lex
    assert lex.words.according == ("according", "to")
    assert "who" in lex.words.relative_pronouns and isinstance(lex.words.relative_pronouns, frozenset)
    assert lex.verbs["accuse"].preps == frozenset({"of"})
    assert _parse() == lex


@pytest.mark.parametrize("edit, message", [
    (lambda c, w: c["verbs"]["say"].update(stnce="neutral"), "cues.toml [verbs.say]: unknown key(s) ['stnce']"),
    (lambda c, w: c["verbs"]["say"].update(stance="hedging"), "unknown stance 'hedging'"),
    (lambda c, w: c["verbs"]["say"].update(weak="yes"), "cues.toml [verbs.say.weak]: expected true or false"),
    (lambda c, w: c["verbs"]["accuse"]["preps"].append("of"), "cues.toml [verbs.accuse.preps]: duplicate entry 'of'"),
    (lambda c, w: c["speaker_nouns"]["person"].append("source"), "cues.toml [speaker_nouns.person]: duplicate entry 'source'"),
    (lambda c, w: c["speaker_nouns"].update(people=[]), "cues.toml [speaker_nouns]: unknown key(s) ['people']"),
    (lambda c, w: c["documents"]["words"].append("poll"), "cues.toml [documents.words]: duplicate entry 'poll'"),
    (lambda c, w: c.update(adverbs={"words": []}), "cues.toml: unknown key(s) ['adverbs']"),
    (lambda c, w: w["contrast"]["words"].append("but"), "claims_words.toml [contrast.words]: duplicate entry 'but'"),
    (lambda c, w: w["contrast"].update(word=["yet"]), "claims_words.toml [contrast]: unknown key(s) ['word']"),
    (lambda c, w: w["contrast"].update(narrow="yes"), "claims_words.toml [contrast.narrow]: expected true or false"),
    (lambda c, w: w.update(colours={"words": ["red"]}), "claims_words.toml: unknown key(s) ['colours']"),
    (lambda c, w: w.pop("contrast"), "claims_words.toml: missing key(s) ['contrast']"),
    (lambda c, w: w["contrast"].pop("words"), "claims_words.toml [contrast]: missing key(s) ['words']"),
])
def test_lexicon_loader_rejects_malformed_data(edit, message):
    from backchannel.extract.claims import LexiconError

    cues, words = _raw("cues.toml"), _raw("claims_words.toml")
    edit(cues, words)
    with pytest.raises(LexiconError) as err:
        _parse(cues, words)
    assert message in str(err.value)


def test_stage_registered_and_package_exports():
    from backchannel.extract import STAGES
    from backchannel.extract.claims import extract_claims
    from backchannel.extract.claims.steps import extract_claims as from_steps

    assert STAGES["claims"] is extract_claims is from_steps
