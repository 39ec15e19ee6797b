//! A counting global allocator, so a test can prove that a successful
//! parse allocates nothing. Include it with
//! `#[path = "util/alloc.rs"] mod counting;`: it installs itself as the
//! test binary's global allocator and counts per thread, so tests running
//! in parallel do not disturb one another.
#![allow(dead_code)]

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

thread_local! {
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

/// Forwards to the system allocator, counting each allocation of the
/// calling thread (`realloc` and `alloc_zeroed` go through `alloc`).
pub struct Counting;

// SAFETY: every call is forwarded unchanged to `System`.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let _ = ALLOCATIONS.try_with(|n| n.set(n.get() + 1));
        // SAFETY: the caller upholds `GlobalAlloc::alloc`'s contract.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: the caller upholds `GlobalAlloc::dealloc`'s contract.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// How many allocations this thread has made so far.
pub fn count() -> usize {
    ALLOCATIONS.with(Cell::get)
}

/// What `f` returned, and how many allocations it made on this thread.
pub fn allocations_during<T>(f: impl FnOnce() -> T) -> (T, usize) {
    let before = count();
    let value = f();
    (value, count() - before)
}

/// How many allocations `f` made on this thread.
pub fn count_during(f: impl FnOnce()) -> usize {
    allocations_during(f).1
}
