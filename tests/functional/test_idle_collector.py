"""Garbage collections wait for an idle moment instead of landing on a key press."""

from __future__ import annotations

import gc

import pytest
from appkit import settle, story_app

from newsview.tui.collector import (
    DUE_AFTER,
    FULL_OVERDUE_AFTER,
    IDLE_SECONDS,
    NEVER,
    OVERDUE_AFTER,
    IdleCollector,
)


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def collector():
    clock = FakeClock()
    collector = IdleCollector(clock=clock)
    collector.clock = clock
    collector.start()
    yield collector
    collector.stop()


def young_passes(count: int) -> None:
    # Each young (generation 0) pass counts towards the middle generation's.
    for _ in range(count):
        gc.collect(0)


def test_start_leaves_only_young_passes_automatic_and_stop_restores_all():
    before = gc.get_threshold()
    collector = IdleCollector()
    collector.start()
    try:
        assert gc.get_threshold() == (before[0], NEVER, NEVER)
    finally:
        collector.stop()
    assert gc.get_threshold() == before


def test_nothing_is_collected_while_keys_arrive(collector):
    gc.collect()
    young_passes(DUE_AFTER + 1)
    collector.input_seen()
    collector.clock.now += IDLE_SECONDS / 2
    assert collector.tick() is False
    assert gc.get_count()[1] >= DUE_AFTER


def test_a_due_collection_runs_once_the_reader_is_idle(collector):
    gc.collect()
    young_passes(DUE_AFTER + 1)
    collector.input_seen()
    collector.clock.now += IDLE_SECONDS
    assert collector.tick() is True
    assert gc.get_count()[1:] == (0, 0)  # everything collected
    assert collector.tick() is False  # nothing due any more


def test_an_idle_moment_with_nothing_due_does_nothing(collector):
    gc.collect()
    collector.clock.now += 10 * IDLE_SECONDS
    assert collector.tick() is False


def test_unbroken_input_still_collects_when_long_overdue(collector):
    gc.collect()
    young_passes(OVERDUE_AFTER)
    collector.input_seen()
    assert collector.tick() is True
    assert gc.get_count()[1] == 0 and gc.get_count()[2] == 1  # the middle generation only
    for _ in range(FULL_OVERDUE_AFTER - 1):
        young_passes(OVERDUE_AFTER)
        assert collector.tick() is True
    assert gc.get_count()[2] == FULL_OVERDUE_AFTER
    young_passes(OVERDUE_AFTER)
    assert collector.tick() is True
    assert gc.get_count()[2] == 0  # and then everything


async def test_the_app_holds_collections_while_it_runs_and_restores_them_after():
    before = gc.get_threshold()
    app = story_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert gc.get_threshold()[1:] == (NEVER, NEVER)
        gc.collect()
        young_passes(DUE_AFTER + 1)
        await pilot.press("n")  # input: the collection waits
        assert app._collector.tick() is False
        await pilot.pause(IDLE_SECONDS + 0.5)  # idle: the app's timer runs it
        assert app._collector.idle_passes >= 1
        assert gc.get_count()[1] < DUE_AFTER
    assert gc.get_threshold() == before
