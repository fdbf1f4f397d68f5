"""Which forms of abuse a description shows (harbour.abuse_forms)."""
import pytest

from harbour.abuse_forms import MAX_FORMS, forms_for, forms_in


@pytest.mark.parametrize(
    "text, expected",
    [
        ("he doesn't let me see my friends", ["coercive_control"]),
        ("he takes my wages and tracks my phone", ["economic", "tech"]),
        ("my ex took out 3 loans in my name", ["economic"]),
        ("he pokes holes in the condoms", ["sexual"]),
        ("she calls me useless every day", ["emotional"]),
        ("he kicked the dog and said next time it's me", ["physical", "threats"]),
        ("he keeps turning up outside my work", ["stalking"]),
        ("my family want to force me to marry my cousin", ["honour"]),
        ("he put his hands round my neck last night", ["physical"]),
        ("he gets me to do stuff in bed i dont want to", ["sexual"]),
        ("she has to send her husband a photo of where she is every hour", ["coercive_control"]),
        ("how does he know everything i say to my sister", ["tech"]),
        ("what counts as domestic abuse", []),
        ("he's never hit me tho", []),
        ("he doesn't hurt me but he calls me useless", ["emotional"]),
    ],
)
def test_forms_in(text, expected):
    assert forms_in(text) == expected


def test_the_intents_form_comes_first_and_answers_stay_short():
    assert forms_for("describe_tech_abuse", "he takes my money and tracks me")[0] == "tech"
    assert len(forms_for("ask_is_this_abuse", "he hits me, takes my money, tracks my phone, calls me useless, follows me")) == MAX_FORMS


def test_a_negated_hit_is_not_named_physical_abuse():
    assert forms_for("describe_physical_abuse", "he's never hit me tho") == []
    assert forms_for("describe_physical_abuse", "he hit me") == ["physical"]


def test_text_speak_is_read_as_the_words_it_stands_for():
    assert "coercive_control" in forms_in("sort of. he goes thru my phone every night n says who i can n cant see")
    assert "stalking" in forms_in("me ex keeps turnin up at me work")


@pytest.mark.parametrize("text, form", [
    ("is this abuse or am i overreacting, he goes mad if i spend anything", "economic"),
    ("my husband is my carer since my stroke. he hides my wheelchair when he goes out", "coercive_control"),
    ("he says no one else would put up with me", "emotional"),
    ("my ex wont stop messagin me on snap from diff accounts, ive blocked like 6 of them now", "stalking"),
    ("my cousins dad is taking her to pakistan to marry some bloke shes never met", "honour"),
])
def test_forms_described_in_this_sessions_blind_sets(text, form):
    assert form in forms_in(text)
