"""TemplateMemory: lines recurring on several pages of one host, bounded per host and overall."""

from __future__ import annotations

from crawler.clutter.template import TemplateMemory, host_of

LINE = "Support independent journalism: become a member today and read without limits."


def test_a_line_is_template_after_min_pages_other_pages() -> None:
    memory = TemplateMemory(min_pages=2)
    assert memory.recurring("https://www.a.example/1", [LINE]) == set()
    memory.observe("https://www.a.example/1", [LINE])
    memory.observe("https://a.example/2", [LINE])
    assert memory.recurring("https://a.example/3", ["other text that is long", LINE]) == {1}
    # the same page seen again does not count as another page
    assert memory.recurring("https://www.a.example/1", [LINE]) == set()


def test_observing_one_page_twice_counts_once() -> None:
    memory = TemplateMemory(min_pages=2)
    for _ in range(3):
        memory.observe("https://a.example/1", [LINE])
    assert memory.recurring("https://a.example/2", [LINE]) == set()


def test_numbers_and_case_do_not_make_a_line_new() -> None:
    memory = TemplateMemory(min_pages=2)
    memory.observe("https://a.example/1", ["© 2024 Daily Ledger. All rights reserved."])
    memory.observe("https://a.example/2", ["© 2025 DAILY LEDGER. All rights reserved."])
    assert memory.recurring(
        "https://a.example/3", ["© 2026 Daily Ledger.  All rights reserved."]
    ) == {0}


def test_short_lines_are_never_evidence() -> None:
    memory = TemplateMemory(min_pages=1)
    memory.observe("https://a.example/1", ["Share", "Politics"])
    assert memory.recurring("https://a.example/2", ["Share", "Politics"]) == set()


def test_memory_is_bounded() -> None:
    memory = TemplateMemory(min_pages=1, max_hosts=3, max_lines=10)
    lines = [f"template line {'x' * n}" for n in range(50)]  # distinct beyond digits
    for host in range(10):
        memory.observe(f"https://h{host}.example/", lines)
    assert len(memory) == 3
    assert memory.recurring("https://h0.example/x", lines[-1:]) == set()  # host evicted
    assert memory.recurring("https://h9.example/x", lines[-1:]) == {0}
    assert memory.recurring("https://h9.example/x", lines[:1]) == set()  # line evicted


def test_host_of() -> None:
    assert host_of("https://WWW.Example.org:443/a?b") == "example.org"
