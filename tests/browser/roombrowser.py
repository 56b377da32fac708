"""What the room's browser tests share: selenium and headless Chromium (exit 77, skipped, when
either is missing), a check that fails with a message, and a Chromium as a 360 px phone."""

import os
import shutil
import sys

try:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
except ImportError:
    print("SKIP: python3-selenium is not installed")
    sys.exit(77)

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
DRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
if not (os.path.exists(CHROMIUM) and os.path.exists(DRIVER)):
    print("SKIP: chromium or chromedriver is not installed")
    sys.exit(77)


def check(condition, message):
    if not condition:
        raise AssertionError(message)


def chromium(profile, language="en-US", extra=()):
    """Headless Chromium with its own profile folder, speaking `language`."""
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile, "--lang=" + language) + tuple(extra):
        options.add_argument(arg)
    if not language.startswith("en"):
        options.add_experimental_option(
            "prefs", {"intl.accept_languages": language + "," + language.split("-")[0]})
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    driver.set_page_load_timeout(20)
    return driver


def as_phone(driver):
    """360 CSS pixels wide, as a phone."""
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": 360, "height": 780, "deviceScaleFactor": 2, "mobile": True})
