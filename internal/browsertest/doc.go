// Package browsertest is for tests only: a headless Chromium tab (Debian's chromium,
// which .ci/run installs) driven by chromedp, that records every console error,
// uncaught exception and error log entry (a failed load, a refused content policy) so
// a test can fail on any of them, and writes screenshots as test artifacts (to
// $VERITRAIN_ARTIFACTS, else the test's temporary folder). Without a browser on the
// PATH a test skips, except in CI (CI set), where that is a broken set-up and fails.
package browsertest
