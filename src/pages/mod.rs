//! One file per screen, named after what the user sees.

pub mod about;
pub mod contacts;
pub mod data;
pub mod handoff;
pub mod home;
pub mod later;
pub mod more;
pub mod not_found;
pub mod print;
pub mod quote_request;
pub mod receive;
pub mod records;
pub mod search;
pub mod stations;
pub mod step;
pub mod steps;
pub mod vendors;
pub mod visit;
pub mod visit_card;
pub mod visit_setup;
