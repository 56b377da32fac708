#!/usr/bin/python3
"""Scoring on a phone, end to end in real headless Chromium at 360 px (issue 22): premortem-cli
serve hosts the sample in ranking with its estimates hidden, the page joins, lists every risk
with two choices in the workshop's wording, all visible without sideways scrolling; a score set
(one choice by keyboard) is acknowledged and the progress follows, a score is cleared and set
again; once the host reveals the estimates the choices lock, the page says so and shows the
room's spread; the file holds the participant's own estimate.

Usage: test_room_scoring.py PREMORTEM_CLI SAMPLE_JSON [SCREENSHOT_DIR]
Exit 77 (skipped) when chromium, chromedriver or selenium is missing."""

import os
import sys
import time

from roombrowser import Host, as_phone, check, check_phone_layout, chromium, join_as
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select, WebDriverWait

cli, sample = sys.argv[1], sys.argv[2]
shots = sys.argv[3] if len(sys.argv) > 3 else None
host = Host(cli, sample, "premortem-scoring-")
driver = None


def progress(d):
    return d.find_element(By.ID, "score-progress").text


def settled(d):
    """No estimate on its way."""
    return not d.execute_script(
        "return [...document.querySelectorAll('#score-list .risk-note')]"
        ".filter(e => e.textContent.includes('sending')).length")


def shoot(name):
    if shots:
        driver.execute_script("document.getElementById('score').scrollIntoView()")
        time.sleep(0.2)
        driver.save_screenshot(os.path.join(shots, name))


try:
    url = host.start()
    host.control("phase rank")
    host.control("estimates hide")

    driver = chromium(os.path.join(host.work, "profile"), extra=("--window-size=1280,900",))
    as_phone(driver, 740)
    wait = WebDriverWait(driver, 15)
    join_as(driver, wait, url, "Scoring Tester")
    wait.until(lambda d: d.find_element(By.ID, "score").is_displayed())

    risks = driver.find_elements(By.CSS_SELECTOR, "#score-list .risk")
    exported = host.exported()
    loose = [n for n in exported["notes"] if not n.get("failureMode") and not n.get("hidden")
             and not n.get("deleted")]
    live_modes = [f for f in exported["failureModes"] if not f.get("deleted")]
    check(len(risks) == len(live_modes) + len(loose),
          "%d risks listed; the file has %d failure modes and %d loose notes"
          % (len(risks), len(live_modes), len(loose)))
    total = len(risks)
    check(progress(driver) == "0 of %d scored" % total, "progress: " + progress(driver))

    # Every choice is on the screen's width: nothing to scroll sideways to.
    check_phone_layout(driver)
    outside = driver.execute_script("""
        return [...document.querySelectorAll('#score-list select, #score-list button')]
          .filter(e => e.offsetParent !== null)
          .filter(e => { const r = e.getBoundingClientRect(); return r.left < 0 || r.right > 360; })
          .length""")
    check(outside == 0, "%d choices reach beyond 360 px" % outside)
    # The workshop's own wording: five levels and "not scored" on each axis.
    first = risks[0]
    likelihood, blast = first.find_elements(By.TAG_NAME, "select")
    names = [o.text for o in Select(likelihood).options]
    check(len(names) == 6 and names[1].startswith("1 · "), "likelihood choices: %r" % names)

    # One choice with the mouse, the other by keyboard: acknowledged, and the progress follows.
    Select(likelihood).select_by_value("4")
    wait.until(lambda d: "Choose both" in first.find_element(By.CLASS_NAME, "risk-note").text)
    check(progress(driver) == "0 of %d scored" % total, "half a score counted")
    blast.send_keys("2")  # typing a level's number on the focused choice picks it
    wait.until(lambda d: progress(d) == "1 of %d scored" % total and settled(d))
    check(Select(blast).first_selected_option.get_attribute("value") == "2",
          "the keyboard choice did not stay")
    # Cleared, then scored again.
    first.find_element(By.CLASS_NAME, "clear-score").click()
    wait.until(lambda d: progress(d) == "0 of %d scored" % total and settled(d))
    check(Select(likelihood).first_selected_option.get_attribute("value") == "",
          "the cleared score still shows")
    Select(likelihood).select_by_value("4")
    Select(blast).select_by_value("2")
    second = risks[1].find_elements(By.TAG_NAME, "select")
    Select(second[0]).select_by_value("1")
    Select(second[1]).select_by_value("5")
    wait.until(lambda d: progress(d) == "2 of %d scored" % total and settled(d))
    check_phone_layout(driver)
    shoot("room-phone-scoring.png")
    if shots:
        driver.execute_script("window.scrollTo(0, 0)")
        time.sleep(0.2)
        driver.save_screenshot(os.path.join(shots, "room-phone-scoring-top.png"))

    # The reveal: the choices lock, the page says so and shows the room's spread.
    host.control("estimates reveal")
    wait.until(lambda d: "locked" in d.find_element(By.ID, "score-hint").text)
    check(all(not s.is_enabled() for s in driver.find_elements(By.CSS_SELECTOR,
                                                                "#score-list select")),
          "a choice is still open after the reveal")
    check(not [b for b in driver.find_elements(By.CSS_SELECTOR, "#score-list .clear-score")
               if b.is_displayed()], "a Clear button after the reveal")
    spread = first.find_element(By.CLASS_NAME, "risk-spread").text
    check("likelihood" in spread and "blast radius" in spread, "no spread: %r" % spread)
    check("Scoring Tester" not in driver.find_element(By.ID, "score").text,
          "a name next to the estimates")
    check_phone_layout(driver)
    shoot("room-phone-scoring-revealed.png")
finally:
    if driver:
        driver.quit()
    host.stop()

exported = host.exported()
tester = [p["id"] for p in exported["participants"] if p["name"] == "Scoring Tester"]
check(len(tester) == 1, "the participant was not added once")
own = [e for e in exported["estimates"] if e["participant"] == tester[0] and not e.get("deleted")]
check(sorted((e["likelihood"], e["blastRadius"]) for e in own) == [(1, 5), (4, 2)],
      "the file holds %r" % own)
host.remove()
print("PASS: scored two risks at 360 px (one choice by keyboard), cleared one, locked at the reveal")
