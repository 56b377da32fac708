#!/usr/bin/python3
"""The participant page end to end in real headless Chromium: premortem-cli serve hosts a
workshop, the browser joins by the printed URL on a 360 px phone, writes two notes (one of them
script-looking), edits one, votes once the host opens the vote, and the file holds it all.

Usage: test_room_page.py PREMORTEM_CLI SAMPLE_JSON [SCREENSHOT_DIR]
Exit 77 (skipped) when chromium, chromedriver or selenium is missing."""

import os
import sys
import time

# exits 77 without selenium or chromium
from roombrowser import Host, as_phone, check, check_phone_layout, chromium, join_as
from selenium.common.exceptions import NoAlertPresentException
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

cli, sample = sys.argv[1], sys.argv[2]
shots = sys.argv[3] if len(sys.argv) > 3 else None
XSS = "<img src=x onerror=alert(1)>"
host = Host(cli, sample, "premortem-browser-", port=0)
control = host.control
work = host.work

driver = None
try:
    url = host.start()
    control("phase writing")

    driver = chromium(os.path.join(work, "profile"), extra=("--window-size=1280,900",))
    wait = WebDriverWait(driver, 15)
    as_phone(driver)
    # Join: add yourself with a name, role and side.
    join_as(driver, wait, url, "Browser Tester")
    wait.until(lambda d: d.find_element(By.ID, "write").is_displayed())

    # Read in one script call: the list is re-rendered on every state push.
    def mine():
        return driver.execute_script(
            "return [...document.querySelectorAll('#mine .note-text')].map(e => e.textContent)")

    def settled():
        return not driver.execute_script(
            "return [...document.querySelectorAll('#mine .note-meta')]"
            ".filter(e => e.textContent.includes('sending')).length")

    text = driver.find_element(By.ID, "text")
    text.send_keys("Webhook retries pile up behind the new ingress")
    driver.find_element(By.ID, "save").click()
    text.send_keys(XSS)
    driver.find_element(By.ID, "save").click()
    wait.until(lambda d: len(mine()) == 2 and settled())

    # The script-looking note is shown as its characters, and nothing ran.
    check(XSS in mine(), "the note is not shown as text: %r" % mine())
    check(not driver.find_elements(By.CSS_SELECTOR, "#mine img"), "an <img> element was made")
    try:
        driver.switch_to.alert
        raise AssertionError("an alert ran")
    except NoAlertPresentException:
        pass

    # Edit the first note.
    first = driver.find_elements(By.CSS_SELECTOR, "#mine .note")[0]
    first.find_element(By.XPATH, ".//button[1]").click()
    text.clear()
    text.send_keys("Webhook retries pile up behind the new ingress (and nobody alerts)")
    driver.find_element(By.ID, "save").click()
    wait.until(lambda d: any("nobody alerts" in t for t in mine()) and settled())

    # The phone layout: no sideways scrolling, thumb-sized controls, readable text.
    check_phone_layout(driver)
    if shots:
        driver.execute_script("window.scrollTo(0, 0)")
        driver.save_screenshot(os.path.join(shots, "room-phone-writing.png"))

    # The host reveals and opens the vote; the page follows and the participant gives a dot.
    control("reveal")
    control("phase rank")
    control("vote open")
    # Closed, the sample's earlier vote shows totals; open, the + and - buttons appear.
    plus_selector = "#modes .mode button:not(.secondary)"
    wait.until(lambda d: d.execute_script(
        "const b = document.querySelector(arguments[0]); return b && !b.disabled", plus_selector))
    left_before = driver.find_element(By.ID, "dots-left").text
    driver.find_element(By.CSS_SELECTOR, plus_selector).click()
    wait.until(lambda d: d.find_element(By.ID, "dots-left").text != left_before)
    check(not driver.find_elements(By.CSS_SELECTOR, "#board img"), "an <img> on the board")
    check("dots" in driver.find_element(By.ID, "instruction").text,
          "the ranking instruction does not speak of the dots the page shows")
    # Once the vote is closed the totals come most dots first.
    control("vote close")
    wait.until(lambda d: d.find_element(By.ID, "dots-left").text == "Votes")
    totals = driver.execute_script(
        "return [...document.querySelectorAll('#modes .mode-dots')].map(e => +e.textContent)")
    check(totals and totals == sorted(totals, reverse=True), "totals not sorted: %r" % totals)
    if shots:
        driver.execute_script("window.scrollTo(0, 0)")
        driver.save_screenshot(os.path.join(shots, "room-phone-totals.png"))
    if shots:
        driver.execute_script("window.scrollTo(0, 0)")
        driver.save_screenshot(os.path.join(shots, "room-phone-vote.png"))
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                               {"width": 1280, "height": 900, "deviceScaleFactor": 1,
                                "mobile": False})
        time.sleep(0.3)
        driver.execute_script("window.scrollTo(0, 0)")
        driver.save_screenshot(os.path.join(shots, "room-laptop-vote.png"))

    # A German browser gets the page in German (its own words; the host's are English here).
    driver.quit()
    driver = chromium(os.path.join(work, "profile-de"), "de-DE")
    driver.get(url)
    WebDriverWait(driver, 15).until(
        lambda d: d.find_element(By.ID, "join").is_displayed())
    check(driver.find_element(By.ID, "join-title").text == "Wer sind Sie?",
          "not German: " + driver.find_element(By.ID, "join-title").text)
    if shots:
        driver.save_screenshot(os.path.join(shots, "room-laptop-join-de.png"))
finally:
    if driver:
        driver.quit()
    host.stop()

exported = host.exported()
texts = [n["text"] for n in exported["notes"]]
check("Webhook retries pile up behind the new ingress (and nobody alerts)" in texts,
      "the edited note is not in the file")
check("Webhook retries pile up behind the new ingress" not in texts, "the edit made a copy")
check(XSS in texts, "the script-looking note is not in the file")
tester = [p for p in exported["participants"] if p["name"] == "Browser Tester"]
check(len(tester) == 1, "the participant was not added once")
check(any(v.get("participant") == tester[0]["id"] for v in exported["votes"]),
      "the vote is not in the file")
host.remove()
print("PASS: joined, wrote two notes, edited one, voted; all in the file")
