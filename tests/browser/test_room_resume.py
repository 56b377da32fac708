#!/usr/bin/python3
"""The participant page resumes after the host restarts, in real headless Chromium at 360 px:
premortem-cli serve hosts a workshop, the page joins, the host stops (SIGTERM), a note written
while it is away is shown as waiting (with the count), the host serves again at the same address
(the join code and port are kept with the workshop), and the page reconnects by itself and sends
the note: it is in the file exactly once, also after a reload.

Usage: test_room_resume.py PREMORTEM_CLI SAMPLE_JSON [SCREENSHOT_DIR]
Exit 77 (skipped) when chromium, chromedriver or selenium is missing."""

import os
import sys

# exits 77 without selenium or chromium
from roombrowser import Host, as_phone, check, chromium, join_as
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

cli, sample = sys.argv[1], sys.argv[2]
shots = sys.argv[3] if len(sys.argv) > 3 else None
NOTE = "Written while the host was down: the cache warms too slowly"
host = Host(cli, sample, "premortem-resume-")
driver = None
try:
    url = host.start()
    host.control("phase writing")

    driver = chromium(os.path.join(host.work, "profile"))
    as_phone(driver)
    wait = WebDriverWait(driver, 20)
    join_as(driver, wait, url, "Resume Tester")
    wait.until(lambda d: d.find_element(By.ID, "write").is_displayed())
    # Nothing chosen: the category is "uncategorised", not the first prompt card.
    check(driver.execute_script("return document.getElementById('category').value")
          == "uncategorised", "the category does not start on uncategorised")

    # The host goes away; the page says so.
    host.stop()
    status = lambda d: d.find_element(By.ID, "status").text
    wait.until(lambda d: "Reconnecting" in status(d))
    driver.find_element(By.ID, "text").send_keys(NOTE)
    driver.find_element(By.ID, "save").click()
    wait.until(lambda d: "1 note waiting to be sent" in status(d))
    if shots:
        driver.save_screenshot(os.path.join(shots, "room-phone-waiting.png"))

    # The host serves again: the same address, and the page sends what waited by itself.
    again = host.start()
    check(again == url, "a new address after the restart: %s, was %s" % (again, url))

    def delivered(d):
        metas = d.execute_script(
            "return [...document.querySelectorAll('#mine .note-meta')].map(e => e.textContent)")
        texts = d.execute_script(
            "return [...document.querySelectorAll('#mine .note-text')].map(e => e.textContent)")
        return texts.count(NOTE) == 1 and not any("sending" in m for m in metas) \
            and "waiting" not in status(d)
    WebDriverWait(driver, 30).until(delivered)
    if shots:
        driver.save_screenshot(os.path.join(shots, "room-phone-resumed.png"))
    driver.refresh()
    wait.until(lambda d: d.find_element(By.ID, "write").is_displayed() and delivered(d))
finally:
    if driver:
        driver.quit()
    host.stop()

exported = host.exported()
texts = [n["text"] for n in exported["notes"]]
check(texts.count(NOTE) == 1, "the waiting note is in the file %d times" % texts.count(NOTE))
host.remove()
print("PASS: the page resumed at the same address and delivered its waiting note once")
