"""Full garbage collections wait for an idle moment instead of landing on a key press."""

from __future__ import annotations

import gc

import pytest
from appkit import settle, story_app

from newsview.tui.collector import DUE_AFTER, IDLE_SECONDS, NEVER, OVERDUE_AFTER, IdleCollector


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


def young_collections(count: int) -> None:
    # Each generation-1 pass adds one to the count that makes a full pass due.
    for _ in range(count):
        gc.collect(1)


def test_start_turns_automatic_full_passes_off_and_stop_restores_them():
    before = gc.get_threshold()
    collector = IdleCollector()
    collector.start()
    try:
        assert gc.get_threshold() == (before[0], before[1], NEVER)
    finally:
        collector.stop()
    assert gc.get_threshold() == before


def test_no_full_pass_while_keys_arrive(collector):
    gc.collect()
    young_collections(DUE_AFTER + 1)
    collector.input_seen()
    collector.clock.now += IDLE_SECONDS / 2
    assert collector.tick() is False
    assert gc.get_count()[2] >= DUE_AFTER


def test_a_due_full_pass_runs_once_the_reader_is_idle(collector):
    gc.collect()
    young_collections(DUE_AFTER + 1)
    collector.input_seen()
    collector.clock.now += IDLE_SECONDS
    assert collector.tick() is True
    assert gc.get_count()[2] == 0
    assert collector.tick() is False  # nothing due any more


def test_an_idle_moment_without_enough_young_passes_does_nothing(collector):
    gc.collect()
    collector.clock.now += 10 * IDLE_SECONDS
    assert collector.tick() is False


def test_unbroken_input_still_gets_a_full_pass_when_long_overdue(collector):
    gc.collect()
    young_collections(OVERDUE_AFTER)
    collector.input_seen()
    assert collector.tick() is True


async def test_the_app_holds_full_passes_while_it_runs_and_restores_them_after():
    before = gc.get_threshold()
    app = story_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert gc.get_threshold()[2] == NEVER
        gc.collect()
        young_collections(DUE_AFTER + 1)
        await pilot.press("n")  # input: the pass waits
        assert app._collector.tick() is False
        await pilot.pause(IDLE_SECONDS + 0.5)  # idle: the app's timer runs it
        assert app._collector.full_passes >= 1
        assert gc.get_count()[2] < DUE_AFTER
    assert gc.get_threshold() == before
