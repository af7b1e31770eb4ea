//! Parallel map in input order: takes an iterator of work and a function,
//! gives the function's results in the order of the work, computed on a
//! pool of threads owned by the map.
//!
//! The threads take turns pulling the next item from the input (so reading
//! a file or a WARC record is one thread's job at a time, and `jobs` threads
//! are all the map uses), then work on it alone. An item is pulled only
//! while fewer than `window` items are pulled and not yet handed to the
//! caller: a slow page holds the others back instead of letting finished
//! results pile up, so memory is bounded by the window, whatever the input.
//!
//! Nothing global is used: each map starts its own threads and stops them
//! when it is dropped, so a process that forks between two maps (Python's
//! multiprocessing, Spark's workers) starts clean.

use std::collections::VecDeque;
use std::panic::{self, AssertUnwindSafe};
use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError};
use std::thread::JoinHandle;

/// How much work is done at once: the number of threads, and the number of
/// items in flight (pulled from the input, not yet returned).
///
/// ```
/// let pool = bodycopy_batch::Pool::new(4);
/// let squares: Vec<u64> = pool.map(1..=5u64, |n| n * n).collect();
/// assert_eq!(squares, [1, 4, 9, 16, 25]);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pool {
    jobs: usize,
    window: usize,
}

/// Items in flight per thread by default: enough that a thread never waits
/// for the reader while others finish, few enough that pages held in
/// memory stay a small multiple of the thread count.
const WINDOW_PER_JOB: usize = 4;

impl Pool {
    /// A pool of `jobs` threads; `0` means one per available core.
    pub fn new(jobs: usize) -> Self {
        let jobs = if jobs == 0 { available_cores() } else { jobs };
        Pool {
            jobs,
            window: jobs * WINDOW_PER_JOB,
        }
    }

    /// Sets the most items in flight at once (at least the number of jobs).
    pub fn window(mut self, items: usize) -> Self {
        self.window = items.max(self.jobs);
        self
    }

    /// The number of threads.
    pub fn jobs(&self) -> usize {
        self.jobs
    }

    /// Applies `f` to every item of `input` and returns the results in the
    /// input's order. With one job, everything runs on the caller's thread
    /// as the results are pulled; with more, on `jobs` threads started now.
    ///
    /// A panic in `f` or in the input is raised again in the caller's
    /// thread when its result would have been returned.
    pub fn map<I, F, R>(&self, input: I, f: F) -> OrderedMap<R>
    where
        I: IntoIterator,
        I::IntoIter: Send + 'static,
        I::Item: Send + 'static,
        F: Fn(I::Item) -> R + Send + Sync + 'static,
        R: Send + 'static,
    {
        let mut input = input.into_iter();
        if self.jobs <= 1 {
            return OrderedMap {
                inner: Inner::Serial(Box::new(move || input.next().map(&f))),
            };
        }
        let shared = Arc::new(Shared {
            state: Mutex::new(State {
                input: Some(Box::new(input)),
                pulled: 0,
                returned: 0,
                results: VecDeque::new(),
                stop: false,
            }),
            may_pull: Condvar::new(),
            ready: Condvar::new(),
            window: self.window as u64,
        });
        let f = Arc::new(f);
        let threads = (0..self.jobs)
            .map(|_| {
                let shared = Arc::clone(&shared);
                let f = Arc::clone(&f);
                std::thread::spawn(move || shared.work(&*f))
            })
            .collect();
        OrderedMap {
            inner: Inner::Parallel { shared, threads },
        }
    }
}

impl Default for Pool {
    /// One thread per available core.
    fn default() -> Self {
        Pool::new(0)
    }
}

/// The number of cores this process may use (1 when unknown).
pub fn available_cores() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

/// The results of [`Pool::map`], in input order. Dropping it before the end
/// stops the threads after the items they are working on.
pub struct OrderedMap<R> {
    inner: Inner<R>,
}

type Caught<R> = std::thread::Result<R>;

enum Inner<R> {
    Serial(Box<dyn FnMut() -> Option<R> + Send>),
    Parallel {
        shared: Arc<dyn Results<R>>,
        threads: Vec<JoinHandle<()>>,
    },
}

/// The caller's side of the shared state, without the input's type.
trait Results<R>: Send + Sync {
    /// The next result in input order, waiting for it; `None` at the end.
    fn next(&self) -> Option<Caught<R>>;
    /// Asks the threads to stop pulling.
    fn stop(&self);
}

struct Shared<T, R> {
    state: Mutex<State<T, R>>,
    /// Signalled when an item may be pulled (a result was returned) or on stop.
    may_pull: Condvar,
    /// Signalled when a result arrives or the input ends.
    ready: Condvar,
    window: u64,
}

struct State<T, R> {
    /// `None` once the input is exhausted (or has panicked).
    input: Option<Box<dyn Iterator<Item = T> + Send>>,
    /// Items pulled so far: the next item's sequence number.
    pulled: u64,
    /// Results handed to the caller so far.
    returned: u64,
    /// Slots for the results from `returned` on: `None` while being worked
    /// on, then the result (or the panic that replaced it).
    results: VecDeque<Option<Caught<R>>>,
    stop: bool,
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    // Panics are caught outside the lock; if one slipped through, the state
    // is still consistent (each update is a single step).
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

impl<T, R> Shared<T, R> {
    /// One thread's loop: pull an item while the window allows, work on it
    /// without the lock, put the result in its slot.
    fn work(&self, f: &(dyn Fn(T) -> R + Sync)) {
        loop {
            let mut state = lock(&self.state);
            while !state.stop
                && state.input.is_some()
                && state.pulled - state.returned >= self.window
            {
                state = self
                    .may_pull
                    .wait(state)
                    .unwrap_or_else(PoisonError::into_inner);
            }
            if state.stop {
                return;
            }
            let seq = state.pulled;
            let Some(input) = state.input.as_mut() else {
                return;
            };
            let item = match panic::catch_unwind(AssertUnwindSafe(|| input.next())) {
                Ok(Some(item)) => item,
                Ok(None) => {
                    state.input = None;
                    self.ready.notify_all();
                    self.may_pull.notify_all();
                    return;
                }
                Err(panicked) => {
                    state.input = None;
                    state.pulled += 1;
                    state.results.push_back(Some(Err(panicked)));
                    self.ready.notify_all();
                    self.may_pull.notify_all();
                    return;
                }
            };
            state.pulled += 1;
            state.results.push_back(None);
            drop(state);
            let result = panic::catch_unwind(AssertUnwindSafe(|| f(item)));
            let mut state = lock(&self.state);
            // `returned` cannot pass `seq`: the caller waits on this slot.
            let slot = (seq - state.returned) as usize;
            state.results[slot] = Some(result);
            if slot == 0 {
                self.ready.notify_all();
            }
        }
    }
}

impl<T: Send, R: Send> Results<R> for Shared<T, R> {
    fn next(&self) -> Option<Caught<R>> {
        let mut state = lock(&self.state);
        loop {
            if let Some(Some(_)) = state.results.front() {
                let result = state.results.pop_front().flatten();
                state.returned += 1;
                self.may_pull.notify_one();
                return result;
            }
            if state.results.is_empty() && state.input.is_none() {
                return None;
            }
            state = self
                .ready
                .wait(state)
                .unwrap_or_else(PoisonError::into_inner);
        }
    }

    fn stop(&self) {
        lock(&self.state).stop = true;
        self.may_pull.notify_all();
    }
}

impl<R> Iterator for OrderedMap<R> {
    type Item = R;

    fn next(&mut self) -> Option<R> {
        match &mut self.inner {
            Inner::Serial(next) => next(),
            Inner::Parallel { shared, .. } => match shared.next()? {
                Ok(result) => Some(result),
                Err(panicked) => panic::resume_unwind(panicked),
            },
        }
    }
}

impl<R> Drop for OrderedMap<R> {
    fn drop(&mut self) {
        if let Inner::Parallel { shared, threads } = &mut self.inner {
            shared.stop();
            for thread in threads.drain(..) {
                let _ = thread.join();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicU64, Ordering};
    use std::time::Duration;

    #[test]
    fn results_come_in_input_order_whatever_finishes_first() {
        // Early items take longest, so later ones finish first.
        let pool = Pool::new(3);
        let out: Vec<u64> = pool
            .map(0..40u64, |n| {
                std::thread::sleep(Duration::from_micros((40 - n) * 200));
                n * 10
            })
            .collect();
        assert_eq!(out, (0..40).map(|n| n * 10).collect::<Vec<_>>());
    }

    #[test]
    fn one_job_runs_on_the_callers_thread() {
        let caller = std::thread::current().id();
        let threads: Vec<_> = Pool::new(1)
            .map(0..3, |_| std::thread::current().id())
            .collect();
        assert_eq!(threads, [caller; 3]);
    }

    #[test]
    fn a_slow_item_holds_back_pulling_beyond_the_window() {
        // Item 0 is slow; while it runs, no more than `window` items may be
        // pulled, however fast the others are.
        let pulled = Arc::new(AtomicU64::new(0));
        let counter = Arc::clone(&pulled);
        let input = (0..1000u64).inspect(move |_| {
            counter.fetch_add(1, Ordering::SeqCst);
        });
        let pool = Pool::new(2).window(5);
        let mut results = pool.map(input, |n| {
            if n == 0 {
                std::thread::sleep(Duration::from_millis(200));
            }
            n
        });
        assert_eq!(results.next(), Some(0));
        // By the time item 0 came back, at most the window had been pulled
        // (and one more after it was returned).
        assert!(pulled.load(Ordering::SeqCst) <= 6, "{pulled:?}");
        assert_eq!(results.count(), 999);
    }

    #[test]
    fn a_panic_in_the_function_reaches_the_caller() {
        let result = panic::catch_unwind(|| {
            Pool::new(2)
                .map(0..10, |n| if n == 7 { panic!("page 7") } else { n })
                .collect::<Vec<_>>()
        });
        assert!(result.is_err());
    }

    #[test]
    fn dropping_the_map_early_stops_its_threads() {
        let mut results = Pool::new(2).map(0.., |n: u64| n);
        assert_eq!(results.next(), Some(0));
        drop(results); // joins the threads: an endless input must not hang it
    }
}
