"""A place name is enough to know the nation, and only the nation is kept."""
import pytest

from harbour.nlu.places import PlaceMatcher, load_gazetteer, nation_entities


@pytest.fixture(scope="module")
def matcher():
    return PlaceMatcher.from_path()


@pytest.mark.parametrize(
    "text, nation",
    [
        ("I live in Glasgow", "scotland"),
        ("we're in belfast", "northern_ireland"),
        ("Cardiff", "wales"),
        ("near Manchester", "england"),
        ("I'm in Northern Ireland", "northern_ireland"),
        ("scotland", "scotland"),
        ("Newcastle upon Tyne", "england"),
    ],
)
def test_places_map_to_nations(matcher, text, nation):
    assert matcher.nations(text) == [nation]


@pytest.mark.parametrize("text", ["New South Wales", "new york", "my english is not good", "I need a bath", ""])
def test_non_uk_places_and_words_are_not_nations(matcher, text):
    assert matcher.nations(text) == []


def test_entities_carry_the_nation_not_the_place(matcher):
    entities = list(nation_entities(matcher, "I'm in Swansea"))
    assert entities and all(e["value"] == "wales" and e["entity"] == "nation" for e in entities)
    assert "swansea" not in str(entities).lower()


def test_a_name_listed_under_two_nations_is_dropped(tmp_path):
    path = tmp_path / "places.yml"
    path.write_text("england: [newport, york]\nwales: [newport]\n")
    assert load_gazetteer(path) == {"york": "england"}


def test_unknown_nation_key_is_refused(tmp_path):
    path = tmp_path / "places.yml"
    path.write_text("atlantis: [x]\n")
    with pytest.raises(ValueError, match="atlantis"):
        load_gazetteer(path)


def test_two_nations_say_whose_place_each_is(matcher):
    def whose(text):
        return [(e["value"], e.get("whose")) for e in nation_entities(matcher, text)]

    assert whose("thing is shes in belfast and im in london") == [("northern_ireland", "theirs"), ("england", "mine")]
    assert whose("dads up in glasgow, im down in london") == [("scotland", "theirs"), ("england", "mine")]
    # One nation: nothing is said about whose it is, and no Rasa role keeps it from the nation slot.
    assert whose("we live in leeds") == [("england", None)]
    assert all("role" not in e for e in nation_entities(matcher, "shes in belfast and im in london"))
    assert whose("dwi'n byw yn belffast rwan") == [("northern_ireland", None)]
