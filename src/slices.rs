//! The slice scheduler: a screen builds its top at once and the rest in numbered slices, one per
//! frame after its first paint, so that the tap that opens it is answered as soon as its top is
//! painted, and each slice's building and layout is a short task of its own.

use leptos::prelude::*;

/// Which slices of the screen may be built (context, see [`use_slices`]); a part waits for its
/// slice with [`Deferred`]. The slices restart at start-up and at every move to another screen
/// ([`Slices::restart`]).
///
/// Every slice is released at once when the address names a place in the page, which must exist
/// to be scrolled to.
///
/// [`Deferred`]: crate::components::deferred::Deferred
#[derive(Clone, Copy)]
pub struct Slices {
    released: ReadSignal<u8>,
    set_released: WriteSignal<u8>,
    /// Counts restarts, so that a release scheduled for an earlier screen stops.
    round: StoredValue<u32>,
}

impl Slices {
    /// The number of slices a screen may use.
    pub const SLICES: u8 = 6;

    pub fn start() -> Slices {
        let (released, set_released) = signal(0);
        let start_up = Slices { released, set_released, round: StoredValue::new(0) };
        let has_fragment = window().location().hash().is_ok_and(|hash| hash.len() > 1);
        start_up.restart(has_fragment);
        start_up
    }

    /// Before a new screen is built: its slices wait for the frames after its first paint —
    /// or, when the address names a place in it (`to_fragment`), are all released at once.
    pub fn restart(self, to_fragment: bool) {
        self.round.update_value(|r| *r += 1);
        if to_fragment {
            self.set_released.set(Self::SLICES);
        } else {
            self.set_released.set(0);
            self.release_after_paint(self.round.get_value());
        }
    }

    /// Whether slice `n` (1 = the first after the first paint) may be built.
    pub fn slice(self, n: u8) -> Memo<bool> {
        let released = self.released;
        Memo::new(move |_| released.get() >= n)
    }

    /// Whether every slice has been released.
    pub fn done(self) -> Memo<bool> {
        self.slice(Self::SLICES)
    }

    /// Releases the next slice after the coming frame is painted, and so on until all are out.
    fn release_after_paint(self, round: u32) {
        crate::browser::after_paint(move || {
            if self.round.get_value() != round {
                return;
            }
            self.set_released.update(|n| *n += 1);
            if self.released.get_untracked() < Slices::SLICES {
                self.release_after_paint(round);
            }
        });
    }
}

pub fn use_slices() -> Slices {
    expect_context::<Slices>()
}
