"""One vocabulary: domain.yml, the channels, the privacy store and routing all use harbour.vocab."""
from pathlib import Path

import yaml

from harbour import vocab
from harbour.channels.inputs import valid_payload
from harbour.privacy.redaction import HARBOUR_ENTITY_VALUES
from harbour.services import load_directory

DOMAIN = yaml.safe_load((Path(__file__).resolve().parents[1] / "domain.yml").read_text())


def test_every_categorical_slot_is_the_vocabulary():
    categorical = {
        name: tuple(str(v) for v in slot["values"])
        for name, slot in DOMAIN["slots"].items()
        if slot["type"] == "categorical"
    }
    assert categorical == {name: tuple(values) for name, values in vocab.SLOT_VALUES.items()}


def test_every_closed_entity_is_in_the_domain():
    names = {entity if isinstance(entity, str) else next(iter(entity)) for entity in DOMAIN["entities"]}
    assert set(vocab.ENTITY_VALUES) <= names


def test_every_slot_filled_from_an_entity_takes_only_that_entitys_values():
    for name, slot in DOMAIN["slots"].items():
        for mapping in slot.get("mappings") or []:
            if mapping["type"] == "from_entity" and slot["type"] == "categorical":
                assert set(map(str, slot["values"])) >= set(vocab.ENTITY_VALUES[mapping["entity"]]), name


def test_buttons_accept_every_closed_value_and_nothing_else():
    intents = ["inform"]
    for entity, values in vocab.ENTITY_VALUES.items():
        for value in values:
            assert valid_payload(f'/inform{{"{entity}": "{value}"}}', intents), (entity, value)
        assert not valid_payload(f'/inform{{"{entity}": "somewhere else"}}', intents)


def test_the_privacy_store_keeps_exactly_the_closed_values():
    assert HARBOUR_ENTITY_VALUES is vocab.ENTITY_VALUES


def test_services_use_only_known_audiences_and_nations():
    for service in load_directory().services:
        assert service.audience <= set(vocab.AUDIENCES)
        assert set(service.nations) <= set(vocab.NATIONS)


def test_the_vocabulary_imports_nothing_from_harbour():
    source = Path(vocab.__file__).read_text()
    assert "import harbour" not in source and "from harbour" not in source
