"""Small counts are never published, and subtraction can't bring them back."""
import itertools

import pytest

from harbour.stats.suppress import hidden_label, is_suppressed, rounded, shown, sort_value


@pytest.mark.parametrize("count", [0, 1, 2, 3, 4])
def test_every_count_under_k_is_shown_as_under_k(count):
    assert shown(count) == "<5"
    assert rounded(count) is None
    assert is_suppressed(count)


@pytest.mark.parametrize(
    "count, expected", [(5, "5"), (9, "5"), (10, "10"), (14, "10"), (15, "15"), (1234, "1230")]
)
def test_larger_counts_are_rounded_down_to_a_multiple_of_k(count, expected):
    assert shown(count) == expected


def test_no_published_figure_is_ever_between_1_and_k_minus_1():
    for k in (2, 3, 5, 10):
        published = {shown(count, k) for count in range(0, 500)}
        assert hidden_label(k) in published
        numbers = {int(text) for text in published if not text.startswith("<")}
        assert min(numbers) == k
        assert all(number % k == 0 for number in numbers)


def test_every_published_figure_is_a_band_of_exactly_k_counts():
    for k in (3, 5, 10):
        bands = {}
        for count in range(0, 1000):
            bands.setdefault(shown(count, k), []).append(count)
        assert all(len(members) == k for text, members in bands.items() if int(text.lstrip("<")) < 990)


def test_a_hidden_count_cannot_be_recovered_by_subtracting_two_published_figures():
    """Two date ranges differing by one day give (X + h, X): the published pair never pins h down.

    For every published pair an attacker can see, the hidden day's count h (0-4) is
    consistent with at least two different values, so its exact value is never disclosed.
    """
    for k in (3, 5, 10):
        seen = {}
        for base, hidden in itertools.product(range(0, 50 * k), range(0, k)):
            pair = (shown(base + hidden, k), shown(base, k))
            seen.setdefault(pair, set()).add(hidden)
        pinned = {pair: values for pair, values in seen.items() if len(values) < 2}
        assert not pinned, f"k={k}: these published pairs give a hidden count away: {pinned}"


def test_a_total_minus_the_other_published_cells_never_gives_a_hidden_cell_back():
    """Three cells (one hidden) and their total, all published: the hidden one stays uncertain."""
    k = 5
    seen = {}
    for a, b, hidden in itertools.product(range(0, 40), range(0, 40), range(0, k)):
        published = (shown(a + b + hidden, k), shown(a, k), shown(b, k))
        seen.setdefault(published, set()).add(hidden)
    assert all(len(values) >= 2 for values in seen.values())


def test_sorting_uses_only_the_published_figure():
    assert sort_value(1) == sort_value(4) == -1  # hidden counts tie: their order says nothing
    assert sort_value(5) == sort_value(9) == 5
    assert sort_value(10) > sort_value(9)
