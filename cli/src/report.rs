//! What the run tells on standard error: a line per page without an
//! article, a progress bar when standard error is a terminal, and a
//! summary at the end.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::render::{Rendered, Verdict};

/// How often the progress bar's message (counts and rate) is rebuilt.
const MESSAGE_EVERY: Duration = Duration::from_millis(200);

/// Counts of the run, and the progress bar.
pub struct Report {
    quiet: bool,
    bar: Option<ProgressBar>,
    bytes_read: Arc<AtomicU64>,
    start: Instant,
    last_message: Instant,
    pub extracted: u64,
    pub no_article: u64,
    pub failed: u64,
    skipped: BTreeMap<&'static str, u64>,
    html_bytes: u64,
}

impl Report {
    /// `total`: the inputs' size when known, for a bar with an ETA.
    pub fn new(
        quiet: bool,
        progress: bool,
        bytes_read: Arc<AtomicU64>,
        total: Option<u64>,
    ) -> Self {
        let bar = (progress && !quiet).then(|| {
            let bar = match total {
                Some(total) => {
                    ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::stderr())
                        .with_style(
                            ProgressStyle::with_template(
                                "{bar:30} {binary_bytes}/{binary_total_bytes} {msg} ETA {eta}",
                            )
                            .unwrap_or_else(|_| ProgressStyle::default_bar()),
                        )
                }
                None => ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr())
                    .with_style(
                        ProgressStyle::with_template("{spinner} {binary_bytes} {msg}")
                            .unwrap_or_else(|_| ProgressStyle::default_spinner()),
                    ),
            };
            bar.enable_steady_tick(Duration::from_millis(100));
            bar
        });
        let now = Instant::now();
        Report {
            quiet,
            bar,
            bytes_read,
            start: now,
            last_message: now,
            extracted: 0,
            no_article: 0,
            failed: 0,
            skipped: BTreeMap::new(),
            html_bytes: 0,
        }
    }

    /// Counts a page and tells its problem, if it has one.
    pub fn page(&mut self, page: &Rendered) {
        self.html_bytes += page.html_bytes as u64;
        match &page.verdict {
            Verdict::Extracted => self.extracted += 1,
            Verdict::NoArticle => self.no_article += 1,
            Verdict::Failed => self.failed += 1,
            Verdict::Skipped(why) => *self.skipped.entry(why).or_default() += 1,
        }
        if let (Some(problem), false) = (&page.problem, self.quiet) {
            self.say(&format!("bodycopy: {problem}"));
        }
        if let Some(bar) = &self.bar {
            bar.set_position(self.bytes_read.load(Ordering::Relaxed));
            if self.last_message.elapsed() >= MESSAGE_EVERY {
                self.last_message = Instant::now();
                let pages = self.read();
                let rate = pages as f64 / self.start.elapsed().as_secs_f64().max(1e-3);
                bar.set_message(format!(
                    "{pages} pages, {} not extracted, {rate:.0} pages/s",
                    self.no_article + self.failed
                ));
            }
        }
    }

    /// Writes a line on standard error, under the progress bar if any.
    pub fn say(&self, line: &str) {
        match &self.bar {
            Some(bar) => bar.suspend(|| eprintln!("{line}")),
            None => eprintln!("{line}"),
        }
    }

    /// Pages read: all but the skipped inputs.
    fn read(&self) -> u64 {
        self.extracted + self.no_article + self.failed
    }

    /// Whether every page read was extracted.
    pub fn all_extracted(&self) -> bool {
        self.no_article == 0 && self.failed == 0
    }

    /// Clears the bar and writes the summary line.
    pub fn finish(&mut self) {
        if let Some(bar) = self.bar.take() {
            bar.finish_and_clear();
        }
        if self.quiet {
            return;
        }
        let seconds = self.start.elapsed().as_secs_f64().max(1e-3);
        let mb = self.html_bytes as f64 / 1e6;
        let skipped: u64 = self.skipped.values().sum();
        let reasons: Vec<String> = self
            .skipped
            .iter()
            .map(|(why, n)| format!("{n} {why}"))
            .collect();
        let reasons = if reasons.is_empty() {
            String::new()
        } else {
            format!(" ({})", reasons.join(", "))
        };
        eprintln!(
            "bodycopy: {} pages read, {} extracted, {} without article, {} failed; {skipped} skipped{reasons}; {mb:.1} MB of HTML in {seconds:.1} s ({:.1} MB/s, {:.0} pages/s)",
            self.read(),
            self.extracted,
            self.no_article,
            self.failed,
            mb / seconds,
            self.read() as f64 / seconds,
        );
    }
}
