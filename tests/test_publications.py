import pytest

from milex.dataset.selection import select
from milex.errors import NoData


@pytest.mark.parametrize(
    "day, edition",
    [
        ("2025-03-13", 2024),
        ("2024-06-17", 2024),
        ("2025-08-27", 2024),
        ("2025-08-28", 2025),
        ("2025-09-01", 2025),
    ],
)
def test_as_of_selects_the_latest_nato_edition_published_by_then(day, edition):
    assert select(as_of=day).edition == edition


def test_before_the_first_edition_there_is_no_data():
    with pytest.raises(NoData, match="earliest held"):
        select(as_of="2024-06-16")


def test_sipri_release_of_april_2025():
    assert select(as_of="2025-05-01", source="SIPRI").edition == 2025
