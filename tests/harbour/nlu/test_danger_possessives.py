"""The safety net on possessives, injuries, threats to "finish" or "do me in", and being found.

`normalise` expands "'s" to " is" ("he's", "my ex's here") but keeps a possessive as people type it
without the apostrophe ("at my mum's" -> "at my mums"), so the danger in "he's found me at my mum's"
and "my ex's car is outside" is seen, and "my mum's house is nice" stays calm.
"""
import pytest

from harbour.nlu.danger import normalise


@pytest.mark.parametrize(
    "text, plain",
    [
        ("he's found me at my mum's", "he is found me at my mums"),
        ("hes found me at my mums", "he is found me at my mums"),
        ("I\u2019m at my nan\u2019s, he\u2019s outside", "i am at my nans he is outside"),
        ("my ex's here", "my ex is here"),
        ("my ex's car is outside", "my exs car is outside"),
        ("my dad's got a knife", "my dad is got a knife"),
        ("john's coming", "john is coming"),
        ("my sister's boyfriend is kicking her door in", "my sisters boyfriend is kicking her door in"),
        ("scared for my children's lives", "scared for my childrens lives"),
        ("he's at my mum's front door", "he is at my mums front door"),
        ("my ex's back", "my ex is back"),
        ("my husband's home", "my husband is home"),
        ("my kid's are in danger", "my kids are in danger"),
        ("my sister's ex's car", "my sisters exs car"),
        ("it's my mum's birthday", "it is my mums birthday"),
        ("there's who's that's what's she's", "there is who is that is what is she is"),
        # A quote is not a contraction: "'sorry'" and "'dead'" are words, not "is orry", "would ead".
        ("he texted 'sorry' then 'dead'", "he texted sorry then dead"),
        ("he'd said i'll pay", "he would said i will pay"),
    ],
)
def test_normalise_keeps_possessives_and_expands_contractions(text, plain):
    assert normalise(text) == plain
