"""What the room's browser tests share: selenium and headless Chromium (exit 77, skipped, when
either is missing), a check that fails with a message, a Chromium as a 360 px phone and the
checks of the phone layout, and the host (premortem-cli serve) with its control lines."""

import json
import os
import shutil
import signal
import subprocess
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


def as_phone(driver, height=780):
    """360 CSS pixels wide, as a phone."""
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": 360, "height": height, "deviceScaleFactor": 2, "mobile": True})


class Host:
    """premortem-cli serve on loopback, hosting a copy of a JSON workshop in a fresh folder: the
    join URL, the headless facilitator's control lines (docs/room.md), and the file's JSON."""

    def __init__(self, cli, sample, prefix, port=None):
        import tempfile
        self.cli = cli
        self.work = tempfile.mkdtemp(prefix=prefix)
        self.path = os.path.join(self.work, "room.premortem")
        self.port = port
        subprocess.run([cli, "import-json", sample, self.path], check=True,
                       stdout=subprocess.DEVNULL)
        self.process, self.url = None, None

    def start(self):
        """Serves the file (again); returns the join URL, its first line of output."""
        args = [self.cli, "serve", self.path, "--bind", "127.0.0.1"]
        if self.port is not None:
            args += ["--port", str(self.port)]
        self.process = subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        text=True)
        self.url = self.process.stdout.readline().strip()
        check(self.url.startswith("http://127.0.0.1:") and "/j/" in self.url,
              "no join URL: " + self.url)
        return self.url

    def control(self, line):
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()

    def stop(self):
        """SIGTERM, as Ctrl+C: serve must close the file cleanly and exit 0."""
        if self.process is None or self.process.poll() is not None:
            return
        self.process.send_signal(signal.SIGTERM)
        code = self.process.wait(timeout=20)
        check(code == 0, "serve exited with %d" % code)

    def exported(self):
        return json.loads(subprocess.run([self.cli, "export", self.path, "--format", "json"],
                                         check=True, capture_output=True, text=True).stdout)

    def remove(self):
        shutil.rmtree(self.work, ignore_errors=True)


def join_as(driver, wait, url, name):
    """Opens the page and adds this participant; returns once the page has taken the name."""
    from selenium.webdriver.common.by import By
    driver.get(url)
    wait.until(lambda d: d.find_element(By.ID, "join").is_displayed())
    driver.find_element(By.ID, "name").send_keys(name)
    driver.find_element(By.ID, "add-button").click()
    wait.until(lambda d: not d.find_element(By.ID, "join").is_displayed())


def check_phone_layout(driver):
    """No sideways scrolling at 360 px, thumb-sized controls, text of 16 px or more."""
    check(driver.execute_script("return document.documentElement.scrollWidth") <= 360,
          "the page scrolls sideways at 360 px")
    small = driver.execute_script("""
        return [...document.querySelectorAll('button, input, select, textarea')]
          .filter(e => e.offsetParent !== null && e.getBoundingClientRect().height < 44)
          .map(e => e.id || e.textContent);""")
    check(not small, "controls under 44 px: %r" % small)
    tiny = driver.execute_script("""
        return [...document.querySelectorAll('body *')]
          .filter(e => e.offsetParent !== null && e.childNodes.length && e.textContent.trim()
                       && parseFloat(getComputedStyle(e).fontSize) < 16)
          .map(e => e.tagName + ':' + e.textContent.slice(0, 20));""")
    check(not tiny, "text under 16 px: %r" % tiny)
