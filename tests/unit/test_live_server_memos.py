"""The live preview keeps what Pelican works out again at every build: a memo
must never hand one input's result to another."""

from datetime import UTC, datetime, timedelta, timezone

from pelican import utils

from tools import live_server


def test_the_date_memo_tells_zones_apart():
    live_server.memoize_pure_work()
    assert getattr(utils.strftime, "memoized", False)
    instant = datetime(2010, 3, 3, 8, 0, tzinfo=UTC)
    berlin = instant.astimezone(timezone(timedelta(hours=1), "MEZ"))
    assert instant == berlin  # one instant, two zones
    assert utils.strftime(instant, "%H:%M %Z") == "08:00 UTC"
    assert utils.strftime(berlin, "%H:%M %Z") == "09:00 MEZ"


def test_a_memo_keeps_a_bounded_number_of_results(monkeypatch):
    monkeypatch.setattr(live_server, "MEMO_MAX", 3)

    class Owner:
        calls = 0

        @staticmethod
        def double(value):
            Owner.calls += 1
            return 2 * value

    live_server.memoize(Owner, "double", lambda value: value)
    assert [Owner.double(v) for v in (1, 2, 1, 3, 4, 1)] == [2, 4, 2, 6, 8, 2]
    # 1 and 2 computed, 1 remembered, 3 computed, then the memo was full: it
    # starts over with 4, and 1 is computed again.
    assert Owner.calls == 5
    results = Owner.double.__wrapped__  # the original is kept
    assert results(5) == 10
